import { describe, expect, it } from "vitest";
import { readPnpmLock } from "../detectors/npm/lockfile/pnpm.js";

// readPnpmLock's answers for each project of a lockfile: which folders it covers and which
// dependencies it links to a workspace folder instead of installing, in the v5 single-project form
// and in v6 and v9 monorepos as pnpm writes them.

const v9 = [
  "lockfileVersion: '9.0'",
  "",
  "settings:",
  "  autoInstallPeers: true",
  "  excludeLinksFromLockfile: false",
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
  "      next:",
  "        specifier: 14.2.4",
  "        version: 14.2.4(react-dom@18.3.1(react@18.3.1))(react@18.3.1)",
  "",
  "  packages/ui:",
  "    dependencies:",
  "      react:",
  "        specifier: ^18.3.1",
  "        version: 18.3.1",
  "",
  "packages:",
  "",
  "  next@14.2.4:",
  "    resolution: {integrity: sha512-a}",
  "",
  "  react@18.3.1:",
  "    resolution: {integrity: sha512-b}",
  "",
  "  turbo@2.0.4:",
  "    resolution: {integrity: sha512-c}",
  "",
].join("\n");

describe("pnpm-lock.yaml importers", () => {
  it("v9: covers each importer's folder, the root as '', and links a workspace: dependency to its folder", () => {
    const lock = readPnpmLock(v9);
    expect(["", "apps/web", "packages/ui", "apps/docs"].map((folder) => lock.covers!(folder))).toEqual([true, true, true, false]);
    expect(lock.links!("@acme/ui", "apps/web")).toBe(true);
    expect(lock.links!("next", "apps/web")).toBe(false);
    expect(lock.links!("@acme/ui", "apps/docs")).toBe(false);
    expect(lock.resolve("@acme/ui", "workspace:*", "apps/web")).toBeUndefined();
    expect(lock.resolve("next", "14.2.4", "apps/web")).toEqual({ version: "14.2.4" });
  });

  it("v6: links written under the importer's version, and the root importer written '.'", () => {
    const v6 = [
      "lockfileVersion: '6.0'",
      "",
      "importers:",
      "",
      "  .:",
      "    dependencies:",
      "      shared:",
      "        specifier: link:./packages/shared",
      "        version: link:packages/shared",
      "",
      "  packages/shared: {}",
      "",
    ].join("\n");
    const lock = readPnpmLock(v6);
    expect(lock.links!("shared", "")).toBe(true);
    expect(lock.covers!("packages/shared")).toBe(true);
  });

  it("v5, one project: the root's links", () => {
    const v5 = ["lockfileVersion: 5.4", "", "specifiers:", "  local-utils: link:./utils", "  lodash: ^4.17.21", "", "dependencies:", "  local-utils: link:utils", "  lodash: 4.17.21", ""].join("\n");
    const lock = readPnpmLock(v5);
    expect(lock.links!("local-utils", "")).toBe(true);
    expect(lock.links!("lodash", "")).toBe(false);
    expect(lock.covers!("")).toBe(true);
    expect(lock.resolve("lodash", "^4.17.21", "")).toEqual({ version: "4.17.21" });
  });

  it("an importer or a dependency section left empty by a hand edit reads as no dependencies", () => {
    const edited = ["lockfileVersion: '9.0'", "", "importers:", "", "  .:", "    dependencies:", "    devDependencies:", "      vite:", "        specifier: ^5.3.1", "        version: 5.3.1", "", "  packages/docs:", ""].join("\n");
    const lock = readPnpmLock(edited);
    expect(lock.resolve("vite", "^5.3.1", "")).toEqual({ version: "5.3.1" });
    expect(lock.covers!("packages/docs")).toBe(true);
    expect(lock.links!("vite", "packages/docs")).toBe(false);
  });
});
