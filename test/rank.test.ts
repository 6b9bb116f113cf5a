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
    { id: "redis", name: "Redis", category: "Data Stores" },
  ],
  matchers: {
    npm: { acme: "acme", "@acme/core": "acme", "@vendor/acme": "acme", "acme-loader": "acme" },
    docker: { node: "nodejs", acme: "acme", redis: "redis" },
    rubygems: { redis: "redis" },
    runtime: { node: "nodejs" },
  },
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

  it("5. a file of the repository, over its metadata", () => {
    expect(entry("Git", { ref: "tool:git", file: REPO_METADATA }, { ref: "tool:git", file: "sub/dir/.gitmodules" })).toBe("no version from sub/dir/.gitmodules");
  });

  it("6. the shallowest file", () => {
    expect(entry("Acme", { ref: "npm:acme", file: "a/b/package.json", version: "1.0.0" }, { ref: "npm:acme", file: "z/package.json", version: "2.0.0" })).toBe("2.0.0 from z/package.json");
  });

  it("7. the first by path, whatever the order found", () => {
    expect(entry("Acme", { ref: "npm:acme", file: "web/package.json", version: "1.0.0" }, { ref: "npm:acme", file: "app/package.json", version: "2.0.0" })).toBe("2.0.0 from app/package.json");
  });
});
