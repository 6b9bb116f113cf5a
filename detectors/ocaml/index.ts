import type { Detector } from "../../src/types.js";
import { baseName, dirOf } from "../../src/kit.js";
import { OCAML_FILES } from "../files.js";

/** One dependency of an opam package: its name, constraint as written, lower bound, and whether only tests or docs need it. */
export interface OpamDependency {
  name: string;
  declared?: string;
  version?: string;
  dev: boolean;
}

/**
 * OCaml packages: the `depends` of an opam file (`*.opam`, or one named `opam`), and where a folder
 * has none, the `(depends ...)` of its dune-project's packages (dune writes the .opam files from
 * them). Each is an `opam:` finding at its constraint's lower bound; `ocaml` itself is OCaml's
 * accepted releases, as declared. Dependencies only tests or docs need (`{with-test}`,
 * `:with-test`) are dev ones. Where `opam lock` wrote the package's lockfile beside it
 * (`todo.opam.locked`, every package of the build plan at `{= "2.1.1"}`), a dependency takes the
 * release locked there, and OCaml the compiler's; a dune-project without .opam files takes its
 * folder's lockfiles.
 */
export const ocamlDetector: Detector = {
  name: "ocaml",
  files: OCAML_FILES,
  async detect(ctx) {
    const isLock = (f: string) => f.endsWith(".locked");
    const opamFolders = new Set(ctx.files.filter((f) => baseName(f) !== "dune-project" && !isLock(f)).map(dirOf));
    const locks = new Map<string, Map<string, string>>();
    for (const file of ctx.files.filter(isLock)) locks.set(file, lockedReleases((await ctx.text(file)) ?? ""));
    for (const file of ctx.files) {
      if (isLock(file)) continue;
      // The package's own lockfile (`todo.opam.locked` beside todo.opam); a dune-project's are its folder's.
      const lockFiles = baseName(file) === "dune-project" ? [...locks.keys()].filter((l) => dirOf(l) === dirOf(file)) : locks.has(`${file}.locked`) ? [`${file}.locked`] : [];
      const lockedOf = (name: string): { version: string; versionFile: string } | undefined => {
        for (const lockFile of lockFiles) {
          const version = locks.get(lockFile)!.get(name);
          if (version !== undefined) return { version, versionFile: lockFile };
        }
        return undefined;
      };
      const text = await ctx.text(file);
      if (text === undefined) continue;
      let deps: OpamDependency[];
      if (baseName(file) === "dune-project") {
        if (opamFolders.has(dirOf(file))) continue;
        deps = duneDepends(text);
      } else {
        if (!/^[ \t]*opam-version[ \t]*:|^[ \t]*depends[ \t]*:/m.test(text)) continue;
        deps = opamDepends(text);
      }
      const seen = new Set<string>();
      for (const dep of deps) {
        if (seen.has(dep.name)) continue;
        seen.add(dep.name);
        const locked = lockedOf(dep.name);
        if (dep.name === "ocaml") ctx.report({ ref: "runtime:ocaml", file, declared: dep.declared, ...locked });
        else ctx.report({ ref: `opam:${dep.name}`, file, declared: dep.declared, version: locked?.version ?? dep.version, versionFile: locked?.versionFile, direct: true, dev: dep.dev });
      }
    }
  },
};

/**
 * An opam lockfile's releases: each `depends` entry pinned `{= "2.1.1"}` (a test or doc one as
 * `{= "1.7.0" & with-test}`), by package name; a pin that is no release (`{= "base"}`) is left out.
 */
export function lockedReleases(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const dep of opamDepends(text)) {
    const exact = dep.declared === undefined ? undefined : /(?:^|[^<>!])=\s*"v?(\d[^"\s]*)"/.exec(dep.declared)?.[1];
    if (exact !== undefined && !out.has(dep.name)) out.set(dep.name, exact);
  }
  return out;
}

const lowerBound = (constraint: string): string | undefined => /(?:>=|(?<![<>!])=)\s*"?v?(\d+(?:\.\d+)*)/.exec(constraint)?.[1];

/** An opam file's `depends: [ "dream" {>= "1.0.0~alpha5"} "alcotest" {with-test} ]`, filters skipped as text. */
export function opamDepends(text: string): OpamDependency[] {
  const start = /^[ \t]*depends[ \t]*:\s*\[/m.exec(text);
  if (!start) return [];
  const out: OpamDependency[] = [];
  let braces = 0;
  let current: OpamDependency | undefined;
  let filter = "";
  const close = () => {
    if (!current) return;
    const declared = filter.trim() || undefined;
    out.push({ ...current, declared, version: declared ? lowerBound(declared) : undefined, dev: /\bwith-(?:test|doc)\b/.test(filter) });
    current = undefined;
    filter = "";
  };
  for (let i = start.index + start[0].length; i < text.length; i++) {
    const c = text[i]!;
    if (c === "#" && braces === 0) {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
    } else if (c === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) break;
      const value = text.slice(i + 1, end);
      if (braces > 0) filter += `"${value}"`;
      else {
        close();
        if (/^[\w.+-]+$/.test(value)) current = { name: value, dev: false };
      }
      i = end;
    } else if (c === "{") {
      braces++;
      if (braces > 1) filter += c;
    } else if (c === "}") {
      braces = Math.max(0, braces - 1);
      if (braces > 0) filter += c;
    } else if (c === "]" && braces === 0) break;
    else if (braces > 0) filter += c;
  }
  close();
  return out;
}

/** dune-project's `(depends (ocaml (>= 4.14)) (dream (>= 1.0.0~alpha5)) (alcotest :with-test) yojson)`, of every package. */
export function duneDepends(text: string): OpamDependency[] {
  const out: OpamDependency[] = [];
  const clean = text.replace(/;[^\n]*/g, "");
  for (const m of clean.matchAll(/\(depends\b/g)) {
    let depth = 1;
    let i = m.index + m[0].length;
    let itemStart = -1;
    for (; i < clean.length && depth > 0; i++) {
      const c = clean[i]!;
      if (c === "(") {
        if (depth === 1) itemStart = i;
        depth++;
      } else if (c === ")") {
        depth--;
        if (depth === 1 && itemStart >= 0) {
          const item = clean.slice(itemStart + 1, i).trim();
          const name = /^([\w.+-]+)/.exec(item)?.[1];
          if (name) {
            const rest = item.slice(name.length).trim();
            const declared = rest.replace(/:with-(?:test|doc)\b/g, "").replace(/\s+/g, " ").trim() || undefined;
            out.push({ name, declared, version: declared ? lowerBound(declared) : undefined, dev: /:with-(?:test|doc)\b/.test(rest) });
          }
          itemStart = -1;
        }
      } else if (depth === 1 && /[\w.+-]/.test(c) && !/[\w.+-]/.test(clean[i - 1] ?? " ")) {
        const name = /^[\w.+-]+/.exec(clean.slice(i))![0];
        out.push({ name, dev: false });
        i += name.length - 1;
      }
    }
  }
  return out;
}
