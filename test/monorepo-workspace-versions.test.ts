import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { npmDetector } from "../detectors/npm/index.js";
import { compact, detectorFindings } from "./detector-findings.js";
import { readFileSync } from "node:fs";
import { fixture } from "./helpers.js";
import { workspaceInclude } from "../src/cli/workspace.js";

// Monorepos whose workspace packages declare one package at different releases: each workspace
// takes the copy its package manager installs for it, and the document's entry is the first
// declaring package.json by path (src/document/rank.ts, with the corpus's count), not the root's.

const pick = (tools: Array<{ name: string }>, name: string) => tools.find((t) => t.name === name);

describe("npm workspaces, package-lock.json v3", () => {
  it("a workspace's own node_modules copy before the hoisted one; workspace links are no packages", async () => {
    const { findings } = await detectorFindings(npmDetector, readFixture(), "file, ref, line");
    const declared = compact(findings.filter((f) => f.direct && f.ref.startsWith("npm:")));
    expect(declared).toEqual([
      "npm:react@7 ^18.2.0 ->18.3.1 (package-lock.json) direct",
      "npm:react-dom@8 ^18.2.0 ->18.3.1 (package-lock.json) direct",
      "npm:typescript@11 ~5.3.3 ->5.3.3 (package-lock.json) direct dev",
      "npm:next@7 ^12.3.4 ->12.3.4 (package-lock.json) direct",
      "npm:react@8 ^17.0.2 ->17.0.2 (package-lock.json) direct",
      "npm:react-dom@9 ^17.0.2 ->17.0.2 (package-lock.json) direct",
      "npm:turbo@13 ^2.0.4 ->2.0.4 (package-lock.json) direct dev",
      "npm:typescript@14 5.4.5 ->5.4.5 (package-lock.json) direct dev",
      "npm:react@6 ^18.2.0 ->18.3.1 (package-lock.json) direct dev",
    ]);
  });

  it("the document keeps the first declaring package.json by path, over the root's pin", async () => {
    const { document } = await scan(fixture("npm-workspaces-v3"), { git: false });
    // apps/admin's `~5.3.3`, nested in its node_modules, not the root's `5.4.5` (shallower, and a pin).
    expect(pick(document.tools, "typescript")).toMatchObject({ version: "5.3.3", detection_source: "apps/admin/package.json", detection_source_url: "package-lock.json" });
    expect(pick(document.tools, "TypeScript")).toMatchObject({ version: "5.3.3", detection_source: "apps/admin/package.json" });
    // apps/admin before apps/web: the hoisted 18.3.1, not apps/web's nested 17.0.2.
    expect(pick(document.tools, "react")).toMatchObject({ version: "18.3.1", detection_source: "apps/admin/package.json" });
    expect(pick(document.tools, "React")).toMatchObject({ version: "18.3.1", detection_source: "apps/admin/package.json" });
    expect(pick(document.tools, "turbo")).toMatchObject({ version: "2.0.4", detection_source: "package.json" });
    expect(document.tools.filter((t) => t.name.startsWith("@acme/"))).toEqual([]);
  });
});

describe("a workspace package whose package.json the scan leaves out", () => {
  it("package-lock.json's link (`--workspace`): no registry package of that name", async () => {
    const dir = fixture("npm-workspaces-v3");
    for (const workspace of ["@acme/admin", "@acme/web"]) {
      const { document } = await scan(dir, { git: false, include: workspaceInclude(dir, workspace) });
      expect(document.tools.filter((t) => t.name.startsWith("@acme/")), workspace).toEqual([]);
      expect(pick(document.tools, "react"), workspace).toBeDefined();
    }
  });

  it("pnpm's `link:` version, for a range pnpm linked to the workspace package (link-workspace-packages)", async () => {
    const files = {
      "apps/web/package.json": JSON.stringify({ name: "web", dependencies: { "@acme/ui": "^0.2.0", react: "^18.2.0" } }, null, 2),
      "pnpm-lock.yaml": [
        "lockfileVersion: '6.0'",
        "",
        "importers:",
        "",
        "  .: {}",
        "",
        "  apps/web:",
        "    dependencies:",
        "      '@acme/ui':",
        "        specifier: ^0.2.0",
        "        version: link:../../packages/ui",
        "      react:",
        "        specifier: ^18.2.0",
        "        version: 18.2.0",
        "",
        "packages:",
        "",
        "  /react@18.2.0:",
        "    resolution: {integrity: sha512-a}",
        "",
      ].join("\n"),
    };
    const { findings } = await detectorFindings(npmDetector, files, "file, ref, line");
    expect(compact(findings.filter((f) => f.direct))).toEqual(["npm:react@5 ^18.2.0 ->18.2.0 (pnpm-lock.yaml) direct"]);
  });
});

describe("pnpm workspaces, catalogs, two majors", () => {
  const files = {
    "package.json": JSON.stringify({ name: "acme", private: true, packageManager: "pnpm@9.12.0", devDependencies: { typescript: "catalog:" } }),
    "pnpm-workspace.yaml": ["packages:", "  - apps/*", "  - packages/*", "catalog:", "  react: ^18.2.0", "  typescript: ~5.5.4", "catalogs:", "  legacy:", "    react: ^17.0.2", ""].join("\n"),
    "apps/docs/package.json": JSON.stringify({ name: "docs", dependencies: { react: "catalog:legacy", ui: "workspace:@acme/ui@*" } }),
    "apps/web/package.json": JSON.stringify({ name: "web", dependencies: { react: "catalog:", "@acme/ui": "workspace:*" } }),
    "packages/ui/package.json": JSON.stringify({ name: "@acme/ui", devDependencies: { react: "catalog:" } }),
    "pnpm-lock.yaml": [
      "lockfileVersion: '9.0'",
      "",
      "settings:",
      "  autoInstallPeers: true",
      "  excludeLinksFromLockfile: false",
      "",
      "catalogs:",
      "  default:",
      "    react:",
      "      specifier: ^18.2.0",
      "      version: 18.3.1",
      "    typescript:",
      "      specifier: ~5.5.4",
      "      version: 5.5.4",
      "  legacy:",
      "    react:",
      "      specifier: ^17.0.2",
      "      version: 17.0.2",
      "",
      "importers:",
      "",
      "  .:",
      "    devDependencies:",
      "      typescript:",
      "        specifier: 'catalog:'",
      "        version: 5.5.4",
      "",
      "  apps/docs:",
      "    dependencies:",
      "      react:",
      "        specifier: catalog:legacy",
      "        version: 17.0.2",
      "      ui:",
      "        specifier: workspace:@acme/ui@*",
      "        version: link:../../packages/ui",
      "",
      "  apps/web:",
      "    dependencies:",
      "      '@acme/ui':",
      "        specifier: workspace:*",
      "        version: link:../../packages/ui",
      "      react:",
      "        specifier: 'catalog:'",
      "        version: 18.3.1",
      "",
      "  packages/ui:",
      "    devDependencies:",
      "      react:",
      "        specifier: 'catalog:'",
      "        version: 18.3.1",
      "",
      "packages:",
      "",
      "  react@17.0.2:",
      "    resolution: {integrity: sha512-a}",
      "",
      "  react@18.3.1:",
      "    resolution: {integrity: sha512-b}",
      "",
      "  typescript@5.5.4:",
      "    resolution: {integrity: sha512-c}",
      "",
    ].join("\n"),
  };

  it("each importer's release for a `catalog:` spec, the catalog's range declared; `workspace:` links name nothing", async () => {
    const { findings } = await detectorFindings(npmDetector, files, "file, ref, line");
    expect(compact(findings.filter((f) => f.direct))).toEqual([
      "npm:react@1 ^17.0.2 ->17.0.2 (pnpm-lock.yaml) direct",
      "npm:react@1 ^18.2.0 ->18.3.1 (pnpm-lock.yaml) direct",
      "npm:typescript@1 ~5.5.4 ->5.5.4 (pnpm-lock.yaml) direct dev",
      "npm:react@1 ^18.2.0 ->18.3.1 (pnpm-lock.yaml) direct dev",
    ]);
  });

  it("the document keeps apps/docs' release, the first declaring file by path", async () => {
    const { document } = await scan(new MemorySource(files), { git: false });
    expect(pick(document.tools, "react")).toMatchObject({ version: "17.0.2", detection_source: "apps/docs/package.json", detection_source_url: "pnpm-lock.yaml" });
    expect(document.tools.filter((t) => /acme|^ui$/.test(t.name))).toEqual([]);
  });
});

function readFixture(): Record<string, string> {
  const dir = fixture("npm-workspaces-v3");
  const read = (path: string) => readFileSync(`${dir}/${path}`, "utf8");
  return Object.fromEntries(["package.json", "package-lock.json", "apps/admin/package.json", "apps/web/package.json", "packages/ui/package.json"].map((p) => [p, read(p)]));
}
