import { describe, expect, it } from "vitest";
import { readPackageLock } from "../detectors/npm/lockfile/package-lock.js";
import { readPnpmLock } from "../detectors/npm/lockfile/pnpm.js";
import { readBunLock } from "../detectors/npm/lockfile/bun.js";

// The range each project's package.json declared when the lockfile resolved its releases: where it
// still equals the manifest's, the locked release is in range and semver need not be asked.

describe("package-lock.json records no range to trust", () => {
  it("its folder entries copy package.json at every save, whatever nested releases stay: none is read as a record", () => {
    const lock = readPackageLock({ lockfileVersion: 3, packages: { "": { name: "acme", devDependencies: { typescript: "~5.4.5" } }, "node_modules/typescript": { version: "5.4.5" } } });
    expect(lock.recordsRange).toBeUndefined();
  });
});

describe("pnpm-lock.yaml: the specifiers an importer records", () => {
  it("v6+'s `specifier` beside each version, per importer", () => {
    const lock = readPnpmLock(
      [
        "lockfileVersion: '9.0'",
        "",
        "importers:",
        "",
        "  .:",
        "    devDependencies:",
        "      turbo:",
        "        specifier: ^2.0.4",
        "        version: 2.0.4",
        "",
        "  apps/web:",
        "    dependencies:",
        "      '@acme/ui':",
        "        specifier: workspace:*",
        "        version: link:../../packages/ui",
        "      react:",
        "        specifier: 18.3.1",
        "        version: 18.3.1",
        "",
      ].join("\n"),
    );
    expect(lock.recordsRange!("turbo", "^2.0.4", "")).toBe(true);
    expect(lock.recordsRange!("react", "18.3.1", "apps/web")).toBe(true);
    expect(lock.recordsRange!("@acme/ui", "workspace:*", "apps/web")).toBe(true);
    expect(lock.recordsRange!("react", "^18.3.1", "apps/web")).toBe(false);
    expect(lock.recordsRange!("turbo", "^2.0.4", "apps/web")).toBe(false);
  });

  it("v5's `specifiers` table, of a single project and of each importer", () => {
    const single = readPnpmLock("lockfileVersion: 5.4\n\nspecifiers:\n  ms: ^2.1.3\n\ndependencies:\n  ms: 2.1.3\n");
    expect(single.recordsRange!("ms", "^2.1.3", "")).toBe(true);
    expect(single.recordsRange!("ms", "^2.1.0", "")).toBe(false);
    const workspace = readPnpmLock(
      ["lockfileVersion: 5.4", "", "importers:", "", "  packages/api:", "    specifiers:", "      express: ^4.19.2", "    dependencies:", "      express: 4.19.2", ""].join("\n"),
    );
    expect(workspace.recordsRange!("express", "^4.19.2", "packages/api")).toBe(true);
  });
});

describe("bun.lock: the ranges each workspace records", () => {
  // As bun 1.2 writes it (JSON with trailing commas, read to data before the reader sees it).
  const lock = readBunLock({
    lockfileVersion: 1,
    workspaces: {
      "": { name: "acme", devDependencies: { turbo: "^2.0.4" } },
      "apps/web": { name: "web", dependencies: { "@acme/ui": "workspace:*", react: "18.3.1" }, optionalDependencies: { fsevents: "~2.3.3" }, peerDependencies: { "react-dom": "^18" } },
      "packages/ui": { name: "@acme/ui", dependencies: { react: "catalog:" } },
    },
    catalog: { react: "^18.3.1" },
    packages: {
      "@acme/ui": ["@acme/ui@workspace:packages/ui"],
      react: ["react@18.3.1", "", {}, "sha512-x"],
      turbo: ["turbo@2.0.4", "", {}, "sha512-y"],
    },
  });

  it("a dependency of any section, per workspace folder", () => {
    expect(lock.recordsRange!("turbo", "^2.0.4", "")).toBe(true);
    expect(lock.recordsRange!("react", "18.3.1", "apps/web")).toBe(true);
    expect(lock.recordsRange!("@acme/ui", "workspace:*", "apps/web")).toBe(true);
    expect(lock.recordsRange!("fsevents", "~2.3.3", "apps/web")).toBe(true);
  });

  it("not a range edited since, another workspace's, a catalog's range (bun records `catalog:`), nor a peer's (bun installs a peer it may leave out of range)", () => {
    expect(lock.recordsRange!("react-dom", "^18", "apps/web")).toBe(false);
    expect(lock.recordsRange!("react", "^18.3.1", "apps/web")).toBe(false);
    expect(lock.recordsRange!("turbo", "^2.0.4", "apps/web")).toBe(false);
    expect(lock.recordsRange!("react", "^18.3.1", "packages/ui")).toBe(false);
    expect(lock.recordsRange!("react", "18.3.1", "packages/missing")).toBe(false);
    expect(lock.recordsRange!("toString", "", "")).toBe(false);
  });
});
