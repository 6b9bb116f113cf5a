import { describe, expect, it } from "vitest";
import { readPnpmLock } from "../detectors/npm/lockfile/pnpm.js";

// pnpm 10 keeps the package manager it installs for the project (`packageManager` with
// managePackageManagerVersions) in a first YAML document of pnpm-lock.yaml; the project's own
// lockfile is the second document.
describe("pnpm-lock.yaml with two documents", () => {
  it("the project's importers come from the second document", () => {
    const lock = readPnpmLock(
      [
        "---",
        "lockfileVersion: '9.0'",
        "",
        "importers:",
        "",
        "  .:",
        "    packageManagerDependencies:",
        "      pnpm:",
        "        specifier: 10.2.0",
        "        version: 10.2.0",
        "",
        "packages:",
        "",
        "  pnpm@10.2.0:",
        "    resolution: {integrity: sha512-x}",
        "",
        "snapshots:",
        "",
        "  pnpm@10.2.0: {}",
        "",
        "---",
        "lockfileVersion: '9.0'",
        "",
        "settings:",
        "  autoInstallPeers: true",
        "  excludeLinksFromLockfile: false",
        "",
        "importers:",
        "",
        "  .:",
        "    dependencies:",
        "      react:",
        "        specifier: ^18.2.0",
        "        version: 18.3.1",
        "",
        "packages:",
        "",
        "  react@18.3.1:",
        "    resolution: {integrity: sha512-x}",
        "",
      ].join("\n"),
    );
    expect(lock.resolve("react", "^18.2.0", "")?.version).toBe("18.3.1");
    expect(lock.resolve("pnpm", "10.2.0", "")).toBeUndefined();
  });
});
