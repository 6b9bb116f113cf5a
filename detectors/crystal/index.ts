import type { Detector } from "../../src/types.js";
import { dirOf, inFolder, isRecord } from "../../src/kit.js";
import { lowerBound } from "../../src/versions/range.js";
import { CRYSTAL_FILES } from "../files.js";

/**
 * Crystal shards: shard.yml's `dependencies` and `development_dependencies` (a map of shard name
 * to its source: `github: kemalcr/kemal`, `version: ~> 1.4`), at the version the shard.lock beside it
 * resolved (`shards: {kemal: {git: ..., version: 1.4.0}}`), else the requirement's lower bound (of a
 * range, `>= 0.18.0, < 0.20.0`, its first clause that bounds from below); and
 * the Crystal releases shard.yml's `crystal:` field accepts.
 */
export const crystalDetector: Detector = {
  name: "crystal",
  files: CRYSTAL_FILES,
  async detect(ctx) {
    for (const file of ctx.files) {
      const manifest = await ctx.yaml(file);
      if (!isRecord(manifest) || typeof manifest.name !== "string") continue;
      const lockPath = inFolder(dirOf(file), "shard.lock");
      const locked = ctx.exists(lockPath) ? lockedVersions((await ctx.text(lockPath)) ?? "") : new Map<string, string>();
      // The YAML reader keeps every scalar a string: an unquoted `crystal: 1.10` stays 1.10.
      const crystal = typeof manifest.crystal === "string" && manifest.crystal.trim() ? manifest.crystal.trim() : undefined;
      ctx.report({ ref: "runtime:crystal", file, declared: crystal });
      for (const [field, dev] of [["dependencies", false], ["development_dependencies", true]] as const) {
        const deps = manifest[field];
        if (!isRecord(deps)) continue;
        for (const [name, source] of Object.entries(deps)) {
          const declared = isRecord(source) && typeof source.version === "string" ? source.version : undefined;
          const exact = locked.get(name);
          // shards' requirements are RubyGems' (`~> 1.4`, `>= 0.18.0, < 0.20.0`): the first clause bounding from below.
          const bound = lowerBound(declared);
          ctx.report({ ref: `shard:${name}`, file, declared, version: exact ?? bound, versionFile: exact ? lockPath : undefined, direct: true, dev });
        }
      }
    }
  },
};

/**
 * shard.lock's resolved versions, read as text (`shards:`, then each shard's name indented, its
 * `version:` deeper): `version: 1.10.0` stays a string, and a shard pinned to a commit
 * (`version: 0.28.0+git.commit.abc`) keeps its release part.
 */
export function lockedVersions(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let inside = false;
  let current: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (/^\S/.test(line)) {
      inside = /^shards:\s*$/.test(line);
      current = undefined;
      continue;
    }
    if (!inside) continue;
    const name = /^ {2}([\w.-]+):\s*$/.exec(line);
    if (name) current = name[1];
    const version = /^ {4,}version:\s*["']?(\d[\w.]*)/.exec(line);
    if (version && current !== undefined) out.set(current, version[1]!);
  }
  return out;
}
