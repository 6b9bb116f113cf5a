import { messageOf } from "../../../src/kit.js";
import type { Lockfile, LockedPackage } from "./types.js";
import { Bad, LockbBytes } from "./bun-binary-bytes.js";
import { readLayout } from "./bun-binary-layout.js";
import { readPackages } from "./bun-binary-packages.js";

/**
 * bun.lockb, the binary lockfile bun wrote before 1.2 (and still writes where one exists).
 *
 * After a text header, a u32 format number and a 32-byte hash, a u64 total size, the packages
 * are stored column by column (every package's name, then every name hash, every resolution,
 * every dependency slice, every resolution slice, then columns this reader leaves: meta, bin,
 * scripts), followed by six arrays, each a pair of absolute u64 offsets and a short text
 * describing its element (`<u32> 4 sizeof, 4 alignof`): trees, hoisted dependency ids, the
 * package id each dependency resolved to, the dependencies (26 bytes: name, name hash, behaviour,
 * version tag, the range as written), external strings, and the string bytes.
 *
 * A string takes 8 bytes: up to 8 bytes inline, or (top bit of the last byte set) a u32 offset
 * and a u31 length into the string bytes. A registry package's resolution holds its version as
 * numbers (major, minor, patch: u32 in format 2, bun 1.0-1.1; u64 in format 3, bun 1.2+) and its
 * pre-release and build tags as strings; a workspace's holds its folder.
 *
 * Only registry packages get a version: git, tarball and folder resolutions are no release.
 * Every read is bounds-checked and every loop is bounded by counts checked against the file's
 * size, so a corrupt file is a reason given back, never an exception.
 */
export type BunLockbReading = { lockfile: Lockfile } | { problem: string };

export function readBunLockb(bytes: Uint8Array): BunLockbReading {
  try {
    return { lockfile: parse(bytes) };
  } catch (error) {
    if (error instanceof Bad) return { problem: error.message };
    return { problem: `unreadable: ${messageOf(error)}` };
  }
}

function parse(bytes: Uint8Array): Lockfile {
  const file = new LockbBytes(bytes);
  const { importers, byName } = readPackages(file, readLayout(file));
  return {
    resolve(name, _range, importer) {
      // What the importer declares; else the package's only copy in the lockfile.
      const own = importers.get(importer);
      const only = byName.get(name);
      const found = own?.has(name) ? own.get(name) : only?.length === 1 ? only[0] : undefined;
      return found === undefined ? undefined : ({ version: found } satisfies LockedPackage);
    },
    // The binary file's hoisting tree is not read: as in yarn.lock, only a package held in one
    // copy (and at the lockfile's own folder) is known to be the one installed there.
    installed(importer) {
      if (importer) return [];
      const declared = new Set([...importers.values()].flatMap((own) => [...own.keys()]));
      return [...byName].filter(([name, copies]) => copies.length === 1 && copies[0] !== undefined && !declared.has(name)).map(([name]) => name);
    },
    covers(importer) {
      return !importer || importers.has(importer);
    },
  };
}
