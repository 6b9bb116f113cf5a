import { beforeAll, describe, expect, it } from "vitest";
import { scan } from "../src/index.js";
import { fixture } from "./helpers.js";
import { workspaceScope } from "../src/cli/workspace.js";

// The package manager of an npm, Yarn or pnpm monorepo is pinned once, in the root package.json's
// `packageManager` (Corepack reads it there for every workspace package). A scan of one workspace
// package reads that manifest for its pins alone: the root's own dependencies stay out.

type Tools = Array<{ name: string; version?: string; detection_source?: string }>;

async function workspaceTools(dir: string, wanted: string): Promise<Tools> {
  const { include, inheritedFrom } = await workspaceScope(dir, wanted);
  const { document } = await scan(dir, { git: false, include, ...(inheritedFrom.length ? { inheritedFrom } : {}) });
  return document.tools;
}

describe("a pnpm workspace package's scan (fixtures/pnpm-monorepo, root packageManager pnpm@8.15.1)", () => {
  let site: Tools;
  beforeAll(async () => {
    site = await workspaceTools(fixture("pnpm-monorepo"), "site");
  });

  it("keeps the release the root pins for pnpm, as the whole scan gives it", () => {
    expect(site.find((t) => t.name === "pnpm")).toMatchObject({ version: "8.15.1", detection_source: "package.json" });
  });

  it("leaves out the root's own dependencies (turbo, eslint) and keeps the package's", () => {
    const names = site.map((t) => t.name);
    expect(names).not.toContain("Turborepo");
    expect(names).not.toContain("ESLint");
    expect(names).toContain("SvelteKit");
  });

  it("names JavaScript from the package's own package.json, not the root's read for its pins", () => {
    expect(site.find((t) => t.name === "JavaScript")).toMatchObject({ detection_source: "apps/site/package.json" });
  });
});

describe("a Yarn workspace package's scan (fixtures/yarn-berry-monorepo, root packageManager yarn@4.1.0)", () => {
  it("keeps Yarn as the whole scan gives it (.yarnrc.yml's yarnPath) and leaves out the root's Prettier and TypeScript", async () => {
    const api = await workspaceTools(fixture("yarn-berry-monorepo"), "api");
    expect(api.find((t) => t.name === "Yarn")).toMatchObject({ version: "4.1.0", detection_source: ".yarnrc.yml" });
    expect(api.map((t) => t.name)).not.toContain("Prettier");
    expect(api.map((t) => t.name)).not.toContain("TypeScript");
  });
});
