import { messageOf } from "../../../src/kit.js";
import type { Lockfile, LockedPackage } from "./types.js";

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

const HEADER = "#!/usr/bin/env bun\nbun-lockfile-format-v0\n";
/** The resolution's size by format number; other formats are unknown. */
const RESOLUTION_BYTES: Record<number, number> = { 2: 64, 3: 72 };
/** The element size each trailing array announces, in order. */
const ARRAYS = [
  ["trees", 20],
  ["hoisted dependencies", 4],
  ["resolutions", 4],
  ["dependencies", 26],
  ["external strings", 16],
  ["string bytes", 1],
] as const;
const DEPENDENCY_BYTES = 26;
const TAG_ROOT = 1;
const TAG_NPM = 2;
const TAG_WORKSPACE = 72;

class Bad extends Error {}

export function readBunLockb(bytes: Uint8Array): BunLockbReading {
  try {
    return { lockfile: parse(bytes) };
  } catch (error) {
    if (error instanceof Bad) return { problem: error.message };
    return { problem: `unreadable: ${messageOf(error)}` };
  }
}

function parse(bytes: Uint8Array): Lockfile {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = bytes.length;
  const need = (at: number, length: number, what: string) => {
    if (!(at >= 0 && length >= 0 && at + length <= size)) throw new Bad(`truncated bun.lockb (${what})`);
  };
  const u32 = (at: number, what: string) => (need(at, 4, what), view.getUint32(at, true));
  const u64 = (at: number, what: string) => {
    need(at, 8, what);
    const value = view.getBigUint64(at, true);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Bad(`corrupt bun.lockb (${what})`);
    return Number(value);
  };

  for (let i = 0; i < Math.min(size, HEADER.length); i++) if (bytes[i] !== HEADER.charCodeAt(i)) throw new Bad("not a bun.lockb (bad header)");
  need(0, HEADER.length, "header");
  let at = HEADER.length;
  const format = u32(at, "format");
  const resolutionBytes = RESOLUTION_BYTES[format];
  if (resolutionBytes === undefined) throw new Bad(`unknown bun.lockb format version ${format}`);
  at += 4 + 32;
  // The size bun wrote, padding after it aside: a shorter file lost its end.
  const total = u64(at, "size");
  if (total > size) throw new Bad(`truncated bun.lockb (${size} of ${total} bytes)`);
  at += 8;

  // The package columns.
  const count = u64(at, "package count");
  const fields = u64(at + 16, "package fields");
  const begin = u64(at + 24, "packages start");
  const end = u64(at + 32, "packages end");
  const stride = 8 + 8 + resolutionBytes + 8 + 8;
  if (fields !== 7 && fields !== 8) throw new Bad(`unknown bun.lockb package layout (${fields} fields)`);
  if (begin < at + 40 || end < begin || end > size || count * stride > end - begin) throw new Bad("corrupt bun.lockb (package list)");
  const nameAt = (p: number) => begin + p * 8;
  const resolutionAt = (p: number) => begin + count * 16 + p * resolutionBytes;
  const dependenciesAt = (p: number) => begin + count * (16 + resolutionBytes) + p * 8;

  // The trailing arrays: where each one's elements are, checked against the size it announces.
  const arrays: Array<{ start: number; length: number }> = [];
  at = end;
  for (const [what, element] of ARRAYS) {
    const start = u64(at, what);
    const stop = u64(at + 8, what);
    if (start < at + 16 || stop < start || stop > size) throw new Bad(`corrupt bun.lockb (${what})`);
    const description = new TextDecoder("latin1").decode(bytes.subarray(at + 16, Math.min(start, at + 16 + 200)));
    const announced = /> (\d+) sizeof/.exec(description);
    // An empty array is written without padding, its description running to the next array.
    if (stop > start && (!announced || Number(announced[1]) !== element)) throw new Bad(`unknown bun.lockb layout (${what})`);
    if ((stop - start) % element !== 0) throw new Bad(`corrupt bun.lockb (${what})`);
    arrays.push({ start, length: (stop - start) / element });
    at = stop;
  }
  const [, , resolutions, dependencies, , strings] = arrays as [unknown, unknown, { start: number; length: number }, { start: number; length: number }, unknown, { start: number; length: number }];

  const decoder = new TextDecoder();
  const string = (p: number): string => {
    need(p, 8, "string");
    if (bytes[p + 7]! & 0x80) {
      const offset = view.getUint32(p, true);
      const length = view.getUint32(p + 4, true) & 0x7fffffff;
      if (offset + length > strings.length) throw new Bad("corrupt bun.lockb (string)");
      return decoder.decode(bytes.subarray(strings.start + offset, strings.start + offset + length));
    }
    let length = 0;
    while (length < 8 && bytes[p + length] !== 0) length++;
    return decoder.decode(bytes.subarray(p, p + length));
  };

  /** A registry package's version, from its resolution; undefined for any other kind. */
  const version = (p: number): string | undefined => {
    const r = resolutionAt(p);
    if (bytes[r] !== TAG_NPM) return undefined;
    const v = r + 16;
    const wide = format >= 3;
    const part = (i: number) => (wide ? u64(v + i * 8, "version") : u32(v + i * 4, "version"));
    const tags = v + (wide ? 24 : 16);
    const pre = string(tags);
    const build = string(tags + 16);
    return `${part(0)}.${part(1)}.${part(2)}${pre ? `-${pre}` : ""}${build ? `+${build}` : ""}`;
  };

  /** The packages `p` declares, by name, with the package each resolved to. */
  const declared = (p: number): Map<string, number> => {
    const slice = dependenciesAt(p);
    const offset = u32(slice, "dependency slice");
    const length = u32(slice + 4, "dependency slice");
    const out = new Map<string, number>();
    if (offset + length > dependencies.length || offset + length > resolutions.length) throw new Bad("corrupt bun.lockb (dependency slice)");
    for (let i = offset; i < offset + length; i++) {
      const id = u32(resolutions.start + i * 4, "resolution");
      if (id < count) out.set(string(dependencies.start + i * DEPENDENCY_BYTES), id);
    }
    return out;
  };

  // The importers (the root package and each workspace package, by folder) and what each
  // declares; every registry package by name. Read whole here, so a corrupt file says so now.
  const importers = new Map<string, Map<string, string | undefined>>();
  const byName = new Map<string, Array<string | undefined>>();
  for (let p = 0; p < count; p++) {
    const tag = bytes[resolutionAt(p)];
    const folder = tag === TAG_ROOT ? "" : tag === TAG_WORKSPACE ? string(resolutionAt(p) + 8) : undefined;
    if (folder !== undefined && !importers.has(folder)) {
      const own = new Map<string, string | undefined>();
      for (const [name, id] of declared(p)) own.set(name, version(id));
      importers.set(folder, own);
    } else if (tag === TAG_NPM) {
      const name = string(nameAt(p));
      const copies = byName.get(name) ?? [];
      copies.push(version(p));
      byName.set(name, copies);
    }
  }

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
