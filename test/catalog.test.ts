import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { readCatalogDir, Catalog, MemorySource, scan } from "../src/index.js";
import { ROOT } from "./helpers.js";

const source = readCatalogDir(join(ROOT, "catalog"));
const catalog = new Catalog(source);
const ids = new Set(source.tools!.map((t) => t.id));

describe("catalog data", () => {
  it("every tool has an id and a name; ids are unique", () => {
    expect(source.tools!.length).toBeGreaterThan(2150);
    for (const t of source.tools!) {
      expect(t.id, JSON.stringify(t)).toMatch(/^\S+$/);
      expect(t.name.trim(), t.id).not.toBe("");
    }
    expect(ids.size).toBe(source.tools!.length);
  });

  it("every category and sub-category pair is one of the site's", () => {
    const pairs = new Set<string>();
    for (const c of Object.values(source.categories!)) for (const sub of Object.values(c.sub_categories)) pairs.add(`${c.name} / ${sub}`);
    const bad = source.tools!.filter((t) => (t.category || t.sub_category) && !pairs.has(`${t.category} / ${t.sub_category}`));
    expect(bad.map((t) => `${t.id}: ${t.category} / ${t.sub_category}`)).toEqual([]);
    expect(Object.keys(source.categories!)).toHaveLength(16);
  });

  it("aliases are unique and never another tool's name", () => {
    const names = new Map(source.tools!.map((t) => [t.name.toLowerCase(), t.id]));
    const seen = new Map<string, string>();
    for (const t of source.tools!) {
      for (const alias of t.aliases ?? []) {
        const key = alias.toLowerCase();
        expect(seen.get(key), `alias ${alias} of ${t.id}`).toBeUndefined();
        const owner = names.get(key);
        expect(owner === undefined || owner === t.id, `alias ${alias} of ${t.id} is the name of ${owner}`).toBe(true);
        seen.set(key, t.id);
      }
    }
  });

  it("every matcher names existing tools", () => {
    const missing: string[] = [];
    for (const [kind, table] of Object.entries(source.matchers!)) {
      for (const [key, value] of Object.entries(table)) for (const id of [value].flat()) if (!ids.has(id)) missing.push(`${kind}:${key} -> ${id}`);
    }
    expect(missing).toEqual([]);
  });

  it("a matcher key is declared in one matcher file only", () => {
    // The files are merged kind by kind, so a key in two files would silently keep only the last.
    const dir = join(ROOT, "catalog", "matchers");
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".yml")).sort()) {
      const kinds = (yaml.load(readFileSync(join(dir, file), "utf8")) ?? {}) as Record<string, Record<string, unknown>>;
      for (const [kind, table] of Object.entries(kinds)) {
        for (const key of Object.keys(table)) {
          const seen = owner.get(`${kind}:${key}`);
          if (seen) twice.push(`${kind}:${key} in ${seen} and ${file}`);
          owner.set(`${kind}:${key}`, file);
        }
      }
    }
    expect(twice).toEqual([]);
  });

  it("every registry says how its packages are written", () => {
    for (const [kind, r] of Object.entries(source.registries!)) {
      expect(r.category, kind).toBeTruthy();
      expect(r.sub_category, kind).toBeTruthy();
      if (r.package_url) expect(r.package_url, kind).toContain("{name}");
    }
  });
});

/** One synthetic manifest per ecosystem declaring every package its matchers know. */
const MANIFESTS: Record<string, (names: string[]) => Record<string, string>> = {
  npm: (names) => ({ "package.json": JSON.stringify({ dependencies: Object.fromEntries(names.map((n) => [n, "^1.0.0"])) }) }),
  pypi: (names) => ({ "requirements.txt": names.map((n) => `${n}==1.0.0`).join("\n") }),
  rubygems: (names) => ({ Gemfile: names.map((n) => `gem "${n}", "1.0.0"`).join("\n") }),
  packagist: (names) => ({ "composer.json": JSON.stringify({ require: Object.fromEntries(names.map((n) => [n, "^1.0"])) }) }),
  go: (names) => ({ "go.mod": `module example.com/x\n\ngo 1.22\n\nrequire (\n${names.map((n) => `\t${n} v1.0.0`).join("\n")}\n)\n` }),
  cargo: (names) => ({ "Cargo.toml": `[package]\nname = "x"\n\n[dependencies]\n${names.map((n) => `${JSON.stringify(n)} = "1.0"`).join("\n")}\n` }),
  nuget: (names) => ({ "App.csproj": `<Project Sdk="Microsoft.NET.Sdk"><ItemGroup>${names.map((n) => `<PackageReference Include="${n}" Version="1.0.0" />`).join("")}</ItemGroup></Project>` }),
  maven: (names) => ({ "pom.xml": `<project><dependencies>${names.map((n) => { const [g, a] = n.split(":"); return `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId><version>1.0</version></dependency>`; }).join("")}</dependencies></project>` }),
  docker: (names) => ({ "docker-compose.yml": `services:\n${names.map((n, i) => `  s${i}:\n    image: ${n}:1.0`).join("\n")}\n` }),
  pub: (names) => ({ "pubspec.yaml": `name: x\ndependencies:\n${names.map((n) => `  ${n}: ^1.0.0`).join("\n")}\n` }),
  cocoapods: (names) => ({ Podfile: names.map((n) => `pod '${n}', '1.0'`).join("\n") }),
  action: (names) => ({ ".github/workflows/ci.yml": `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${names.map((n) => `      - uses: ${n}@v1`).join("\n")}\n` }),
  swiftpm: (names) => ({ "Package.swift": `// swift-tools-version:5.9\nlet package = Package(name: "x", dependencies: [\n${names.map((n) => `  .package(url: "https://github.com/example/${n}.git", from: "1.0.0"),`).join("\n")}\n])\n` }),
};

describe("every matcher fires on a manifest that declares it", () => {
  for (const [kind, manifest] of Object.entries(MANIFESTS)) {
    it(kind, async () => {
      const table = source.matchers![kind] ?? {};
      // A prefix key is declared as one package under it: "@sentry/*" as "@sentry/core".
      const keys = Object.keys(table).map((k) => (k.endsWith("*") ? k.slice(0, -1) + (/[/.:-]$/.test(k.slice(0, -1)) ? "core" : kind === "go" ? "/v2" : "") : k));
      expect(keys.length, kind).toBeGreaterThan(5);
      const { document } = await scan(new MemorySource(manifest(keys)), { git: false, disable: ["languages"] });
      const found = new Set(document.tools.map((t) => t.name));
      const silent = Object.entries(table)
        .filter(([, value]) => [value].flat().some((id) => !found.has(catalog.tools.get(id)!.name)))
        .map(([key]) => key);
      expect(silent, `${kind} matchers that did not fire`).toEqual([]);
    });
  }
});

/** A path the glob matches: the first alternative of each brace, `x` for each wildcard. */
function samplePath(glob: string): string {
  let path = glob;
  for (let m = /\{([^{}]*)\}/.exec(path); m; m = /\{([^{}]*)\}/.exec(path)) {
    path = path.slice(0, m.index) + m[1]!.split(",")[0] + path.slice(m.index + m[0].length);
  }
  return path.replace(/\*+/g, "x");
}

describe("every file matcher fires on a path it matches", () => {
  it("file", async () => {
    const table = source.matchers!.file ?? {};
    const paths = Object.keys(table).map(samplePath);
    expect(samplePath(".eslintrc{,.js}")).toBe(".eslintrc");
    expect(samplePath("netlify/functions/**")).toBe("netlify/functions/x");
    expect(paths.length).toBeGreaterThan(100);
    const { document } = await scan(new MemorySource(Object.fromEntries(paths.map((p) => [p, ""]))), { git: false, disable: ["languages"] });
    const found = new Set(document.tools.map((t) => t.name));
    const silent = Object.entries(table)
      .filter(([, value]) => [value].flat().some((id) => !found.has(catalog.tools.get(id)!.name)))
      .map(([key]) => key);
    expect(silent, "file matchers that did not fire").toEqual([]);
  });
});
