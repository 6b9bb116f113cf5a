import type { DetectContext } from "../../src/types.js";
import { baseName, compareCodeUnits, dirOf, textLines } from "../../src/kit.js";

/** A project's locked releases; `paths`, the lockfile of each artifact where its locks are several files (the legacy layout). */
export interface ProjectLocks {
  path: string;
  versions: Map<string, string>;
  paths?: Map<string, string>;
}

/**
 * Dependency locking: a project's gradle.lockfile holds the release each of its
 * configurations resolved (`org.postgresql:postgresql:42.7.1=compileClasspath,runtimeClasspath`),
 * dynamic versions (`42.+`) and BOM-managed ones included. By the project's folder.
 */
export async function readProjectLocks(ctx: DetectContext): Promise<Map<string, ProjectLocks>> {
  const lockfiles = new Map<string, ProjectLocks>();
  for (const file of ctx.files.filter((f) => baseName(f) === "gradle.lockfile")) {
    lockfiles.set(dirOf(file), { path: file, versions: readGradleLockfile((await ctx.text(file)) ?? "") });
  }
  // Gradle 4.8 to 5.x wrote one lockfile per configuration, gradle/dependency-locks/<configuration>.lockfile
  // (`group:name:version` lines), where a project not migrated to gradle.lockfile keeps them. The
  // compile and runtime classpaths are read first; the buildscript's are the plugins' classpath.
  const legacy = ctx.files
    .filter((f) => /(^|\/)gradle\/dependency-locks\/[^/]+\.lockfile$/.test(f) && !baseName(f).startsWith("buildscript-"))
    .sort((a, b) => legacyRank(a) - legacyRank(b) || compareCodeUnits(a, b));
  for (const file of legacy) {
    const dir = dirOf(dirOf(dirOf(file)));
    const held = lockfiles.get(dir);
    if (held && baseName(held.path) === "gradle.lockfile") continue;
    const entry = held ?? { path: file, versions: new Map<string, string>(), paths: new Map<string, string>() };
    for (const [artifact, version] of readGradleLockfile((await ctx.text(file)) ?? "")) {
      if (entry.versions.has(artifact)) continue;
      entry.versions.set(artifact, version);
      entry.paths!.set(artifact, file);
    }
    lockfiles.set(dir, entry);
  }
  return lockfiles;
}

/** A legacy per-configuration lockfile's order: the main classpaths first, test ones last. */
function legacyRank(file: string): number {
  const name = baseName(file);
  return /^(compileClasspath|runtimeClasspath)\.lockfile$/.test(name) ? 0 : /test/i.test(name) ? 2 : 1;
}

/**
 * gradle.lockfile: `group:name:version=configurations` lines; comments and the `empty=` line
 * skipped. Also the older per-configuration lockfiles' bare `group:name:version` lines. An
 * artifact locked at several releases (a test library pulls a newer Guava into the test
 * classpaths only) takes the one of the main classpaths, then of any non-test one, then the first.
 */
export function readGradleLockfile(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const ranks = new Map<string, number>();
  for (const line of textLines(text)) {
    const m = /^([^#\s:=]+):([^\s:=]+):([^\s:=]+)(?:=(\S*)|$)/.exec(line.trim());
    if (!m) continue;
    const key = `${m[1]}:${m[2]}`;
    const configurations = (m[4] ?? "").split(",").filter(Boolean);
    const rank = configurations.some((c) => c === "compileClasspath" || c === "runtimeClasspath") ? 0 : configurations.length && configurations.every((c) => /test/i.test(c)) ? 2 : 1;
    if (ranks.has(key) && ranks.get(key)! <= rank) continue;
    out.set(key, m[3]!);
    ranks.set(key, rank);
  }
  return out;
}
