import { isRecord, offsetLines } from "../../src/kit.js";
import { calls } from "./bazel.js";

/** One Maven artifact a Bazel workspace installs through rules_jvm_external. */
export interface BazelMavenArtifact {
  group: string;
  artifact: string;
  /** The release written with it; none where a BOM or the lockfile decides it. */
  version?: string;
  /** `testonly = True`: for tests only. */
  dev: boolean;
  line: number;
}

/** Longest `maven.install(...)` read: hundreds of artifacts, a line each. */
const MAX_INSTALL = 1024 * 1024;
/** rules_jvm_external's install calls: bzlmod's `<extension>.install(` and a WORKSPACE's `maven_install(`. */
const INSTALL = /\b(?:[A-Za-z_]\w*\.install|maven_install)\s*\(/g;
/** Its one-artifact calls: bzlmod's tag and the WORKSPACE's helper, `maven.artifact(group = ..., ...)`. */
const ARTIFACT = /\b[A-Za-z_]\w*\.artifact\s*\(/g;

/**
 * The Maven artifacts a MODULE.bazel or WORKSPACE installs with rules_jvm_external, read as text
 * (Starlark is never run): the coordinates of an install call's `artifacts` list, written
 * `group:artifact:version` (or with a packaging and classifier before the version, or with no
 * version where a BOM gives it), and the `artifact(group = ..., artifact = ..., version = ...)`
 * calls, in the list or apart. A coordinate built from a constant (`"g:a:" + VERSION`, `"g:a:%s" % V`) names its
 * artifact without a release. Also the lockfile an install call names (`lock_file` or
 * `maven_install_json`, a label of the workspace: `//:maven_install.json`), as a path.
 */
export function readBazelMaven(text: string): { artifacts: BazelMavenArtifact[]; lockFiles: string[] } {
  const lineAt = offsetLines(text);
  const artifacts: BazelMavenArtifact[] = [];
  const lockFiles: string[] = [];
  for (const { args, start } of calls(text, INSTALL, MAX_INSTALL)) {
    // `artifacts = [ ... ]`: its string items, up to the list's `]` (a coordinate holds none).
    const list = /\bartifacts\s*=\s*\[/.exec(args);
    if (list) {
      const from = list.index + list[0].length;
      // An `artifact(...)` call's own strings (its `exclusions`) are read as that call, below.
      const rest = args.slice(from).replace(/\([^()]*\)/g, (c) => " ".repeat(c.length));
      const to = rest.indexOf("]");
      const items = to < 0 ? rest : rest.slice(0, to);
      for (const m of items.matchAll(/(["'])([^"'\n]*)\1(\s*[+%])?/g)) {
        const coordinate = readCoordinate(m[2]!, m[3] !== undefined);
        if (coordinate) artifacts.push({ ...coordinate, dev: false, line: lineAt(start + from + m.index) });
      }
    }
    const lock = /\b(?:lock_file|maven_install_json)\s*=\s*(["'])@?\/\/([\w./-]*):([\w.-]+)\1/.exec(args);
    if (lock) lockFiles.push(lock[2] ? `${lock[2]}/${lock[3]}` : lock[3]!);
  }
  for (const { args, value, line } of calls(text, ARTIFACT)) {
    const group = value("group");
    const artifact = value("artifact");
    if (!group || !artifact || !/^[\w.-]+$/.test(group) || !/^[\w.-]+$/.test(artifact)) continue;
    artifacts.push({ group, artifact, version: value("version") || undefined, dev: /\btestonly\s*=\s*True\b/.test(args), line });
  }
  return { artifacts, lockFiles };
}

/**
 * `group:artifact[:packaging[:classifier]]:version`, or `group:artifact` alone. The release is the
 * last part of three or more; `continued` (a `+` or `%` after the string) means it is a constant's.
 */
function readCoordinate(text: string, continued: boolean): { group: string; artifact: string; version?: string } | undefined {
  const parts = text.trim().split(":");
  if (parts.length < 2 || parts.length > 5 || !parts.every((p, i) => /^[\w.-]+$/.test(p) || (i === parts.length - 1 && i >= 2 && continued && /^(?:%s)?$/.test(p)))) return undefined;
  const [group, artifact] = parts as [string, string];
  const version = parts.length >= 3 && !continued ? parts[parts.length - 1] : undefined;
  return version && /^\d/.test(version) ? { group, artifact, version } : { group, artifact };
}

/**
 * The releases a rules_jvm_external lockfile pinned, by `group:artifact`: version 2's `artifacts`
 * map (`"com.google.guava:guava": { "version": "33.0.0-jre" }`, a classifier's key,
 * `group:artifact:jar:sources`, passed over) or version 1's `dependency_tree` (`coord`,
 * `group:artifact[:packaging[:classifier]]:version`).
 */
export function readMavenLock(data: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!isRecord(data)) return out;
  if (isRecord(data.artifacts)) {
    for (const [key, entry] of Object.entries(data.artifacts)) {
      if (key.split(":").length === 2 && isRecord(entry) && typeof entry.version === "string") out.set(key, entry.version);
    }
  }
  const tree = isRecord(data.dependency_tree) ? data.dependency_tree.dependencies : undefined;
  for (const entry of Array.isArray(tree) ? tree : []) {
    const coord = isRecord(entry) && typeof entry.coord === "string" ? entry.coord.split(":") : [];
    if (coord.length === 3 || coord.length === 4) {
      const key = `${coord[0]}:${coord[1]}`;
      if (!out.has(key)) out.set(key, coord[coord.length - 1]!);
    }
  }
  return out;
}
