import { describe, expect, it } from "vitest";
import { Catalog } from "../src/catalog/catalog.js";
import { REPO_METADATA } from "../src/constants.js";
import { buildDocument, type BuildInput, type RepoFacts } from "../src/document/build.js";
import { FILE_MATCHERS, type AttributedFinding } from "../src/scan/run.js";
import type { Finding } from "../src/types.js";

// Findings to the document (src/document/build.ts), as the detectors of a Node.js and Go
// monorepo would report them: whole entries, package entries, links, and which finding gives what.
const catalog = new Catalog({
  tools: [
    {
      id: "react",
      name: "React",
      description: "A JavaScript library for building user interfaces",
      website_url: "https://react.dev",
      license: "MIT",
      open_source: true,
      hosted_saas: false,
      category: "Libraries",
      sub_category: "Javascript UI Libraries",
      image_url: "https://img.stackshare.io/service/1020/OYIaJ1KK.png",
    },
    { id: "spring-framework", name: "Spring Framework", category: "Languages & Frameworks" },
    { id: "hibernate", name: "Hibernate", category: "Data Stores" },
    { id: "kubernetes", name: "Kubernetes", category: "Build, Test, Deploy" },
    { id: "helm", name: "Helm", category: "Build, Test, Deploy" },
    { id: "vitest", name: "Vitest", category: "Build, Test, Deploy" },
    { id: "webpack", name: "Webpack", license: "MIT", category: "Build, Test, Deploy" },
    { id: "redis", name: "Redis", category: "Data Stores", sub_category: "In-Memory Databases" },
    { id: "git", name: "Git", category: "Build, Test, Deploy" },
    { id: "gin", name: "Gin Gonic", aliases: ["gin"] },
    { id: "gradle-only", name: "Gradle Only" },
    { id: "nodejs", name: "Node.js" },
    { id: "typescript", name: "TypeScript" },
    { id: "nx", name: "Nx" },
    { id: "jest", name: "Jest" },
    { id: "storybook", name: "Storybook" },
    { id: "remix", name: "Remix" },
    { id: "psalm", name: "Psalm" },
    { id: "phpstan", name: "PHPStan" },
  ],
  matchers: {
    npm: { react: "react", "@vitest/ui": "vitest", "vue-loader": [null, "webpack"], webpack: "webpack", redis: "redis", "redis-dev": "redis",
      vitest: ["package-only", "vitest"], "file-loader": ["package-only", "webpack"], node: "nodejs", typescript: "typescript", "@nrwl/webpack": "nx", "@storybook/core": ["storybook", "react"], "@remix/core": "react", jest: "jest", "@jest/core": "jest" },
    runtime: { node: "nodejs" },
    maven: { "org.springframework.boot:spring-boot-starter-data-jpa": ["spring-framework", "hibernate"], "com.acme:lib": "spring-framework" },
    gradle: { "com.acme:lib": "gradle-only", "com.acme:silent": [] },
    "terraform-provider": { "hashicorp/helm": [null, "helm", "kubernetes"] },
    docker: { redis: "redis", node: "nodejs" },
    go: { "github.com/gin-gonic/gin": "gin" },
    packagist: { "vimeo/psalm": ["package-only", "psalm"], "psalm/plugin-laravel": [null, "package-only", "psalm"], "phpstan/phpstan": ["package-only", "phpstan"] },
  },
  registries: {
    npm: { package_url: "https://www.npmjs.com/{name}", category: "Libraries", sub_category: "npm Packages", image_url: "https://img.stackshare.io/package/npm/image.png" },
    go: { package_url: "https://pkg.go.dev/{name}", category: "Libraries", sub_category: "Go Modules Packages", short_name: true },
    maven: { category: "Libraries", sub_category: "Maven Packages" },
    packagist: { package_url: "https://packagist.org/{name}", category: "Libraries", sub_category: "Packagist Packages" },
  },
  kinds: { "server-release": ["docker"], "tag-release": ["docker"] },
});

const repo: RepoFacts = { repo_name: "acme/shop", provider: "github", branch: "main", requested_by: "ada", repo_type: "Public", web_url: "https://github.com/acme/shop" };

function build(findings: Array<Finding & { detector?: string }>, more: Partial<BuildInput> = {}) {
  const attributed: AttributedFinding[] = findings.map((f) => ({ detector: "test", ...f }));
  return buildDocument({ findings: attributed, catalog, repo, timestamp: "2024-05-01 12:00:00.000000000 Z", ...more });
}
const toolOf = (doc: ReturnType<typeof build>, name: string) => doc.tools.find((t) => t.name === name && !t.package_url);
const packageOf = (doc: ReturnType<typeof build>, name: string) => doc.tools.find((t) => t.name === name && t.package_url);

describe("the document's entries", () => {
  const react: Finding = { ref: "npm:react", file: "web/package.json", declared: "^18.2.0", version: "18.3.1", versionFile: "web/package-lock.json", license: "MIT", direct: true };

  it("a tool entry carries the catalog's fields and the finding's version and source, in the site's order", () => {
    const doc = build([react], { changes: new Map([["web/package.json", { by: "Ada Lovelace", on: "2024-04-02 10:00:00.000000000 Z" }]]) });
    expect(toolOf(doc, "React")).toStrictEqual({
      name: "React",
      description: "A JavaScript library for building user interfaces",
      website_url: "https://react.dev",
      version: "18.3.1",
      license: "MIT",
      open_source: true,
      hosted_saas: false,
      category: "Libraries",
      sub_category: "Javascript UI Libraries",
      image_url: "https://img.stackshare.io/service/1020/OYIaJ1KK.png",
      detection_source_url: "https://github.com/acme/shop/blob/main/web/package-lock.json",
      detection_source: "web/package.json",
      last_updated_by: "Ada Lovelace",
      last_updated_on: "2024-04-02 10:00:00.000000000 Z",
    });
    expect(packageOf(doc, "react")).toStrictEqual({
      name: "react",
      package_url: "https://www.npmjs.com/react",
      version: "18.3.1",
      license: "MIT",
      open_source: true,
      hosted_saas: false,
      category: "Libraries",
      sub_category: "npm Packages",
      image_url: "https://img.stackshare.io/package/npm/image.png",
      detection_source_url: "https://github.com/acme/shop/blob/main/web/package-lock.json",
      detection_source: "web/package.json",
      last_updated_by: "Ada Lovelace",
      last_updated_on: "2024-04-02 10:00:00.000000000 Z",
    });
    expect(doc).toMatchObject({ repo_name: "acme/shop", version: 0.1, repo_type: "Public", timestamp: "2024-05-01 12:00:00.000000000 Z", requested_by: "ada", provider: "github", branch: "main", detected_tools_count: 2 });
  });

  // open_source and hosted_saas are facts of the site's data, which its files always write; where the
  // catalog holds none (Consul, Vault, n8n: their source is public), false was a guess, and wrong.
  it("a tool the catalog says little of: no empty fields, and no open_source or hosted_saas it does not know", () => {
    const doc = build([{ ref: "go:github.com/gin-gonic/gin", file: "go.mod", version: "1.9.1", direct: true }]);
    expect(toolOf(doc, "Gin Gonic")).toStrictEqual({ name: "Gin Gonic", version: "1.9.1", detection_source_url: "https://github.com/acme/shop/blob/main/go.mod", detection_source: "go.mod" });
    // A Go module's entry is named by its last path element, linked by its whole path; no licence, not open source.
    expect(packageOf(doc, "gin")).toStrictEqual({
      name: "gin",
      package_url: "https://pkg.go.dev/github.com/gin-gonic/gin",
      version: "1.9.1",
      open_source: false,
      hosted_saas: false,
      category: "Libraries",
      sub_category: "Go Modules Packages",
      detection_source_url: "https://github.com/acme/shop/blob/main/go.mod",
      detection_source: "go.mod",
    });
  });

  it("a licence of a finding whose version is no release (a git dependency) is still the entry's", () => {
    const git: Finding = { ref: "npm:react", file: "package.json", version: "github:facebook/react#main", license: "BSD-3-Clause", direct: true };
    const doc = build([git]);
    expect(toolOf(doc, "React")?.license).toBe("BSD-3-Clause");
    expect(toolOf(doc, "React")?.version).toBeUndefined();
    expect(packageOf(doc, "react")).toMatchObject({ license: "BSD-3-Clause", open_source: true });
  });

  it("a licence: the versioned finding's, else the tool's", () => {
    expect(toolOf(build([{ ...react, license: "Apache-2.0" }]), "React")?.license).toBe("Apache-2.0");
    const { license: _, ...unlicensed } = react;
    expect(toolOf(build([unlicensed]), "React")?.license).toBe("MIT");
    expect(packageOf(build([unlicensed]), "react")).toMatchObject({ open_source: false });
    expect(packageOf(build([unlicensed]), "react")?.license).toBeUndefined();
  });

  it("links through the forge's file path, the scanned folder and the encoded branch and path; without a remote, the path alone", () => {
    const findings = [{ ...react, file: "web app/package.json", versionFile: undefined }];
    const gitlab = build(findings, { repo: { ...repo, provider: "gitlab", web_url: "https://gitlab.com/acme/shop", branch: "feature/new ui", folder: "services/store" } });
    expect(toolOf(gitlab, "React")?.detection_source_url).toBe("https://gitlab.com/acme/shop/-/blob/feature/new%20ui/services/store/web%20app/package.json");
    expect(toolOf(gitlab, "React")?.detection_source).toBe("web app/package.json");
    const local = build(findings, { repo: { ...repo, web_url: undefined } });
    expect(toolOf(local, "React")?.detection_source_url).toBe("web app/package.json");
  });

  it("a tool shown by the repository's metadata links to the repository", () => {
    const git: Finding = { ref: "tool:git", file: REPO_METADATA };
    expect(toolOf(build([git]), "Git")).toMatchObject({ detection_source_url: "https://github.com/acme/shop", detection_source: REPO_METADATA });
    expect(toolOf(build([git], { repo: { ...repo, web_url: undefined } }), "Git")).toMatchObject({ detection_source_url: "acme/shop" });
    expect(toolOf(build([git], { changes: new Map([[REPO_METADATA, { by: "x", on: "y" }]]) }), "Git")).toBeDefined();
    expect(toolOf(build([git], { changes: new Map([[REPO_METADATA, { by: "x", on: "y" }]]) }), "Git")?.last_updated_by).toBeUndefined();
  });

  it("orders tools by category then name, and packages by name, after the tools; names by code units, as the site does", () => {
    const doc = build([
      { ref: "npm:webpack", file: "package.json", version: "5.68.0", direct: true },
      { ref: "npm:react", file: "package.json", version: "18.3.1", direct: true },
      { ref: "npm:Zod", file: "package.json", version: "3.22.4", direct: true },
      { ref: "npm:axios", file: "package.json", version: "1.6.0", direct: true },
      { ref: "docker:redis", file: "docker-compose.yml", version: "7.2" },
    ]);
    expect(doc.tools.map((t) => `${t.package_url ? "package " : ""}${t.name}`)).toEqual(["React", "Redis", "Webpack", "package Zod", "package axios", "package react", "package webpack"]);
  });

  it("a package entry only for a direct dependency, and none when packages are not asked for", () => {
    const doc = build([{ ref: "npm:react", file: "package.json", version: "18.3.1" }, { ref: "npm:", file: "package.json", version: "1.0.0", direct: true }]);
    expect(doc.tools.map((t) => t.name)).toEqual(["React"]);
    expect(build([react], { packages: false }).tools.map((t) => t.name)).toEqual(["React"]);
  });

  it("a dependency of a dependency is a package entry, never a tool", () => {
    const doc = build([{ ref: "npm:react", file: "package.json", version: "18.3.1", direct: true, transitive: true }]);
    expect(doc.tools.map((t) => `${t.package_url ? "package " : ""}${t.name}`)).toEqual(["package react"]);
  });
});

describe("which tools a key names, and which of them takes its version", () => {
  it("a key that names several tools gives its version to the first only", () => {
    const doc = build([{ ref: "maven:org.springframework.boot:spring-boot-starter-data-jpa", file: "pom.xml", version: "3.2.1", direct: true }]);
    expect(toolOf(doc, "Spring Framework")?.version).toBe("3.2.1");
    expect(toolOf(doc, "Hibernate")).toBeDefined();
    expect(toolOf(doc, "Hibernate")?.version).toBeUndefined();
  });

  it("a key whose list opens with `~` gives it to none", () => {
    const doc = build([{ ref: "terraform-provider:hashicorp/helm", file: "main.tf", version: "2.12.1" }]);
    expect(doc.tools.map((t) => [t.name, t.version ?? "none"])).toEqual([
      ["Helm", "none"],
      ["Kubernetes", "none"],
    ]);
  });

  it("a finding's first matcher kind decides where it holds the key, else its own kind does", () => {
    const gradle = (name: string) => build([{ ref: `maven:${name}`, file: "build.gradle", version: "1.0.0", matchFirst: "gradle" }]).tools.map((t) => t.name);
    expect(gradle("com.acme:lib")).toEqual(["Gradle Only"]);
    expect(gradle("com.acme:silent")).toEqual([]);
    expect(gradle("org.springframework.boot:spring-boot-starter-data-jpa")).toEqual(["Spring Framework", "Hibernate"]);
  });
});

describe("a tool shown without a version", () => {
  const config = (file: string): Finding & { detector: string } => ({ ref: "tool:vitest", file, detector: FILE_MATCHERS });
  const devVitest: Finding = { ref: "npm:vitest", file: "web/package.json", version: "1.2.0", versionFile: "web/package-lock.json", direct: true, dev: true };

  it("by its configuration file takes the version its project declares for development", () => {
    // The configuration stays the source; the lockfile that gave the release is the link.
    expect(toolOf(build([config("web/vitest.config.ts"), devVitest]), "Vitest")).toMatchObject({
      version: "1.2.0",
      detection_source: "web/vitest.config.ts",
      detection_source_url: "https://github.com/acme/shop/blob/main/web/package-lock.json",
    });
    // The package.json of a folder above the configuration is its project's too.
    expect(toolOf(build([config("web/src/vitest.config.ts"), devVitest]), "Vitest")?.version).toBe("1.2.0");
  });

  it("by its configuration file takes the version of the package the catalog says is the tool, though named otherwise", () => {
    const psalmXml = { ref: "tool:psalm", file: "psalm.xml", detector: FILE_MATCHERS } as Finding;
    const psalm = (name: string, more: Partial<Finding> = {}): Finding => ({ ref: `packagist:${name}`, file: "composer.json", version: "5.22.2", versionFile: "composer.lock", direct: true, dev: true, ...more });
    expect(toolOf(build([psalmXml, psalm("vimeo/psalm")]), "Psalm")).toMatchObject({ version: "5.22.2", detection_source_url: "https://github.com/acme/shop/blob/main/composer.lock" });
    // Not from a package-only key of another tool, one whose list opens with `~`, or a runtime dependency.
    expect(toolOf(build([psalmXml, psalm("phpstan/phpstan")]), "Psalm")).toBeDefined();
    expect(toolOf(build([psalmXml, psalm("phpstan/phpstan")]), "Psalm")?.version).toBeUndefined();
    expect(toolOf(build([psalmXml, psalm("psalm/plugin-laravel")]), "Psalm")).toBeDefined();
    expect(toolOf(build([psalmXml, psalm("psalm/plugin-laravel")]), "Psalm")?.version).toBeUndefined();
    expect(toolOf(build([psalmXml, psalm("vimeo/psalm", { dev: false })]), "Psalm")?.version).toBeUndefined();
    // The package entry stays.
    expect(packageOf(build([psalmXml, psalm("vimeo/psalm")]), "vimeo/psalm")?.version).toBe("5.22.2");
    // A plugin the catalog leaves to the package table under its tool is not the tool's release.
    const webpackConfig = { ref: "tool:webpack", file: "webpack.config.js", detector: FILE_MATCHERS } as Finding;
    const loader: Finding = { ref: "npm:file-loader", file: "package.json", version: "6.2.0", direct: true, dev: true };
    expect(toolOf(build([webpackConfig, loader]), "Webpack")).toBeDefined();
    expect(toolOf(build([webpackConfig, loader]), "Webpack")?.version).toBeUndefined();
  });

  it("but not from another project, another package, a runtime dependency, a range, or beside a finding of another kind", () => {
    const none = (...findings: Array<Finding & { detector?: string }>) => toolOf(build(findings), "Vitest")?.version ?? "none";
    expect(none(config("api/vitest.config.ts"), devVitest)).toBe("none");
    expect(none(config("web/vitest.config.ts"), { ...devVitest, ref: "npm:vitest-dom" })).toBe("none");
    expect(none(config("web/vitest.config.ts"), { ...devVitest, ref: "npm:@testing/vitest" })).toBe("none");
    expect(none(config("web/vitest.config.ts"), { ...devVitest, dev: false })).toBe("none");
    expect(none(config("web/vitest.config.ts"), { ...devVitest, direct: false })).toBe("none");
    expect(none(config("web/vitest.config.ts"), { ...devVitest, version: "^1.2.0" })).toBe("none");
    expect(none(config("web/vitest.config.ts"), { ref: "npm:@vitest/ui", file: "web/package.json" }, devVitest)).toBe("none");
  });

  it("by a plugin takes the release the lockfile installed of its own package, nearest first", () => {
    const loader: Finding = { ref: "npm:vue-loader", file: "web/package.json", version: "15.9.7", direct: true, dev: true };
    const installed = (file: string, version: string, license?: string): Finding => ({ ref: "npm:webpack", file, version, versionFile: file.replace("package.json", "package-lock.json"), installed: true, ...(license ? { license } : {}) });
    const doc = build([loader, installed("package.json", "4.46.0"), installed("web/package.json", "5.68.0", "MIT-0"), installed("admin/app/package.json", "3.12.0")]);
    expect(toolOf(doc, "Webpack")).toMatchObject({ version: "5.68.0", license: "MIT-0", detection_source: "web/package.json", detection_source_url: "https://github.com/acme/shop/blob/main/web/package-lock.json" });
    // An installed package is no package entry and reveals no tool by itself.
    expect(packageOf(doc, "webpack")).toBeUndefined();
    expect(build([installed("package.json", "5.68.0")]).tools).toEqual([]);
    // Without a licence of its own, the tool's.
    expect(toolOf(build([loader, installed("package.json", "4.46.0")]), "Webpack")).toMatchObject({ version: "4.46.0", license: "MIT" });
    // Not from a project the plugin is not in.
    expect(toolOf(build([loader, installed("admin/app/package.json", "3.12.0")]), "Webpack")).toBeDefined();
    expect(toolOf(build([loader, installed("admin/app/package.json", "3.12.0")]), "Webpack")?.version).toBeUndefined();
  });

  it("takes nothing from an install that names no release, or that the key names only with all tools", () => {
    const loader: Finding = { ref: "npm:vue-loader", file: "web/package.json", version: "15.9.7", direct: true, dev: true };
    const linked: Finding = { ref: "npm:webpack", file: "web/package.json", version: "file:../webpack", installed: true };
    const hoisted: Finding = { ref: "npm:webpack", file: "package.json", version: "5.68.0", versionFile: "package-lock.json", installed: true };
    expect(toolOf(build([loader, linked, hoisted]), "Webpack")?.version).toBe("5.68.0");
    const vitest: Finding[] = [{ ref: "tool:vitest", file: "web/vitest.config.ts", detector: FILE_MATCHERS } as Finding, { ref: "npm:vitest", file: "web/package.json", version: "1.2.0", installed: true }];
    expect(toolOf(build(vitest), "Vitest")?.version).toBeUndefined();
    expect(toolOf(build(vitest, { allTools: true }), "Vitest")?.version).toBe("1.2.0");
  });

  it("takes nothing when the tool has a version, is shown only by the repository's metadata, or the install's key names another tool", () => {
    const installed = (ref: string, version: string): Finding => ({ ref, file: "package.json", version, versionFile: "package-lock.json", installed: true });
    expect(toolOf(build([{ ref: "runtime:node", file: ".nvmrc", version: "20.11.0" }, installed("npm:node", "16.13.0")]), "Node.js")).toMatchObject({ version: "20.11.0", detection_source_url: "https://github.com/acme/shop/blob/main/.nvmrc" });
    // Also when another of its findings (an untagged image) has none.
    expect(toolOf(build([{ ref: "runtime:node", file: ".nvmrc", version: "20.11.0" }, { ref: "docker:node", file: "Dockerfile" }, installed("npm:node", "16.13.0")]), "Node.js")?.version).toBe("20.11.0");
    expect(toolOf(build([{ ref: "tool:typescript", file: REPO_METADATA }, installed("npm:typescript", "5.3.3")]), "TypeScript")).toBeDefined();
    expect(toolOf(build([{ ref: "tool:typescript", file: REPO_METADATA }, installed("npm:typescript", "5.3.3")]), "TypeScript")?.version).toBeUndefined();
    const loader: Finding = { ref: "npm:vue-loader", file: "package.json", version: "15.9.7", direct: true };
    expect(toolOf(build([loader, installed("npm:@nrwl/webpack", "17.2.8")]), "Webpack")).toBeDefined();
    expect(toolOf(build([loader, installed("npm:@nrwl/webpack", "17.2.8")]), "Webpack")?.version).toBeUndefined();
    // The tool's own scope, but a key that names another tool.
    const remix = { ref: "tool:remix", file: "remix.config.js", detector: FILE_MATCHERS } as Finding;
    expect(toolOf(build([remix, installed("npm:@remix/core", "2.5.0")]), "Remix")).toBeDefined();
    expect(toolOf(build([remix, installed("npm:@remix/core", "2.5.0")]), "Remix")?.version).toBeUndefined();
    // A key that names the tool among others lends it the release.
    const storybook = { ref: "tool:storybook", file: ".storybook/main.js", detector: FILE_MATCHERS } as Finding;
    expect(toolOf(build([storybook, installed("npm:@storybook/core", "7.6.7")]), "Storybook")?.version).toBe("7.6.7");
  });

  it("of two installs in one folder, the package whose whole name is the tool's", () => {
    const installed = (ref: string, version: string): Finding => ({ ref, file: "package.json", version, installed: true });
    const config = { ref: "tool:jest", file: "jest.config.js", detector: FILE_MATCHERS } as Finding;
    expect(toolOf(build([config, installed("npm:@jest/core", "29.6.4"), installed("npm:jest", "29.7.0")]), "Jest")?.version).toBe("29.7.0");
    expect(toolOf(build([config, installed("npm:jest", "29.7.0"), installed("npm:@jest/core", "29.6.4")]), "Jest")?.version).toBe("29.7.0");
  });

  it("but a server takes no release from a client the lockfile installed", () => {
    const doc = build([{ ref: "docker:redis", file: "docker-compose.yml" }, { ref: "npm:redis", file: "package.json", version: "4.6.12", installed: true }]);
    expect(toolOf(doc, "Redis")).toMatchObject({ detection_source: "docker-compose.yml" });
    expect(toolOf(doc, "Redis")?.version).toBeUndefined();
  });
});

describe("the report id", () => {
  const react: Finding = { ref: "npm:react", file: "package.json", version: "18.3.1", direct: true };
  const id = (findings: Finding[], name = "acme/shop") => build(findings, { repo: { ...repo, repo_name: name } }).report_id;

  it("is the same for the same repository and content, and changes with a name, a version or a source", () => {
    expect(id([react])).toMatch(/^[0-9a-f]{32}$/);
    expect(id([react])).toBe(id([{ ...react }]));
    expect(id([react], "acme/other")).not.toBe(id([react]));
    expect(id([{ ...react, version: "18.2.0" }])).not.toBe(id([react]));
    expect(id([{ ...react, version: undefined }])).not.toBe(id([react]));
    expect(id([{ ...react, file: "web/package.json" }])).not.toBe(id([react]));
    expect(id([{ ...react, ref: "npm:webpack" }])).not.toBe(id([react]));
  });
});
