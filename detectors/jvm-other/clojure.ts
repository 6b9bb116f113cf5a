import { blankComments, type CommentSyntax } from "../../src/kit.js";

/** Clojure's (project.clj, deps.edn, shadow-cljs.edn): `;` to the line's end, outside strings, which may run over lines. */
export const CLOJURE: CommentSyntax = { line: [";"], quotes: '"', multiline: '"' };

/**
 * Leiningen's dependency vectors (`[ring/ring-core "1.10.0"]`, `[compojure "1.7.0"]`), as project.clj
 * and shadow-cljs.edn write them. The package entry is Clojars', named as Clojars names it
 * (`ring/ring-core`; `noir` for noir/noir). The Maven coordinate still names a tool where a key has
 * one, but is no entry.
 */
export function clojarsVectors(source: string, report: (finding: { ref: string; version: string; direct?: boolean }) => void): void {
  // Comments (`;; [ring/ring-core "1.9.0"]`, or after a vector) are not read.
  const text = blankComments(source, CLOJURE);
  for (const m of text.matchAll(/\[([\w.-]+)(?:\/([\w.-]+))?\s+"([^"]+)"/g)) {
    const group = m[1]!;
    const artifact = m[2] ?? m[1]!;
    report({ ref: `clojars:${group === artifact ? artifact : `${group}/${artifact}`}`, version: m[3]!, direct: true });
    report({ ref: `maven:${group}:${artifact}`, version: m[3]! });
  }
}
