import type { Detector } from "../../src/types.js";
import { baseName, blankComments, dirOf, hostName, inFolder, isRecord, lineCounter, textLines, yamlDocuments, type CommentSyntax } from "../../src/kit.js";
import { JVM_OTHER_FILES } from "../files.js";

/**
 * The smaller JVM build tools, read as text at a basic level: sbt (`libraryDependencies` with
 * `%` and `%%`, a `Seq(...).map(_ % version)` of modules sharing a release, `scalaVersion`), Clojure deps.edn (`:deps` maps) and Leiningen project.clj
 * (`:dependencies` vectors, as shadow-cljs.edn writes them too: a ClojureScript build), Kotlin scripts' `@file:DependsOn` (*.main.kts), Scala CLI's `//> using` directives (project.scala, or a script at the
 * root), and a Mill build's build.sc or build.mill (`scalaVersion`, `ivy"..."` dependencies). Coordinates are reported as Maven coordinates; Leiningen's also as
 * Clojars packages, which is how the site lists them. Also a Grails 1.x/2.x application's metadata
 * file, application.properties beside grails-app/, whose `app.grails.version` is the Grails release
 * the application runs on (Grails 3+ declares it in Gradle instead). And an Apache JMeter test plan
 * (*.jmx), whose root element records the JMeter release that saved it (`jmeter="5.6.3"`). And a Spring
 * Boot application's configuration (application.properties or .yml, and its profiles' application-<profile>
 * files): the SMTP server `spring.mail.host` sends mail through, the mail service it belongs to; a
 * Quarkus application's `quarkus.mailer.host` likewise.
 */
export const jvmOtherDetector: Detector = {
  name: "jvm-other",
  files: JVM_OTHER_FILES,
  async detect(ctx) {
    for (const file of ctx.files) {
      const base = baseName(file);
      // An sbt build's project/ folder is read for the build.sbt beside it, below.
      if (/(?:^|\/)project\/(?:plugins\.sbt|[^/]*\.scala)$/.test(file)) continue;
      const text = await ctx.text(file);
      if (text === undefined) continue;
      if (file.endsWith(".jmx")) {
        // `<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">`; older plans add the
        // build's revision (`jmeter="5.0 r1840935"`). Only the root element of a plan is read.
        const jmeter = /<jmeterTestPlan\b[^>]*?\sjmeter\s*=\s*["'](\d+(?:\.\d+){0,2})\b/.exec(text.slice(0, 4096))?.[1];
        if (jmeter) ctx.report({ ref: "runtime:jmeter", file, version: jmeter });
        continue;
      }
      if (file.endsWith(".main.kts")) {
        // A Kotlin script's dependencies: `@file:DependsOn("com.squareup.okhttp3:okhttp:4.12.0")`, one
        // or more coordinates an annotation.
        // An annotation's arguments run to the first `)` after it (as `\(([^)]*)\)` read them), and
        // one never closed ends the reading: no later one closes either, and reading on to the end
        // from each took minutes for 60,000 of them.
        // An opener inside the arguments of one before it is part of them.
        const lineAt = lineCounter(text);
        let close = -1;
        for (const m of text.matchAll(/^[ \t]*@file:DependsOn\(/gm)) {
          if (m.index < close) continue;
          close = text.indexOf(")", m.index + m[0].length);
          if (close < 0) break;
          for (const c of text.slice(m.index + m[0].length, close).matchAll(/"([\w.-]+):([\w.-]+):([^":\s]+)"/g)) {
            ctx.report({ ref: `maven:${c[1]}:${c[2]}`, file, line: lineAt(m.index), version: c[3], direct: true });
          }
        }
        continue;
      }
      if (base === "build.sc" || base === "build.mill" || base === "package.mill") {
        millBuild(text, (finding) => ctx.report({ ...finding, file }));
        continue;
      }
      if (/\.(?:scala|sc)$/.test(file)) {
        scalaCliDirectives(text, (finding) => ctx.report({ ...finding, file }));
        continue;
      }
      if (base === "build.sbt") {
        // The string vals the build's version settings name: build.sbt's own, then those of its
        // project/*.scala (`object Versions { val http4s = "0.23.25" }`, read by their last name).
        // Comments (`// "com.typesafe.akka" %% "akka-actor" % "2.5.32",`, `/* ... */`) are not read.
        const code = blankComments(text, SCALA);
        const project = inFolder(dirOf(file), "project");
        const vals = stringVals(code);
        const projectScala: Array<[string, string]> = [];
        for (const scala of ctx.files.filter((f) => dirOf(f) === project && f.endsWith(".scala"))) {
          const scalaCode = blankComments((await ctx.text(scala)) ?? "", SCALA);
          projectScala.push([scala, scalaCode]);
          for (const [k, v] of stringVals(scalaCode)) if (!vals.has(k)) vals.set(k, v);
        }
        const valOf = (name: string | undefined) => (name === undefined ? undefined : vals.get(name.slice(name.lastIndexOf(".") + 1)));
        const scala = scalaVersionOf(code, valOf);
        ctx.report({ ref: "runtime:scala", file, version: scala });
        // No SBT: the site names none from an sbt build (files.yml), so project/build.properties'
        // `sbt.version` is not read for it.
        // The module IDs of build.sbt, and of its project/*.scala, where many builds keep them
        // (`lazy val akkaActor = "com.typesafe.akka" %% "akka-actor-typed" % Versions.akka` in
        // project/Dependencies.scala, used as `libraryDependencies += Dependencies.akkaActor`).
        for (const [source, body] of [[file, code] as [string, string], ...projectScala]) {
          for (const m of body.matchAll(/"([\w.-]+)"\s*(%%?%?)\s*"([\w.-]+)"\s*%\s*(?:"([^"]+)"|([A-Za-z_][\w.]*))/g)) {
            const [, group, ops, artifact, written, named] = m;
            const version = written ?? valOf(named);
            if (version === undefined) continue;
            // `%%%` (a Scala.js or Native cross-build's) takes the Scala suffix as `%%` does, the
            // platform's before it left out, as Mill's and Scala CLI's `::` platform forms are read.
            const binary = ops !== "%" && scala ? `_${scalaBinary(scala)}` : "";
            ctx.report({ ref: `maven:${group}:${artifact}${binary}`, file: source, version, direct: true });
          }
          // Modules of one release written once for all (`Seq("com.typesafe.akka" %% "akka-actor-typed",
          // "com.typesafe.akka" %% "akka-stream").map(_ % akkaVersion)`): each takes the version the map adds.
          // (`\s*(?:\.\s*)?`, not `\s*\.?\s*`: the two tried each split of a long run of spaces.)
          for (const m of body.matchAll(/\bSeq\(([^()]*)\)\s*(?:\.\s*)?map\s*\(\s*_\s*%\s*(?:"([^"]+)"|([A-Za-z_][\w.]*))/g)) {
            const version = m[2] ?? valOf(m[3]);
            if (version === undefined) continue;
            for (const id of m[1]!.matchAll(/"([\w.-]+)"\s*(%%?%?)\s*"([\w.-]+)"\s*(?=,|$)/g)) {
              const [, group, ops, artifact] = id;
              const binary = ops !== "%" && scala ? `_${scalaBinary(scala)}` : "";
              ctx.report({ ref: `maven:${group}:${artifact}${binary}`, file: source, version, direct: true });
            }
          }
        }
        // The plugins the build applies, project/plugins.sbt's `addSbtPlugin(group % artifact % version)`:
        // Play's (`com.typesafe.play` % `sbt-plugin`, released with Play) is how a Play app declares Play.
        const plugins = inFolder(project, "plugins.sbt");
        const pluginText = ctx.files.includes(plugins) ? blankComments((await ctx.text(plugins)) ?? "", SCALA) : "";
        const pluginVals = stringVals(pluginText);
        const lineAt = lineCounter(pluginText);
        for (const m of pluginText.matchAll(/^[ \t]*addSbtPlugin\(\s*"([\w.-]+)"\s*%\s*"([\w.-]+)"\s*%\s*(?:"([^"]+)"|([A-Za-z_][\w.]*))/gm)) {
          const [, group, artifact, written, named] = m;
          const version = written ?? (named === undefined ? undefined : pluginVals.get(named) ?? valOf(named));
          ctx.report({ ref: `maven:${group}:${artifact}`, file: plugins, line: lineAt(m.index), version, direct: true });
        }
      } else if (base === "deps.edn") {
        ctx.report({ ref: "runtime:clojure", file });
        for (const m of blankComments(text, CLOJURE).matchAll(/(?<![\w.-])([\w.-]+)\/([\w.-]+)\s*\{\s*:mvn\/version\s*"([^"]+)"/g)) {
          ctx.report({ ref: `maven:${m[1]}:${m[2]}`, file, version: m[3], direct: true });
        }
      } else if (/^application(?:-[\w.-]+)?\.(?:properties|ya?ml)$/.test(base)) {
        // Only Grails' metadata file carries this key; a Spring Boot application.properties does not.
        const grails = base === "application.properties" ? /^[ \t]*app\.grails\.version[ \t]*[=:][ \t]*([\w.-]+)/m.exec(text)?.[1] : undefined;
        if (grails) ctx.report({ ref: "runtime:grails", file, version: grails });
        // Only a file that sets a mail key is read further (parsed, for YAML).
        if (!/spring\.mail\.host|quarkus\.mailer\.host|^[ \t]*mail(?:er)?[ \t]*:/m.test(text)) continue;
        const hosts = base.endsWith(".properties") ? mailHostsOfProperties(text) : mailHostsOfYaml(yamlDocuments(ctx, file, text) ?? []);
        for (const host of new Set(hosts)) {
          if (ctx.lookup("smtp-host", host).length > 0) ctx.report({ ref: `smtp-host:${host}`, file, line: hostLine(text, host) });
        }
      } else if (base === "project.clj") {
        // A Leiningen template's project file (`(defproject {{name}} ...)` under src/leiningen/new/)
        // is what the template generates, not this project's build: its dependencies are not ours.
        if (/\(defproject\s+\{\{/.test(text)) continue;
        ctx.report({ ref: "runtime:clojure", file });
        ctx.report({ ref: "runtime:leiningen", file });
        clojarsVectors(text, (finding) => ctx.report({ ...finding, file }));
      } else if (base === "shadow-cljs.edn") {
        // shadow-cljs's build file: a ClojureScript build (the compiler comes with shadow-cljs, so
        // no release here), its `:dependencies` written as Leiningen's vectors (`[reagent "1.2.0"]`).
        ctx.report({ ref: "runtime:clojurescript", file });
        clojarsVectors(text, (finding) => ctx.report({ ...finding, file }));
      }
    }
  },
};

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

/** The Scala binary version sbt's `%%` and Mill's `::` append to an artifact: `3` for Scala 3, `2.13` for 2.13.12. */
function scalaBinary(scala: string): string {
  return scala.split(".").slice(0, scala.startsWith("3") ? 1 : 2).join(".");
}

/** Scala's comments (sbt's and Mill's builds): `//` to the line's end and `/* ... *\/`, outside `"` strings. */
const SCALA: CommentSyntax = { line: ["//"], block: ["/*", "*/"], quotes: '"' };

/** Clojure's (project.clj, deps.edn, shadow-cljs.edn): `;` to the line's end, outside strings, which may run over lines. */
const CLOJURE: CommentSyntax = { line: [";"], quotes: '"', multiline: '"' };


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

/** An SMTP server as written (`smtp.sendgrid.net`), or the default of a `${MAIL_HOST:smtp.sendgrid.net}` placeholder; lower-cased. */
function smtpServer(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const v = value.trim();
  const server = /^\$\{[\w.-]+:([^}]*)\}$/.exec(v)?.[1] ?? v;
  return hostName(server);
}

/**
 * The SMTP servers of an application.properties: Spring Boot's `spring.mail.host` and Quarkus'
 * `quarkus.mailer.host`, also under a Quarkus profile (`%prod.quarkus.mailer.host`). The key ends
 * at `=`, `:` or white space, as java.util.Properties reads it (`spring.mail.host smtp.sendgrid.net`
 * too); comments skipped.
 */
export function mailHostsOfProperties(text: string): string[] {
  const out: string[] = [];
  for (const line of textLines(text)) {
    const m = /^[ \t]*(?:%[\w-]+(?:,[\w-]+)*\.)?(?:spring\.mail|quarkus\.mailer)\.host(?:[ \t]*[=:][ \t]*|[ \t]+)(\S+)/.exec(line);
    const host = smtpServer(m?.[1]);
    if (host) out.push(host);
  }
  return out;
}

/**
 * The SMTP servers of an application.yml's documents, nested or as a dotted key: Spring Boot's
 * `spring.mail.host` and Quarkus' `quarkus.mailer.host` (quarkus-config-yaml), also under a Quarkus
 * profile's key (`"%prod": { quarkus: ... }`).
 */
export function mailHostsOfYaml(docs: unknown[]): string[] {
  const out: string[] = [];
  const roots = docs.filter(isRecord).flatMap((doc) => [doc, ...Object.keys(doc).filter((k) => k.startsWith("%")).map((k) => doc[k]).filter(isRecord)]);
  for (const doc of roots) {
    const candidates = [...hostsUnder(doc, "spring", "mail"), ...hostsUnder(doc, "quarkus", "mailer")];
    for (const value of candidates) {
      const host = smtpServer(value);
      if (host) out.push(host);
    }
  }
  return out;
}

/** `root.mail.host`, `root["mail.host"]` and `"root.mail.host"` of a YAML document, as Spring and Quarkus read them alike. */
function hostsUnder(doc: Record<string, unknown>, root: string, section: string): unknown[] {
  const top = doc[root];
  const nested = isRecord(top) ? top[section] : undefined;
  return [isRecord(nested) ? nested.host : undefined, isRecord(top) ? top[`${section}.host`] : undefined, doc[`${root}.${section}.host`]];
}

/**
 * The 1-based line where the lower-cased `needle` first occurs in `text` outside a comment line (`#`,
 * and a properties file's `!`): a commented-out `# spring.mail.host=...` above is not where it is set.
 */
function hostLine(text: string, needle: string): number | undefined {
  const at = textLines(text).findIndex((line) => !/^\s*[#!]/.test(line) && line.toLowerCase().includes(needle));
  return at < 0 ? undefined : at + 1;
}
