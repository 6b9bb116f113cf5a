import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { crystalDetector, lockedVersions } from "../detectors/crystal/index.js";
import { byFile, detectorFindings } from "./detector-findings.js";
import { expectFinishesWithin } from "./work-budget.js";

const opts = { git: false } as const;
/** The tools (no package entries) of a tree: `Name version (source)`. */
const toolsOf = async (files: Record<string, string>) => {
  const { document, warnings } = await scan(new MemorySource(files), opts);
  expect(warnings).toEqual([]);
  return document.tools.filter((t: ToolEntry) => !t.package_url).map((t) => `${t.name}${t.version ? ` ${t.version}` : ""} (${t.detection_source})`).sort();
};

const SHARD_YML = `name: kemal-api
version: 0.1.0
crystal: ">= 1.10.0"
dependencies:
  kemal:
    github: kemalcr/kemal
    version: ~> 1.4
  pg:
    github: will/crystal-pg
development_dependencies:
  ameba:
    github: crystal-ameba/ameba
    version: ~> 1.6
targets:
  kemal-api:
    main: src/kemal-api.cr
`;
const SHARD_LOCK = `version: 2.0
shards:
  ameba:
    git: https://github.com/crystal-ameba/ameba.git
    version: 1.6.1
  db:
    git: https://github.com/crystal-lang/crystal-db.git
    version: 0.13.1
  kemal:
    git: https://github.com/kemalcr/kemal.git
    version: 1.10.0
  pg:
    git: https://github.com/will/crystal-pg.git
    version: 0.28.0+git.commit.a1b2c3d
`;

describe("Crystal shards", () => {
  it("shard.yml's dependencies at shard.lock's versions, the Crystal constraint as declared", async () => {
    const { findings, warnings } = await detectorFindings(crystalDetector, { "shard.yml": SHARD_YML, "shard.lock": SHARD_LOCK });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      "shard.yml": [
        "runtime:crystal >= 1.10.0",
        "shard:ameba ~> 1.6 ->1.6.1 (shard.lock) direct dev",
        "shard:kemal ~> 1.4 ->1.10.0 (shard.lock) direct",
        "shard:pg ->0.28.0 (shard.lock) direct",
      ],
    });
    expect(lockedVersions("shards:\n  kemal:\n    version: 1.4.0\nother:\n  x:\n    version: 9\n")).toEqual(new Map([["kemal", "1.4.0"]]));
  });

  it("a `crystal:` line of blanks is read in one pass (its pattern once tried each split of the blanks)", async () => {
    const shard = `name: x\ncrystal:${" ".repeat(100_000)}\ndependencies: {}\n`;
    const { findings } = await expectFinishesWithin(() => detectorFindings(crystalDetector, { "shard.yml": shard }), 5);
    expect(byFile(findings)).toEqual({ "shard.yml": ["runtime:crystal"] });
    const quoted = await detectorFindings(crystalDetector, { "shard.yml": 'name: x\ncrystal: "~> 1.10" # pinned\n' });
    expect(byFile(quoted.findings)).toEqual({ "shard.yml": ["runtime:crystal ~> 1.10"] });
  });

  it("a Kemal app names Crystal, Kemal and its database", async () => {
    expect(await toolsOf({ "shard.yml": SHARD_YML, "shard.lock": SHARD_LOCK, "src/kemal-api.cr": 'require "kemal"\n' })).toEqual(["Crystal (Repo Metadata)", "Kemal 1.10.0 (shard.yml)", "PostgreSQL (shard.yml)"]);
  });
});

describe("the smaller ecosystems' tools the site lists", () => {
  it("Nim and Zig sources name their languages", async () => {
    expect(await toolsOf({ "src/app.nim": "import jester\n", "app.nimble": 'version = "0.1.0"\nrequires "nim >= 2.0.0"\n' })).toEqual(["Nim (Repo Metadata)"]);
    expect(await toolsOf({ "build.zig": 'const std = @import("std");\n', "src/main.zig": 'const std = @import("std");\n' })).toEqual(["Zig (Repo Metadata)"]);
  });

  it("Yesod and a Postgres backend from Hackage, Dart Frog from pub, ZIO from a Scala build", async () => {
    const cabal = "name: blog\nexecutable blog\n  main-is: Main.hs\n  build-depends: base, yesod-core >= 1.6, persistent-postgresql >= 2.13\n";
    expect(await toolsOf({ "blog.cabal": cabal })).toEqual(["PostgreSQL (blog.cabal)", "Yesod 1.6 (blog.cabal)"]);
    const pubspec = "name: api\nenvironment:\n  sdk: ^3.0.0\ndependencies:\n  dart_frog: ^1.1.0\n";
    // Dart itself is the .dart sources' language: the SDK range names none (pub-sdk in mobile.yml).
    expect(await toolsOf({ "pubspec.yaml": pubspec })).toEqual(["Dart Frog 1.1.0 (pubspec.yaml)"]);
    const sbt = 'scalaVersion := "3.3.1"\nlibraryDependencies += "dev.zio" %% "zio" % "2.0.21"\nlibraryDependencies += "dev.zio" %% "zio-json" % "0.6.2"\n';
    // No SBT: the site names none from an sbt build (held out, 3 owners).
    expect(await toolsOf({ "build.sbt": sbt })).toEqual(["Scala 3.3.1 (build.sbt)", "ZIO 2.0.21 (build.sbt)"]);
  });

  it("a Catalyst app's cpanfile names Catalyst at Catalyst::Runtime's release, not at a plugin's", async () => {
    const cpanfile = "requires 'perl', 'v5.36.0';\nrequires 'Catalyst::Plugin::ConfigLoader', '0.35';\nrequires 'Catalyst::Runtime', '5.90130';\nrequires 'Catalyst::View::TT';\n";
    expect(await toolsOf({ cpanfile, "lib/MyApp.pm": "package MyApp;\n1;\n" })).toEqual(["Catalyst 5.90130 (cpanfile)", "Perl 5.36.0 (Repo Metadata)"]);
  });

  it("a Grails 7 app (the ASF's org.apache.grails group and plugin ids) names Grails at its release", async () => {
    const build = 'plugins {\n    id "org.apache.grails.gradle.grails-web"\n}\ndependencies {\n    implementation platform("org.apache.grails:grails-bom:$grailsVersion")\n    implementation "org.apache.grails:grails-core"\n}\n';
    const tools = await toolsOf({ "build.gradle": build, "gradle.properties": "grailsVersion=7.0.1\n", "grails-app/controllers/HomeController.groovy": "class HomeController {}\n" });
    expect(tools.filter((t) => t.startsWith("Grails"))).toEqual(["Grails 7.0.1 (build.gradle)"]);
    const pluginOnly = await toolsOf({ "build.gradle": 'plugins {\n    id "org.apache.grails.gradle.grails-web"\n}\n' });
    expect(pluginOnly.filter((t) => t.startsWith("Grails"))).toEqual(["Grails (build.gradle)"]);
  });
});
