import { describe, expect, it } from "vitest";
import { duneDepends, lockedReleases, ocamlDetector, opamDepends } from "../detectors/ocaml/index.js";
import { byFile, detectorFindings } from "./detector-findings.js";

// The OCaml reader piece by piece, on files laid out as opam 2 and dune write them: a Jane Street
// style opam file (`v0.16.0` releases, a `depopts` list after `depends`, commented-out entries), an
// old-style file named `opam`, a dune-project of two packages with `;` comments, and `opam lock`'s
// `.opam.locked` files (base packages pinned to `base`).

const shown = (deps: ReturnType<typeof opamDepends>) =>
  deps.map((d) => `${d.name}${d.declared !== undefined ? ` [${d.declared}]` : ""}${d.version ? ` ${d.version}` : ""}${d.dev ? " dev" : ""}`);

const JANE_STREET_STYLE = `opam-version: "2.0"
maintainer: "Jane Street developers"
build: [
  ["dune" "build" "-p" name "-j" jobs]
]
depends: [
  "ocaml" {>= "5.1.0"}
  "core" {>= "v0.16.0" & < "v0.17.0"}
  "ppx_jane" {= "v0.16.0"}
  # "async" {>= "v0.16"}
  "lwt" {!= "5.7.0"}
  "cmdliner" {<= "1.2.0"}
  "alcotest" {with-test & >= "1.7.0"}
  "odoc" {with-doc}
  "dune"
]
depopts: [ "graphics" ]
`;

describe("opamDepends", () => {
  it("each entry at its constraint's lower bound (a v prefix dropped); != and <= give none; a # line and depopts are no dependencies", () => {
    expect(shown(opamDepends(JANE_STREET_STYLE))).toEqual([
      'ocaml [>= "5.1.0"] 5.1.0',
      'core [>= "v0.16.0" & < "v0.17.0"] 0.16.0',
      'ppx_jane [= "v0.16.0"] 0.16.0',
      'lwt [!= "5.7.0"]',
      'cmdliner [<= "1.2.0"]',
      'alcotest [with-test & >= "1.7.0"] 1.7.0 dev',
      "odoc [with-doc] dev",
      "dune",
    ]);
  });

  it("a depends written without spaces, and one whose [ opens on the next line, are read", () => {
    expect(shown(opamDepends('opam-version:"2.0"\ndepends:["dune" {>= "3.0"} "ocaml"]\n'))).toEqual(['dune [>= "3.0"] 3.0', "ocaml"]);
    expect(shown(opamDepends('opam-version: "2.0"\ndepends:\n[\n  "yojson" {>= "2.0.0"}\n]\n'))).toEqual(['yojson [>= "2.0.0"] 2.0.0']);
  });

  it("a file without depends has none; a field merely holding depends in its name does not open the list", () => {
    expect(opamDepends('opam-version: "2.0"\nbuild: [["dune" "build"]]\n')).toEqual([]);
    expect(opamDepends('opam-version: "2.0"\nx-depends: ["lwt"]\n')).toEqual([]);
    expect(opamDepends('opam-version: "2.0"\ndepends-ext: ["lwt"]\n')).toEqual([]);
    // The field itself, beside them, opens the list.
    expect(shown(opamDepends('opam-version: "2.0"\ndepends-ext: ["lwt"]\ndepends: ["yojson"]\n'))).toEqual(["yojson"]);
  });

  it("operators written without a space, Jane Street's old 113.00.00 numbering, a filter padded with spaces, and a filter left open at the file's end", () => {
    expect(shown(opamDepends('depends: [\n  "core" {>="113.00.00"}\n  "re" {="1.11.0"}\n  "lwt" { >= "5.0" }\n  "x" {>= "1.0"'))).toEqual([
      'core [>="113.00.00"] 113.00.00',
      're [="1.11.0"] 1.11.0',
      'lwt [>= "5.0"] 5.0',
      'x [>= "1.0"] 1.0',
    ]);
  });

  it("a comment that ends the file, and a string left open, end the list without losing what came before", () => {
    expect(shown(opamDepends('depends: [\n  "lwt" {>= "5.0"}\n  # the end'))).toEqual(['lwt [>= "5.0"] 5.0']);
    expect(shown(opamDepends('depends: [\n  "lwt" {>= "5.0"}\n  "yojson'))).toEqual(['lwt [>= "5.0"] 5.0']);
  });

  it("an alternative of two packages names both; a string that is no package name is skipped", () => {
    expect(shown(opamDepends('depends: [\n  ("lwt" {>= "5.0"} | "async")\n  "a b"\n  "re"\n]\n'))).toEqual(['lwt [>= "5.0"] 5.0', "async", "re"]);
  });

  it("a filter's comment sign, nested braces and a brace that closes nothing stay inside the filter", () => {
    expect(shown(opamDepends('depends: [\n  "a" {>= "1.0" & os != "#win"}\n  "b" {= "2.0" {x}}\n  "c" }\n  "d"\n]\n'))).toEqual([
      'a [>= "1.0" & os != "#win"] 1.0',
      'b [= "2.0" {x}] 2.0',
      "c",
      "d",
    ]);
  });
});

const DUNE_TWO_PACKAGES = `(lang dune 3.11)
(generate_opam_files true)
; (package (name old) (depends (removed (>= 1.0))))
(package
 (name todo)
 (depends
  (ocaml
   (>= 4.14))
  (caqti-driver-postgresql
   (and (>= 2.0)
        (< 3.0)))
  lwt ; the scheduler
  ppx_deriving.show
  (alcotest :with-test)
  (odoc :with-doc)))
(package
 (name todo_cli)
 (depends (cmdliner (>= 1.1.0)) todo))
`;

describe("duneDepends", () => {
  it("every package's (depends ...), a constraint's lines joined, bare names among lists, comments left out", () => {
    expect(shown(duneDepends(DUNE_TWO_PACKAGES))).toEqual([
      "ocaml [(>= 4.14)] 4.14",
      "caqti-driver-postgresql [(and (>= 2.0) (< 3.0))] 2.0",
      "lwt",
      "ppx_deriving.show",
      "alcotest dev",
      "odoc dev",
      "cmdliner [(>= 1.1.0)] 1.1.0",
      "todo",
    ]);
  });

  it("a filter beside a constraint keeps the constraint; a file without depends gives none", () => {
    expect(shown(duneDepends("(package (name a) (depends (alcotest (and :with-test (>= 1.7.0)))))"))).toEqual(["alcotest [(and (>= 1.7.0))] 1.7.0 dev"]);
    expect(shown(duneDepends("(package (name a) (depends (alcotest (>= 1.7.0) :with-test) ( lwt )))"))).toEqual(["alcotest [(>= 1.7.0)] 1.7.0 dev", "lwt"]);
    expect(duneDepends("(lang dune 3.0)\n(package (name a))\n")).toEqual([]);
  });

  it("the fields after a package's depends are no dependencies", () => {
    expect(shown(duneDepends("(package\n (name web)\n (depends lwt (re (>= 1.11)))\n (tags (web server))\n (synopsis \"A server\"))\n"))).toEqual(["lwt", "re [(>= 1.11)] 1.11"]);
  });

  it("a depends list left open ends with the file", () => {
    expect(shown(duneDepends("(package (name a) (depends (lwt (>= 5.0)) yojson"))).toEqual(["lwt [(>= 5.0)] 5.0", "yojson"]);
  });
});

const LOCKED = `opam-version: "2.0"
name: "todo"
version: "~dev"
depends: [
  "alcotest" {= "1.7.0" & with-test}
  "base-threads" {= "base"}
  "core" {= "v0.16.0"}
  "lwt" {>= "5.0"}
  "re" {!= "1.0"}
  "dune" {= "3.12.2"}
  "dune" {= "3.0.0"}
  "ocaml" {= "5.1.1"}
]
`;

describe("lockedReleases", () => {
  it("only exact pins that are releases, a v prefix dropped, the first of a name kept", () => {
    expect([...lockedReleases(LOCKED)]).toEqual([
      ["alcotest", "1.7.0"],
      ["core", "0.16.0"],
      ["dune", "3.12.2"],
      ["ocaml", "5.1.1"],
    ]);
  });
});

describe("ocamlDetector finding by finding", () => {
  it("an old-style opam file and its opam.locked: OCaml at the compiler's pin (no package, not direct), each package once", async () => {
    const opam = 'opam-version: "2.0"\ndepends: [\n  "ocaml" {>= "4.14"}\n  "lwt" {>= "5.0"}\n  ("lwt" | "async")\n  "yojson"\n]\n';
    const { findings, warnings } = await detectorFindings(ocamlDetector, { opam, "opam.locked": LOCKED.replace('"lwt" {>= "5.0"}', '"lwt" {= "5.7.0"}') });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      opam: ['opam:async direct', 'opam:lwt >= "5.0" ->5.7.0 (opam.locked) direct', "opam:yojson direct", 'runtime:ocaml >= "4.14" ->5.1.1 (opam.locked)'],
    });
  });

  it("an .opam file that is no opam file (neither opam-version nor depends) is passed over", async () => {
    const { findings } = await detectorFindings(ocamlDetector, { "templates/x.opam": "# a template\nbuild: []\n", "b.opam": 'depends: [ "lwt" ]\n' });
    expect(byFile(findings)).toEqual({ "b.opam": ["opam:lwt direct"] });
  });

  it("a dune-project is read where its own folder has no opam file, whatever other folders hold", async () => {
    const { findings } = await detectorFindings(ocamlDetector, {
      "dune-project": "(lang dune 3.0)\n(package (name a) (depends (lwt (>= 5.0))))\n",
      "lib/b/b.opam": 'opam-version: "2.0"\ndepends: [ "re" ]\n',
      "lib/b/b.opam.locked": 'depends: [ "lwt" {= "5.7.0"} "re" {= "1.11.0"} ]\n',
    });
    // The other folder's lockfile is b.opam's, not the dune-project's.
    expect(byFile(findings)).toEqual({ "dune-project": ["opam:lwt (>= 5.0) ->5.0 direct"], "lib/b/b.opam": ["opam:re ->1.11.0 (lib/b/b.opam.locked) direct"] });
  });

  it("an opam file takes only its own lockfile, not another package's beside it", async () => {
    const { findings } = await detectorFindings(ocamlDetector, {
      "a.opam": 'opam-version: "2.0"\ndepends: [ "lwt" ]\n',
      "b.opam.locked": 'depends: [ "lwt" {= "5.6.0"} ]\n',
    });
    expect(byFile(findings)).toEqual({ "a.opam": ["opam:lwt direct"] });
  });

  it("a dune-project takes the first of its folder's lockfiles that pins a package", async () => {
    const { findings } = await detectorFindings(ocamlDetector, {
      "dune-project": "(lang dune 3.0)\n(package (name a) (depends lwt re))\n",
      "a.opam.locked": 'depends: [ "lwt" {= "5.7.0"} ]\n',
      "b.opam.locked": 'depends: [ "lwt" {= "5.6.0"} "re" {= "1.11.0"} ]\n',
    });
    expect(byFile(findings)).toEqual({ "dune-project": ["opam:lwt ->5.7.0 (a.opam.locked) direct", "opam:re ->1.11.0 (b.opam.locked) direct"] });
  });
});
