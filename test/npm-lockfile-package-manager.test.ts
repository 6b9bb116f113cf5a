import { describe, expect, it } from "vitest";
import { compact, detectorFindings } from "./detector-findings.js";
import { npmDetector } from "../detectors/npm/index.js";

const npm = (files: Record<string, string>) => detectorFindings(npmDetector, files, "file, ref, line");
const json = (value: unknown) => JSON.stringify(value, null, 2);

// A folder with two lockfiles (a package-lock.json left behind by a move to pnpm or Yarn): the
// package manager its package.json names writes the one in use.

const staleNpm = json({ lockfileVersion: 3, packages: { "": { dependencies: { next: "^13.0.0" } }, "node_modules/next": { version: "13.5.6" } } });
const pnpmLock = [
  "lockfileVersion: '9.0'",
  "",
  "importers:",
  "",
  "  .:",
  "    dependencies:",
  "      next:",
  "        specifier: ^14.0.0",
  "        version: 14.2.4(react@18.3.1)",
  "",
  "packages:",
  "",
  "  next@14.2.4:",
  "    resolution: {integrity: sha512-abc}",
  "",
].join("\n");
const yarnLock = ["# yarn lockfile v1", "", "", "next@^14.0.0:", '  version "14.1.0"', ""].join("\n");

describe("the lockfile of the package manager package.json names", () => {
  it("pnpm@9.4.0 (with a hash): pnpm-lock.yaml, not the package-lock.json beside it", async () => {
    const { findings } = await npm({
      "package.json": json({ name: "moved", dependencies: { next: "^14.0.0" }, packageManager: "pnpm@9.4.0+sha512.f549b8a52c9d2b8536762f99c0722205efc5af913e77835dbccc3b0b0b2ca9e7dc8022b78062c17291c48e88749c70ce88eb5a74f1fa8c4bf5e18bb46c8bd83a" }),
      "package-lock.json": staleNpm,
      "pnpm-lock.yaml": pnpmLock,
    });
    expect(compact(findings.filter((f) => f.ref === "npm:next"))).toEqual(["npm:next@4 ^14.0.0 ->14.2.4 (pnpm-lock.yaml) direct"]);
  });

  it("yarn@1.22.22: yarn.lock; without packageManager, package-lock.json as before", async () => {
    const files = { "package-lock.json": staleNpm, "yarn.lock": yarnLock };
    const yarn = await npm({ ...files, "package.json": json({ name: "moved", dependencies: { next: "^14.0.0" }, packageManager: "yarn@1.22.22" }) });
    expect(compact(yarn.findings.filter((f) => f.ref === "npm:next"))).toEqual(["npm:next@4 ^14.0.0 ->14.1.0 (yarn.lock) direct"]);
    const none = await npm({ ...files, "package.json": json({ name: "moved", dependencies: { next: "^14.0.0" } }) });
    expect(compact(none.findings.filter((f) => f.ref === "npm:next"))).toEqual(["npm:next@4 ^14.0.0 ->13.5.6 (package-lock.json) direct"]);
  });

  it("a manager named like an object's own property is no manager", async () => {
    const { findings, warnings } = await npm({
      "package.json": json({ name: "odd", dependencies: { next: "^14.0.0" }, packageManager: "constructor@1.0.0" }),
      "package-lock.json": staleNpm,
      "yarn.lock": yarnLock,
    });
    // No word of the manager; the stale package-lock.json read is said to be out of date.
    expect(warnings).toEqual(["package-lock.json: out of date with package.json, which declares next ^14.0.0 (13.5.6 locked, the release written): run the package manager's install"]);
    expect(compact(findings.filter((f) => f.ref === "npm:next"))).toEqual(["npm:next@4 ^14.0.0 ->13.5.6 (package-lock.json) direct"]);
  });
});
