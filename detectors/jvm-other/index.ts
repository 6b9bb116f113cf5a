import type { Detector } from "../../src/types.js";
import { baseName, dirOf, inFolder, lineCounter } from "../../src/kit.js";

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
  files: ["build.sbt", "deps.edn", "project.clj", "application.properties", "**/project/build.properties", "**/project/*.scala", "**/project/plugins.sbt"],
  async detect(ctx) {
    for (const file of ctx.files) {
      const base = baseName(file);
      // An sbt build's project/ folder is read for the build.sbt beside it, below.
      if (/(?:^|\/)project\/(?:build\.properties|plugins\.sbt|[^/]*\.scala)$/.test(file)) continue;
      const text = await ctx.text(file);
      if (text === undefined) continue;
      if (base === "build.sbt") {
        // The string vals the build's version settings name: build.sbt's own, then those of its
        // project/*.scala (`object Versions { val http4s = "0.23.25" }`, read by their last name).
        const project = inFolder(dirOf(file), "project");
        const vals = stringVals(text);
        for (const scala of ctx.files.filter((f) => dirOf(f) === project && f.endsWith(".scala"))) {
          for (const [k, v] of stringVals((await ctx.text(scala)) ?? "")) if (!vals.has(k)) vals.set(k, v);
        }
        const valOf = (name: string | undefined) => (name === undefined ? undefined : vals.get(name.slice(name.lastIndexOf(".") + 1)));
        const scala = scalaVersionOf(text, valOf);
        ctx.report({ ref: "runtime:scala", file, version: scala });
        // The sbt release the build runs on: project/build.properties (`sbt.version=1.9.8`).
        const properties = inFolder(project, "build.properties");
        const sbt = ctx.files.includes(properties) ? /^[ \t]*sbt\.version[ \t]*[=:][ \t]*(\d[\w.-]*)/m.exec((await ctx.text(properties)) ?? "")?.[1] : undefined;
        ctx.report({ ref: "runtime:sbt", file, version: sbt, versionFile: sbt ? properties : undefined });
        for (const m of text.matchAll(/"([\w.-]+)"\s*(%%?%?)\s*"([\w.-]+)"\s*%\s*(?:"([^"]+)"|([A-Za-z_][\w.]*))/g)) {
          const [, group, ops, artifact, written, named] = m;
          const version = written ?? valOf(named);
          if (version === undefined) continue;
          const binary = ops === "%%" && scala ? `_${scala.split(".").slice(0, scala.startsWith("3") ? 1 : 2).join(".")}` : "";
          ctx.report({ ref: `maven:${group}:${artifact}${binary}`, file, version, direct: true });
        }
        // The plugins the build applies, project/plugins.sbt's `addSbtPlugin(group % artifact % version)`:
        // Play's (`com.typesafe.play` % `sbt-plugin`, released with Play) is how a Play app declares Play.
        const plugins = inFolder(project, "plugins.sbt");
        const pluginText = ctx.files.includes(plugins) ? ((await ctx.text(plugins)) ?? "") : "";
        const pluginVals = stringVals(pluginText);
        const lineAt = lineCounter(pluginText);
        for (const m of pluginText.matchAll(/^[ \t]*addSbtPlugin\(\s*"([\w.-]+)"\s*%\s*"([\w.-]+)"\s*%\s*(?:"([^"]+)"|([A-Za-z_][\w.]*))/gm)) {
          const [, group, artifact, written, named] = m;
          const version = written ?? (named === undefined ? undefined : pluginVals.get(named) ?? valOf(named));
          ctx.report({ ref: `maven:${group}:${artifact}`, file: plugins, line: lineAt(m.index), version, direct: true });
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
function scalaVersionOf(text: string, valOf: (name: string) => string | undefined): string | undefined {
  const setting = /scalaVersion(?:\s+in\s+\w+)?\s*:?=\s*(?:"([^"]+)"|([A-Za-z_][\w.]*))/.exec(text);
  if (!setting || setting[1] !== undefined) return setting?.[1];
  return valOf(setting[2]!);
}

/** `val http4sVersion = "0.23.25"` (lazy, final or private too): each val holding a string, the first of a name kept. */
function stringVals(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/\bval\s+([A-Za-z_]\w*)\s*(?::\s*String\s*)?=\s*"([^"\n]*)"/g)) if (!out.has(m[1]!)) out.set(m[1]!, m[2]!);
  return out;
}
