import { describe, expect, it } from "vitest";
import { detectorFindings } from "./detector-findings.js";
import { npmDetector } from "../detectors/npm/index.js";

// Stop 71's mutation round of detectors/npm/stale-lock.ts: ranges npm reads loosely (a prerelease
// written without its hyphen, as older packages did) are ranges a locked release can be out of; a
// pnpm workspace whose root holds no package.json (pnpm-workspace.yaml names the members) still warns.
const pnpmLock = (specifier: string) =>
  [
    "lockfileVersion: '9.0'",
    "importers:",
    "  apps/web:",
    "    dependencies:",
    "      react:",
    `        specifier: ${specifier}`,
    "        version: 18.2.0",
    "",
  ].join("\n");

describe("an out-of-date lockfile: loose ranges, a root without package.json", () => {
  it("a prerelease range written without its hyphen is read as npm reads it", async () => {
    const yarnLock = '# yarn lockfile v1\n\nreact@^18.2.0:\n  version "18.2.0"\n';
    const manifest = JSON.stringify({ name: "web", dependencies: { react: "^17.0.0rc3" } });
    expect((await detectorFindings(npmDetector, { "package.json": manifest, "yarn.lock": yarnLock })).warnings).toEqual([
      "yarn.lock: out of date with package.json, which declares react ^17.0.0rc3 (18.2.0 locked, the release written): run the package manager's install",
    ]);
  });

  it("a pnpm workspace with no package.json at its root", async () => {
    const files = {
      "pnpm-workspace.yaml": "packages:\n  - apps/*\n",
      "pnpm-lock.yaml": pnpmLock("^18.2.0"),
      "apps/web/package.json": JSON.stringify({ name: "web", dependencies: { react: "^17.0.2" } }),
    };
    const { warnings } = await detectorFindings(npmDetector, files);
    expect(warnings).toEqual([
      "pnpm-lock.yaml: out of date with apps/web/package.json, which declares react ^17.0.2 (18.2.0 locked, the release written): run the package manager's install",
    ]);
  });
});
