import { Bad, type LockbBytes, type Region } from "./bun-binary-bytes.js";

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

/** Where a bun.lockb keeps what this reader takes: the package columns and three of the trailing arrays. */
export interface LockbLayout {
  /** The format number: 2 (bun 1.0-1.1) or 3 (bun 1.2+). */
  format: number;
  /** How many packages the columns hold. */
  count: number;
  /** Where package `p`'s name, resolution and dependency slice are. */
  nameAt(p: number): number;
  resolutionAt(p: number): number;
  dependenciesAt(p: number): number;
  /** The package id each dependency resolved to (u32 each). */
  resolutions: Region;
  /** The dependencies (26 bytes each, the name first). */
  dependencies: Region;
  stringBytes: Region;
}

/** The file's layout, each part checked against the file's size and the sizes it announces. */
export function readLayout(file: LockbBytes): LockbLayout {
  const { bytes, size } = file;
  for (let i = 0; i < Math.min(size, HEADER.length); i++) if (bytes[i] !== HEADER.charCodeAt(i)) throw new Bad("not a bun.lockb (bad header)");
  file.need(0, HEADER.length, "header");
  let at = HEADER.length;
  const format = file.u32(at, "format");
  const resolutionBytes = RESOLUTION_BYTES[format];
  if (resolutionBytes === undefined) throw new Bad(`unknown bun.lockb format version ${format}`);
  at += 4 + 32;
  // The size bun wrote, padding after it aside: a shorter file lost its end.
  const total = file.u64(at, "size");
  if (total > size) throw new Bad(`truncated bun.lockb (${size} of ${total} bytes)`);
  at += 8;

  // The package columns.
  const count = file.u64(at, "package count");
  const fields = file.u64(at + 16, "package fields");
  const begin = file.u64(at + 24, "packages start");
  const end = file.u64(at + 32, "packages end");
  const stride = 8 + 8 + resolutionBytes + 8 + 8;
  if (fields !== 7 && fields !== 8) throw new Bad(`unknown bun.lockb package layout (${fields} fields)`);
  if (begin < at + 40 || end < begin || end > size || count * stride > end - begin) throw new Bad("corrupt bun.lockb (package list)");

  const [, , resolutions, dependencies, , stringBytes] = readTrailingArrays(file, end) as [Region, Region, Region, Region, Region, Region];
  return {
    format,
    count,
    nameAt: (p) => begin + p * 8,
    resolutionAt: (p) => begin + count * 16 + p * resolutionBytes,
    dependenciesAt: (p) => begin + count * (16 + resolutionBytes) + p * 8,
    resolutions,
    dependencies,
    stringBytes,
  };
}

/** The trailing arrays, from `at`: where each one's elements are, checked against the size it announces. */
function readTrailingArrays(file: LockbBytes, at: number): Region[] {
  const arrays: Region[] = [];
  for (const [what, element] of ARRAYS) {
    const start = file.u64(at, what);
    const stop = file.u64(at + 8, what);
    if (start < at + 16 || stop < start || stop > file.size) throw new Bad(`corrupt bun.lockb (${what})`);
    const description = new TextDecoder("latin1").decode(file.bytes.subarray(at + 16, Math.min(start, at + 16 + 200)));
    const announced = /> (\d+) sizeof/.exec(description);
    // An empty array is written without padding, its description running to the next array.
    if (stop > start && (!announced || Number(announced[1]) !== element)) throw new Bad(`unknown bun.lockb layout (${what})`);
    if ((stop - start) % element !== 0) throw new Bad(`corrupt bun.lockb (${what})`);
    arrays.push({ start, length: (stop - start) / element });
    at = stop;
  }
  return arrays;
}
