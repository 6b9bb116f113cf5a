import { textLines } from "../../src/kit.js";
import { scalaBinary } from "./scala-syntax.js";

/**
 * Scala CLI's using directives, the comment lines heading a project.scala or a script:
 * `//> using scala 3.3.1`, `//> using dep com.lihaoyi::os-lib:0.9.3` (also `deps`, `lib`, `libs`,
 * quoted, several a line) and `//> using test.dep ...` (a test dependency). `::` appends the Scala
 * binary version to the artifact as sbt's `%%` does (`_3`, `_2.13`; Scala CLI's default Scala is 3),
 * `:::` the full one. A file without directives reports nothing.
 */
export function scalaCliDirectives(text: string, report: (finding: { ref: string; version?: string; line?: number; direct?: boolean; dev?: boolean }) => void): void {
  const directives: Array<{ key: string; values: string[]; line: number }> = [];
  textLines(text).forEach((raw, i) => {
    const m = /^\s*\/\/>\s*using\s+([\w.-]+)\s*(.*)$/.exec(raw);
    if (!m) return;
    const values = [...m[2]!.matchAll(/"([^"]*)"|([^\s,"]+)/g)].map((v) => v[1] ?? v[2]!).filter(Boolean);
    directives.push({ key: m[1]!, values, line: i + 1 });
  });
  if (directives.length === 0) return;
  const scala = directives.find((d) => d.key === "scala")?.values[0];
  if (scala !== undefined || directives.some((d) => /^(?:test\.)?(?:deps?|libs?)$/.test(d.key))) report({ ref: "runtime:scala", version: scala, line: directives.find((d) => d.key === "scala")?.line });
  // `//> using platform js` (or `scala-js`; `platforms` lists several) compiles with Scala.js, at
  // `//> using jsVersion 1.16.0` where given.
  const platform = directives.find((d) => /^platforms?$/.test(d.key) && d.values.some((v) => /^(?:js|scala-js|scalajs)$/i.test(v)));
  if (platform) report({ ref: "runtime:scala-js", version: directives.find((d) => d.key === "jsVersion")?.values[0], line: platform.line });
  const binary = scala === undefined ? "3" : scalaBinary(scala);
  for (const { key, values, line } of directives) {
    const kind = /^(test\.)?(?:deps?|libs?)$/.exec(key);
    if (!kind) continue;
    for (const value of values) {
      const m = /^([\w.-]+)(:{1,3})([\w.-]+)(?::{1,2})([^:,\s]+)$/.exec(value);
      if (!m) continue;
      const [, group, ops, artifact, version] = m;
      const suffix = ops === "::" ? `_${binary}` : ops === ":::" && scala ? `_${scala}` : "";
      report({ ref: `maven:${group}:${artifact}${suffix}`, version, line, direct: true, dev: kind[1] !== undefined });
    }
  }
}
