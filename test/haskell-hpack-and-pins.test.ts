import { describe, expect, it } from "vitest";
import { haskellDetector, readHpack } from "../detectors/haskell/index.js";
import { byFile, detectorFindings } from "./detector-findings.js";

// A Stack project keeps its dependencies in hpack's package.yaml (the .cabal file is generated and
// often not committed), pins packages outside its snapshot in stack.yaml's extra-deps; a cabal-install
// project may freeze its whole build plan in cabal.project.freeze.
const PACKAGE_YAML = `name: todo-api
version: 0.1.0.0

dependencies:
- base >= 4.7 && < 5
- aeson >= 2.1
- servant-server ^>= 0.20

library:
  source-dirs: src
  dependencies:
  - hasql
  when:
  - condition: os(windows)
    dependencies: [Win32]

internal-libraries:
  todo-core:
    source-dirs: core

executables:
  todo-api-exe:
    main: Main.hs
    dependencies:
    - todo-api
    - todo-core
    - warp

tests:
  todo-api-test:
    main: Spec.hs
    dependencies:
      hspec: ">= 2.10"
      todo-api: {}
`;
const STACK_YAML = `resolver: lts-21.25
packages:
  - .
extra-deps:
  - servant-server-0.20.1
  - hasql-1.6.4.4@sha256:0b5e8fcf1b2e1d4a6c1c1c3b58b1e4b0b2a5b8d3c6f9d4e0b6a1c8e2d3f4a5b6,4224
  - git: https://github.com/example/forked
    commit: 0123abc
`;

describe("Haskell: hpack package.yaml and pinned versions", () => {
  it("reads package.yaml's dependencies of every component, versions from stack.yaml's extra-deps", async () => {
    const { findings, warnings } = await detectorFindings(haskellDetector, { "package.yaml": PACKAGE_YAML, "stack.yaml": STACK_YAML, "app/Main.hs": "main = pure ()\n" });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      "package.yaml": [
        "hackage:aeson >= 2.1 ->2.1 direct",
        "hackage:base >= 4.7 && < 5 ->4.7 direct",
        "hackage:hasql ->1.6.4.4 (stack.yaml) direct",
        "hackage:hspec >= 2.10 ->2.10 direct dev",
        "hackage:servant-server ^>= 0.20 ->0.20.1 (stack.yaml) direct",
        "hackage:warp direct",
        "hackage:Win32 direct",
      ],
      // the LTS snapshot's GHC series (lts-21 builds with GHC 9.4)
      "stack.yaml": ["runtime:haskell ->9.4"],
    });
  });

  it("a cabal.project.freeze gives a .cabal file's dependencies their exact versions", async () => {
    const cabal = "cabal-version: 3.0\nname: blog\nversion: 0.1\n\nexecutable blog\n  main-is: Main.hs\n  build-depends: base ^>=4.18.2.0,\n                 yesod ^>=1.6.2,\n                 text\n";
    const freeze = "active-repositories: hackage.haskell.org:merge\nconstraints: any.base ==4.18.2.0,\n             any.text ==2.0.2,\n             yesod +dev,\n             any.yesod ==1.6.2.1\nindex-state: hackage.haskell.org 2024-03-01T00:00:00Z\n";
    const { findings } = await detectorFindings(haskellDetector, { "blog.cabal": cabal, "cabal.project.freeze": freeze, "cabal.project": "packages: .\n" });
    expect(byFile(findings)["blog.cabal"]).toEqual([
      "hackage:base ^>=4.18.2.0 ->4.18.2.0 (cabal.project.freeze) direct",
      "hackage:text ->2.0.2 (cabal.project.freeze) direct",
      "hackage:yesod ^>=1.6.2 ->1.6.2.1 (cabal.project.freeze) direct",
    ]);
  });

  it("a package.yaml beside a .cabal file is the same package; pnpm's package.yaml is not hpack's", async () => {
    const { findings } = await detectorFindings(haskellDetector, {
      "todo.cabal": "name: todo\nlibrary\n  build-depends: base\n",
      "package.yaml": PACKAGE_YAML,
      "web/package.yaml": "name: web\nversion: 1.0.0\ndependencies:\n  react: ^18.2.0\n",
    });
    expect(Object.keys(byFile(findings))).toEqual(["todo.cabal"]);
    expect(readHpack({ name: "web", dependencies: { react: "^18.2.0" } })).toBeUndefined();
  });
});

describe("Haskell: the GHC release a project builds with", () => {
  it("cabal.project's with-compiler and stack.yaml's compiler name Haskell's version; an LTS snapshot its GHC series, a nightly none", async () => {
    const { findings } = await detectorFindings(haskellDetector, {
      "cabal.project": "packages: .\nwith-compiler: ghc-9.6.4\n",
      "tools/stack.yaml": "resolver: lts-21.25\ncompiler: ghc-9.4.8\n",
      "lts/stack.yaml": "# Stack's template\nresolver: lts-22.6\npackages:\n- .\n",
      "old/stack.yaml": "resolver: lts-18.28\n",
      "url/stack.yaml": "snapshot: https://raw.githubusercontent.com/commercialhaskell/stackage-snapshots/master/lts/20/26.yaml\n",
      "ghc/stack.yaml": "snapshot: ghc-9.8.2\n",
      "nightly/stack.yaml": "resolver: nightly-2024-05-18\n",
      "future/stack.yaml": "resolver: lts-99.1\n",
    });
    expect(byFile(findings)).toEqual({
      "cabal.project": ["runtime:haskell ->9.6.4"],
      "ghc/stack.yaml": ["runtime:haskell ->9.8.2"],
      "lts/stack.yaml": ["runtime:haskell ->9.6"],
      "old/stack.yaml": ["runtime:haskell ->8.10"],
      "tools/stack.yaml": ["runtime:haskell ->9.4.8"],
      "url/stack.yaml": ["runtime:haskell ->9.2"],
    });
  });
});
