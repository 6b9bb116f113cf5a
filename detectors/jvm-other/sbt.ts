import type { DetectContext } from "../../src/types.js";
import { blankComments, dirOf, inFolder, lineCounter } from "../../src/kit.js";
import { SCALA, scalaBinary, stringVals } from "./scala-syntax.js";

type ValOf = (name: string | undefined) => string | undefined;

/**
 * An sbt build: build.sbt's Scala version and module IDs, those of its project/*.scala, and the
 * plugins project/plugins.sbt adds.
 */
export async function reportSbtBuild(ctx: DetectContext, file: string, text: string): Promise<void> {
  // Comments (`// "com.typesafe.akka" %% "akka-actor" % "2.5.32",`, `/* ... */`) are not read.
  const code = blankComments(text, SCALA);
  const project = inFolder(dirOf(file), "project");
  const { vals, projectScala } = await readValsAndProjectScala(ctx, code, project);
  const valOf: ValOf = (name) => (name === undefined ? undefined : vals.get(name.slice(name.lastIndexOf(".") + 1)));
  const scala = scalaVersionOf(code, valOf);
  ctx.report({ ref: "runtime:scala", file, version: scala });
  // No SBT: the site names none from an sbt build (files.yml), so project/build.properties'
  // `sbt.version` is not read for it.
  // The module IDs of build.sbt, and of its project/*.scala, where many builds keep them
  // (`lazy val akkaActor = "com.typesafe.akka" %% "akka-actor-typed" % Versions.akka` in
  // project/Dependencies.scala, used as `libraryDependencies += Dependencies.akkaActor`).
  for (const [source, body] of [[file, code] as [string, string], ...projectScala]) reportModuleIds(ctx, source, body, scala, valOf);
  await reportSbtPlugins(ctx, project, valOf);
}

/**
 * The string vals the build's version settings name: build.sbt's own, then those of its
 * project/*.scala (`object Versions { val http4s = "0.23.25" }`, read by their last name);
 * with each project/*.scala's code, comments blanked.
 */
async function readValsAndProjectScala(ctx: DetectContext, code: string, project: string): Promise<{ vals: Map<string, string>; projectScala: Array<[string, string]> }> {
  const vals = stringVals(code);
  const projectScala: Array<[string, string]> = [];
  for (const scala of ctx.files.filter((f) => dirOf(f) === project && f.endsWith(".scala"))) {
    const scalaCode = blankComments((await ctx.text(scala)) ?? "", SCALA);
    projectScala.push([scala, scalaCode]);
    for (const [k, v] of stringVals(scalaCode)) if (!vals.has(k)) vals.set(k, v);
  }
  return { vals, projectScala };
}

/** The module IDs one build file writes with their versions: `group %% artifact % version`, and a `Seq(...)` of them mapped to one version. */
function reportModuleIds(ctx: DetectContext, source: string, body: string, scala: string | undefined, valOf: ValOf): void {
  for (const m of body.matchAll(/"([\w.-]+)"\s*(%%?%?)\s*"([\w.-]+)"\s*%\s*(?:"([^"]+)"|([A-Za-z_][\w.]*))/g)) {
    const [, group, ops, artifact, written, named] = m;
    const version = written ?? valOf(named);
    if (version === undefined) continue;
    ctx.report({ ref: `maven:${group}:${artifact}${crossSuffix(ops!, scala)}`, file: source, version, direct: true });
  }
  // Modules of one release written once for all (`Seq("com.typesafe.akka" %% "akka-actor-typed",
  // "com.typesafe.akka" %% "akka-stream").map(_ % akkaVersion)`): each takes the version the map adds.
  // (`\s*(?:\.\s*)?`, not `\s*\.?\s*`: the two tried each split of a long run of spaces.)
  for (const m of body.matchAll(/\bSeq\(([^()]*)\)\s*(?:\.\s*)?map\s*\(\s*_\s*%\s*(?:"([^"]+)"|([A-Za-z_][\w.]*))/g)) {
    const version = m[2] ?? valOf(m[3]);
    if (version === undefined) continue;
    for (const id of m[1]!.matchAll(/"([\w.-]+)"\s*(%%?%?)\s*"([\w.-]+)"\s*(?=,|$)/g)) {
      const [, group, ops, artifact] = id;
      ctx.report({ ref: `maven:${group}:${artifact}${crossSuffix(ops!, scala)}`, file: source, version, direct: true });
    }
  }
}

/**
 * The artifact's Scala suffix: `%%` adds it; `%%%` (a Scala.js or Native cross-build's) takes it
 * as `%%` does, the platform's before it left out, as Mill's and Scala CLI's `::` platform forms are read.
 */
function crossSuffix(ops: string, scala: string | undefined): string {
  return ops !== "%" && scala ? `_${scalaBinary(scala)}` : "";
}

/**
 * The plugins the build applies, project/plugins.sbt's `addSbtPlugin(group % artifact % version)`:
 * Play's (`com.typesafe.play` % `sbt-plugin`, released with Play) is how a Play app declares Play.
 */
async function reportSbtPlugins(ctx: DetectContext, project: string, valOf: ValOf): Promise<void> {
  const plugins = inFolder(project, "plugins.sbt");
  const pluginText = ctx.files.includes(plugins) ? blankComments((await ctx.text(plugins)) ?? "", SCALA) : "";
  const pluginVals = stringVals(pluginText);
  const lineAt = lineCounter(pluginText);
  for (const m of pluginText.matchAll(/^[ \t]*addSbtPlugin\(\s*"([\w.-]+)"\s*%\s*"([\w.-]+)"\s*%\s*(?:"([^"]+)"|([A-Za-z_][\w.]*))/gm)) {
    const [, group, artifact, written, named] = m;
    const version = written ?? (named === undefined ? undefined : pluginVals.get(named) ?? valOf(named));
    ctx.report({ ref: `maven:${group}:${artifact}`, file: plugins, line: lineAt(m.index), version, direct: true });
  }
}

/**
 * The Scala version of a build.sbt: `scalaVersion := "2.13.12"` (sbt 0.13's `scalaVersion in ThisBuild :=` too), or the string of the val it names
 * (`val scala3Version = "3.3.1"` ... `scalaVersion := scala3Version`, as `sbt new scala/scala3.g8` writes).
 */
function scalaVersionOf(text: string, valOf: (name: string) => string | undefined): string | undefined {
  const setting = /scalaVersion(?:\s+in\s+\w+)?\s*:?=\s*(?:"([^"]+)"|([A-Za-z_][\w.]*))/.exec(text);
  if (!setting || setting[1] !== undefined) return setting?.[1];
  return valOf(setting[2]!);
}
