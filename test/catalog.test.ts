import { existsSync, readdirSync, readFileSync } from "node:fs";
import { FILE_GLOB_KINDS } from "../src/catalog/file-matchers.js";
import { join } from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { readCatalogDir, Catalog, MemorySource, scan, builtinCatalog, parseCatalogFile } from "../src/index.js";
import { ROOT } from "./helpers.js";
import { CITES, matcherTargets, PACKAGE_ONLY } from "../src/catalog/matcher-value.js";
import { readCompiledCatalog } from "../src/catalog/load.js";

const source = readCatalogDir(join(ROOT, "catalog"));
const catalog = new Catalog(source);
const ids = new Set(source.tools!.map((t) => t.id));

describe("catalog data", () => {
  it("no detector names a tool id: each reports what it read, and the catalog maps it", () => {
    const named: string[] = [];
    let read = 0;
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith(".ts")) {
          read++;
          for (const m of readFileSync(path, "utf8").matchAll(/["'`]tool:[\w.-]+/g)) named.push(`${path.slice(ROOT.length + 1)}: ${m[0]}`);
        }
      }
    };
    walk(join(ROOT, "detectors"));
    expect(named).toEqual([]);
    // The detectors' sources were read (175 files at stop 53).
    expect(read).toBeGreaterThan(100);
  });

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
    // Aliases were there to check.
    expect(seen.size).toBeGreaterThan(100);
  });

  it("every matcher names existing tools", () => {
    const missing: string[] = [];
    for (const [kind, table] of Object.entries(source.matchers!)) {
      // `~` may open a list (the key's version is none of its tools'), `package-only` stand once
      // before the tools named only on request; nothing else but tool ids.
      for (const [key, value] of Object.entries(table)) {
        const list = [value].flat();
        if (list.filter((id) => id === PACKAGE_ONLY).length > 1) missing.push(`${kind}:${key} -> ${PACKAGE_ONLY} twice`);
        // `cites` marks a file matcher's files as their tools' source, in the file kinds only.
        if (!FILE_GLOB_KINDS.includes(kind) && list.includes(CITES)) missing.push(`${kind}:${key} -> ${CITES} outside file`);
        for (const [i, id] of list.entries()) if (!(id === null && i === 0) && id !== PACKAGE_ONLY && id !== CITES && !ids.has(id as string)) missing.push(`${kind}:${key} -> ${id}`);
      }
    }
    expect(missing).toEqual([]);
    // The matchers were there to check (12,888 keys at stop 53).
    expect(Object.values(source.matchers!).reduce((n, table) => n + Object.keys(table).length, 0)).toBeGreaterThan(10_000);
  });

  it("package-only keys are package names of a registry, each naming a tool", () => {
    // Such a key says which tool a package is while the site lists it as a package only; a file
    // glob or an image is never a package entry, so the word means nothing there.
    const wrong: string[] = [];
    let checked = 0;
    for (const [kind, table] of Object.entries(source.matchers!)) {
      for (const [key, value] of Object.entries(table)) {
        const targets = matcherTargets(value);
        // `gradle` holds Maven coordinates a Gradle build declares, looked up before `maven`;
        // `requirements` and `pyproject` PyPI names a requirements file or a pyproject.toml declares,
        // looked up before `pypi`;
        // `python-tool` a pyproject's [tool.*] tables and `manifest-key` a package.json's configuration
        // tables, the configuration of dev dependencies; `gradle-plugin` a build's plugins, the build's
        // own dependencies (Gradle's jacoco).
        const packageKind = source.registries?.[kind] !== undefined || ["gradle", "requirements", "pyproject", "python-tool", "manifest-key", "gradle-plugin"].includes(kind);
        const marked = [value].flat().includes(PACKAGE_ONLY);
        if (marked) checked++;
        if (marked && (!packageKind || !targets.packageOnlyIds.length)) wrong.push(`${kind}:${key}`);
      }
    }
    expect(wrong).toEqual([]);
    // Keys marked package-only were there to check (274 at stop 53).
    expect(checked).toBeGreaterThan(200);
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
    // Every matcher file was read (12,888 keys at stop 53).
    expect(owner.size).toBeGreaterThan(10_000);
  });

  it("a key under a prefix keeps every tool the prefix gives (the exact key wins, so it would lose them)", () => {
    // A service's own client under its cloud's prefix keeps the cloud (NuGet's Azure.Storage.Blobs
    // is Azure too), and a catch-all "*" (every Terraform provider means Terraform) holds for every key.
    // Exceptions name another product than the prefix's.
    const except = new Set([
      // The public forges' hosts: a package's repository there is its owner's code, named by no
      // forge, where a self-managed host named for one (gitlab.acme.io) names it.
      ...["bitbucket.org*", "github.com*", "gitlab.com*"].map((host) => `vcs-host:${host}`),
      // The Play project's standalone libraries (JSON, WS client, templates), used without Play itself.
      ...["com.typesafe.play", "org.playframework"].flatMap((g) => ["play-json*", "play-functional*", "play-ws-standalone*", "play-ahc-ws-standalone*"].map((a) => `maven:${g}:${a}`)),
      "maven:com.typesafe.play:twirl-api*",
      "maven:org.jolokia:docker-maven-plugin", // a Docker image build plugin under Jolokia's group, not Jolokia
      "maven:org.hibernate:hibernate-validator", // Hibernate Validator (Bean Validation), not the Hibernate ORM
      // JUnit 5's aggregate, Mockito's JUnit 5 extension and their BOMs: package data only (the
      // site names neither tool from them); the api/engine and mockito-core artifacts name them.
      ...["org.junit.jupiter:junit-jupiter", "org.junit:junit-bom", "org.mockito:mockito-junit-jupiter", "org.mockito:mockito-bom"].map((k) => `maven:${k}`),
      // Log4j 2's adapter that hands its API to SLF4J: another backend writes the lines.
      "maven:org.apache.logging.log4j:log4j-to-slf4j",
      // Log4j's 1.x bridge into the Log4j 2 API: log4j-core or log4j-api name Log4j where declared.
      "maven:org.apache.logging.log4j:log4j-1.2-api",
      // Presto's SQL parser library, used in-process without a Presto cluster (dev-tools.yml).
      "maven:com.facebook.presto:presto-parser",
      // Symfony's browser-testing helpers (package data unless every tool is asked for), its Composer
      // plugins, and the polyfills and contracts that libraries outside Symfony require.
      // var-dumper, the `dump()` helper libraries outside Symfony put in require-dev.
      ...["browser-kit", "css-selector", "dom-crawler", "phpunit-bridge", "var-dumper", "flex", "thanks", "polyfill-*"].map((n) => `packagist:symfony/${n}`),
      ...["cache", "deprecation", "event-dispatcher", "http-client", "service", "translation"].map((n) => `packagist:symfony/${n}-contracts`),
      // React Router's router core and the web polyfills and fetch server under Remix's scope, used without Remix.
      ...["router", "web-*", "node-fetch-server"].map((n) => `npm:@remix-run/${n}`),
      // Radix's icon set and colour scales, products of the scope apart from its primitives.
      "npm:@radix-ui/react-icons",
      "npm:@radix-ui/colors",
      // Algolia's Autocomplete UI, which searches any source given it (Meilisearch's documented front ends).
      "npm:@algolia/autocomplete-*",
      // Firebase's analytics artifacts and BoM: the site names no Firebase from them (jvm.yml).
      ...["firebase-analytics", "firebase-analytics-ktx", "firebase-bom"].map((a) => `maven:com.google.firebase:${a}`),
    ]);
    const lost: string[] = [];
    let prefixed = 0;
    for (const [kind, table] of Object.entries(source.matchers!)) {
      if (FILE_GLOB_KINDS.includes(kind) || kind === "extension") continue;
      const prefixes = Object.entries(table)
        .filter(([k]) => k.endsWith("*"))
        .map(([k, v]) => ({ key: k, prefix: catalog.normalize(kind, k.slice(0, -1)), ids: matcherTargets(v).ids, asked: matcherTargets(v).packageOnlyIds }))
        .sort((a, b) => b.prefix.length - a.prefix.length);
      for (const [key, value] of Object.entries(table)) {
        if (except.has(`${kind}:${key}`)) continue;
        const own = catalog.normalize(kind, key.endsWith("*") ? key.slice(0, -1) : key);
        const wider = prefixes.find((p) => p.key !== key && own.startsWith(p.prefix));
        if (wider) prefixed++;
        // The tools it names by default, and those named on request (`package-only`) by either list.
        const own_ = matcherTargets(value);
        const missing = [
          ...(wider?.ids.filter((id) => !own_.ids.includes(id)) ?? []),
          ...(wider?.asked.filter((id) => !own_.ids.includes(id) && !own_.packageOnlyIds.includes(id)).map((id) => `${id} (package-only)`) ?? []),
        ];
        if (missing.length) lost.push(`${kind}:${key} loses ${missing.join(", ")} (${wider!.key})`);
      }
    }
    expect(lost).toEqual([]);
    // Keys under a prefix were there to check.
    expect(prefixed).toBeGreaterThan(100);
  });

  it("every website_url is an absolute http(s) URL and every license looks like an SPDX identifier", () => {
    // The built catalog when there is one (npm test builds first), else what the build compiles.
    const built = join(ROOT, "dist", "catalog.json");
    const tools: Array<{ id: string; website_url?: string; license?: string; open_source?: unknown; hosted_saas?: unknown }> = existsSync(built)
      ? readCompiledCatalog(join(ROOT, "dist")).tools!
      : source.tools!;
    expect(tools.length).toBe(source.tools!.length);
    const badUrls = tools.filter((t) => t.website_url !== undefined && !/^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/.test(t.website_url));
    expect(badUrls.map((t) => `${t.id}: ${t.website_url}`)).toEqual([]);
    // SPDX ids (MIT, Apache-2.0, GPL-2.0-or-later, BSD-3-Clause, 0BSD), or an expression of them with AND/OR.
    const spdx = /^[A-Za-z0-9][A-Za-z0-9.+-]*(?: (?:AND|OR|WITH) [A-Za-z0-9][A-Za-z0-9.+-]*)*$/;
    const badLicenses = tools.filter((t) => t.license !== undefined && !spdx.test(t.license));
    expect(badLicenses.map((t) => `${t.id}: ${t.license}`)).toEqual([]);
    const badFlags = tools.filter((t) => ![undefined, true, false].includes(t.open_source as never) || ![undefined, true, false].includes(t.hosted_saas as never));
    expect(badFlags.map((t) => t.id)).toEqual([]);
    expect(tools.filter((t) => t.website_url).length).toBeGreaterThan(2000);
  });

  it("hosted services whose SDKs are all a repository shows are flagged hosted and closed (their SDK numbers are no release of theirs)", () => {
    const byId = new Map(source.tools!.map((t) => [t.id, t as unknown as Record<string, unknown>]));
    for (const id of ["anthropic-claude", "batch", "smooch"]) expect(byId.get(id), id).toMatchObject({ open_source: false, hosted_saas: true });
  });

  it("links.yml names only tools of the catalog, sorted by id, with only the fields it may fill", () => {
    const text = readFileSync(join(ROOT, "catalog", "links.yml"), "utf8");
    const links = yaml.load(text) as Record<string, Record<string, unknown>>;
    const keys = text.split("\n").filter((l) => /^[^\s#]/.test(l)).map((l) => l.slice(0, l.indexOf(":")));
    expect(keys).toEqual(Object.keys(links));
    expect(keys.filter((id) => !ids.has(id))).toEqual([]);
    const unsorted = keys.filter((id, i) => i > 0 && !(keys[i - 1]! < id));
    expect(unsorted).toEqual([]);
    const fields = new Set(["website_url", "open_source", "hosted_saas", "license"]);
    expect(Object.entries(links).flatMap(([id, e]) => Object.keys(e).filter((k) => !fields.has(k)).map((k) => `${id}.${k}`))).toEqual([]);
    // The generated files hold what links.yml gives wherever the site and overrides.yml said nothing.
    const byId = new Map(source.tools!.map((t) => [t.id, t as unknown as Record<string, unknown>]));
    const notApplied = Object.entries(links).filter(([id, e]) => Object.keys(e).some((k) => byId.get(id)![k] === undefined));
    expect(notApplied.map(([id]) => id)).toEqual([]);
  });

  it("every family is a Maven group the maven matchers know, named by a group:artifact key where the key is Maven's", () => {
    const mavenKeys = Object.keys(source.matchers!.maven!);
    const bad: string[] = [];
    for (const [kind, table] of Object.entries(source.families ?? {})) {
      for (const [key, group] of Object.entries(table)) {
        if (kind === "maven" && !/^[\w.-]+:[\w.-]+$/.test(key)) bad.push(`${kind}:${key} is not group:artifact`);
        if (!mavenKeys.some((k) => k.startsWith(`${group}:`) || k.startsWith(`${group}.`))) bad.push(`${kind}:${key} -> ${group}, a group no maven matcher knows`);
      }
    }
    expect(bad).toEqual([]);
    expect(Object.keys(source.families ?? {})).toEqual(expect.arrayContaining(["maven", "gradle-plugin", "gradle-property"]));
  });

  it("every registry says how its packages are written", () => {
    expect(Object.keys(source.registries!).length).toBeGreaterThan(10);
    for (const [kind, r] of Object.entries(source.registries!)) {
      expect(r.category, kind).toBeTruthy();
      expect(r.sub_category, kind).toBeTruthy();
      if (r.package_url) expect(r.package_url, kind).toContain("{name}");
    }
  });

  it("package pages: slugs as the site writes them, sorted and unique, for registries marked pages: true", () => {
    for (const [kind, slugs] of Object.entries(source.pages!)) {
      expect(source.registries![kind]?.pages, kind).toBe(true);
      // Cargo's list is empty on purpose: the site has no package pages for crates.
      if (kind === "cargo") expect(slugs, kind).toEqual([]);
      else expect(slugs.length, kind).toBeGreaterThan(kind === "clojars" ? 2500 : 5000);
      expect(slugs.filter((s) => !/^[a-z0-9_]+(-[a-z0-9_]+)*$/.test(s)), kind).toEqual([]);
      expect([...slugs].sort(), kind).toEqual(slugs);
      expect(new Set(slugs).size, kind).toBe(slugs.length);
    }
    expect(catalog.hasPage("maven", "org.springframework.boot:spring-boot-starter-web")).toBe(true);
    expect(catalog.hasPage("maven", "org.springframework.boot:spring-boot-starter-webflux")).toBe(false);
    // Go pages are named by a module's last path element, a major-version suffix left off.
    expect(catalog.hasPage("go", "github.com/sirupsen/logrus")).toBe(true);
    expect(catalog.hasPage("go", "github.com/go-chi/chi/v5")).toBe(true);
    expect(catalog.hasPage("go", "github.com/blugnu/errorcontext")).toBe(false);
    expect(catalog.hasPage("cargo", "serde")).toBe(false);
    // Clojars pages are named group-artifact; Clojure itself is Maven Central's and has none.
    expect(catalog.hasPage("clojars", "ring/ring-core")).toBe(true);
    expect(catalog.hasPage("clojars", "org.clojure/clojure")).toBe(false);
    expect(catalog.hasPage("npm", "left-pad")).toBe(true); // no list: every package
  });
});

/** One synthetic manifest per ecosystem declaring every package its matchers know. */
const MANIFESTS: Record<string, (names: string[]) => Record<string, string>> = {
  npm: (names) => ({ "package.json": JSON.stringify({ dependencies: Object.fromEntries(names.map((n) => [n, "^1.0.0"])) }) }),
  // PyPI names from a Pipfile, where no `requirements` or `pyproject` key comes first
  pypi: (names) => ({ Pipfile: `[packages]\n${[...new Set(names)].map((n) => `${JSON.stringify(n)} = "==1.0.0"`).join("\n")}\n` }),
  requirements: (names) => ({ "requirements.txt": names.map((n) => `${n}==1.0.0`).join("\n") }),
  "requirements-other": (names) => ({ "requirements-dev.txt": names.map((n) => `${n}==1.0.0`).join("\n") }),
  pyproject: (names) => ({ "pyproject.toml": `[project]\nname = "x"\ndependencies = [\n${names.map((n) => `  ${JSON.stringify(`${n}==1.0.0`)},`).join("\n")}\n]\n` }),
  cran: (names) => ({ DESCRIPTION: `Package: x\nVersion: 1.0\nImports:\n${names.map((n) => `    ${n} (>= 1.0)`).join(",\n")}\n` }),
  conda: (names) => ({ "environment.yml": `channels: [conda-forge]\ndependencies:\n${names.map((n) => `  - ${n}=1.0`).join("\n")}\n` }),
  rubygems: (names) => ({ Gemfile: names.map((n) => `gem "${n}", "1.0.0"`).join("\n") }),
  packagist: (names) => ({ "composer.json": JSON.stringify({ require: Object.fromEntries(names.map((n) => [n, "^1.0"])) }) }),
  go: (names) => ({ "go.mod": `module example.com/x\n\ngo 1.22\n\nrequire (\n${names.map((n) => `\t${n} v1.0.0`).join("\n")}\n)\n` }),
  cargo: (names) => ({ "Cargo.toml": `[package]\nname = "x"\n\n[dependencies]\n${names.map((n) => `${JSON.stringify(n)} = "1.0"`).join("\n")}\n` }),
  nuget: (names) => ({ "App.csproj": `<Project Sdk="Microsoft.NET.Sdk"><ItemGroup>${names.map((n) => `<PackageReference Include="${n}" Version="1.0.0" />`).join("")}</ItemGroup></Project>` }),
  maven: (names) => ({ "pom.xml": `<project><dependencies>${names.map((n) => { const [g, a] = n.split(":"); return `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId><version>1.0</version></dependency>`; }).join("")}</dependencies></project>` }),
  docker: (names) => ({ "docker-compose.yml": `services:\n${names.map((n, i) => `  s${i}:\n    image: ${n}:1.0`).join("\n")}\n` }),
  pub: (names) => ({ "pubspec.yaml": `name: x\ndependencies:\n${names.map((n) => `  ${n}: ^1.0.0`).join("\n")}\n` }),
  cocoapods: (names) => ({ Podfile: names.map((n) => `pod '${n}', '1.0'`).join("\n") }),
  "cocoapods-subspec": (names) => ({ Podfile: names.map((n) => `pod '${n}', '1.0'`).join("\n") }),
  "alertmanager-receiver": (names) => ({ "alertmanager.yml": `receivers:\n${names.map((n, i) => `  - name: r${i}\n    ${n}_configs: []`).join("\n")}\n` }),
  "grafana-datasource": (names) => ({ "provisioning/datasources/all.yml": `datasources:\n${names.map((n, i) => `  - name: d${i}\n    type: ${n}`).join("\n")}\n` }),
  "telegraf-output": (names) => ({ "telegraf.conf": names.map((n) => `[[outputs.${n}]]\n  x = 1`).join("\n") + "\n" }),
  "telegraf-input": (names) => ({ "telegraf.conf": names.map((n) => `[[inputs.${n}]]\n  x = 1`).join("\n") + "\n" }),
  "fluentbit-output": (names) => ({ "fluent-bit.conf": names.map((n) => `[OUTPUT]\n    Name ${n}\n    Match *`).join("\n") + "\n" }),
  "fluentd-output": (names) => ({ "fluent.conf": names.map((n) => `<match app.${n}>\n  @type ${n}\n</match>`).join("\n") + "\n" }),
  "otel-exporter": (names) => ({ "otel-collector.yaml": `receivers:\n  otlp: {}\nexporters:\n${names.map((n) => `  ${n}: {}`).join("\n")}\nservice:\n  pipelines:\n    traces: {}\n` }),
  "ansible-galaxy": (names) => ({ "requirements.yml": `roles:\n${names.map((n) => `  - name: ${n}`).join("\n")}\n` }),
  // `owner/repo#id`: a collection's hook, run from that repository
  "pre-commit-hook": (names) => ({ ".pre-commit-config.yaml": `repos:\n${names.map((n) => `  - repo: https://github.com/${n.split("#")[0]}\n    rev: v1.0.0\n    hooks: [{ id: ${n.split("#")[1] ?? "x"} }]`).join("\n")}\n` }),
  "puppet-module": (names) => ({ Puppetfile: names.map((n) => `mod '${n}', '1.0.0'`).join("\n") }),
  "chef-cookbook": (names) => ({ Berksfile: names.map((n) => `cookbook '${n}'`).join("\n") }),
  // `npm:<key>`: a root package.json's configuration table
  "manifest-key": (names) => ({ "package.json": JSON.stringify({ name: "x", ...Object.fromEntries(names.map((n) => [n.replace(/^npm:/, ""), { x: 1 }])) }) }),
  "firebase-product": (names) => ({ "firebase.json": JSON.stringify(Object.fromEntries(names.map((n) => [n, {}]))) }),
  "vagrant-provider": (names) => ({ Vagrantfile: `Vagrant.configure("2") do |config|\n${names.map((n) => `  config.vm.provider "${n}"`).join("\n")}\nend\n` }),
  "vagrant-box": (names) => ({ Vagrantfile: `Vagrant.configure("2") do |config|\n${names.map((n) => `  config.vm.box = "${n}"`).join("\n")}\nend\n` }),
  "vagrant-provisioner": (names) => ({ Vagrantfile: `Vagrant.configure("2") do |config|\n${names.map((n) => `  config.vm.provision :${n}`).join("\n")}\nend\n` }),
  "packer-builder": (names) => ({ "image.pkr.hcl": names.map((n, i) => `source "${n}" "s${i}" {\n}`).join("\n") }),
  "packer-provisioner": (names) => ({ "image.pkr.hcl": `build {\n${names.map((n) => `  provisioner "${n}" {\n  }`).join("\n")}\n}\n` }),
  action: (names) => ({ ".github/workflows/ci.yml": `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${names.map((n) => `      - uses: ${n}@v1`).join("\n")}\n` }),
  // Custom resources in a GitOps folder that is none of the manifest folders: their API group alone speaks.
  "k8s-api": (names) => ({ "gitops/apps.yaml": names.map((n, i) => `apiVersion: ${n}/v1\nkind: Thing${i}\nmetadata:\n  name: t${i}\n`).join("---\n") }),
  "terraform-provider": (names) => ({ "main.tf": `terraform {\n  required_providers {\n${names.map((n, i) => `    p${i} = {\n      source  = "${n}"\n      version = "1.0.0"\n    }`).join("\n")}\n  }\n}\n` }),
  "terraform-module": (names) => ({ "main.tf": names.map((n, i) => `module "m${i}" {\n  source  = "${n}"\n  version = "1.0.0"\n}\n`).join("\n") }),
  // `<source> <input>=<value>`: the module with that input set, beside one it does not decide.
  "terraform-module-input": (names) => ({ "main.tf": names.map((n, i) => `module "m${i}" {\n  source  = "${n.split(" ")[0]}"\n  name    = "m${i}"\n  ${n.split(" ")[1]!.replace("=", ' = "')}"\n}\n`).join("\n") }),
  "helm-chart": (names) => ({ "chart/Chart.yaml": `apiVersion: v2\nname: x\nversion: 0.1.0\ndependencies:\n${names.map((n) => `  - name: ${n}\n    version: 1.0.0\n    repository: https://charts.example.com`).join("\n")}\n` }),
  "gradle-plugin": (names) => ({ "build.gradle.kts": `plugins {\n${names.map((n) => `    id("${n}") version "1.0.0"`).join("\n")}\n}\n` }),
  cpan: (names) => ({ cpanfile: names.map((n) => `requires '${n}', '1.0';`).join("\n") + "\n" }),
  hex: (names) => ({ "mix.exs": `defmodule X.MixProject do\n  use Mix.Project\n  defp deps do\n    [\n${names.map((n) => `      {:${n}, "~> 1.0"}`).join(",\n")}\n    ]\n  end\nend\n` }),
  jsr: (names) => ({ "deno.json": JSON.stringify({ imports: Object.fromEntries(names.map((n) => [n, `jsr:${n}@^1.0.0`])) }) }),
  "deno-land": (names) => ({ "deno.json": JSON.stringify({ imports: Object.fromEntries(names.map((n) => [n, `https://deno.land/x/${n}@v1.0.0/mod.ts`])) }) }),
  "version-manager": (names) => ({ ".tool-versions": names.map((n) => `${n} 1.0.0`).join("\n") + "\n" }),
  "kustomize-remote": (names) => ({ "deploy/kustomization.yaml": `resources:\n${names.map((n) => `  - github.com/${n}//manifests?ref=v1.0.0`).join("\n")}\n` }),
  "travis-service": (names) => ({ ".travis.yml": `language: node_js\nservices:\n${names.map((n) => `  - ${n}`).join("\n")}\n` }),
  "semaphore-service": (names) => ({ ".semaphore/semaphore.yml": `version: v1.0\nblocks:\n  - task:\n      jobs:\n        - commands:\n${names.map((n) => `            - sem-service start ${n}`).join("\n")}\n` }),
  "semaphore-version": (names) => ({ ".semaphore/semaphore.yml": `version: v1.0\nblocks:\n  - task:\n      jobs:\n        - commands:\n${names.map((n) => `            - sem-version ${n} 1.0`).join("\n")}\n` }),
  "appveyor-service": (names) => ({ "appveyor.yml": `services:\n${names.map((n) => `  - ${n}`).join("\n")}\n` }),
  "jenkins-step": (names) => ({ Jenkinsfile: `node {\n${names.map((n) => `  ${n}('x')`).join("\n")}\n}\n` }),
  "azure-task": (names) => ({ "azure-pipelines.yml": `steps:\n${names.map((n) => `  - task: ${n}@1`).join("\n")}\n` }),
  "buildkite-plugin": (names) => ({ ".buildkite/pipeline.yml": `steps:\n  - command: make\n    plugins:\n${names.map((n) => `      - ${n}#v1.0.0`).join("\n")}\n` }),
  "codebuild-runtime": (names) => ({ "buildspec.yml": `version: 0.2\nphases:\n  install:\n    runtime-versions:\n${names.map((n) => `      ${n}: 1.0`).join("\n")}\n` }),
  "concourse-resource": (names) => ({ "ci/pipeline.yml": `resources:\n${names.map((n, i) => `  - name: r${i}\n    type: ${n}\n    source: {}`).join("\n")}\njobs:\n  - name: j\n    plan:\n      - get: r0\n` }),
  "travis-addon": (names) => ({ ".travis.yml": `language: python\naddons:\n${names.map((n) => `  ${n}:\n    enabled: true`).join("\n")}\n` }),
  "travis-deploy": (names) => ({ ".travis.yml": `language: python\ndeploy:\n${names.map((n) => `  - provider: ${n}`).join("\n")}\n` }),
  "render-blueprint": (names) => ({
    "render.yaml": `services:\n${names.filter((n) => n !== "postgres").map((n, i) => (n === "redis" ? `  - type: redis\n    name: r${i}` : `  - type: web\n    name: s${i}\n    runtime: ${n}`)).join("\n")}\ndatabases:\n  - name: db\n`,
  }),
  // One App Engine service per folder, each on a standard runtime ID of its language.
  "gcp-runtime": (names) => Object.fromEntries(names.map((n, i) => [`s${i}/app.yaml`, `runtime: ${n}${n === "go" ? "122" : "20"}\n`])),
  "do-app-database": (names) => ({ ".do/app.yaml": `name: x\ndatabases:\n${names.map((n, i) => `  - name: d${i}\n    engine: ${n.toUpperCase()}\n    version: "1"`).join("\n")}\n` }),
  "circleci-orb": (names) => ({ ".circleci/config.yml": `version: 2.1\norbs:\n${names.map((n, i) => `  o${i}: ${n}@1.0.0`).join("\n")}\njobs:\n  build:\n    docker:\n      - image: cimg/base:stable\n    steps: [checkout]\n` }),
  "gitlab-template": (names) => ({ ".gitlab-ci.yml": `include:\n${names.map((n) => `  - template: ${n.replace(/\*$/, "")}.gitlab-ci.yml`).join("\n")}\n` }),
  "bitbucket-pipe": (names) => ({ "bitbucket-pipelines.yml": `pipelines:\n  default:\n    - step:\n        script:\n${names.map((n) => `          - pipe: ${n}:1.0.0`).join("\n")}\n` }),
  "download-host": (names) => ({ Dockerfile: `FROM scratch\n${names.map((n) => `RUN curl -fsSL https://${n}/install.sh | sh`).join("\n")}\n` }),
  "k8s-metadata": (names) => ({ "k8s/app.yaml": `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  annotations:\n${names.map((n) => `    ${n.includes(".") ? `${n}/x` : n}: "true"`).join("\n")}\n` }),
  "keda-trigger": (names) => ({ "k8s/scaler.yaml": `apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata:\n  name: s\nspec:\n  triggers:\n${names.map((n) => `    - type: ${n}`).join("\n")}\n` }),
  "secret-store-provider": (names) => ({
    "k8s/stores.yaml": names.map((n, i) => `apiVersion: external-secrets.io/v1beta1\nkind: SecretStore\nmetadata:\n  name: s${i}\nspec:\n  provider:\n    ${n.startsWith("aws-") ? `aws:\n      service: ${n === "aws-secretsmanager" ? "SecretsManager" : "ParameterStore"}` : `${n}: {}`}\n`).join("---\n"),
  }),
  "ingress-class": (names) => ({ "k8s/ingress.yaml": names.map((n, i) => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i${i}\nspec:\n  ingressClassName: ${n}\n`).join("---\n") }),
  "k8s-kind": (names) => ({ "k8s/things.yaml": names.map((n, i) => `apiVersion: example.com/v1\nkind: ${n}\nmetadata:\n  name: t${i}\n`).join("---\n") }),
  // A Bicep file's declarations; a web site's kind (`microsoft.web/sites:functionapp`) written as its `kind`.
  "azure-resource-type": (names) => ({ "main.bicep": names.map((n, i) => `resource r${i} '${n.split(":")[0]}@2023-01-01' = {\n  name: 'r${i}'\n${n.includes(":") ? `  kind: '${n.split(":")[1]}'\n` : ""}}\n`).join("") }),
  "bicep-module": (names) => ({ "main.bicep": names.map((n, i) => `module m${i} 'br/public:${n.split(":")[0]}:0.1.0' = {\n  name: 'm${i}'\n  params: {\n${n.includes(":") ? `    kind: '${n.split(":")[1]}'\n` : ""}  }\n}\n`).join("") }),
  "app-service-stack": (names) => ({ "main.bicep": names.map((n, i) => `resource s${i} 'Microsoft.Web/sites@2022-09-01' = {\n  name: 's${i}'\n  properties: {\n    siteConfig: {\n      linuxFxVersion: '${n.toUpperCase()}|1.0'\n    }\n  }\n}\n`).join("") }),
  // A Pulumi YAML program; an azure-native web app's kind (`azure-native:web:webapp:functionapp`) written as its `kind`.
  "pulumi-resource": (names) => ({
    "Pulumi.yaml": `name: x\nruntime: yaml\nresources:\n${names.map((n, i) => `  r${i}:\n    type: ${n.split(":").slice(0, 3).join(":")}\n${n.split(":").length > 3 ? `    properties:\n      kind: ${n.split(":")[3]}\n` : ""}`).join("")}`,
  }),
  "terraform-resource": (names) => ({ "main.tf": names.map((n, i) => `resource "${n}" "r${i}" {\n  name = "r${i}"\n}\n`).join("") }),
  "cloudformation-type": (names) => ({ "template.yaml": `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${names.map((n, i) => `  R${i}:\n    Type: ${n}`).join("\n")}\n` }),
  vcpkg: (names) => ({ "vcpkg.json": JSON.stringify({ name: "x", dependencies: names.map((n) => ({ name: n, "version>=": "1.0.0" })) }) }),
  conan: (names) => ({ "conanfile.txt": `[requires]\n${names.map((n) => `${n}/1.0.0`).join("\n")}\n` }),
  cmake: (names) => ({ "CMakeLists.txt": names.map((n) => `find_package(${n} 1.0 REQUIRED)`).join("\n") + "\n" }),
  pkgconfig: (names) => ({ "CMakeLists.txt": `pkg_check_modules(DEPS REQUIRED ${names.join(" ")})\n` }),
  "bazel-repo": (names) => ({ WORKSPACE: names.map((n) => `http_archive(name = "${n}", urls = ["https://example.com/${n}.zip"])`).join("\n") + "\n" }),
  ldlib: (names) => ({ Makefile: `LDLIBS = ${names.map((n) => `-l${n.replace(/\*$/, "core")}`).join(" ")}\n` }),
  xmake: (names) => ({ "xmake.lua": `add_requires(${names.map((n) => `"${n} 1.0.0"`).join(", ")})\ntarget("x")\n` }),
  bazel: (names) => ({ "MODULE.bazel": names.map((n) => `bazel_dep(name = "${n}", version = "1.0.0")`).join("\n") + "\n" }),
  "fastlane-action": (names) => ({ "fastlane/Fastfile": `lane :x do\n${names.map((n) => `  ${n}`).join("\n")}\nend\n` }),
  "swiftpm-product": (names) => ({ "Package.swift": `// swift-tools-version:5.9\nlet package = Package(name: "x", targets: [.target(name: "x", dependencies: [\n${names.map((n) => `  .product(name: "${n.split("/")[1]}", package: "${n.split("/")[0]}"),`).join("\n")}\n])])\n` }),
  swiftpm: (names) => ({ "Package.swift": `// swift-tools-version:5.9\nlet package = Package(name: "x", dependencies: [\n${names.map((n) => `  .package(url: "https://github.com/example/${n}.git", from: "1.0.0"),`).join("\n")}\n])\n` }),
};

describe("tools no matcher names (catalog/unrevealed.yml)", () => {
  const text = readFileSync(join(ROOT, "catalog/unrevealed.yml"), "utf8");
  const unrevealed = yaml.load(text) as Record<string, string>;
  // The reasons are the words the file's header documents, one per `#   word  ...` line.
  const reasons = new Set([...text.matchAll(/^# {3}([a-z-]+) {2,}/gm)].map((m) => m[1]!));
  const named = new Set(Object.values(source.matchers!).flatMap((table) => Object.values(table).flatMap((value) => [value].flat())));

  it("every tool has a matcher or a reason there, never both", () => {
    const neither = [...ids].filter((id) => !named.has(id) && !(id in unrevealed));
    const both = Object.keys(unrevealed).filter((id) => named.has(id));
    expect(neither, "tools with no matcher and no reason").toEqual([]);
    expect(both, "tools with a matcher and a reason").toEqual([]);
    // Both lists were read: 2,478 tools at stop 53, most named by a matcher, some with a reason.
    expect(ids.size).toBeGreaterThan(2000);
    expect(named.size).toBeGreaterThan(1000);
    expect(Object.keys(unrevealed).length).toBeGreaterThan(0);
  });

  it("names only catalog tools, sorted by id, each with a documented reason", () => {
    expect(reasons.size).toBeGreaterThan(5);
    expect(Object.keys(unrevealed).filter((id) => !ids.has(id))).toEqual([]);
    expect(Object.entries(unrevealed).filter(([, reason]) => !reasons.has(reason))).toEqual([]);
    const order = Object.keys(unrevealed);
    expect(order).toEqual([...order].sort());
  });
});

describe("every matcher fires on a manifest that declares it", () => {
  for (const [kind, manifest] of Object.entries(MANIFESTS)) {
    it(kind, async () => {
      const table = source.matchers![kind] ?? {};
      // A prefix key is declared as one package under it: "@sentry/*" as "@sentry/core".
      const keys = Object.keys(table).map((k) => (k.endsWith("*") ? k.slice(0, -1) + (/[/.:-]$/.test(k.slice(0, -1)) ? "core" : kind === "go" ? "/v2" : "") : k));
      // A kind of few keys by nature (a module's deciding inputs) has fewer.
      expect(keys.length, kind).toBeGreaterThan(kind === "terraform-module-input" ? 1 : 3);
      // A package-only key names its tools only when all tools are asked for.
      for (const allTools of [false, true]) {
        const { document } = await scan(new MemorySource(manifest(keys)), { git: false, disable: ["languages"], allTools });
        const found = new Set(document.tools.map((t) => t.name));
        const silent = Object.entries(table)
          .filter(([, value]) => (allTools ? matcherTargets(value).packageOnlyIds : matcherTargets(value).ids).some((id) => !found.has(catalog.tools.get(id)!.name)))
          .map(([key]) => key);
        expect(silent, `${kind} matchers that did not fire${allTools ? " with allTools" : ""}`).toEqual([]);
      }
    });
  }
});

describe("the catalog matcher", () => {
  const tool = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: id.toUpperCase(), ...extra });
  const base = {
    tools: [tool("angular", { category: "languages-frameworks" }), tool("ng-tools"), tool("cdk"), tool("eslint"), tool("flask-sqlalchemy"), tool("django"), tool("nuget")],
    registries: { pypi: { category: "languages-frameworks", sub_category: "libraries", normalize: "pep503" as const } },
    matchers: {
      npm: { "@angular/*": "ng-tools", "@angular/core": "angular", "@angular/cdk*": "cdk", "eslint-plugin-*": ["eslint", "missing-tool"] },
      pypi: { "Flask_SQLAlchemy": "flask-sqlalchemy", "django-*": "django" },
      file: { "*.{csproj,fsproj}": "nuget", "packages.config": "nuget" },
    },
    categories: { a: { name: "A", sub_categories: { x: "X" } } },
  };

  it("exact key first, else the longest prefix, whatever the order they were written in", () => {
    const c = new Catalog(base);
    const ids = (kind: string, name: string) => c.match(kind, name).map((t) => t.id);
    expect(ids("npm", "@angular/core")).toEqual(["angular"]);
    expect(ids("npm", "@angular/cdk-experimental")).toEqual(["cdk"]);
    expect(ids("npm", "@angular/forms")).toEqual(["ng-tools"]);
    // A prefix is a prefix of the whole name, not of any part of it.
    expect(ids("npm", "x-@angular/forms")).toEqual([]);
    expect(ids("npm", "react")).toEqual([]);
    expect(ids("cargo", "serde")).toEqual([]);
    // Ids the catalog has no tool for are left out.
    expect(ids("npm", "eslint-plugin-react")).toEqual(["eslint"]);
    expect(c.match("npm", "@angular/core")[0]).toMatchObject({ name: "ANGULAR", category: "languages-frameworks" });
  });

  it("a later source replaces a prefix key and adds longer ones; an earlier source's prefixes stay", () => {
    const c = new Catalog(base, { matchers: { npm: { "@angular/*": "cdk", "@angular/cdk-x*": "angular" } } });
    const ids = (name: string) => c.match("npm", name).map((t) => t.id);
    expect(ids("@angular/forms")).toEqual(["cdk"]);
    expect(ids("@angular/cdk-xyz")).toEqual(["angular"]);
    expect(ids("@angular/cdk-experimental")).toEqual(["cdk"]);
    expect(ids("@angular/core")).toEqual(["angular"]);
  });

  it("prefix keys added after a lookup are found, the longest first; a name equal to a prefix matches it", () => {
    const c = new Catalog(base);
    const ids = (name: string) => c.match("npm", name).map((t) => t.id);
    expect(ids("@angular/cdk-xyz")).toEqual(["cdk"]);
    c.extend({ matchers: { npm: { "@angular/cdk-x*": "angular", "*": "eslint" } } });
    expect(ids("@angular/cdk-xyz")).toEqual(["angular"]);
    expect(ids("@angular/cdk-x")).toEqual(["angular"]);
    expect(ids("@angular/cdk-")).toEqual(["cdk"]);
    // A bare `*` is the shortest prefix of all: it answers only where no other key does.
    expect(ids("react")).toEqual(["eslint"]);
    expect(ids("")).toEqual(["eslint"]);
    expect(c.matchedKey("npm", "@angular/cdk-xyz")).toMatchObject({ key: "@angular/cdk-x", prefix: true });
  });

  it("a kind's table is read when first asked, normalized as its registry was when the table was added", () => {
    const c = new Catalog(base, { registries: { npm: { normalize: "pep503" } }, matchers: { npm: { "Flask_SQLAlchemy": "flask-sqlalchemy" } } });
    // The second source's npm keys were added under PEP 503's rule, and names are looked up under it.
    expect(c.match("npm", "flask.sqlalchemy").map((t) => t.id)).toEqual(["flask-sqlalchemy"]);
    expect(c.entries("npm").get("Flask_SQLAlchemy")).toEqual(["flask-sqlalchemy"]);
    expect(c.kindNames()).toEqual(["npm", "pypi", "file"]);
  });

  it("keys and names are compared as the registry normalizes them", () => {
    const c = new Catalog(base);
    expect(c.match("pypi", "flask-sqlalchemy").map((t) => t.id)).toEqual(["flask-sqlalchemy"]);
    expect(c.match("pypi", "Django_REST.framework").map((t) => t.id)).toEqual(["django"]);
    expect(c.normalize("pypi", "Zope.Interface")).toBe("zope-interface");
    // npm names are compared as written.
    expect(c.match("npm", "@Angular/Core")).toEqual([]);
    expect(c.normalize("npm", "@Angular/Core")).toBe("@Angular/Core");
  });

  it("file keys are kept as written; kinds are listed", () => {
    const c = new Catalog(base);
    expect([...c.entries("file")]).toEqual([
      ["*.{csproj,fsproj}", ["nuget"]],
      ["packages.config", ["nuget"]],
    ]);
    expect(c.entries("npm").get("eslint-plugin-*")).toEqual(["eslint", "missing-tool"]);
    expect(c.entries("gradle").size).toBe(0);
    expect(c.kindNames()).toEqual(["npm", "pypi", "file"]);
    // A key with a `*` inside is not a prefix.
    expect(c.match("file", "App.csproj")).toEqual([]);
    expect(c.match("file", "*.{csproj,fsproj}").map((t) => t.id)).toEqual(["nuget"]);
  });

  it("kinds: the finding kinds that pin a server's release come from data, and a user catalog adds its own", () => {
    const builtin = builtinCatalog();
    for (const kind of ["docker", "version-manager", "runtime", "travis-service"]) expect(builtin.pinsServerRelease(kind), kind).toBe(true);
    for (const kind of ["npm", "pypi", "helm-chart", "maven"]) expect(builtin.pinsServerRelease(kind), kind).toBe(false);
    const c = new Catalog(base, { kinds: { "server-release": ["docker"] } }, parseCatalogFile("kinds:\n  server-release: [ci-database]\n"));
    expect(c.pinsServerRelease("ci-database")).toBe(true);
    expect(c.pinsServerRelease("docker")).toBe(true);
    expect(c.pinsServerRelease("npm")).toBe(false);
  });

  it("families: the group an exact key names, as the kind normalizes it, replaced key by key by a later source", () => {
    const c = new Catalog(base, { families: { maven: { "com.acme:acme-bom": "com.acme" }, pypi: { "Acme_Platform": "acme" } } });
    expect(c.family("maven", "com.acme:acme-bom")).toBe("com.acme");
    expect(c.family("maven", "com.acme:other")).toBeUndefined();
    expect(c.family("pypi", "acme-platform")).toBe("acme");
    expect(c.family("gradle-plugin", "com.acme:acme-bom")).toBeUndefined();
    c.extend({ families: { maven: { "com.acme:acme-bom": "com.acme.core", "org.acme:parent": "org.acme" } } });
    expect(c.family("maven", "com.acme:acme-bom")).toBe("com.acme.core");
    expect(c.family("maven", "org.acme:parent")).toBe("org.acme");
  });

  it("a later source overrides tools field by field, matchers key by key, prefixes included", () => {
    const c = new Catalog(base, {
      tools: [{ id: "angular", name: "Angular", website_url: "https://angular.dev" }],
      matchers: { npm: { "@angular/core": "ng-tools", "@angular/*": "angular" } },
      categories: { b: { name: "B", sub_categories: {} } },
    });
    expect(c.tools.get("angular")).toEqual({ id: "angular", name: "Angular", category: "languages-frameworks", website_url: "https://angular.dev" });
    expect(c.tools.get("cdk")).toEqual({ id: "cdk", name: "CDK" });
    expect(c.match("npm", "@angular/core").map((t) => t.id)).toEqual(["ng-tools"]);
    expect(c.match("npm", "@angular/forms").map((t) => t.id)).toEqual(["angular"]);
    expect(c.match("npm", "@angular/cdk").map((t) => t.id)).toEqual(["cdk"]);
    expect(Object.keys(c.categories)).toEqual(["a", "b"]);
    expect(c.registries.get("pypi")?.normalize).toBe("pep503");
    expect(c.toolsOf(["cdk", "nope", "eslint"]).map((t) => t.id)).toEqual(["cdk", "eslint"]);
    // An empty source changes nothing, and extend chains.
    expect(new Catalog().extend({}).extend(base).kindNames()).toEqual(["npm", "pypi", "file"]);
  });
});

/** A path the glob matches: the first alternative of each brace, the first character of each class, `x` for each wildcard. */
function samplePath(glob: string): string {
  let path = glob;
  for (let m = /\{([^{}]*)\}/.exec(path); m; m = /\{([^{}]*)\}/.exec(path)) {
    path = path.slice(0, m.index) + m[1]!.split(",")[0] + path.slice(m.index + m[0].length);
  }
  return path.replace(/\[([^\]!^])[^\]]*\]/g, "$1").replace(/\*+/g, "x");
}

describe("every file matcher fires on a path it matches", () => {
  it("file", async () => {
    const table = source.matchers!.file ?? {};
    const paths = Object.keys(table).map(samplePath);
    expect(samplePath(".eslintrc{,.js}")).toBe(".eslintrc");
    expect(samplePath("netlify/functions/**")).toBe("netlify/functions/x");
    expect(samplePath("google[0-9a-f][0-9a-f].html")).toBe("google00.html");
    expect(paths.length).toBeGreaterThan(100);
    const { document } = await scan(new MemorySource(Object.fromEntries(paths.map((p) => [p, ""]))), { git: false, disable: ["languages"] });
    const found = new Set(document.tools.map((t) => t.name));
    const silent = Object.entries(table)
      .filter(([, value]) => matcherTargets(value).ids.some((id) => !found.has(catalog.tools.get(id)!.name)))
      .map(([key]) => key);
    expect(silent, "file matchers that did not fire").toEqual([]);
  });
});

describe("every language extension fires on a file that has it", () => {
  it("extension", async () => {
    const table = source.matchers!.extension ?? {};
    expect(Object.keys(table).length).toBeGreaterThan(50);
    const files = Object.fromEntries(Object.keys(table).map((ext) => [`src/x${ext}`, ""]));
    const { document } = await scan(new MemorySource(files), { git: false });
    const found = new Set(document.tools.map((t) => t.name));
    const silent = Object.entries(table)
      .filter(([, value]) => [value].flat().some((id) => id !== null && !found.has(catalog.tools.get(id)!.name)))
      .map(([key]) => key);
    expect(silent, "extensions whose language was not reported").toEqual([]);
  });
});

// Package names that belong to another project than the catalog tool of the same (or a close)
// name: each once revealed that tool. A key meaning something else costs precision on every
// repository that installs it.
describe("keys that mean another project reveal no tool", () => {
  it.each([
    ["npm", "buffer"], // the Buffer polyfill, not the social-media tool
    ["npm", "emailjs"], // an SMTP client, not the EmailJS service
    ["npm", "micro"], // Vercel's HTTP server, not the Go toolkit Micro
    ["npm", "mockery"], // a Node module mocker, not the PHP library Mockery
    ["npm", "slate"], // a rich-text editor framework, not the API-docs tool Slate
    ["npm", "amplify-cli"], // Axway's CLI, not AWS Amplify's
    ["npm", "swagger-codegen"], // a third-party generator, not Swagger Codegen
    ["npm", "@ampproject/remapping"], // a source-map utility that Babel installs, not AMP
    ["npm", "svelte-kit"], // a recent single release of unrelated code; SvelteKit is @sveltejs/kit
    ["npm", "css-modules"], // likewise; CSS Modules comes with css-loader and postcss-modules
    ["pypi", "dash"], // Plotly Dash, not the documentation browser Dash
    ["maven", "com.github.bumptech.glide:glide"], // the Android image loader, not the app builder Glide
    ["maven", "com.google.code.findbugs:jsr305"], // annotations, not the FindBugs analyzer
    ["packagist", "doctrine/dbal"], // Doctrine's database layer, which Laravel requires; not the ORM Doctrine 2
  ])("%s:%s", (kind, name) => {
    expect(catalog.match(kind, name).map((t) => t.id)).toEqual([]);
    // A key the catalog does hold is matched.
    expect(catalog.match("npm", "react").map((t) => t.id)).toEqual(["react"]);
  });
});

describe("keys shared by two similar tools reveal the right one", () => {
  it.each([
    ["extension", ".slim", ["slim-lang"]], // Slim templates, not the Slim PHP framework
    ["packagist", "slim/slim", ["slim"]],
    ["rubygems", "spring", ["rails-spring"]], // the Rails preloader, not the Spring Framework
    ["npm", "lighthouse", ["google-lighthouse"]], // not the issue tracker Lighthouse
    ["npm", "ts-node-dev", ["typescript", "nodejs"]], // built on node-dev and ts-node, not nodemon
    ["npm", "@ampproject/toolbox-optimizer", ["amp"]],
    ["npm", "postcss-modules", ["css-modules"]],
    ["maven", "com.google.code.findbugs:findbugs", ["findbugs"]],
    ["maven", "com.google.code.findbugs:annotations", ["findbugs"]], // FindBugs' own annotations, unlike jsr305
  ])("%s:%s", (kind, name, expected) => {
    expect(catalog.match(kind, name).map((t) => t.id)).toEqual(expected);
  });
});

describe("files that scaffolds write whatever the stack reveal no tool", () => {
  it(".htaccess (Laravel's public/, HTML5 Boilerplate) is not Apache; httpd.conf is", async () => {
    const files = { "public/.htaccess": "RewriteEngine On\n", "app/.htaccess": "", ".htaccess": "" };
    const { document } = await scan(new MemorySource(files), { git: false, disable: ["languages"] });
    expect(document.tools.map((t) => t.name)).not.toContain("Apache HTTP Server");
    const apache = await scan(new MemorySource({ ...files, "conf/httpd.conf": "Listen 80\n" }), { git: false, disable: ["languages"] });
    expect(apache.document.tools.map((t) => t.name)).toContain("Apache HTTP Server");
  });
});

describe("catalog/README.md's table of kinds", () => {
  it("lists every kind the built-in matcher files key (a kind added without its row went unsaid)", () => {
    const readme = readFileSync(join(ROOT, "catalog", "README.md"), "utf8");
    const table = readme.slice(readme.indexOf("Kinds in use:"));
    const dir = join(ROOT, "catalog", "matchers");
    const kinds = new Set<string>();
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".yml"))) {
      for (const m of readFileSync(join(dir, name), "utf8").matchAll(/^([a-z0-9-]+):/gm)) kinds.add(m[1]!);
    }
    expect(kinds.size).toBeGreaterThan(50);
    expect([...kinds].filter((kind) => !table.includes(`\`${kind}\``)).sort()).toEqual([]);
  });
});
