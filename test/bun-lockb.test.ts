import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBunLockb } from "../detectors/npm/lockfile/bun-binary.js";
import type { Lockfile } from "../detectors/npm/lockfile/types.js";
import { MemorySource, scan } from "../src/index.js";
import { fixture, readTree } from "./helpers.js";

const bytes = (name: string) => readFileSync(join(fixture(name), "bun.lockb"));

function lockfile(name: string): Lockfile {
  const reading = readBunLockb(bytes(name));
  if (!("lockfile" in reading)) throw new Error(reading.problem);
  return reading.lockfile;
}

/**
 * Each fixture's versions, by importer folder, as `bun bun.lockb` printed them (yarn.lock text)
 * from the release that wrote the file; undefined where the entry holds no registry release.
 */
const EXPECTED: Record<string, { release: string; format: number; importers: Record<string, Record<string, string | undefined>> }> = {
  // A React/Vite app: scoped names, names of 8 bytes or fewer (stored inline) and longer (in the
  // string buffer), an npm alias, a tarball URL.
  "bun-lockb-app": {
    release: "1.1.38",
    format: 2,
    importers: {
      "": {
        "@tanstack/react-query": "5.108.4", // "@tanstack/react-query@^5.59.0": version "5.108.4"
        ms: "2.1.3", // ms@^2.1.3: version "2.1.3"
        react: "18.3.1", // react@>=16.8, "react@^18 || ^19", react@^18.3.1: version "18.3.1"
        "react-dom": "18.3.1", // react-dom@>=16.8, react-dom@^18.3.1: version "18.3.1"
        "react-router-dom": "6.28.0", // react-router-dom@6.28.0: version "6.28.0"
        "string-width-cjs": "4.2.3", // "string-width@npm:string-width@^4.2.0": version "4.2.3"
        "ms-tarball": undefined, // "ms@https://registry.npmjs.org/ms/-/ms-2.1.2.tgz": version "https://..."
        "@types/react": "18.3.32", // "@types/react@^18.3.12": version "18.3.32"
        typescript: "5.6.3", // typescript@~5.6.2: version "5.6.3"
        vite: "5.4.21", // vite@^5.4.10: version "5.4.21"
        // Not declared, installed once: its only copy.
        nanoid: "3.3.20", // nanoid@^3.3.20: version "3.3.20"
      },
    },
  },
  // A workspace monorepo first locked by bun 1.0.36, then re-locked by 1.2.23 (format 3): two
  // React majors, a workspace link, a pre-release.
  "bun-lockb-workspaces": {
    release: "1.2.23",
    format: 3,
    importers: {
      "": {
        typescript: "5.7.0-beta", // "typescript@5.7.0-beta": version "5.7.0-beta"
        prettier: "3.10.1", // prettier@^3.3.3: version "3.10.1"
        // Installed in two versions (react@17.0.2 and react@^18.3.1): neither is the root's.
        react: undefined,
        scheduler: undefined,
      },
      "apps/web": {
        "@scratch/ui": undefined, // "@scratch/ui@packages/ui": version "workspace:packages/ui"
        react: "18.3.1", // react@>=17, react@^18.3.1: version "18.3.1"
        "react-dom": "18.3.1", // react-dom@^18.3.1: version "18.3.1"
        zod: "3.25.76", // zod@^3.23.8: version "3.25.76"
        picocolors: "1.1.0", // picocolors@1.1.0: version "1.1.0"
      },
      "apps/legacy": {
        react: "17.0.2", // react@17.0.2: version "17.0.2"
        "react-dom": "17.0.2", // react-dom@17.0.2: version "17.0.2"
        "lodash-es": "4.17.23", // lodash-es@~4.17.21: version "4.17.23"
        classnames: "2.5.1", // classnames@^2.5.1: version "2.5.1"
      },
      "packages/ui": {
        clsx: "2.1.1", // clsx@^2.1.1: version "2.1.1"
        ms: "2.1.2", // ms@2.1.2: version "2.1.2"
        nanoid: "5.1.16", // nanoid@^5.0.9: version "5.1.16"
        react: "18.3.1", // react@>=17 (a peer): version "18.3.1"
      },
    },
  },
  // bun 1.0.2, before lockfiles recorded workspace versions: a dist-tag and two chalk majors.
  "bun-lockb-legacy": {
    release: "1.0.2",
    format: 2,
    importers: {
      "": {
        chalk: "4.1.2", // chalk@^4.1.2: version "4.1.2"
        dotenv: "18.0.10", // dotenv@latest: version "18.0.10"
        "@types/node": "20.9.5", // "@types/node@^20.8.0": version "20.9.5"
        "bun-types": "1.0.2", // bun-types@1.0.2: version "1.0.2"
      },
      "packages/server": {
        chalk: "5.6.2", // chalk@^5.3.0: version "5.6.2"
        hono: "3.9.2", // hono@^3.7.2: version "3.9.2"
        uuid: "9.0.1", // uuid@9.0.1: version "9.0.1"
      },
    },
  },
};

/** Where the last of the six arrays (the string bytes) ends: the u64 before its description. */
function stringBytesEnd(whole: Buffer): number {
  const description = whole.lastIndexOf("\n<u8> 1 sizeof, 1 alignof\n");
  return Number(whole.readBigUInt64LE(description - 8));
}

describe("bun.lockb", () => {
  for (const [name, { release, format, importers }] of Object.entries(EXPECTED)) {
    it(`${name} (bun ${release}, format ${format}): every declared package's version`, () => {
      expect(bytes(name).readUInt32LE(42)).toBe(format);
      const lock = lockfile(name);
      for (const [importer, packages] of Object.entries(importers)) {
        for (const [pkg, version] of Object.entries(packages)) {
          expect(lock.resolve(pkg, "*", importer)?.version, `${importer || "(root)"} ${pkg}`).toBe(version);
        }
      }
    });
  }

  it("a name the lockfile does not hold gives nothing", () => {
    expect(lockfile("bun-lockb-app").resolve("left-pad", "^1.3.0", "")).toBeUndefined();
    expect(lockfile("bun-lockb-workspaces").resolve("left-pad", "^1.3.0", "apps/legacy")).toBeUndefined();
    // A workspace asking for a package it does not declare gets the only copy there is.
    expect(lockfile("bun-lockb-workspaces").resolve("zod", "*", "apps/legacy")?.version).toBe("3.25.76");
  });

  it("a package installed in one copy that no package declares lends its release to a tool shown without one (vite's postcss, for postcss.config.js)", async () => {
    const installed = lockfile("bun-lockb-app").installed!("");
    expect(installed).toContain("postcss");
    expect(installed).toContain("react-router");
    // The packages the project declares are not among them.
    for (const name of ["react", "vite", "ms"]) expect(installed).not.toContain(name);
    expect(lockfile("bun-lockb-app").installed!("packages/x")).toEqual([]);
    const files = { ...readTree(fixture("bun-lockb-app")), "postcss.config.js": new TextEncoder().encode("export default { plugins: {} };\n") };
    const { document } = await scan(new MemorySource(files), { git: false });
    const postcss = document.tools.find((t) => t.name === "PostCSS" && !t.package_url);
    expect(postcss).toMatchObject({ detection_source: "postcss.config.js", detection_source_url: "bun.lockb" });
    expect(postcss?.version).toBe(lockfile("bun-lockb-app").resolve("postcss", "*", "")?.version);
    expect(postcss?.version).toMatch(/^8\.\d+\.\d+$/);
  });

  it("a truncated copy, at any length, is a problem named, never an exception", () => {
    for (const name of Object.keys(EXPECTED)) {
      const whole = bytes(name);
      const written = Number(whole.readBigUInt64LE(78));
      for (let length = 0; length < written; length += 97) {
        const reading = readBunLockb(whole.subarray(0, length));
        expect("problem" in reading, `${name} cut at ${length}`).toBe(true);
      }
    }
  });

  it("a truncated copy whose size field is made to agree is read with every bound checked", () => {
    let cutShort = 0;
    for (const name of Object.keys(EXPECTED)) {
      const whole = bytes(name);
      for (let length = 86; length < whole.length; length += 61) {
        const cut = Buffer.from(whole.subarray(0, length));
        cut.writeBigUInt64LE(BigInt(length), 78);
        const reading = readBunLockb(cut);
        // Cut before the string bytes end, the file misses what it points at.
        if (length < stringBytesEnd(whole)) {
          cutShort++;
          expect("problem" in reading, `${name} cut at ${length}`).toBe(true);
        }
      }
    }
    expect(cutShort).toBeGreaterThan(0);
  });

  it("a bad header or an unknown format version is named", () => {
    const other = Buffer.from(bytes("bun-lockb-app"));
    other.writeUInt32LE(7, 42);
    expect(readBunLockb(other)).toEqual({ problem: "unknown bun.lockb format version 7" });
    expect(readBunLockb(Buffer.from('{"lockfileVersion": 1}'))).toEqual({ problem: "not a bun.lockb (bad header)" });
    expect(readBunLockb(new Uint8Array())).toEqual({ problem: "truncated bun.lockb (header)" });
  });

  it("corrupt offsets and overwritten bytes are problems or wrong-but-harmless readings, never exceptions", () => {
    const whole = bytes("bun-lockb-workspaces");
    // The package list's end pointing past the file.
    const far = Buffer.from(whole);
    far.writeBigUInt64LE(BigInt(whole.length + 8), 86 + 32);
    expect(readBunLockb(far)).toEqual({ problem: "corrupt bun.lockb (package list)" });
    // The root package's dependency slice running past the dependencies (format 3: 72-byte resolutions).
    const count = Number(whole.readBigUInt64LE(86));
    const begin = Number(whole.readBigUInt64LE(86 + 24));
    const slice = Buffer.from(whole);
    slice.writeUInt32LE(0xffff, begin + count * (16 + 72) + 4);
    expect(readBunLockb(slice)).toEqual({ problem: "corrupt bun.lockb (dependency slice)" });
    // Every 8-byte word in turn set to all ones: a pointer, a count or a string run wild.
    for (let at = 42; at + 8 <= whole.length; at += 8) {
      const broken = Buffer.from(whole);
      broken.fill(0xff, at, at + 8);
      expect(() => readBunLockb(broken)).not.toThrow();
    }
  });

  it("a workspace monorepo: each package's versions from bun.lockb, named as their source", async () => {
    const { document, warnings } = await scan(fixture("bun-lockb-workspaces"), { git: false });
    expect(warnings).toEqual([]);
    const pkg = (name: string) => document.tools.filter((t) => t.package_url === `https://www.npmjs.com/${name}`);
    expect(pkg("nanoid")).toMatchObject([{ version: "5.1.16", detection_source: "packages/ui/package.json", detection_source_url: "bun.lockb" }]);
    expect(pkg("zod")).toMatchObject([{ version: "3.25.76", detection_source_url: "bun.lockb" }]);
    expect(pkg("lodash-es")).toMatchObject([{ version: "4.17.23", detection_source: "apps/legacy/package.json" }]);
    expect(document.tools.find((t) => t.name === "Bun" && !t.package_url)).toBeDefined();
  });

  it("bun.lock beside bun.lockb wins; a broken bun.lockb warns by name and versions fall back to the ranges", async () => {
    const tree = readTree(fixture("bun-lockb-legacy"));
    const text = JSON.stringify({ lockfileVersion: 1, workspaces: { "": { name: "scratch-bot" } }, packages: { dotenv: ["dotenv@16.4.5", "", {}, "sha512-x"] } });
    const both = await scan(new MemorySource({ ...tree, "bun.lock": new TextEncoder().encode(text) }), { git: false });
    expect(both.document.tools.find((t) => t.package_url === "https://www.npmjs.com/dotenv")).toMatchObject({ version: "16.4.5", detection_source_url: "bun.lock" });

    const broken = await scan(new MemorySource({ ...tree, "bun.lockb": tree["bun.lockb"]!.subarray(0, 300) }), { git: false });
    expect(broken.warnings).toContainEqual({ file: "bun.lockb", message: `truncated bun.lockb (300 of ${Number(Buffer.from(tree["bun.lockb"]!).readBigUInt64LE(78))} bytes)` });
    expect(broken.document.tools.find((t) => t.package_url === "https://www.npmjs.com/hono")).toMatchObject({ version: "3.7.2", detection_source_url: "packages/server/package.json" });
  });
});
