import { describe, expect, it } from "vitest";
import { detectorFindings } from "./detector-findings.js";
import { npmDetector } from "../detectors/npm/index.js";

// A lockfile not reinstalled after package.json's range moved (h69-r: `react: ^17.0.0` against a
// lock of 18.2.0 in yarn.lock, package-lock.json and pnpm-lock.yaml) gave 18.2.0 without a word.
// The locked release is what is installed, so it is kept, and the lockfile named out of date.

const manifest = (extra: Record<string, unknown> = {}) => JSON.stringify({ name: "app", dependencies: { react: "^17.0.0", lodash: "^4.17.0" }, ...extra });
const yarnLock = ["# yarn lockfile v1", "", 'react@^18.2.0:\n  version "18.2.0"', "", 'lodash@^4.17.0:\n  version "4.17.21"', ""].join("\n");
const packageLock = JSON.stringify({
  lockfileVersion: 3,
  packages: { "": { dependencies: { react: "^18.2.0", lodash: "^4.17.0" } }, "node_modules/react": { version: "18.2.0" }, "node_modules/lodash": { version: "4.17.21" } },
});
const pnpmLock = [
  "lockfileVersion: '9.0'",
  "importers:",
  "  .:",
  "    dependencies:",
  "      react:",
  "        specifier: ^18.2.0",
  "        version: 18.2.0",
  "      lodash:",
  "        specifier: ^4.17.0",
  "        version: 4.17.21",
  "",
].join("\n");

async function read(files: Record<string, string>) {
  const { findings, warnings } = await detectorFindings(npmDetector, files);
  return { react: findings.find((f) => f.ref === "npm:react")?.version, warnings };
}

describe("a locked release the declared range does not allow", () => {
  it.each([
    ["yarn.lock", yarnLock],
    ["package-lock.json", packageLock],
    ["pnpm-lock.yaml", pnpmLock],
  ])("%s: kept, and the lockfile named out of date with the manifest", async (lock, text) => {
    expect(await read({ "package.json": manifest(), [lock]: text })).toEqual({
      react: "18.2.0",
      warnings: [`${lock}: out of date with package.json, which declares react ^17.0.0 (18.2.0 locked, the release written): run the package manager's install`],
    });
  });

  it("no warning where an override, resolution or pnpm override forces the release on purpose", async () => {
    for (const extra of [{ overrides: { react: "18.2.0" } }, { resolutions: { "**/react": "18.2.0" } }, { pnpm: { overrides: { "react@<18": "18.2.0" } } }]) {
      expect(await read({ "package.json": manifest(extra), "yarn.lock": yarnLock })).toEqual({ react: "18.2.0", warnings: [] });
    }
    // A member's dependency forced by the root's table, in the lockfile's folder.
    const member = { "package.json": JSON.stringify({ workspaces: ["app"], overrides: { react: "18.2.0" } }), "app/package.json": manifest(), "yarn.lock": yarnLock };
    expect((await read(member)).warnings).toEqual([]);
  });

  it("an override key names one package exactly: a path's or chain's last, its range left off; `@types/react` is not react", async () => {
    const forced = [{ "foo@1.0.0/react": "18.2.0" }, { "@acme/ui/**/react": "18.2.0" }, { "foo>react@<18": "18.2.0" }, { "react@npm:^17": "18.2.0" }];
    for (const resolutions of forced) expect((await read({ "package.json": manifest({ resolutions }), "yarn.lock": yarnLock })).warnings).toEqual([]);
    const other = [{ overrides: { "@types/react": "18.2.0" } }, { resolutions: { "**/@types/react": "18.2.0" } }, { pnpm: { overrides: { "foo>@types/react@<18": "18.2.0", "preact@10": "10.0.0" } } }];
    for (const extra of other) expect((await read({ "package.json": manifest(extra), "yarn.lock": yarnLock })).warnings).toHaveLength(1);
  });
});
