import { describe, expect, it } from "vitest";
import { Catalog } from "../src/catalog/catalog.js";
import { REPO_METADATA } from "../src/constants.js";
import type { Finding } from "../src/types.js";
import { toolFromFindings } from "./helpers.js";

// Which finding gives a tool its version and detection source (src/document/rank.ts): one test per
// rank, each with two findings that the ranks above it tie and the ranks below it would order the
// other way, so each fails if its rank is lost or moved below another.
const catalog = new Catalog({
  tools: [
    { id: "acme", name: "Acme" },
    { id: "nodejs", name: "Node.js" },
    { id: "git", name: "Git" },
    // cited from files neither finding of rank 6's tests is in, so that rank shows in its source: a tool
    // without `cited_files` that its metadata shows is cited so (the test below rank 6's)
    { id: "hg", name: "Hg", cited_files: ["*.hgrc"] },
    { id: "redis", name: "Redis", category: "Data Stores" },
  ],
  matchers: {
    npm: { acme: "acme", "@acme/core": "acme", "@vendor/acme": "acme", "acme-loader": "acme" },
    docker: { node: "nodejs", acme: "acme", redis: "redis" },
    rubygems: { redis: "redis" },
    runtime: { node: "nodejs" },
    engine: { node: "nodejs" },
    pypi: { acme: "acme" },
    go: { "github.com/acme/acme": "acme", "github.com/acme/acme/v2": "acme" },
  },
  // The traits of files and kinds ranks 3b, 4, 5, 7 and 7b weigh, as the built-in catalog gives them.
  registries: { npm: { peer_manifests: ["package.json"] }, go: { major_suffix: "/v{n}" } },
  kinds: { "variant-files": ["{docker-compose,compose}?*.{yml,yaml}"], "tag-release": ["docker"], "project-pin": ["runtime", "engine", "version-manager"] },
});

function entry(name: string, ...findings: Finding[]) {
  const tool = toolFromFindings(catalog, name, findings)!;
  return `${tool.version ?? "no version"} from ${tool.detection_source}`;
}

describe("the finding that shows a tool best, rank by rank", () => {
  it("1. one with a version", () => {
    expect(entry("Acme", { ref: "npm:acme", file: "package.json" }, { ref: "npm:acme-loader", file: "web/app/package.json", version: "2.0.0" })).toBe("2.0.0 from web/app/package.json");
  });

  it("2. of those, the one that speaks for the tool: its whole name, then one named after it, then the rest; an image for a server", () => {
    expect(entry("Acme", { ref: "npm:@vendor/acme", file: "package.json", version: "5.0.0" }, { ref: "npm:acme", file: "web/package.json", version: "1.0.0" })).toBe("1.0.0 from web/package.json");
    expect(entry("Acme", { ref: "npm:acme-loader", file: "package.json", version: "9.0.0" }, { ref: "npm:@acme/core", file: "web/package.json", version: "3.0.0" })).toBe("3.0.0 from web/package.json");
    // An image speaks for a tool whose packages are only its clients: no package is the tool
    // itself, or it is a data store (the redis gem 4.6 is not Redis 4.6); else it is one more name.
    expect(entry("Acme", { ref: "npm:acme-loader", file: "package.json", version: "9.0.0" }, { ref: "docker:acme", file: "ops/compose.yml", version: "3.1" })).toBe("3.1 from ops/compose.yml");
    expect(entry("Redis", { ref: "rubygems:redis", file: "Gemfile", version: "4.6.0" }, { ref: "docker:redis", file: "ops/compose.yml", version: "7.2" })).toBe("7.2 from ops/compose.yml");
    expect(entry("Acme", { ref: "npm:acme", file: "package.json", version: "1.0.0" }, { ref: "docker:acme", file: "ops/compose.yml", version: "3.1" })).toBe("1.0.0 from package.json");
    // Without a version, no package speaks for the tool: the file decides.
    expect(entry("Acme", { ref: "npm:acme", file: "web/package.json" }, { ref: "npm:acme-loader", file: "package.json" })).toBe("no version from package.json");
  });

  it("3. of one package declared twice, the version a lockfile pinned", () => {
    const locked = { ref: "npm:acme", file: "web/package.json", version: "1.2.0", versionFile: "web/package-lock.json" };
    expect(entry("Acme", { ref: "npm:acme", file: "package.json", version: "1.0.0" }, locked)).toBe("1.2.0 from web/package.json");
  });

  it("4. the runtime a project pins for itself, over an image's tag", () => {
    expect(entry("Node.js", { ref: "docker:node", file: "Dockerfile", version: "18.0.0" }, { ref: "runtime:node", file: "app/.nvmrc", version: "20.11.0" })).toBe("20.11.0 from app/.nvmrc");
  });

  it("5. of two packages one file declares, the later release: a Go module's new major path", () => {
    const v1 = { ref: "go:github.com/acme/acme", file: "go.mod", version: "1.9.0" };
    const v2 = { ref: "go:github.com/acme/acme/v2", file: "go.mod", version: "2.1.0" };
    expect(entry("Acme", v1, v2)).toBe("2.1.0 from go.mod");
    expect(entry("Acme", v2, v1)).toBe("2.1.0 from go.mod");
    // Only within one file: across files the shallowest still decides.
    expect(entry("Acme", { ...v1, file: "go.mod" }, { ...v2, file: "tools/go.mod" })).toBe("1.9.0 from go.mod");
    // Beside another file's module at the same depth, in order of path and in another order.
    const other = { ...v1, file: "z.mod" };
    expect(entry("Acme", v1, v2, other)).toBe("2.1.0 from go.mod");
    expect(entry("Acme", other, v2, v1)).toBe("2.1.0 from go.mod");
  });

  it("5b. of one file's two readings, one release extending the other, the fuller", () => {
    // Two keys of one file name the tool (a web SDK at its pinned shared framework's release, the
    // target framework at its own): first by order the shorter, which rank 8 would keep.
    const short = { ref: "runtime:node", file: "app/Dockerfile", version: "2.1" };
    const full = { ref: "engine:node", file: "app/Dockerfile", version: "2.1.1" };
    expect(entry("Node.js", short, full)).toBe("2.1.1 from app/Dockerfile");
    expect(entry("Node.js", full, short)).toBe("2.1.1 from app/Dockerfile");
    // A release that only shares digits is no extension: the first stays.
    expect(entry("Node.js", short, { ...full, version: "2.10" })).toBe("2.1 from app/Dockerfile");
    // Beside other files' readings, in order of path as a scan hands them, and in another order.
    const other = { ref: "runtime:node", file: "zz/Dockerfile", version: "2.1" };
    expect(entry("Node.js", short, full, other)).toBe("2.1.1 from app/Dockerfile");
    expect(entry("Node.js", other, short, full)).toBe("2.1.1 from app/Dockerfile");
  });

  it("6. a file of the repository, over its metadata", () => {
    expect(entry("Hg", { ref: "tool:hg", file: REPO_METADATA }, { ref: "tool:hg", file: "sub/dir/.hgignore" })).toBe("no version from sub/dir/.hgignore");
  });

  it("a tool without cited_files that the metadata shows (the language bar) is cited as the metadata, whichever ranks first", () => {
    expect(entry("Git", { ref: "tool:git", file: REPO_METADATA }, { ref: "tool:git", file: "sub/dir/.gitmodules" })).toBe("no version from Repo Metadata");
    expect(entry("Git", { ref: "tool:git", file: "sub/dir/.gitmodules" }, { ref: "tool:git", file: REPO_METADATA })).toBe("no version from Repo Metadata");
    expect(entry("Git", { ref: "tool:git", file: REPO_METADATA }, { ref: "tool:git", file: ".gitmodules", version: "2.0.0" })).toBe("2.0.0 from Repo Metadata");
  });

  it("7. the shallowest file", () => {
    expect(entry("Acme", { ref: "pypi:acme", file: "a/b/requirements.txt", version: "1.0.0" }, { ref: "pypi:acme", file: "z/requirements.txt", version: "2.0.0" })).toBe("2.0.0 from z/requirements.txt");
    // Another package of the tool, or an npm package from a file other than package.json, still by depth.
    expect(entry("Acme", { ref: "npm:@acme/core", file: "a/b/package.json", version: "1.0.0" }, { ref: "npm:acme", file: "z/package.json", version: "2.0.0" })).toBe("2.0.0 from z/package.json");
    expect(entry("Acme", { ref: "npm:acme", file: "a/b/deno.json", version: "1.0.0" }, { ref: "npm:acme", file: "z/package.json", version: "2.0.0" })).toBe("2.0.0 from z/package.json");
  });

  it("3b and 7 leave one npm package in several package.json files to the path, as the site does", () => {
    // A monorepo's root pins a release its workspace package declares by a range: the first file by path, both locked.
    const root = { ref: "npm:acme", file: "package.json", declared: "16.11.7", version: "16.11.7", versionFile: "pnpm-lock.yaml" };
    const api = { ref: "npm:acme", file: "apps/api/package.json", declared: "^14.6.0", version: "14.18.42", versionFile: "pnpm-lock.yaml" };
    expect(entry("Acme", root, api)).toBe("14.18.42 from apps/api/package.json");
    expect(entry("Acme", api, root)).toBe("14.18.42 from apps/api/package.json");
    // The root comes first where its path does.
    expect(entry("Acme", { ...api, file: "tools/api/package.json" }, root)).toBe("16.11.7 from package.json");
    // A lockfile's release still beats a range's floor (rank 3a).
    expect(entry("Acme", { ...root, versionFile: undefined, declared: "^16.0.0", version: "16.0.0" }, { ...api, file: "web/package.json" })).toBe("14.18.42 from web/package.json");
  });

  it("7b. of files at one depth, a compose file under Compose's default name over a variant", () => {
    // A variant sorts first by path (`-` and `.d` before `.y`); the ranks above tie the two.
    expect(entry("Redis", { ref: "docker:redis", file: "docker-compose-nginx.yml", declared: "7.2", version: "7.2" }, { ref: "docker:redis", file: "docker-compose.yml", declared: "7.0", version: "7.0" })).toBe("7.0 from docker-compose.yml");
    expect(entry("Redis", { ref: "docker:redis", file: "ops/docker-compose.dev.yml" }, { ref: "docker:redis", file: "ops/compose.yaml" })).toBe("no version from ops/compose.yaml");
    // The override file Compose merges onto the default one is no default name either (`.o` sorts before `.y`).
    expect(entry("Redis", { ref: "docker:redis", file: "docker-compose.override.yml" }, { ref: "docker:redis", file: "docker-compose.yml" })).toBe("no version from docker-compose.yml");
    expect(entry("Redis", { ref: "docker:redis", file: "compose.override.yaml" }, { ref: "docker:redis", file: "compose.yaml" })).toBe("no version from compose.yaml");
    // Depth still comes first, and a Dockerfile beside a variant is read by the site where the variant is not.
    expect(entry("Redis", { ref: "docker:redis", file: "docker-compose.dev.yml" }, { ref: "docker:redis", file: "ops/docker-compose.yml" })).toBe("no version from docker-compose.dev.yml");
    expect(entry("Redis", { ref: "docker:redis", file: "docker-compose.dev.yml" }, { ref: "docker:redis", file: "Dockerfile" })).toBe("no version from Dockerfile");
    // A finding its detector marks `variant` (a compose file known by its content, `dev.yml`) is one whatever its name.
    expect(entry("Redis", { ref: "docker:redis", file: "dev.yml", variant: true }, { ref: "docker:redis", file: "docker-compose.yml" })).toBe("no version from docker-compose.yml");
    expect(entry("Redis", { ref: "docker:redis", file: "dev.yml" }, { ref: "docker:redis", file: "docker-compose.yml" })).toBe("no version from dev.yml");
  });

  it("8. the first by path, whatever the order found", () => {
    expect(entry("Acme", { ref: "npm:acme", file: "web/package.json", version: "1.0.0" }, { ref: "npm:acme", file: "app/package.json", version: "2.0.0" })).toBe("2.0.0 from app/package.json");
  });

  it("3. only between findings of one package: a lockfile or a pin of another package decides nothing", () => {
    const locked = { ref: "npm:acme", file: "web/package.json", version: "1.2.0", versionFile: "web/package-lock.json" };
    expect(entry("Acme", locked, { ref: "pypi:acme", file: "requirements.txt", version: "1.1.0" })).toBe("1.1.0 from requirements.txt");
    const pinned = { ref: "pypi:acme", file: "docs/requirements.txt", declared: "==1.1.0", version: "1.1.0" };
    expect(entry("Acme", pinned, { ref: "npm:acme", file: "package.json", declared: "^1.0.0", version: "1.0.0" })).toBe("1.0.0 from package.json");
  });

  it("3. a pin is one release written alone, with or without `=`, `==` or `===`", () => {
    const range = { ref: "pypi:acme", file: "requirements.in", declared: ">=4.0", version: "4.0" };
    const at = (declared: string | undefined, version = "4.2.11") => entry("Acme", range, { ref: "pypi:acme", file: "deploy/requirements.txt", declared, version });
    for (const declared of ["4.2.11", "==4.2.11", "=== 4.2.11", "=v4.2.11", " ==4.2.11 "]) expect(at(declared), declared).toBe("4.2.11 from deploy/requirements.txt");
    // A range that opens with the release, or a declaration that names none, pins nothing: the shallower file.
    for (const declared of ["4.2.11 - 4.3.0", "~=4.2.11", undefined]) expect(at(declared), String(declared)).toBe("4.0 from requirements.in");
    expect(at("==4.2.10")).toBe("4.0 from requirements.in");
  });

  it("3. of one image, the tag naming more of the release, whatever its variant suffix", () => {
    // A CI service's short tag and a compose file's exact one with a variant (ranks 6 and 7 would take the CI's).
    const ci = { ref: "docker:redis", file: ".github/workflows/ci.yml", declared: "7.2", version: "7.2" };
    expect(entry("Redis", ci, { ref: "docker:redis", file: "ops/docker/compose.yml", declared: "7.2.4-alpine", version: "7.2.4" })).toBe("7.2.4 from ops/docker/compose.yml");
    expect(entry("Redis", ci, { ref: "docker:redis", file: "ops/docker/compose.yml", declared: "v7.2.4", version: "7.2.4" })).toBe("7.2.4 from ops/docker/compose.yml");
    // A lone major, padded (7.0.0), names less than 7.2; equal precision leaves it to the file.
    expect(entry("Redis", ci, { ref: "docker:redis", file: "ops/compose.yml", declared: "7-alpine", version: "7.0.0" })).toBe("7.2 from .github/workflows/ci.yml");
    expect(entry("Redis", ci, { ref: "docker:redis", file: "compose.yml", declared: "7.0-alpine", version: "7.0" })).toBe("7.0 from compose.yml");
  });

  it("4. a runtime pins only when declared as one version, not as a range", () => {
    const image = { ref: "docker:node", file: "Dockerfile", version: "20.0.0" };
    expect(entry("Node.js", image, { ref: "engine:node", file: "web/package.json", declared: "20.11.0", version: "20.11.0" })).toBe("20.11.0 from web/package.json");
    expect(entry("Node.js", image, { ref: "engine:node", file: "web/package.json", declared: " v20 ", version: "20.0.0" })).toBe("20.0.0 from web/package.json");
    expect(entry("Node.js", image, { ref: "engine:node", file: "web/package.json", declared: ">=18.0.0", version: "18.0.0" })).toBe("20.0.0 from Dockerfile");
    expect(entry("Node.js", image, { ref: "engine:node", file: "web/package.json", declared: "18.x", version: "18.0.0" })).toBe("20.0.0 from Dockerfile");
    expect(entry("Node.js", image, { ref: "engine:node", file: "web/package.json", declared: "20.11.0 || 21", version: "20.11.0" })).toBe("20.0.0 from Dockerfile");
  });

  it("6. whichever comes first", () => {
    expect(entry("Hg", { ref: "tool:hg", file: "sub/dir/.hgignore" }, { ref: "tool:hg", file: REPO_METADATA })).toBe("no version from sub/dir/.hgignore");
  });

  it("of findings no rank tells apart, the first", () => {
    expect(entry("Acme", { ref: "npm:acme", file: "package.json", version: "1.0.0" }, { ref: "npm:acme", file: "package.json", version: "2.0.0" })).toBe("1.0.0 from package.json");
  });
});
