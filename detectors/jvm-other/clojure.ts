import type { DetectContext } from "../../src/types.js";
import { blankComments, type CommentSyntax } from "../../src/kit.js";

/** Clojure's (project.clj, deps.edn, shadow-cljs.edn): `;` to the line's end, outside strings, which may run over lines. */
const CLOJURE: CommentSyntax = { line: [";"], quotes: '"', multiline: '"' };

/** A Clojure CLI deps.edn: Clojure, and its `:deps` map's Maven coordinates (`group/artifact {:mvn/version "1.2.3"}`). */
export function reportDepsEdn(ctx: DetectContext, file: string, text: string): void {
  ctx.report({ ref: "runtime:clojure", file });
  for (const m of blankComments(text, CLOJURE).matchAll(/(?<![\w.-])([\w.-]+)\/([\w.-]+)\s*\{\s*:mvn\/version\s*"([^"]+)"/g)) {
    ctx.report({ ref: `maven:${m[1]}:${m[2]}`, file, version: m[3], direct: true });
  }
}

/**
 * A Leiningen project.clj: Clojure, Leiningen and its dependency vectors. A Leiningen template's
 * project file (`(defproject {{name}} ...)` under src/leiningen/new/) is what the template
 * generates, not this project's build: its dependencies are not ours.
 */
export function reportLeiningenProject(ctx: DetectContext, file: string, text: string): void {
  if (/\(defproject\s+\{\{/.test(text)) return;
  ctx.report({ ref: "runtime:clojure", file });
  ctx.report({ ref: "runtime:leiningen", file });
  clojarsVectors(text, (finding) => ctx.report({ ...finding, file }));
}

/**
 * shadow-cljs's build file: a ClojureScript build (the compiler comes with shadow-cljs, so no
 * release here), its `:dependencies` written as Leiningen's vectors (`[reagent "1.2.0"]`).
 */
export function reportShadowCljs(ctx: DetectContext, file: string, text: string): void {
  ctx.report({ ref: "runtime:clojurescript", file });
  clojarsVectors(text, (finding) => ctx.report({ ...finding, file }));
}

/**
 * Leiningen's dependency vectors (`[ring/ring-core "1.10.0"]`, `[compojure "1.7.0"]`), as project.clj
 * and shadow-cljs.edn write them. The package entry is Clojars', named as Clojars names it
 * (`ring/ring-core`; `noir` for noir/noir). The Maven coordinate still names a tool where a key has
 * one, but is no entry.
 */
function clojarsVectors(source: string, report: (finding: { ref: string; version: string; direct?: boolean }) => void): void {
  // Comments (`;; [ring/ring-core "1.9.0"]`, or after a vector) are not read.
  const text = blankComments(source, CLOJURE);
  for (const m of text.matchAll(/\[([\w.-]+)(?:\/([\w.-]+))?\s+"([^"]+)"/g)) {
    const group = m[1]!;
    const artifact = m[2] ?? m[1]!;
    report({ ref: `clojars:${group === artifact ? artifact : `${group}/${artifact}`}`, version: m[3]!, direct: true });
    report({ ref: `maven:${group}:${artifact}`, version: m[3]! });
  }
}
