import { blankComments, lineCounter } from "../../src/kit.js";
import { SCALA, scalaBinary, stringVals } from "./scala-syntax.js";

/**
 * A Mill build (build.sc; build.mill since Mill 0.12, with a subfolder module's package.mill), read as text: a module's
 * `def scalaVersion = "3.3.1"` (or the string val it names) and its dependencies, `ivy"..."`
 * (`mvn"..."` since Mill 1.0) coordinates: `org::name:version` appends the Scala binary version as
 * sbt's `%%` does, `:::` the full one. A Java-only build (no scalaVersion, no ScalaModule) names no Scala.
 */
export function millBuild(source: string, report: (finding: { ref: string; version?: string; line?: number; direct?: boolean }) => void): void {
  const text = blankComments(source, SCALA);
  const vals = stringVals(text);
  const setting = /\bdef\s+scalaVersion\s*(?::\s*[\w[\]]+\s*)?=\s*(?:T\s*\{\s*|Task\s*\{\s*)?(?:"([^"\n]+)"|([A-Za-z_][\w.]*))/.exec(text);
  const scala = setting ? (setting[1] ?? vals.get(setting[2]!.slice(setting[2]!.lastIndexOf(".") + 1))) : undefined;
  if (setting || /\bextends\s+(?:\w+\s+with\s+)*(?:Cross)?Scala(?:JS|Native)?Module\b/.test(text)) report({ ref: "runtime:scala", version: scala });
  const binary = scala === undefined ? undefined : scalaBinary(scala);
  const lineAt = lineCounter(text);
  // A ScalaJSModule's `def scalaJSVersion = "1.16.0"`: the Scala.js release the module compiles with.
  const scalaJs = /\bdef\s+scalaJSVersion\s*(?::\s*[\w[\]]+\s*)?=\s*(?:T\s*\{\s*|Task\s*\{\s*)?(?:"([^"\n]+)"|([A-Za-z_]\w*))/.exec(text);
  if (scalaJs) report({ ref: "runtime:scala-js", version: scalaJs[1] ?? vals.get(scalaJs[2]!), line: lineAt(scalaJs.index) });
  for (const m of text.matchAll(/\b(?:ivy|mvn)"([\w.-]+)(:{1,3})([\w.-]+)(?::{1,2})(?:\$\{?(\w+)\}?|([^":\s$]+))"/g)) {
    // A release interpolated from a val (`ivy"com.lihaoyi::cask:$caskVersion"`) is that val's string.
    const [, group, ops, artifact, named, written] = m;
    const version = written ?? vals.get(named!);
    if (version === undefined) continue;
    const suffix = ops === "::" && binary ? `_${binary}` : ops === ":::" && scala ? `_${scala}` : "";
    report({ ref: `maven:${group}:${artifact}${suffix}`, version, line: lineAt(m.index), direct: true });
  }
}
