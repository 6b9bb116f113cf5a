import type { Detector } from "../../src/types.js";
import { baseName } from "../../src/kit.js";

/**
 * The smaller JVM build tools, read as text at a basic level: sbt (`libraryDependencies` with
 * `%` and `%%`, `scalaVersion`), Clojure deps.edn (`:deps` maps) and Leiningen project.clj
 * (`:dependencies` vectors). Coordinates are reported as Maven coordinates; Leiningen's also as
 * Clojars packages, which is how the site lists them. Also a Grails 1.x/2.x application's metadata
 * file, application.properties beside grails-app/, whose `app.grails.version` is the Grails release
 * the application runs on (Grails 3+ declares it in Gradle instead).
 */
export const jvmOtherDetector: Detector = {
  name: "jvm-other",
  files: ["build.sbt", "deps.edn", "project.clj", "application.properties"],
  async detect(ctx) {
    for (const file of ctx.files) {
      const text = await ctx.text(file);
      if (text === undefined) continue;
      const base = baseName(file);
      if (base === "build.sbt") {
        const scala = scalaVersionOf(text);
        ctx.report({ ref: "runtime:scala", file, version: scala });
        ctx.report({ ref: "runtime:sbt", file });
        for (const m of text.matchAll(/"([\w.-]+)"\s*(%%?%?)\s*"([\w.-]+)"\s*%\s*"([^"]+)"/g)) {
          const [, group, ops, artifact, version] = m;
          const binary = ops === "%%" && scala ? `_${scala.split(".").slice(0, scala.startsWith("3") ? 1 : 2).join(".")}` : "";
          ctx.report({ ref: `maven:${group}:${artifact}${binary}`, file, version, direct: true });
        }
      } else if (base === "deps.edn") {
        ctx.report({ ref: "runtime:clojure", file });
        for (const m of text.matchAll(/(?<![\w.-])([\w.-]+)\/([\w.-]+)\s*\{\s*:mvn\/version\s*"([^"]+)"/g)) {
          ctx.report({ ref: `maven:${m[1]}:${m[2]}`, file, version: m[3], direct: true });
        }
      } else if (base === "application.properties") {
        // Only Grails' metadata file carries this key; a Spring Boot application.properties does not.
        const grails = /^[ \t]*app\.grails\.version[ \t]*[=:][ \t]*([\w.-]+)/m.exec(text)?.[1];
        if (grails) ctx.report({ ref: "runtime:grails", file, version: grails });
      } else if (base === "project.clj") {
        // A Leiningen template's project file (`(defproject {{name}} ...)` under src/leiningen/new/)
        // is what the template generates, not this project's build: its dependencies are not ours.
        if (/\(defproject\s+\{\{/.test(text)) continue;
        ctx.report({ ref: "runtime:clojure", file });
        ctx.report({ ref: "runtime:leiningen", file });
        for (const m of text.matchAll(/\[([\w.-]+)(?:\/([\w.-]+))?\s+"([^"]+)"/g)) {
          const group = m[1]!;
          const artifact = m[2] ?? m[1]!;
          // The package entry is Clojars', named as Clojars names it (`ring/ring-core`; `noir` for
          // noir/noir). The Maven coordinate still names a tool where a key has one, but is no entry.
          ctx.report({ ref: `clojars:${group === artifact ? artifact : `${group}/${artifact}`}`, file, version: m[3], direct: true });
          ctx.report({ ref: `maven:${group}:${artifact}`, file, version: m[3] });
        }
      }
    }
  },
};

/**
 * The Scala version of a build.sbt: `scalaVersion := "2.13.12"` (sbt 0.13's `scalaVersion in ThisBuild :=` too), or the string of the val it names
 * (`val scala3Version = "3.3.1"` ... `scalaVersion := scala3Version`, as `sbt new scala/scala3.g8` writes).
 */
function scalaVersionOf(text: string): string | undefined {
  const setting = /scalaVersion(?:\s+in\s+\w+)?\s*:?=\s*(?:"([^"]+)"|([A-Za-z_]\w*))/.exec(text);
  if (!setting || setting[1] !== undefined) return setting?.[1];
  return new RegExp(`\\bval\\s+${setting[2]}\\s*=\\s*"([^"]+)"`).exec(text)?.[1];
}
