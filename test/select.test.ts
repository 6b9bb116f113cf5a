import fc from "fast-check";
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { builtinDetectors } from "../detectors/index.js";
import { builtinCatalog } from "../src/index.js";
import { PatternIndex } from "../src/scan/select.js";

/**
 * What a pattern means, matched the slow way: each `{a,b}` alternative on its own, an alternative
 * without "/" matching a base name anywhere, a leading "/" anchoring the pattern at the root.
 */
function reference(patterns: readonly string[]): (path: string) => number[] {
  const alternatives = (p: string): string[] => {
    const m = /\{([^{}]*,[^{}]*)\}/.exec(p);
    return m ? m[1]!.split(",").flatMap((o) => alternatives(p.slice(0, m.index) + o + p.slice(m.index + m[0].length))) : [p];
  };
  const tests = patterns.map((pattern) => {
    const rooted = pattern.startsWith("/");
    const bodies = alternatives(pattern.replace(/^\.?\//, ""));
    const regex = (body: string): RegExp => picomatch.makeRe(body, { dot: true });
    return {
      onPath: bodies.filter((body) => body.includes("/") || rooted).map(regex),
      onName: bodies.filter((body) => !(body.includes("/") || rooted)).map(regex),
    };
  });
  // What the base-name alternatives match depends on the base name alone: worked out once a name
  // (the property's paths have 35), not once a path (3,000 paths by 1,000 patterns took 9 s).
  const byName = new Map<string, Set<number>>();
  const matchingName = (name: string): Set<number> => {
    let owners = byName.get(name);
    if (!owners) byName.set(name, (owners = new Set(tests.flatMap(({ onName }, i) => (onName.some((re) => re.test(name)) ? [i] : [])))));
    return owners;
  };
  return (path) => {
    const named = matchingName(path.slice(path.lastIndexOf("/") + 1));
    return tests.flatMap(({ onPath }, i) => (named.has(i) || onPath.some((re) => re.test(path)) ? [i] : []));
  };
}

// Every pattern the engine indexes: the detectors' and the catalog's file globs (`file-any-case`'s lower-cased, as the scan indexes them).
const PATTERNS = [...builtinDetectors.flatMap((d) => d.files), ...builtinCatalog().entries("file").keys(), ...[...builtinCatalog().entries("file-any-case").keys()].map((glob) => glob.toLowerCase())];

// Folders and file names those patterns care about, and some they do not.
const folder = fc.constantFrom(
  "src", "app", "packages", "api", "META-INF", "WEB-INF", "conf", "grails-app", "lib", "my_web", "wp-content", "plugins",
  "woocommerce", ".github", "workflows", ".circleci", "k8s", "charts", "templates", "App.xcodeproj", "docs", "examples",
  "requirements", "actions", "setup", "ansible", "playbooks", "meta", "roles",
);
const file = fc.constantFrom(
  "package.json", "pom.xml", "persistence.xml", "faces-config.xml", "layer.conf", "endpoint.ex", "woocommerce.php",
  "ci.yml", "config.yml", "deployment.yaml", "project.pbxproj", "Dockerfile", "Dockerfile.dev", "docker-compose.yml",
  ".travis.yml", "requirements-dev.txt", "build.gradle.kts", "App.csproj", "index.ts", "README.md", "renovate.json",
  "codecov.yml", "Chart.yaml", "_helpers.tpl", "main.tf", "go.mod", "Cargo.toml", "Gemfile", "BootStrap.groovy",
  "action.yml", "base.txt", "main.yml", "local.yml", "site.yaml",
);

describe("the path pattern index", () => {
  // 3,000 random paths each matched against every pattern the slow way: some 2 s quiet, it timed out at
  // 30 s at load 15 and 16. Fewer paths would check fewer shapes, so it has 60 s instead.
  it("gives each path exactly the owners whose pattern matches it, like matching every pattern in turn", { timeout: 60_000 }, () => {
    const index = new PatternIndex();
    PATTERNS.forEach((p, i) => index.add(p, i));
    const slow = reference(PATTERNS);
    fc.assert(
      fc.property(fc.array(folder, { maxLength: 4 }), file, (folders, name) => {
        const path = [...folders, name].join("/");
        const owners = index.match(path);
        const expected = slow(path);
        // expect() costs more than the match (1.4 of 6 s): called only where the two differ, to say how.
        if (owners.length !== expected.length || owners.some((owner, i) => owner !== expected[i])) expect(owners).toEqual(expected);
      }),
      { seed: 11, numRuns: 3000 },
    );
  });

  it("globs whose literal text is inside a class, braces or an extglob group still match (the quick substring test skips them)", () => {
    const patterns = ["/[Dd]ocker-compose.*", "**/@(base|prod).txt", "**/req{s,uirements}/*.txt", "/*.{yml,yaml}"];
    const index = new PatternIndex();
    patterns.forEach((p, i) => index.add(p, i));
    expect(index.match("docker-compose.yml")).toEqual([0, 3]);
    expect(index.match("Docker-compose.yml")).toEqual([0, 3]);
    expect(index.match("requirements/base.txt")).toEqual([1, 2]);
    expect(index.match("a/requirements/base.txt")).toEqual([1, 2]);
    expect(index.match("a/reqs/prod.txt")).toEqual([1, 2]);
    expect(index.match("local.yml")).toEqual([3]);
    expect(index.match("a/local.yml")).toEqual([]);
  });

  it("a glob-led pattern ending in a literal name matches that name at any depth, and at the root", () => {
    const index = new PatternIndex();
    index.add("**/META-INF/persistence.xml", 0);
    index.add("**/settings.json", 1);
    expect(index.match("app/src/main/resources/META-INF/persistence.xml")).toEqual([0]);
    expect(index.match("META-INF/persistence.xml")).toEqual([0]);
    expect(index.match("persistence.xml")).toEqual([]);
    expect(index.match("settings.json")).toEqual([1]);
    expect(index.match(".vscode/settings.json")).toEqual([1]);
  });
});

describe("the path pattern index, branch by branch", () => {
  it("expands brace alternatives, leaving a brace without a comma to the glob engine", async () => {
    const { expandBraces } = await import("../src/scan/select.js");
    expect(expandBraces("Dockerfile{,.*}")).toEqual(["Dockerfile", "Dockerfile.*"]);
    expect(expandBraces("docker-compose{,.*}.{yml,yaml}")).toEqual(["docker-compose.yml", "docker-compose.yaml", "docker-compose.*.yml", "docker-compose.*.yaml"]);
    expect(expandBraces("renovate{.json}")).toEqual(["renovate{.json}"]);
    expect(expandBraces("package.json")).toEqual(["package.json"]);
  });

  it("a rooted name matches at the top only, an unrooted one in any folder; ./ is no anchor", () => {
    const index = new PatternIndex();
    index.add("/.travis.yml", 0);
    index.add("./Gemfile", 1);
    index.add("/*.tf", 2);
    index.add("*.csproj", 3);
    index.add(".nvmrc", 4);
    expect(index.match(".travis.yml")).toEqual([0]);
    expect(index.match("examples/.travis.yml")).toEqual([]);
    expect(index.match("Gemfile")).toEqual([1]);
    expect(index.match("spec/dummy/Gemfile")).toEqual([1]);
    expect(index.match("main.tf")).toEqual([2]);
    expect(index.match("modules/vpc/main.tf")).toEqual([]);
    expect(index.match("src/Api/Api.csproj")).toEqual([3]);
    expect(index.match("Api.csproj.user")).toEqual([]);
    expect(index.match("web/.nvmrc")).toEqual([4]);
    // A dot file's whole name is no extension: *.nvmrc does not match .nvmrc.
    const ext = new PatternIndex();
    ext.add("*.nvmrc", 0);
    expect(ext.match(".nvmrc")).toEqual([]);
    expect(ext.match("web/x.nvmrc")).toEqual([0]);
  });

  it("an owner matched by several patterns is listed once; owners come in ascending order", () => {
    const index = new PatternIndex();
    index.add("requirements{,-dev}.txt", 5);
    index.add("requirements*.txt", 5);
    index.add("*.txt", 2);
    index.add("requirements/*.txt", 9);
    index.add("**/requirements/*.txt", 1);
    expect(index.match("requirements.txt")).toEqual([2, 5]);
    expect(index.match("requirements-dev.txt")).toEqual([2, 5]);
    expect(index.match("requirements/base.txt")).toEqual([1, 2, 9]);
    expect(index.match("src/requirements/base.txt")).toEqual([1, 2]);
    expect(index.match("README.md")).toEqual([]);
  });

  it("globs added after a first match are still tried", () => {
    const index = new PatternIndex();
    index.add("Dockerfile.*", 0);
    expect(index.match("Dockerfile.dev")).toEqual([0]);
    index.add("*.dockerfile", 1);
    index.add("Containerfile*", 2);
    expect(index.match("api.dockerfile")).toEqual([1]);
    expect(index.match("Containerfile.prod")).toEqual([2]);
    expect(index.match("Dockerfile.dev")).toEqual([0]);
  });

  it("an extension pattern is a whole suffix; a glob's quick test never misses a dot file or a character class", () => {
    const index = new PatternIndex();
    index.add("*.stories.*", 0);
    index.add("*eslintrc*", 1);
    index.add("*.[ch]pp", 2);
    expect(index.match("Button.stories.tsx")).toEqual([0]);
    expect(index.match("web.stories")).toEqual([]);
    expect(index.match(".eslintrc.json")).toEqual([1]);
    expect(index.match("src/main.cpp")).toEqual([2]);
    expect(index.match("include/util.hpp")).toEqual([2]);
  });
});
