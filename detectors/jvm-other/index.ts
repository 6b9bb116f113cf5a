import type { DetectContext, Detector } from "../../src/types.js";
import { baseName } from "../../src/kit.js";
import { JVM_OTHER_FILES } from "../files.js";
import { reportKotlinScript } from "./kotlin-script.js";
import { millBuild } from "./mill.js";
import { scalaCliDirectives } from "./scala-cli.js";
import { reportSbtBuild } from "./sbt.js";
import { reportDepsEdn, reportLeiningenProject, reportShadowCljs } from "./clojure.js";
import { reportApplicationConfig } from "./application-config.js";

export { mailHostsOfProperties } from "./application-config.js";

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
      if (file.endsWith(".jmx")) reportJmeterPlan(ctx, file, text);
      else if (file.endsWith(".main.kts")) reportKotlinScript(ctx, file, text);
      else if (base === "build.sc" || base === "build.mill" || base === "package.mill") millBuild(text, (finding) => ctx.report({ ...finding, file }));
      else if (/\.(?:scala|sc)$/.test(file)) scalaCliDirectives(text, (finding) => ctx.report({ ...finding, file }));
      else if (base === "build.sbt") await reportSbtBuild(ctx, file, text);
      else if (base === "deps.edn") reportDepsEdn(ctx, file, text);
      else if (/^application(?:-[\w.-]+)?\.(?:properties|ya?ml)$/.test(base)) reportApplicationConfig(ctx, file, text);
      else if (base === "project.clj") reportLeiningenProject(ctx, file, text);
      else if (base === "shadow-cljs.edn") reportShadowCljs(ctx, file, text);
    }
  },
};

/**
 * An Apache JMeter test plan: `<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">`;
 * older plans add the build's revision (`jmeter="5.0 r1840935"`). Only the root element of a plan is read.
 */
function reportJmeterPlan(ctx: DetectContext, file: string, text: string): void {
  const jmeter = /<jmeterTestPlan\b[^>]*?\sjmeter\s*=\s*["'](\d+(?:\.\d+){0,2})\b/.exec(text.slice(0, 4096))?.[1];
  if (jmeter) ctx.report({ ref: "runtime:jmeter", file, version: jmeter });
}
