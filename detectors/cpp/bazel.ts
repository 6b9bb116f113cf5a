/**
 * A Bazel module's dependencies, read as text (Starlark is never run): the `bazel_dep` calls of a
 * MODULE.bazel, each naming a module of the Bazel Central Registry at one exact version.
 */
import { lineCounter } from "../../src/kit.js";

export interface BazelDep {
  name: string;
  /** As written: `1.62.1`, `1.83.0.bcr.1`, `20240116.1`. */
  declared?: string;
  /** The library's release: the registry's own revision suffix (`.bcr.1`) left off. */
  version?: string;
  /** `dev_dependency = True`: used only when this module is the root (its tests, its tools). */
  dev: boolean;
  line: number;
}

const CALL = /\bbazel_dep\s*\(([^)]*)\)/g;

/** The `bazel_dep` calls of one MODULE.bazel, in the order written; `#` comments are skipped. */
export function readModuleBazel(text: string): BazelDep[] {
  const source = text.replace(/#[^\n]*/g, (c) => " ".repeat(c.length));
  const lineAt = lineCounter(source);
  const out: BazelDep[] = [];
  for (const m of source.matchAll(CALL)) {
    const args = m[1]!;
    const value = (key: string) => new RegExp(`\\b${key}\\s*=\\s*(["'])([^"'\\n]*)\\1`).exec(args)?.[2];
    const name = value("name");
    if (!name || !/^[a-z0-9][a-z0-9._-]*$/i.test(name)) continue;
    const declared = value("version") || undefined;
    const version = declared && /^\d/.test(declared) ? declared.replace(/\.bcr\.\d+$/, "") : undefined;
    out.push({ name, declared, version, dev: /\bdev_dependency\s*=\s*True\b/.test(args), line: lineAt(m.index!) });
  }
  return out;
}
