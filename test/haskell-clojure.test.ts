import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { readCabal } from "../detectors/haskell/cabal.js";
import { tool } from "./helpers.js";

const opts = { git: false } as const;
const pkg = (tools: ToolEntry[], url: string) => tools.find((t) => t.package_url === url);
const under = (tools: ToolEntry[], prefix: string) => tools.filter((t) => t.package_url?.startsWith(prefix)).map((t) => t.name).sort();

// A game library with an executable and a test suite, laid out as cabal-install writes them:
// comma-separated build-depends continued on deeper-indented lines, a conditional block,
// leading-comma style, comments, and the executable depending on the package's own library.
const CABAL = [
  "cabal-version:       >= 1.10",
  "name:                RogueKit",
  "version:             0.4.1",
  "build-type:          Simple",
  "",
  "flag curses",
  "  description: use the curses frontend",
  "  default:     False",
  "",
  "library",
  "  exposed-modules:    Game.RogueKit",
  "  build-depends:      array >= 0.3.0 && < 1, base >= 4 && < 5,",
  "                      binary >= 0.7, containers >= 0.5,",
  "                      -- the pretty printer is only for debugging",
  "                      pretty-show >= 1.6, transformers >= 0.3, stm",
  "  if flag(curses)",
  "    build-depends:    hscurses >= 1.4.1",
  "  default-language:   Haskell2010",
  "",
  "executable RogueKit",
  "  main-is:            Main.hs",
  "  build-depends:      RogueKit, base, template-haskell ^>= 2.6",
  "",
  "test-suite test",
  "  type:               exitcode-stdio-1.0",
  "  main-is:            Spec.hs",
  "  build-depends:",
  "      base",
  "    , RogueKit",
  "    , hspec == 2.7.1",
  "",
].join("\n");

describe("Haskell", () => {
  it("reads build-depends of every stanza, their lower bounds, and the package's own names", () => {
    const cabal = readCabal(CABAL);
    expect([...cabal.own]).toEqual(["RogueKit"]);
    const byName = new Map(cabal.dependencies.map((d) => [d.name, d]));
    expect(byName.get("array")).toMatchObject({ declared: ">= 0.3.0 && < 1", version: "0.3.0", dev: false });
    expect(byName.get("stm")).toMatchObject({ declared: undefined, version: undefined });
    expect(byName.get("hscurses")?.version).toBe("1.4.1");
    expect(byName.get("template-haskell")?.version).toBe("2.6");
    expect(byName.get("hspec")).toMatchObject({ version: "2.7.1", dev: true });
    expect(byName.has("the")).toBe(false);
  });

  it("a .cabal file's dependencies are Hackage packages, filed as the site files them", async () => {
    const { document } = await scan(new MemorySource({ "RogueKit.cabal": CABAL, "fastirc-0.2.0/fastirc.cabal": "name: fastirc\nlibrary\n  build-depends: attoparsec >= 0.8, base >= 4, bytestring-show >= 0.3.3\n", "src/Main.hs": "main = pure ()\n" }), opts);
    expect(under(document.tools, "http://hackage.haskell.org/")).toEqual(
      ["array", "attoparsec", "base", "binary", "bytestring-show", "containers", "hscurses", "hspec", "pretty-show", "stm", "template-haskell", "transformers"],
    );
    expect(pkg(document.tools, "http://hackage.haskell.org/array")).toMatchObject({ version: "0.3.0", category: "Build, Test, Deploy", sub_category: "Package Managers", image_url: "https://img.stackshare.io/package/hackage/image.png", detection_source: "RogueKit.cabal" });
    expect(pkg(document.tools, "http://hackage.haskell.org/attoparsec")?.detection_source).toBe("fastirc-0.2.0/fastirc.cabal");
    // The package's own library is not a Hackage dependency; `transformers` is no Hugging Face tool.
    expect(pkg(document.tools, "http://hackage.haskell.org/RogueKit")).toBeUndefined();
    expect(tool(document.tools, "Transformers")).toBeUndefined();
    expect(tool(document.tools, "Haskell")).toBeDefined();
  });
});

describe("Clojure", () => {
  it("a Leiningen project's dependencies are Clojars packages, and only those with a page on the site", async () => {
    const project = [
      '(defproject cafe "0.1.0-SNAPSHOT"',
      '  :dependencies [[org.clojure/clojure "1.4.0"]',
      '                 [org.clojure/tools.nrepl "0.2.0-beta9"]',
      '                 [noir "1.3.0"]',
      '                 [ring/ring-core "1.4.0"]',
      '                 [org.postgresql/postgresql "42.2.5"]',
      '                 [enlive "1.0.1"]]',
      "  :main cafe.core)",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "project.clj": project, "src/cafe/core.clj": "(ns cafe.core)\n" }), opts);
    expect(under(document.tools, "https://clojars.org/")).toEqual(["enlive", "noir", "ring/ring-core"]);
    expect(pkg(document.tools, "https://clojars.org/ring/ring-core")).toMatchObject({ version: "1.4.0", category: "Build, Test, Deploy", sub_category: "Package Managers", detection_source: "project.clj" });
    // Clojure itself is Maven Central's: no Clojars entry, and no Maven entry either.
    expect(document.tools.some((t) => /clojure:clojure|clojure\/clojure/.test(t.name))).toBe(false);
    // A Maven coordinate still names its tool, without an entry of its own.
    expect(tool(document.tools, "PostgreSQL")).toBeDefined();
    expect(document.tools.some((t) => t.name === "org.postgresql:postgresql")).toBe(false);
    expect(tool(document.tools, "Clojure")).toBeDefined();
  });

  it("a Leiningen template's project file is what it generates, not the project's dependencies", async () => {
    const { document } = await scan(
      new MemorySource({
        "project.clj": '(defproject site/lein-template "0.1.1"\n  :eval-in-leiningen true\n  :repositories [["releases" {:url "https://clojars.org/site/lein-template" :creds :gpg}]])\n',
        "src/leiningen/new/site/project.clj": '(defproject {{name}} "0.1.0-SNAPSHOT"\n  :dependencies [[org.clojure/clojure "1.4.0"]\n                 [noir "1.3.0-beta3"]\n                 [enlive "1.0.1"]])\n',
        "src/leiningen/new/site.clj": "(ns leiningen.new.site)\n",
      }),
      opts,
    );
    expect(under(document.tools, "https://clojars.org/")).toEqual([]);
    expect(tool(document.tools, "Clojure")).toBeDefined();
  });
});
