import { describe, expect, it } from "vitest";
import {
  baseName,
  blankComments,
  blankText,
  closingPairs,
  dirOf,
  firstLineOf,
  foldersHolding,
  foldersUp,
  hasBaseName,
  inFolder,
  isRecord,
  joinInside,
  lineCounter,
  lineOf,
  messageOf,
  nearestFolder,
  optionValue,
  refKind,
  refName,
  replaceBlockComments,
  sibling,
  textLines,
  trimTrailing,
} from "../src/kit.js";
import { expectFinishesWithin } from "./work-budget.js";

// The path and text helpers every detector shares, on the paths and texts detectors hand them.

describe("paths", () => {
  it("a file's folder, base name and a sibling, at the root and below it", () => {
    expect(dirOf("package.json")).toBe("");
    expect(dirOf("packages/web/package.json")).toBe("packages/web");
    expect(baseName("packages/web/package.json")).toBe("package.json");
    expect(baseName("Gemfile")).toBe("Gemfile");
    expect(inFolder("", "mix.lock")).toBe("mix.lock");
    expect(inFolder("apps/api", "mix.lock")).toBe("apps/api/mix.lock");
    expect(sibling("ios/Podfile", "Podfile.lock")).toBe("ios/Podfile.lock");
    expect(sibling("Podfile", "Podfile.lock")).toBe("Podfile.lock");
  });

  it("hasBaseName answers as comparing baseName, without cutting it out", () => {
    const paths = ["package.json", "a/package.json", "a/b/package.json", "mypackage.json", "a/mypackage.json", "package.json/x", "a/package.jsonx", "ackage.json", "", "/package.json", "a//package.json"];
    for (const name of ["package.json", "yarn.lock", ".nvmrc"]) {
      for (const path of paths) expect(hasBaseName(path, name), `${path} ${name}`).toBe(baseName(path) === name);
    }
  });

  it("a relative include joined to its folder, refused when it leaves the root", () => {
    expect(joinInside("requirements", "../base.txt")).toBe("base.txt");
    expect(joinInside("a/b", "../c.txt")).toBe("a/c.txt");
    expect(joinInside("a/b", "./c/./d.txt")).toBe("a/b/c/d.txt");
    expect(joinInside("a", "c//d.txt")).toBe("a/c/d.txt");
    // A Windows-style include (`-r ..\common.txt`) reads as the same path.
    expect(joinInside("req", "..\\common.txt")).toBe("common.txt");
    expect(joinInside("", "common.txt")).toBe("common.txt");
    expect(joinInside("", "../common.txt")).toBeUndefined();
    expect(joinInside("a", "../../common.txt")).toBeUndefined();
    expect(joinInside("a", "/etc/passwd")).toBeUndefined();
    // Up and back down again stays inside.
    expect(joinInside("a", "../b/../c.txt")).toBe("c.txt");
  });

  it("a folder and every folder above it, root last; the nearest one a map knows", () => {
    expect([...foldersUp("apps/web/src")]).toEqual(["apps/web/src", "apps/web", "apps", ""]);
    expect([...foldersUp("")]).toEqual([""]);
    const lockfiles = new Map([["", "yarn.lock"], ["apps", "pnpm-lock.yaml"]]);
    expect(nearestFolder("apps/web", lockfiles)).toBe("apps");
    expect(nearestFolder("apps", lockfiles)).toBe("apps");
    expect(nearestFolder("tools/cli", lockfiles)).toBe("");
    expect(nearestFolder("tools/cli", new Map([["apps", 1]]))).toBeUndefined();
  });

  it("the folders holding files, the root among them", () => {
    expect([...foldersHolding(["svc/a/src/Main.java", "svc/b/pom.xml"])].sort()).toEqual(["", "svc", "svc/a", "svc/a/src", "svc/b"]);
    expect([...foldersHolding(["pom.xml"])]).toEqual([""]);
    expect(foldersHolding([]).size).toBe(0);
  });

  it("trailing characters trimmed, the rest kept", () => {
    expect(trimTrailing("https://gitlab.com/acme/app///", "/")).toBe("https://gitlab.com/acme/app");
    expect(trimTrailing("app", "/")).toBe("app");
    expect(trimTrailing("///", "/")).toBe("");
    expect(trimTrailing("", "/")).toBe("");
  });
});

describe("lines", () => {
  it("LF and CRLF end lines; a lone CR, U+2028 and U+2029 are spaces inside one", () => {
    expect(textLines("a\r\nb\nc")).toEqual(["a", "b", "c"]);
    expect(textLines("a\rb\u2029c\r\n")).toEqual(["a b c", ""]);
    // A CR before a CRLF is a lone one; blank CRLF lines stay blank.
    expect(textLines("a\r\r\nb\r\n\r\nc")).toEqual(["a ", "b", "", "c"]);
    expect(textLines("one line")).toEqual(["one line"]);
  });

  it("the line of a text's first occurrence, counted from 1", () => {
    const gemfile = 'source "https://rubygems.org"\ngem "rails"\ngem "pg"\n';
    expect(lineOf(gemfile, "source")).toBe(1);
    expect(lineOf(gemfile, 'gem "pg"')).toBe(3);
    expect(lineOf(gemfile, "sidekiq")).toBeUndefined();
  });

  it("the line of increasing offsets, a newline on the line it ends", () => {
    const text = "abc\ndef\n\nghi";
    const line = lineCounter(text);
    expect([0, 3, 4, 7, 8, 9, 12].map(line)).toEqual([1, 1, 2, 2, 3, 4, 4]);
    expect(lineCounter("no newline")(5)).toBe(1);
  });

  it("an error's message whole or to its first line; a thrown value that is no Error as text", () => {
    const yaml = new Error("bad indentation at line 3\n  a: b\n   ^");
    expect(messageOf(yaml)).toBe("bad indentation at line 3\n  a: b\n   ^");
    expect(firstLineOf(yaml)).toBe("bad indentation at line 3");
    expect(messageOf("plain text\nsecond")).toBe("plain text\nsecond");
    expect(firstLineOf("plain text\nsecond")).toBe("plain text");
    expect(messageOf(42)).toBe("42");
    expect(messageOf(undefined)).toBe("undefined");
  });
});

describe("an option of a Ruby or Elixir argument list", () => {
  it("a list, an atom or a string, the first one written", () => {
    expect(optionValue('gem "rspec-rails", group: [:development, :test]', "groups?")).toBe("[:development, :test]");
    expect(optionValue('gem "pry", groups: %w[dev]', "groups?")).toBeUndefined();
    expect(optionValue("{:credo, \"~> 1.7\", only: :dev, runtime: false}", "only")).toBe(":dev");
    expect(optionValue('gem "web-console", group: "development"', "groups?")).toBe('"development"');
    expect(optionValue("gem 'bootsnap', group:'default'", "groups?")).toBe("'default'");
    expect(optionValue("{:ex_doc, \"~> 0.31\", only: [:dev], runtime: false, only: :test}", "only")).toBe("[:dev]");
    expect(optionValue('gem "rails"', "groups?")).toBeUndefined();
  });

  it("the key whole: `runtime_only:` is not `only:`", () => {
    expect(optionValue("{:x, runtime_only: :dev, only: :test}", "only")).toBe(":test");
  });

  it("a list left open is passed over for a later atom, and one open list stops the search for lists", () => {
    expect(optionValue("{:a, only: [:dev, :test\n{:b, only: :prod}", "only")).toBe(":prod");
    expect(optionValue("{:a, only: [:dev, only: [:test]", "only")).toBe("[:dev, only: [:test]");
    expect(optionValue("only: [ only: [", "only")).toBeUndefined();
    // A list closed before the key is not its list.
    expect(optionValue('gem "rspec", require: ["rspec/core"], group: [:development,', "groups?")).toBeUndefined();
  });
});

describe("records and block comments", () => {
  it("a record is a plain object", () => {
    expect(isRecord({ dependencies: {} })).toBe(true);
    expect(isRecord([])).toBe(false);
    expect(isRecord(null)).toBe(false);
    expect(isRecord("x")).toBe(false);
    expect(isRecord(undefined)).toBe(false);
  });

  it("each closed comment replaced, an unclosed one and the text after it kept", () => {
    const blank = (c: string) => c.replace(/[^\n]/g, " ");
    expect(replaceBlockComments("a /* b */ c /* d\n*/ e", blank)).toBe("a         c     \n   e");
    expect(replaceBlockComments("x /*/ y */ z", () => "")).toBe("x  z");
    expect(replaceBlockComments("a /* b */ c /* open", () => "")).toBe("a  c /* open");
    expect(replaceBlockComments("no comment", () => "")).toBe("no comment");
  });
});

describe("yamlDocuments", () => {
  it("gives every document of a file, or warns naming the file and gives none", async () => {
    const { yamlDocuments } = await import("../src/kit.js");
    const warnings: string[] = [];
    const ctx = { warn: (file: string, message: string) => warnings.push(`${file}: ${message}`) };
    expect(yamlDocuments(ctx, ".drone.yml", "kind: pipeline\n---\nkind: secret\n")).toEqual([{ kind: "pipeline" }, { kind: "secret" }]);
    expect(warnings).toEqual([]);
    expect(yamlDocuments(ctx, "k8s/app.yaml", "a: [\n")).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/^k8s\/app\.yaml: malformed YAML: /)]);
  });
});

describe("expandReferences", () => {
  it("replaces known names round by round, keeps unknown ones, and takes no round past the bound", async () => {
    const { expandReferences } = await import("../src/kit.js");
    const props = new Map([["a", "${b}.1"], ["b", "2"], ["self", "${self}".repeat(100)]]);
    const maven = (v: string) => expandReferences(v, /\$\{([^}]+)\}/g, "${", "}", (k) => props.get(k));
    expect(maven("${a}-${unknown}")).toBe("2.1-${unknown}");
    expect(maven("${self}").length).toBeLessThanOrEqual(4096 * 2);
    expect(maven("no reference")).toBe("no reference");
    // Text after the last closer is left alone: an opener there can close nowhere.
    expect(maven("${b} then ${unclosed")).toBe("2 then ${unclosed");
  });
});

describe("closingPairs", () => {
  it("pairs each opening with its close, nested or not; an unclosed one and a stray close have none", () => {
    const text = 'a(b(c)d) e( f) g( ) h(';
    const pairs = closingPairs(text, "(", ")");
    expect([...pairs].map(([o, c]) => text.slice(o, c + 1))).toEqual(["(c)", "(b(c)d)", "( f)", "( )"]);
    expect(pairs.has(text.lastIndexOf("("))).toBe(false);
    expect(closingPairs("}{ {x} {", "{", "}").size).toBe(1);
    expect(closingPairs("no brackets", "{", "}").size).toBe(0);
  });
});

describe("blankText", () => {
  it("replaces every character but line breaks, so lines and offsets hold, and takes a fill", () => {
    expect(blankText("ab\r\n c\n\nd")).toBe("   \n  \n\n ");
    expect(blankText("x\ny", "_")).toBe("_\n_");
    expect(blankText("")).toBe("");
  });

  it("blanks a 5 MB comment a run at a time", () => {
    const text = `${"#".repeat(5_000_000)}\n${"a".repeat(10)}`;
    expect(expectFinishesWithin(() => blankText(text), 5, "5 MB of one line").length).toBe(text.length);
  });
});

describe("comments blanked, strings kept", () => {
  const js = { line: ["//"], block: ["/*", "*/"], quotes: "\"'`", multiline: "`" } as const;
  const clojure = { line: [";"], quotes: '"', multiline: '"' } as const;

  it("with keepUnclosed, leaves a block comment never closed as written and still blanks what follows", () => {
    const hcl = { line: ["#", "//"], block: ["/*", "*/"], quotes: '"', keepUnclosed: true } as const;
    const text = 'provider "aws" {} /* never closed\n# a comment\nmodule "vpc" { source = "a//b" } // x\n';
    expect(blankComments(text, hcl)).toBe('provider "aws" {} /* never closed\n           \nmodule "vpc" { source = "a//b" }     \n');
    expect(blankComments(text, { ...hcl, keepUnclosed: false })).toBe('provider "aws" {} ' + blankText(text.slice(text.indexOf("/*"))));
  });

  it("a URL's `//`, an esm.sh path's `/*` and a Clojure string's `;` are no comments; lines and offsets hold", () => {
    const text = 'export { React } from "https://esm.sh/*react@18.2.0"; // was 18.1\n/* a\n b */ import "https://deno.land/x/oak@v12.6.1/mod.ts";\n';
    const out = blankComments(text, js);
    expect(out.length).toBe(text.length);
    expect(out.split("\n")).toEqual(['export { React } from "https://esm.sh/*react@18.2.0";' + " ".repeat(" // was 18.1".length), "    ", '      import "https://deno.land/x/oak@v12.6.1/mod.ts";', ""]);
    expect(blankComments(':jvm-opts ["-Da=b;c"] ; [old "0.1"]\n[ring "1.0"]', clojure)).toBe(':jvm-opts ["-Da=b;c"]              \n[ring "1.0"]');
    // a Clojure string may run over lines: its `;` is kept
    expect(blankComments(':description "one\ntwo; three" ; x', clojure)).toBe(':description "one\ntwo; three"    ');
    // a string left open closes at its line's end; an escaped quote does not close it
    expect(blankComments("x = \"a\\\" // b\n// c\ny", { line: ["//"], quotes: '"' })).toBe("x = \"a\\\" // b\n    \ny");
    // a block comment never closed runs to the end
    expect(blankComments("a /* b\nc", js)).toBe("a     \n ");
    expect(blankComments("no comment", js)).toBe("no comment");
  });

  it("in one pass, whatever repeats", () => {
    for (const unit of ['"', "'", "`", "//", "/*", "\\", ";", '"\\', "*/"]) {
      const text = unit.repeat(300000);
      expectFinishesWithin(() => [blankComments(text, js), blankComments(text, clojure)], 20, unit);
    }
  });
});

describe("refKind and refName", () => {
  it("split a ref at its first colon only, as an image ref's tag keeps its own", () => {
    expect([refKind("npm:@scope/pkg"), refName("npm:@scope/pkg")]).toEqual(["npm", "@scope/pkg"]);
    expect([refKind("docker:ghcr.io/acme/api:1.2"), refName("docker:ghcr.io/acme/api:1.2")]).toEqual(["docker", "ghcr.io/acme/api:1.2"]);
    expect([refKind("no-colon"), refName("no-colon")]).toEqual(["", "no-colon"]);
  });
});
