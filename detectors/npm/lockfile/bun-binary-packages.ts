import { Bad, type LockbBytes, LockbStrings } from "./bun-binary-bytes.js";
import type { LockbLayout } from "./bun-binary-layout.js";

const DEPENDENCY_BYTES = 26;
const TAG_ROOT = 1;
const TAG_NPM = 2;
const TAG_WORKSPACE = 72;

/** A bun.lockb's packages as the npm detector asks about them. */
export interface LockbPackages {
  /** The importers (the root package, "", and each workspace package, by folder): what each declares, by name, with its version. */
  importers: Map<string, Map<string, string | undefined>>;
  /** Every registry package's copies' versions, by name. */
  byName: Map<string, Array<string | undefined>>;
}

/** The packages, read whole here, so a corrupt file says so now. */
export function readPackages(file: LockbBytes, layout: LockbLayout): LockbPackages {
  const strings = new LockbStrings(file, layout.stringBytes);
  const importers = new Map<string, Map<string, string | undefined>>();
  const byName = new Map<string, Array<string | undefined>>();
  for (let p = 0; p < layout.count; p++) {
    const tag = file.bytes[layout.resolutionAt(p)];
    const folder = tag === TAG_ROOT ? "" : tag === TAG_WORKSPACE ? strings.at(layout.resolutionAt(p) + 8) : undefined;
    if (folder !== undefined && !importers.has(folder)) {
      const own = new Map<string, string | undefined>();
      for (const [name, id] of declared(file, layout, strings, p)) own.set(name, version(file, layout, strings, id));
      importers.set(folder, own);
    } else if (tag === TAG_NPM) {
      const name = strings.at(layout.nameAt(p));
      const copies = byName.get(name) ?? [];
      copies.push(version(file, layout, strings, p));
      byName.set(name, copies);
    }
  }
  return { importers, byName };
}

/**
 * A registry package's version, from its resolution; undefined for any other kind (git, tarball and
 * folder resolutions are no release). Its numbers (major, minor, patch) are u32 in format 2 and u64
 * in format 3; its pre-release and build tags are strings.
 */
function version(file: LockbBytes, layout: LockbLayout, strings: LockbStrings, p: number): string | undefined {
  const r = layout.resolutionAt(p);
  if (file.bytes[r] !== TAG_NPM) return undefined;
  const v = r + 16;
  const wide = layout.format >= 3;
  const part = (i: number) => (wide ? file.u64(v + i * 8, "version") : file.u32(v + i * 4, "version"));
  const tags = v + (wide ? 24 : 16);
  const pre = strings.at(tags);
  const build = strings.at(tags + 16);
  return `${part(0)}.${part(1)}.${part(2)}${pre ? `-${pre}` : ""}${build ? `+${build}` : ""}`;
}

/** The packages `p` declares, by name, with the package each resolved to. */
function declared(file: LockbBytes, layout: LockbLayout, strings: LockbStrings, p: number): Map<string, number> {
  const { dependencies, resolutions } = layout;
  const slice = layout.dependenciesAt(p);
  const offset = file.u32(slice, "dependency slice");
  const length = file.u32(slice + 4, "dependency slice");
  const out = new Map<string, number>();
  if (offset + length > dependencies.length || offset + length > resolutions.length) throw new Bad("corrupt bun.lockb (dependency slice)");
  for (let i = offset; i < offset + length; i++) {
    const id = file.u32(resolutions.start + i * 4, "resolution");
    if (id < layout.count) out.set(strings.at(dependencies.start + i * DEPENDENCY_BYTES), id);
  }
  return out;
}
