import { describe, expect, it } from "vitest";
import { detectorFindings } from "./detector-findings.js";
import { npmDetector } from "../detectors/npm/index.js";

// More shapes of a lockfile left behind by an edited package.json (test/npm-lockfile-out-of-date
// has the three lockfile formats): several packages moved at once, a tag that is no range, a
// workspace member's manifest beside the root's lockfile, and pnpm 10's overrides, which live in
// pnpm-workspace.yaml.

const yarnLock = [
  "# yarn lockfile v1",
  "",
  'react@^18.2.0, react@latest:\n  version "18.2.0"',
  "",
  'react-dom@^18.2.0:\n  version "18.2.0"\n  dependencies:\n    react "^18.2.0"',
  "",
  'lodash@^4.17.0:\n  version "4.17.21"',
  "",
].join("\n");

const pnpmLock = [
  "lockfileVersion: '9.0'",
  "importers:",
  "  .:",
  "    dependencies:",
  "      react:",
  "        specifier: ^18.2.0",
  "        version: 18.2.0",
  "",
].join("\n");

async function warnings(files: Record<string, string>) {
  return (await detectorFindings(npmDetector, files)).warnings;
}

describe("an out-of-date lockfile, other shapes", () => {
  it("every package the manifest moved is named in the one warning, in the manifest's order", async () => {
    const manifest = JSON.stringify({ name: "web", dependencies: { "react-dom": "^17.0.2", react: "^17.0.2", lodash: "^4.17.0" } });
    expect(await warnings({ "package.json": manifest, "yarn.lock": yarnLock })).toEqual([
      "yarn.lock: out of date with package.json, which declares react-dom ^17.0.2 (18.2.0 locked, the release written), react ^17.0.2 (18.2.0 locked, the release written): run the package manager's install",
    ]);
  });

  it("a dist-tag is no range a release can be out of", async () => {
    const manifest = JSON.stringify({ name: "web", dependencies: { react: "latest", lodash: "^4.17.0" } });
    expect(await warnings({ "package.json": manifest, "yarn.lock": yarnLock })).toEqual([]);
  });

  it("a member's manifest is named beside the root's lockfile", async () => {
    const files = {
      "package.json": JSON.stringify({ private: true, workspaces: ["apps/*"] }),
      "apps/web/package.json": JSON.stringify({ name: "web", dependencies: { react: "^17.0.2" } }),
      "yarn.lock": yarnLock,
    };
    expect(await warnings(files)).toEqual([
      "yarn.lock: out of date with apps/web/package.json, which declares react ^17.0.2 (18.2.0 locked, the release written): run the package manager's install",
    ]);
  });

  it("pnpm 10's overrides in pnpm-workspace.yaml force the release on purpose; its other keys do not", async () => {
    const manifest = JSON.stringify({ name: "web", dependencies: { react: "^17.0.2" } });
    const forced = { "package.json": manifest, "pnpm-lock.yaml": pnpmLock, "pnpm-workspace.yaml": "packages:\n  - .\noverrides:\n  react: 18.2.0\n" };
    expect(await warnings(forced)).toEqual([]);
    const other = { ...forced, "pnpm-workspace.yaml": "packages:\n  - .\ncatalog:\n  react: 18.2.0\n" };
    expect(await warnings(other)).toHaveLength(1);
  });

  it("an npm override nested under the package that depends on it forces the release too", async () => {
    const manifest = JSON.stringify({ name: "web", dependencies: { react: "^17.0.2" }, overrides: { "react-dom": { react: "18.2.0" } } });
    expect(await warnings({ "package.json": manifest, "yarn.lock": yarnLock })).toEqual([]);
  });
});
