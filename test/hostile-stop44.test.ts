import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { expectFinishesWithin } from "./work-budget.js";

// Stop 44's audit of the hand-written patterns (each checked by a ReDoS checker, then tried end to
// end through a scan): these lines, of a few hundred KB, each held a scan for seconds to minutes,
// with no warning, since a pattern tried every split of one run of characters between two parts.
// Each input is read beside a good manifest, whose tool must still be reported.

/** `unit` repeated to about `size` characters. */
const run = (unit: string, size = 100_000) => unit.repeat(Math.ceil(size / unit.length));

type Result = Awaited<ReturnType<typeof scan>>;
const options = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;
const good = { "good/package.json": JSON.stringify({ dependencies: { express: "4.18.2" } }) };

/** Scans the hostile files beside a good manifest, within `units` reference jobs. */
async function scanBeside(files: Record<string, string>, units = 20): Promise<Result> {
  const result = await expectFinishesWithin(() => scan(new MemorySource({ ...files, ...good }), options), units);
  expect(result.document.tools.map((t) => t.name)).toContain("ExpressJS");
  return result;
}
const names = (r: Result) => r.document.tools.map((t) => t.name);

describe("stop 44: long runs that a pattern split every way", () => {
  // The engine and its catalog loaded once, outside every budget.
  beforeAll(() => scan(new MemorySource(good), options));

  it("an image reference of 50,000 unclosed `${` (a Dockerfile FROM, a compose image)", async () => {
    const r = await scanBeside({ "a/Dockerfile": `FROM ${run("${", 50_000)}\n`, "b/Dockerfile": `FROM ${run("${a+", 50_000)}\n`, "c/docker-compose.yml": `services:\n  x:\n    image: '${run("${", 50_000)}'\n` });
    expect(names(r)).toContain("Docker");
  });

  it("a Vagrantfile's provider of 100,000 spaces before no name", async () => {
    const r = await scanBeside({ Vagrantfile: `Vagrant.configure("2") do |config|\n  config.vm.provider${run(" ")}x\n  config.vm.provider :virtualbox\nend\n` });
    expect(names(r)).toContain("VirtualBox");
  });

  it("an importmap pin of 100,000 spaces before no name", async () => {
    const { readImportmap } = await import("../detectors/ruby/importmap.js");
    const pins = expectFinishesWithin(() => readImportmap(`pin${run(" ")}x\npin "chart.js", to: "https://ga.jspm.io/npm:chart.js@4.4.1/dist/chart.js"\n`), 10);
    expect(pins.map((p) => p.name)).toEqual(["chart.js"]);
  });

  it("a Chef metadata.rb name of 100,000 spaces before no quote", async () => {
    const r = await scanBeside({ "cookbooks/a/metadata.rb": `name${run(" ")}x\ndepends 'apt'\n`, "cookbooks/b/metadata.rb": "name 'web'\ndepends 'apt'\n" });
    expect(names(r)).toContain("Chef");
  });

  it("a Deno deps.ts of `from` and 100,000 spaces before no quote", async () => {
    const { readModuleImports } = await import("../detectors/npm/deno.js");
    const imports = expectFinishesWithin(() => readModuleImports(`export * from${run(" ")}x\nexport * from "jsr:@std/assert@1.0.6";\n`), 10);
    expect(imports.map((i) => i.specifier)).toEqual(["jsr:@std/assert@1.0.6"]);
  });

  it("a Gradle jacoco or checkstyle block whose toolVersion is followed by 100,000 spaces and no quote", async () => {
    const { readBuildScript } = await import("../detectors/gradle/build-script.js");
    expectFinishesWithin(() => readBuildScript(`jacoco {\n  toolVersion${run(" ")}x\n}\n`), 10);
    // Checkstyle, as the site names no JaCoCo from its plugin: the same toolVersion pattern reads both.
    const r = await scanBeside({ "a/build.gradle": `plugins { id 'checkstyle' }\ncheckstyle {\n  toolVersion${run(" ")}x\n}\n`, "b/build.gradle": "plugins { id 'checkstyle' }\ncheckstyle {\n  toolVersion = '10.15.0'\n}\n" });
    expect(r.document.tools.find((t) => t.name === "Checkstyle")?.version).toBe("10.15.0");
  });

  it("a shard.yml version of 100,000 spaces before no number", async () => {
    const r = await scanBeside({ "shard.yml": `name: x\nversion: 1.0.0\ndependencies:\n  kemal:\n    github: kemalcr/kemal\n    version: '${run(" ")}~'\n` });
    expect(names(r)).toContain("Kemal");
  });

  it("a gemspec's required_ruby_version of a quote and 100,000 digits never closed", async () => {
    const r = await scanBeside({ "a/x.gemspec": `Gem::Specification.new do |s|\n  s.required_ruby_version = "${run("0")}\nend\n`, "y.gemspec": `Gem::Specification.new do |s|\n  s.required_ruby_version = ">= 3.1", "< 4"\nend\n` });
    expect(r.document.tools.find((t) => t.name === "Ruby")?.version).toBe("3.1");
  });

  it("a setup.cfg python_requires of a word, 100,000 spaces and a word", async () => {
    const { readPythonRequires } = await import("../detectors/python/setup-files.js");
    const found = expectFinishesWithin(() => readPythonRequires(`[options]\npython_requires = >=3.9${run(" ")}x  \n`, true), 10);
    expect(found).toEqual({ specifier: `>=3.9${run(" ")}x`, line: 2 });
    expect(readPythonRequires("[options]\npython_requires = >=3.9 \t\n", true)).toEqual({ specifier: ">=3.9", line: 2 });
  });

  it("a Gemfile.lock release of 25,000 platform suffixes before a character no platform holds", async () => {
    const { readGemfileLock } = await import("../detectors/ruby/gemfile.js");
    const spec = (v: string) => `GEM\n  remote: https://rubygems.org/\n  specs:\n    nokogiri (${v})\n\nPLATFORMS\n  ruby\n`;
    const lock = expectFinishesWithin(() => readGemfileLock(spec(`1.0${run("-arm")}!`)), 10);
    expect(lock.versions.get("nokogiri")).toBe(`1.0${run("-arm")}!`);
    // Short releases read as the old pattern read them.
    const old = (v: string) => v.replace(/-(x86|x64|arm|aarch|universal|java|mingw|mswin)[\w-]*$/, "");
    for (const v of ["1.16.2-x86_64-linux", "1.16.2-arm64-darwin", "1.16.2-java", "1.16.2", "1.0.rc-x64.1-mingw!", "1.0-x64.1-mingw-x", "2-armv7-arm-x", "1-java.2", "1-universal-darwin-22"]) {
      expect(readGemfileLock(spec(v)).versions.get("nokogiri"), v).toBe(old(v));
    }
  });

  it("a CPM package URI of 100,000 slashes, pluses and at signs", async () => {
    const { readCmake } = await import("../detectors/cpp/cmake.js");
    const found = expectFinishesWithin(() => readCmake(`CPMAddPackage("gh:${run("/+@+")}#")\nCPMAddPackage("gh:nlohmann/json@3.11.3")\n`), 10);
    expect(found.map((r) => `${r.name} ${r.version}`)).toEqual(["json 3.11.3"]);
  });

  it("a Fastfile line of one word of 100,000 letters", async () => {
    const r = await scanBeside({ "fastlane/Fastfile": `lane :beta do\n  f${run("sf")}!\n  upload_to_testflight\nend\n` });
    expect(names(r)).toContain("TestFlight");
  });

  it("a pnpm-lock.yaml package key of 100,000 digits and no closing colon", async () => {
    const lock = `lockfileVersion: 5.4\n\nspecifiers:\n  redux: ^4.2.0\n\ndependencies:\n  redux: 4.2.1\n\npackages:\n\n  /a@0${run("0")}x\n\n  /redux/4.2.1:\n    resolution: {integrity: sha512-x}\n`;
    const r = await scanBeside({ "app/package.json": JSON.stringify({ dependencies: { redux: "^4.2.0" } }), "app/pnpm-lock.yaml": lock });
    expect(r.document.tools.find((t) => t.name === "Redux")?.version).toBe("4.2.1");
  });

  it("a Podfile line of 20,000 `subspecs: [` never closed", async () => {
    const r = await scanBeside({ "a/Podfile": `platform :ios, '13.0'\ntarget 'x' do\n  pod 'Firebase'${run(", subspecs: [p", 300_000)}\nend\n`, "b/Podfile": "platform :ios, '13.0'\ntarget 'y' do\n  pod 'Alamofire', '~> 5.8'\nend\n" });
    expect(names(r)).toContain("Alamofire");
  });

  it("a CI script line of 20,000 `gcloud builds submit` without a tag", async () => {
    const wf = (run: string) => `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${run}\n`;
    const r = await scanBeside({ ".github/workflows/a.yml": wf(run("gcloud builds submit ", 400_000)), ".github/workflows/b.yml": wf("gcloud builds submit --tag gcr.io/p/app .") });
    expect(names(r)).toContain("Google Container Registry");
  });

  it("a Dockerfile parser directive of 100,000 tabs between its value and another `=`", async () => {
    const { readDockerfile } = await import("../detectors/docker/dockerfile.js");
    const images = expectFinishesWithin(() => readDockerfile(`# syntax =${run("\t")}x =\nFROM node:20\n`), 10);
    expect(images.map((i) => i.name)).toEqual(["node"]);
    // A directive still sets the escape character.
    expect(readDockerfile("# escape=`\nFROM node:20 `\n  AS build\n").map((i) => i.name)).toEqual(["node"]);
  });

  it("a Puppet metadata.json dependency name of 100,000 dashes and digits ending in a slash", async () => {
    const meta = (name: string) => JSON.stringify({ name: "a-b", version: "1.0.0", operatingsystem_support: [], requirements: [], dependencies: [{ name }, { name: "puppetlabs/stdlib" }] });
    const r = await scanBeside({ "metadata.json": meta(`-${run("-0")}/`) });
    expect(names(r)).toContain("Puppet Labs");
    // Names of word characters, `-` and `/` split as the old pattern split them.
    const { splitModuleName } = await import("../detectors/config-management/index.js");
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "_", "-", "/"), maxLength: 9 }), (name) => {
        const old = /^([\w-]+)[/-]([\w-]+)$/.exec(name);
        expect(splitModuleName(name)).toEqual(old ? [old[1], old[2]] : undefined);
      }),
      { numRuns: 2000, seed: 44 },
    );
  });
});
