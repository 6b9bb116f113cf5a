import { afterEach, describe, expect, it, vi } from "vitest";
import semver from "semver";
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

// Stop 69's check asked semver about every locked dependency (3 -> 13 ms of a 100,000-file scan).
// pnpm writes an importer's `specifier` with the release it resolved for it: where the specifier
// is still the manifest's range, the release is in it, and only a range edited since is checked.
// package-lock.json's entry for a folder is no such record: npm copies the folder's package.json
// into it at every save, also where a nested release it keeps is out of range (seen in two
// workspaces of the dev corpus), so each of its releases is checked.
describe("a lockfile that records the manifest's ranges unchanged", () => {
  afterEach(() => void vi.restoreAllMocks());

  const pnpm = (react: string, version = "17.0.2") =>
    ["lockfileVersion: '9.0'", "importers:", "  .:", "    dependencies:", "      react:", `        specifier: ${react}`, `        version: ${version}`, "      lodash:", "        specifier: ^4.17.0", "        version: 4.17.21", ""].join("\n");

  it("pnpm-lock.yaml: no range asked of semver, the same findings", async () => {
    const satisfies = vi.spyOn(semver, "satisfies");
    expect(await read({ "package.json": manifest(), "pnpm-lock.yaml": pnpm("^17.0.0") })).toEqual({ react: "17.0.2", warnings: [] });
    expect(satisfies).not.toHaveBeenCalled();
  });

  it("pnpm-lock.yaml: only a specifier edited since is checked; a range a workspace catalog names always is", async () => {
    const satisfies = vi.spyOn(semver, "satisfies");
    // lodash's specifier recorded unchanged, react's moved from ^18.2.0 (the lockfile above).
    expect((await read({ "package.json": manifest(), "pnpm-lock.yaml": pnpmLock })).warnings).toHaveLength(1);
    expect(satisfies).toHaveBeenCalledTimes(1);
    // `catalog:` recorded unchanged, the catalog's range moved: pnpm-workspace.yaml was edited.
    const catalog = { "package.json": manifest({ dependencies: { react: "catalog:", lodash: "^4.17.0" } }), "pnpm-workspace.yaml": "catalog:\n  react: ^17.0.0\n", "pnpm-lock.yaml": pnpm("'catalog:'", "18.2.0") };
    expect((await read(catalog)).warnings).toEqual([
      "pnpm-lock.yaml: out of date with package.json, which declares react ^17.0.0 (18.2.0 locked, the release written): run the package manager's install",
    ]);
  });

  it("package-lock.json: a workspace's entry that copies its range, its own nested release out of it, still warns", async () => {
    const tree = {
      "package.json": JSON.stringify({ name: "load-tools", private: true, workspaces: ["packages/*"] }),
      "packages/engine-metrics/package.json": JSON.stringify({ name: "engine-metrics", dependencies: { "posthog-node": "^2.2.3" } }),
      "package-lock.json": JSON.stringify({
        lockfileVersion: 3,
        packages: {
          "": { name: "load-tools", workspaces: ["packages/*"] },
          "packages/engine-metrics": { name: "engine-metrics", dependencies: { "posthog-node": "^2.2.3" } },
          "node_modules/engine-metrics": { resolved: "packages/engine-metrics", link: true },
          "node_modules/posthog-node": { version: "2.6.0" },
          "packages/engine-metrics/node_modules/posthog-node": { version: "3.1.1" },
        },
      }),
    };
    const { findings, warnings } = await detectorFindings(npmDetector, tree);
    expect(findings.find((f) => f.ref === "npm:posthog-node" && f.file === "packages/engine-metrics/package.json")?.version).toBe("3.1.1");
    expect(warnings).toEqual([
      "package-lock.json: out of date with packages/engine-metrics/package.json, which declares posthog-node ^2.2.3 (3.1.1 locked, the release written): run the package manager's install",
    ]);
  });

  // bun.lock (the text format, bun 1.2+) records each workspace's declared ranges as package.json
  // gave them when bun installed it, beside the releases it resolved.
  const bunLock = (react: string, version = "17.0.2") =>
    [
      "{",
      '  "lockfileVersion": 1,',
      '  "workspaces": {',
      '    "": {',
      '      "name": "app",',
      '      "dependencies": {',
      `        "lodash": "^4.17.0",`,
      `        "react": "${react}",`,
      "      },",
      "    },",
      "  },",
      '  "packages": {',
      '    "js-tokens": ["js-tokens@4.0.0", "", {}, "sha512-RdJUflcE3cUzKiMqQgsCu06FPu9UdIJO0beYbPhHN4k6apgJtifcoCtT9bcxOpYBtpD2kCM6Sbzg4CausW/PKQ=="],',
      '    "lodash": ["lodash@4.17.21", "", {}, "sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ+LFTGHVxVjcXPs17LhbZVGedAJv8XZ1tvj5FvSg=="],',
      '    "loose-envify": ["loose-envify@1.4.0", "", { "dependencies": { "js-tokens": "^3.0.0 || ^4.0.0" }, "bin": { "loose-envify": "cli.js" } }, "sha512-lyuxPGr/Wfhrlem2CL/UcnUc1zcqKAImBDzukY7Y5F/yQiNdko6+fRLevlw1HgMySw7f611UIY408EtxRSoK3Q=="],',
      `    "react": ["react@${version}", "", { "dependencies": { "loose-envify": "^1.1.0", "object-assign": "^4.1.1" } }, "sha512-gnhPt75i/dq/z3/6q/0asP78D0u592D5L1pd7M8P+dck6Fu/jJeL6iVVK23fptSUZj8Vjf++7wXA8UNclGQcbA=="],`,
      "  },",
      "}",
      "",
    ].join("\n");

  it("bun.lock: no range asked of semver where each is recorded unchanged; a range edited since still warns", async () => {
    const satisfies = vi.spyOn(semver, "satisfies");
    expect(await read({ "package.json": manifest(), "bun.lock": bunLock("^17.0.0") })).toEqual({ react: "17.0.2", warnings: [] });
    expect(satisfies).not.toHaveBeenCalled();
    // react's range moved from ^18.2.0 in package.json, the lockfile not reinstalled.
    expect(await read({ "package.json": manifest(), "bun.lock": bunLock("^18.2.0", "18.2.0") })).toEqual({
      react: "18.2.0",
      warnings: ["bun.lock: out of date with package.json, which declares react ^17.0.0 (18.2.0 locked, the release written): run the package manager's install"],
    });
    expect(satisfies).toHaveBeenCalledTimes(1);
  });

  it("a pnpm override's release under a specifier recorded unchanged: no warning, as before", async () => {
    const forced = { "package.json": manifest({ pnpm: { overrides: { react: "18.2.0" } } }), "pnpm-lock.yaml": pnpm("^17.0.0", "18.2.0") };
    expect(await read(forced)).toEqual({ react: "18.2.0", warnings: [] });
  });
});
