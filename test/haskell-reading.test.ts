import { describe, expect, it } from "vitest";
import { haskellDetector } from "../detectors/haskell/index.js";
import { readCabal } from "../detectors/haskell/cabal.js";
import { byFile, detectorFindings } from "./detector-findings.js";

// The Haskell reader case by case, on .cabal files as cabal-install 1.x wrote them (capitalised
// fields and stanzas) and as hpack writes them.

const oldStyle = `Name:                hello
Version:             0.1
Cabal-Version:       >= 1.8
Build-Type:          Simple

Library
  Exposed-Modules:   Hello
  Build-Depends:     base >= 4 && < 5, network > 2.6, HUnit, HTTP >= 4000.3

Test-Suite tests
  Type:              exitcode-stdio-1.0
  Main-Is:           Spec.hs
  Build-Depends:     base, hello, QuickCheck >= 2.14, containers

Executable hello-cli
  Main-Is:           Main.hs
  Build-Depends:     hello, optparse-applicative, containers, hello-internal

Library hello-internal
  Build-Depends:     base

foreign-library hellolib
  type:              native-shared
  build-depends:     bytestring ==0.11.*
`;
// hpack's output: leading commas, each entry on its own line, a benchmark after the library.
const hpack = `cabal-version: 1.12

-- This file has been generated from package.yaml by hpack version 0.36.0.

name:           todo
version:        0.1.0.0
build-type:     Simple

library
  exposed-modules:
      Todo
  hs-source-dirs:
      src
  build-depends:
      aeson >=2.0
    , base >=4.7 && <5
    , scotty
  default-language: Haskell2010

benchmark todo-bench
  type: exitcode-stdio-1.0
  main-is: Bench.hs
  build-depends:
      base >=4.7 && <5
    , gauge
    , todo
`;

describe("Haskell", () => {
  it("capitalised fields and stanzas, a test suite followed by an executable, a foreign library; hpack's leading commas", async () => {
    const { findings, warnings } = await detectorFindings(haskellDetector, { "hello.cabal": oldStyle, "todo/todo.cabal": hpack });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      "hello.cabal": [
        "hackage:base >= 4 && < 5 ->4 direct",
        "hackage:bytestring ==0.11.* ->0.11 direct",
        "hackage:containers direct",
        "hackage:HTTP >= 4000.3 ->4000.3 direct",
        "hackage:HUnit direct",
        "hackage:network > 2.6 direct",
        "hackage:optparse-applicative direct",
        "hackage:QuickCheck >= 2.14 ->2.14 direct dev",
      ],
      "todo/todo.cabal": [
        "hackage:aeson >=2.0 ->2.0 direct",
        "hackage:base >=4.7 && <5 ->4.7 direct",
        "hackage:gauge direct dev",
        "hackage:scotty direct",
      ],
    });
    expect([...readCabal(oldStyle).own]).toEqual(["hello", "hello-internal"]);
  });

  it("a cabal file of the 1.0 days with build-depends at the top level, no trailing newline; a binary one", async () => {
    const legacy = "Name: tagsoup-lite\nVersion: 0.1\nBuild-Type: Simple\nExposed-Modules: Text.TagSoup.Lite\nBuild-Depends: base, haskell98,\n               containers >= 0.1";
    const { findings, warnings } = await detectorFindings(haskellDetector, { "tagsoup-lite.cabal": legacy, "bin/bin.cabal": "\u0000\u0001\u0002" });
    expect(warnings).toEqual(["bin/bin.cabal: skipped: binary content"]);
    expect(byFile(findings)).toEqual({
      "tagsoup-lite.cabal": ["hackage:base direct", "hackage:containers >= 0.1 ->0.1 direct", "hackage:haskell98 direct"],
    });
  });

  it("a multi-package project's packages are its own: `api` depending on `core` (a .cabal file or hpack's package.yaml) lists no Hackage core", async () => {
    const api = "cabal-version: 3.0\nname: api\nversion: 0.1.0.0\nexecutable api\n    main-is: Main.hs\n    build-depends: base ^>=4.18.2.0, core, shared-types, servant-server ^>=0.20\n";
    const core = "cabal-version: 3.0\nname: core\nversion: 0.1.0.0\nlibrary\n    build-depends: base ^>=4.18.2.0, text\n";
    const shared = "name: shared-types\nversion: 0.1.0\nlibrary:\n  source-dirs: src\n  dependencies:\n  - aeson\n";
    const { findings } = await detectorFindings(haskellDetector, { "cabal.project": "packages: api/ core/ shared-types/\n", "api/api.cabal": api, "core/core.cabal": core, "shared-types/package.yaml": shared }, "file, ref, line");
    expect(byFile(findings)).toEqual({
      "api/api.cabal": ["hackage:base ^>=4.18.2.0 ->4.18.2.0 direct", "hackage:servant-server ^>=0.20 ->0.20 direct"],
      "core/core.cabal": ["hackage:base ^>=4.18.2.0 ->4.18.2.0 direct", "hackage:text direct"],
      "shared-types/package.yaml": ["hackage:aeson direct"],
    });
  });
});
