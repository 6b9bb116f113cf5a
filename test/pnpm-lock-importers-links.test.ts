import { describe, expect, it } from "vitest";
import { readPnpmLock } from "../detectors/npm/lockfile/pnpm.js";

// readPnpmLock's answers for each project of a lockfile: which folders it covers and which
// dependencies it links to a workspace folder instead of installing, in the v5 single-project form
// and in v6 and v9 monorepos (blank lines between sections left out, as a YAML reader allows).

const v9 = [
  "lockfileVersion: '9.0'",
  "importers:",
  "  .:",
  "    devDependencies:",
  "      prettier:",
  "        specifier: ^3.3.2",
  "        version: 3.3.2",
  "",
  "  apps/web:",
  "    dependencies:",
  "      next:",
  "        specifier: 14.2.4",
  "        version: 14.2.4(react-dom@18.3.1(react@18.3.1))(react@18.3.1)",
  "      '@shop/design-system':",
  "        specifier: workspace:^",
  "        version: link:../../packages/design-system",
  "",
  "  packages/design-system:",
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
  "  prettier@3.3.2:",
  "    resolution: {integrity: sha512-c}",
  "",
].join("\n");

describe("pnpm-lock.yaml importers", () => {
  it("v9: covers each importer's folder, the root as '', and links a workspace: dependency to its folder", () => {
    const lock = readPnpmLock(v9);
    expect(["", "apps/web", "packages/design-system", "apps/docs"].map((folder) => lock.covers!(folder))).toEqual([true, true, true, false]);
    expect(lock.links!("@shop/design-system", "apps/web")).toBe(true);
    expect(lock.links!("next", "apps/web")).toBe(false);
    expect(lock.links!("@shop/design-system", "apps/docs")).toBe(false);
    expect(lock.resolve("@shop/design-system", "workspace:^", "apps/web")).toBeUndefined();
    expect(lock.resolve("next", "14.2.4", "apps/web")).toEqual({ version: "14.2.4" });
  });

  it("v6: links written under the importer's version, and the root importer written '.'", () => {
    const v6 = [
      "lockfileVersion: '6.0'",
      "importers:",
      "  .:",
      "    dependencies:",
      "      '@shop/config':",
      "        specifier: link:./packages/config",
      "        version: link:packages/config",
      "  packages/config: {}",
    ].join("\n");
    const lock = readPnpmLock(v6);
    expect(lock.links!("@shop/config", "")).toBe(true);
    expect(lock.covers!("packages/config")).toBe(true);
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
