import { describe, expect, it } from "vitest";
import { compact, detectorFindings } from "./detector-findings.js";
import { npmDetector } from "../detectors/npm/index.js";

const npm = (files: Record<string, string>) => detectorFindings(npmDetector, files, "file, ref, line");
const json = (value: unknown) => JSON.stringify(value, null, 2);

// A package.json below a project whose lockfile does not install it (an example app or a docs
// site outside the workspaces, without a lockfile of its own): the project's lockfile is not its
// record. The copy at the lockfile's top level is what Node.js would find from there, so it gives
// its release only where the example's range allows it; else the range's lowest release stands.

const example = json({ name: "cra-demo", private: true, dependencies: { react: "^16.8.0", typescript: "~3.8.0", rollup: "^3.0.0" } });

describe("a folder the lockfile above it does not install", () => {
  it("package-lock.json v3: no `packages` entry for the folder, so the hoisted copy only within range", async () => {
    const lock = {
      name: "my-lib",
      lockfileVersion: 3,
      requires: true,
      packages: {
        "": { name: "my-lib", devDependencies: { react: "^18.2.0", rollup: "^3.0.0", typescript: "^5.1.0" } },
        "node_modules/react": { version: "18.2.0", dev: true, license: "MIT" },
        "node_modules/rollup": { version: "3.29.4", dev: true, license: "MIT" },
        "node_modules/typescript": { version: "5.2.2", dev: true, license: "Apache-2.0" },
      },
    };
    const { findings } = await npm({
      "package.json": json({ name: "my-lib", devDependencies: { react: "^18.2.0", rollup: "^3.0.0", typescript: "^5.1.0" } }),
      "package-lock.json": json(lock),
      "examples/cra-demo/package.json": example,
    });
    expect(compact(findings.filter((f) => f.file === "examples/cra-demo/package.json"))).toEqual([
      "npm:react@5 ^16.8.0 ->16.8.0 direct",
      "npm:rollup@7 ^3.0.0 ->3.29.4 (package-lock.json) direct",
      "npm:typescript@6 ~3.8.0 ->3.8.0 direct",
    ]);
    // The root keeps its own.
    expect(compact(findings.filter((f) => f.file === "package.json" && f.ref === "npm:react"))).toEqual(["npm:react@4 ^18.2.0 ->18.2.0 (package-lock.json) direct dev"]);
  });

  it("a folder named `__proto__` is no workspace package a lockfile records (package-lock.json and bun.lock look up their own keys only)", async () => {
    const root = json({ name: "my-lib", devDependencies: { react: "^18.2.0" } });
    const packageLock = json({ lockfileVersion: 3, packages: { "": { name: "my-lib" }, "node_modules/react": { version: "18.2.0" } } });
    const bunLock = json({ lockfileVersion: 1, workspaces: { "": { name: "my-lib", devDependencies: { react: "^18.2.0" } } }, packages: { react: ["react@18.2.0", "", {}, "sha512-x"] } });
    for (const [name, lock] of [["package-lock.json", packageLock], ["bun.lock", bunLock]]) {
      const { findings } = await npm({ "package.json": root, [name!]: lock!, "__proto__/package.json": json({ name: "demo", dependencies: { react: "^16.8.0" } }) });
      expect(compact(findings.filter((f) => f.file === "__proto__/package.json")), name).toEqual(["npm:react@4 ^16.8.0 ->16.8.0 direct"]);
    }
  });

  it("package-lock.json v3: a workspace package it records still falls back to the hoisted copy, whatever its range", async () => {
    const lock = {
      lockfileVersion: 3,
      packages: {
        "": { name: "mono", workspaces: ["packages/*"] },
        "node_modules/@mono/app": { resolved: "packages/app", link: true },
        "node_modules/webpack": { version: "5.90.0" },
        "packages/app": { name: "@mono/app", dependencies: { webpack: "^4.0.0" } },
      },
    };
    const { findings } = await npm({
      "package.json": json({ name: "mono", private: true, workspaces: ["packages/*"] }),
      "package-lock.json": json(lock),
      "packages/app/package.json": json({ name: "@mono/app", dependencies: { webpack: "^4.0.0" } }),
    });
    expect(compact(findings.filter((f) => f.file === "packages/app/package.json"))).toEqual(["npm:webpack@4 ^4.0.0 ->5.90.0 (package-lock.json) direct"]);
  });

  it("pnpm-lock.yaml v9: no importer for the folder, so a package's one release only within range", async () => {
    const lock = [
      "lockfileVersion: '9.0'",
      "",
      "importers:",
      "",
      "  .:",
      "    devDependencies:",
      "      react:",
      "        specifier: ^18.2.0",
      "        version: 18.3.1",
      "      rollup:",
      "        specifier: ^3.0.0",
      "        version: 3.29.4",
      "",
      "packages:",
      "",
      "  react@18.3.1:",
      "    resolution: {integrity: sha512-abc}",
      "",
      "  rollup@3.29.4:",
      "    resolution: {integrity: sha512-abc}",
      "",
      "  typescript@5.4.5:",
      "    resolution: {integrity: sha512-abc}",
      "",
      "snapshots:",
      "",
      "  react@18.3.1: {}",
      "",
      "  rollup@3.29.4: {}",
      "",
      "  typescript@5.4.5: {}",
      "",
    ].join("\n");
    const { findings } = await npm({
      "package.json": json({ name: "ui-kit", devDependencies: { react: "^18.2.0", rollup: "^3.0.0" } }),
      "pnpm-lock.yaml": lock,
      "docs/example/package.json": example,
    });
    expect(compact(findings.filter((f) => f.file === "docs/example/package.json"))).toEqual([
      "npm:react@5 ^16.8.0 ->16.8.0 direct",
      "npm:rollup@7 ^3.0.0 ->3.29.4 (pnpm-lock.yaml) direct",
      "npm:typescript@6 ~3.8.0 ->3.8.0 direct",
    ]);
  });

  it("bun.lock: no workspace for the folder, so the hoisted copy only within range", async () => {
    const lock = [
      "{",
      '  "lockfileVersion": 1,',
      '  "workspaces": {',
      '    "": {',
      '      "name": "ui-kit",',
      '      "devDependencies": {',
      '        "react": "^18.2.0",',
      '        "rollup": "^3.0.0",',
      "      },",
      "    },",
      "  },",
      '  "packages": {',
      '    "react": ["react@18.3.1", "", {}, "sha512-abc"],',
      '    "rollup": ["rollup@3.29.4", "", {}, "sha512-abc"],',
      '    "typescript": ["typescript@5.4.5", "", {}, "sha512-abc"],',
      "  }",
      "}",
    ].join("\n");
    const { findings } = await npm({
      "package.json": json({ name: "ui-kit", devDependencies: { react: "^18.2.0", rollup: "^3.0.0" } }),
      "bun.lock": lock,
      "examples/cra-demo/package.json": example,
    });
    expect(compact(findings.filter((f) => f.file === "examples/cra-demo/package.json"))).toEqual([
      "npm:react@5 ^16.8.0 ->16.8.0 direct",
      "npm:rollup@7 ^3.0.0 ->3.29.4 (bun.lock) direct",
      "npm:typescript@6 ~3.8.0 ->3.8.0 direct",
    ]);
  });
});

// The other way round: a workspace package the root's lockfile records, with a lockfile of its own
// left inside it (from before it joined the workspaces). npm, pnpm and Bun install it from the
// root's; the one inside is not read.
describe("a lockfile left inside a workspace package the root's lockfile records", () => {
  const app = json({ name: "@mono/app", dependencies: { express: "^4.18.0" } });
  const stale = json({ name: "@mono/app", lockfileVersion: 2, packages: { "": { dependencies: { express: "^4.17.0" } }, "node_modules/express": { version: "4.17.1" } } });

  it("package-lock.json v3 at the root with a `packages/app` entry: the root's", async () => {
    const root = {
      lockfileVersion: 3,
      packages: {
        "": { name: "mono", workspaces: ["packages/*"] },
        "node_modules/@mono/app": { resolved: "packages/app", link: true },
        "node_modules/express": { version: "4.19.2" },
        "packages/app": { name: "@mono/app", dependencies: { express: "^4.18.0" } },
      },
    };
    const { findings } = await npm({
      "package.json": json({ name: "mono", private: true, workspaces: ["packages/*"] }),
      "package-lock.json": json(root),
      "packages/app/package.json": app,
      "packages/app/package-lock.json": stale,
    });
    expect(compact(findings.filter((f) => f.file === "packages/app/package.json"))).toEqual(["npm:express@4 ^4.18.0 ->4.19.2 (package-lock.json) direct"]);
  });

  it("pnpm-lock.yaml with an importer for the folder: the root's; without one (no shared lockfile), the folder's own", async () => {
    const root = (importers: string) =>
      ["lockfileVersion: '9.0'", "", "importers:", "", "  .: {}", "", importers, "packages:", "", "  express@4.19.2:", "    resolution: {integrity: sha512-abc}", ""].join("\n");
    const own = ["lockfileVersion: '9.0'", "", "importers:", "", "  .:", "    dependencies:", "      express:", "        specifier: ^4.18.0", "        version: 4.18.3", ""].join("\n");
    const files = { "package.json": json({ name: "mono", private: true }), "pnpm-workspace.yaml": "packages:\n  - packages/*\n", "packages/app/package.json": app, "packages/app/pnpm-lock.yaml": own };
    const shared = await npm({ ...files, "pnpm-lock.yaml": root("  packages/app:\n    dependencies:\n      express:\n        specifier: ^4.18.0\n        version: 4.19.2\n") });
    expect(compact(shared.findings.filter((f) => f.file === "packages/app/package.json"))).toEqual(["npm:express@4 ^4.18.0 ->4.19.2 (pnpm-lock.yaml) direct"]);
    const separate = await npm({ ...files, "pnpm-lock.yaml": root("") });
    expect(compact(separate.findings.filter((f) => f.file === "packages/app/package.json"))).toEqual(["npm:express@4 ^4.18.0 ->4.18.3 (packages/app/pnpm-lock.yaml) direct"]);
  });

  it("yarn.lock, which does not record its workspaces: the folder's own, as before", async () => {
    const { findings } = await npm({
      "package.json": json({ name: "mono", private: true, workspaces: ["packages/*"] }),
      "yarn.lock": '# yarn lockfile v1\n\n\nexpress@^4.18.0:\n  version "4.19.2"\n',
      "packages/app/package.json": app,
      "packages/app/yarn.lock": '# yarn lockfile v1\n\n\nexpress@^4.18.0:\n  version "4.18.1"\n',
    });
    expect(compact(findings.filter((f) => f.file === "packages/app/package.json"))).toEqual(["npm:express@4 ^4.18.0 ->4.18.1 (packages/app/yarn.lock) direct"]);
  });
});

// Yarn Berry's lockfile does record its workspaces (`resolution: "api@workspace:apps/api"`, the
// root's `workspace:.`); Yarn 1's does not, and keeps the nearest lockfile and every copy.
describe("yarn.lock (Berry) and the folders it installs", () => {
  const berry = [
    "__metadata:",
    "  version: 8",
    "  cacheKey: 10c0",
    "",
    '"api@workspace:apps/api":',
    "  version: 0.0.0-use.local",
    '  resolution: "api@workspace:apps/api"',
    "  dependencies:",
    '    express: "npm:^4.18.0"',
    "  languageName: unknown",
    "  linkType: soft",
    "",
    '"express@npm:^4.18.0":',
    "  version: 4.19.2",
    '  resolution: "express@npm:4.19.2"',
    "  languageName: node",
    "  linkType: hard",
    "",
    '"mono@workspace:.":',
    "  version: 0.0.0-use.local",
    '  resolution: "mono@workspace:."',
    "  languageName: unknown",
    "  linkType: soft",
    "",
  ].join("\n");
  const root = json({ name: "mono", private: true, workspaces: ["apps/*"], packageManager: "yarn@4.1.1" });

  it("an example outside the workspaces takes the one locked copy only within its range", async () => {
    const { findings } = await npm({
      "package.json": root,
      "yarn.lock": berry,
      "apps/api/package.json": json({ name: "api", dependencies: { express: "^4.18.0" } }),
      "examples/legacy/package.json": json({ name: "legacy-demo", dependencies: { express: "^3.21.0" } }),
      "examples/current/package.json": json({ name: "current-demo", dependencies: { express: "^4.0.0" } }),
    });
    expect(compact(findings.filter((f) => f.ref === "npm:express" && f.direct))).toEqual([
      "npm:express@4 ^4.18.0 ->4.19.2 (yarn.lock) direct",
      "npm:express@4 ^4.0.0 ->4.19.2 (yarn.lock) direct",
      "npm:express@4 ^3.21.0 ->3.21.0 direct",
    ]);
  });

  it("a workspace package it records takes the root's, not a yarn.lock left inside it", async () => {
    const { findings } = await npm({
      "package.json": root,
      "yarn.lock": berry,
      "apps/api/package.json": json({ name: "api", dependencies: { express: "^4.18.0" } }),
      "apps/api/yarn.lock": '# yarn lockfile v1\n\n\nexpress@^4.18.0:\n  version "4.18.1"\n',
    });
    expect(compact(findings.filter((f) => f.ref === "npm:express" && f.direct))).toEqual(["npm:express@4 ^4.18.0 ->4.19.2 (yarn.lock) direct"]);
  });
});
