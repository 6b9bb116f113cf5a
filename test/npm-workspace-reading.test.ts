import { describe, expect, it } from "vitest";
import { MemorySource, builtinCatalog } from "../src/index.js";
import { runDetectors } from "../src/scan/run.js";
import type { Finding } from "../src/types.js";
import { npmDetector } from "../detectors/npm/index.js";

/** What the npm detector alone reports for a tree (ordered by file, then ref, then line), and its warnings. */
async function npm(files: Record<string, string>): Promise<{ findings: Finding[]; warnings: string[] }> {
  const run = await runDetectors(new MemorySource(files), [npmDetector], builtinCatalog());
  const findings = run.findings.filter((f) => f.detector === "npm").map(({ detector: _, ...f }) => f as Finding);
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.ref.localeCompare(b.ref) || (a.line ?? 0) - (b.line ?? 0));
  return { findings: JSON.parse(JSON.stringify(findings)) as Finding[], warnings: run.warnings.map((w) => `${w.file}: ${w.message}`) };
}
const json = (value: unknown) => JSON.stringify(value, null, 2);

describe("the npm detector on a Yarn workspace monorepo, finding by finding", () => {
  it("each workspace's dependencies from the root yarn.lock; links, aliases, engines, packageManager and .nvmrc", async () => {
    const files = {
      "package.json": json({
        name: "acme",
        private: true,
        workspaces: ["apps/*", "packages/*"],
        packageManager: "yarn@1.22.19+sha256.732620bac8b1690d507274f025f3c6cfdc3627a84d9642e38a07452cc00e0f2e",
        engines: { node: ">=18", yarn: "1.22.19" },
        devDependencies: { turbo: "^1.12.4", typescript: "~5.3.3" },
      }),
      "yarn.lock": [
        "# yarn lockfile v1",
        "",
        'next@14.1.0:\n  version "14.1.0"\n',
        'react@^18.2.0:\n  version "18.2.0"\n',
        'turbo@^1.12.4:\n  version "1.12.5"\n',
        'typescript@~5.3.3:\n  version "5.3.3"\n',
        '"react-dom@npm:preact@^10.19.0":\n  version "10.19.6"\n',
        'clsx@^2.1.0:\n  version "2.1.1"\n',
      ].join("\n"),
      "apps/web/package.json": json({
        name: "@acme/web",
        dependencies: { next: "14.1.0", react: "^18.2.0", "@acme/ui": "workspace:*", "@acme/config": "^1.0.0", "react-dom": "npm:preact@^10.19.0" },
        devDependencies: { eslint: "^8.56.0" },
      }),
      "packages/ui/package.json": json({ name: "@acme/ui", version: "1.0.0", peerDependencies: { react: "^18" }, dependencies: { clsx: "^2.1.0" } }),
      "packages/config/package.json": json({ name: "@acme/config", version: "1.0.0" }),
      ".nvmrc": "v20.11.1\n",
    };
    const { findings, warnings } = await npm(files);
    expect(warnings).toEqual([]);
    const web = "apps/web/package.json";
    const lock = { versionFile: "yarn.lock" };
    expect(findings).toEqual([
      { ref: "engine:node", file: ".nvmrc", line: 1, version: "20.11.1" },
      // Not in the lockfile: the lowest release the range allows, no lockfile named.
      { ref: "npm:eslint", file: web, line: 11, declared: "^8.56.0", version: "8.56.0", direct: true, dev: true },
      { ref: "npm:next", file: web, line: 4, declared: "14.1.0", version: "14.1.0", ...lock, direct: true, dev: false },
      // An alias installs preact under react-dom's name: the lockfile keys it by the alias.
      { ref: "npm:preact", file: web, line: 8, declared: "^10.19.0", version: "10.19.6", ...lock, direct: true, dev: false },
      { ref: "npm:react", file: web, line: 5, declared: "^18.2.0", version: "18.2.0", ...lock, direct: true, dev: false },
      // engines: node's range names nothing; yarn's pinned release is Yarn's.
      { ref: "engine:yarn", file: "package.json", line: 9, declared: "1.22.19", version: "1.22.19" },
      // A Yarn 1 lockfile has no importers: the root holds every package it installed, but not
      // preact's release under react-dom's name (before, React DOM was installed at 10.19.6).
      { ref: "npm:next", file: "package.json", version: "14.1.0", ...lock, installed: true },
      { ref: "npm:react", file: "package.json", version: "18.2.0", ...lock, installed: true },
      { ref: "npm:turbo", file: "package.json", line: 14, declared: "^1.12.4", version: "1.12.5", ...lock, direct: true, dev: true },
      { ref: "npm:typescript", file: "package.json", line: 15, declared: "~5.3.3", version: "5.3.3", ...lock, direct: true, dev: true },
      // The packageManager field without its hash.
      { ref: "package-manager:yarn", file: "package.json", line: 8, version: "1.22.19" },
      { ref: "npm:clsx", file: "packages/ui/package.json", line: 8, declared: "^2.1.0", version: "2.1.1", ...lock, direct: true, dev: false },
      // A peer range takes the release installed for the workspace.
      { ref: "npm:react", file: "packages/ui/package.json", line: 5, declared: "^18", version: "18.2.0", ...lock, direct: true, dev: false },
    ]);
  });
});
