import type { DetectContext } from "../../src/types.js";
import { dirOf } from "../../src/kit.js";
import { isProcessorConfiguration, type BuildScript, type GradleDependency } from "./build-script.js";
import { reportWebjar } from "../maven/webjars.js";
import { androidReleases } from "./android.js";
import { KOTLIN_PLUGINS } from "./kotlin.js";
import type { ProjectLocks } from "./lockfiles.js";
import type { GradleModel } from "./model.js";
import type { Releases } from "./releases.js";
import { catalogLines, reportPlugin } from "./finding-parts.js";

/** The Google Services plugin, which reads an app's google-services.json (Firebase's configuration). */
const GOOGLE_SERVICES = "com.google.gms.google-services";

/** Plugins that build an Android app or library. */
const ANDROID_PLUGINS = new Set(["com.android.application", "com.android.library"]);

/** Plugins that mean a Java build. */
const JAVA_PLUGINS = new Set(["java", "java-library", "application", "war", "org.springframework.boot"]);

/** What the whole tree tells a script's report. */
export interface TreeFacts {
  /** Each project's locked releases, by the project's folder. */
  lockfiles: ReadonlyMap<string, ProjectLocks>;
  /** The ids of buildSrc's convention plugins that apply Kotlin (kotlin.ts). */
  kotlinConventions: ReadonlySet<string>;
  compilesKotlin: boolean;
  /** Whether a folder holds .java sources (buildSrc's aside). */
  holdsJava: (dir: string) => boolean;
}

/** Reports what a build script applies, depends on and targets (settings scripts aside). */
export function reportScript(ctx: DetectContext, model: GradleModel, releases: Releases, tree: TreeFacts, file: string, script: BuildScript): void {
  const reading: ScriptReport = { ctx, model, releases, tree, file, script, resolve: model.resolveIn(file, script.variables), lockfile: tree.lockfiles.get(dirOf(file)) };
  const build = reportPlugins(reading);
  for (const d of script.dependencies) reportDependency(reading, d);
  const android = build.android || Boolean(script.compileSdk);
  if (android) reportAndroid(reading);
  if (script.compose) ctx.report({ ref: "runtime:jetpack-compose", file });
  for (const tool of script.toolVersions ?? []) ctx.report({ ref: `gradle-plugin:${tool.id}`, file, line: tool.line, version: tool.version });
  // An Android module's compileOptions set the bytecode level every Android build sets, Kotlin
  // apps' too: Java itself shows in the module's .java sources (the languages), not there.
  // A Kotlin (or Scala) module's Java version and java/application/Spring Boot plugins set the
  // JVM it targets, not its language: it is Java only where it holds .java sources.
  const dir = dirOf(file);
  const otherLanguageOnly = build.otherLanguage && !tree.holdsJava(dir);
  if (((script.javaVersion && !android) || build.java) && !otherLanguageOnly) ctx.report({ ref: "runtime:java", file, version: script.javaVersion });
  if (dir === "" || script.plugins.length || script.dependencies.length) ctx.report({ ref: "runtime:gradle", file });
}

/** One build script being reported, with what it is read with: its values resolved in `resolve`. */
interface ScriptReport {
  ctx: DetectContext;
  model: GradleModel;
  releases: Releases;
  tree: TreeFacts;
  file: string;
  script: BuildScript;
  resolve: (value: string | undefined) => string | undefined;
  /** The dependency lockfile of the script's project, if it has one. */
  lockfile: ProjectLocks | undefined;
}

/** The kinds of build a script's plugins make it. */
interface BuildKinds {
  java: boolean;
  /** Kotlin or Scala, which set a JVM target, not Java as the language. */
  otherLanguage: boolean;
  android: boolean;
}

/** Each plugin the script applies, reported, and the kinds of build they make it. */
function reportPlugins({ ctx, model, releases, tree, file, script, resolve }: ScriptReport): BuildKinds {
  const build: BuildKinds = { java: false, otherLanguage: false, android: false };
  for (const p of script.plugins) {
    const { id, version, versionFile } = model.pluginOf(file, p);
    // Declared `apply false`: its version (in the releases) serves the projects that apply it,
    // and those name it; a plugin no project applies is not part of the build.
    if (!id || p.declaredOnly) continue;
    // Capacitor's app template applies the google-services plugin only `if` google-services.json
    // is there (`def servicesJSON = file('google-services.json')`): every Capacitor app carries
    // those lines, Firebase or not. (The built-in catalog names nothing from the plugin, nor from
    // the file, since stop 47; a repository's own catalog may.)
    if (id === GOOGLE_SERVICES && p.conditional && model.servicesFileTests.has(file)) continue;
    if (JAVA_PLUGINS.has(id)) build.java = true;
    // Scala's plugin likewise (as scala-maven-plugin is in a pom): it applies java for its JVM.
    if (KOTLIN_PLUGINS.has(id) || tree.kotlinConventions.has(id) || id === "scala") build.otherLanguage = true;
    if (ANDROID_PLUGINS.has(id)) build.android = true;
    // A plugin versioned apart from the tool it reveals (the Android Gradle Plugin) opens its catalog matcher with `~`.
    const own = resolve(version);
    reportPlugin(ctx, file, id, p.line, own === undefined ? releases.pluginVersionOf(file, id) : { version: own, file: versionFile });
  }
  return build;
}

/** A library a dependency names through a version catalog (or a value the build assigns). */
type NamedLibrary = { group: string; name: string; version?: string; file?: string; lines?: number[] };

/** The version catalog entry a dependency's accessor names, if any. */
type CatalogEntry = ReturnType<GradleModel["catalogOf"]>;

/** Each artifact a dependency declares (one, or a catalog bundle's), reported. */
function reportDependency(reading: ScriptReport, d: GradleDependency): void {
  const { model, file, script } = reading;
  // Accessors keep the alias's case (`libs.sqlDelight.runtime` for `sqlDelight-runtime`); the catalog's keys are lowercased.
  const c = model.catalogOf(file, d.catalogAccessor);
  const bundle = c?.key.startsWith("bundles.") ? c.catalog.bundles.get(c.key.slice("bundles.".length)) : undefined;
  // A name no catalog holds is a value the build assigns (an `ext` map's entry), cited where it is written.
  const libraries: (NamedLibrary | undefined)[] = bundle
    ? bundle.map((key) => c!.catalog.libraries.get(key))
    : c
      ? [c.catalog.libraries.get(c.key)]
      : (model.referenced(file, script, d.reference) ?? [undefined]);
  for (const lib of libraries) reportArtifact(reading, d, c, lib);
}

/** One artifact of a dependency (`lib`: the library its catalog entry or value names), at its locked, declared or family release. */
function reportArtifact({ ctx, releases, tree, file, resolve, lockfile }: ScriptReport, d: GradleDependency, c: CatalogEntry, lib: NamedLibrary | undefined): void {
  const group = d.group ?? lib?.group;
  const name = d.name ?? lib?.name;
  if (!group || !name) return;
  if (d.configuration === "classpath" && group === "org.jetbrains.kotlin" && !tree.compilesKotlin) return;
  const declared = d.version ?? lib?.version;
  const locked = d.configuration !== "classpath" ? lockfile?.versions.get(`${group}:${name}`) : undefined;
  const own = locked ?? resolve(declared);
  const family = own ? undefined : releases.familyReleaseOf(file, group);
  ctx.report({
    ref: `maven:${group}:${name}`,
    file,
    line: d.line,
    ...catalogLines(c && lib?.lines ? c.file : undefined, lib?.lines),
    declared,
    version: own,
    versionFile: locked ? (lockfile!.paths?.get(`${group}:${name}`) ?? lockfile!.path) : lib?.version ? (c?.file ?? (lib.file !== file ? lib.file : undefined)) : undefined,
    ...family,
    // A buildscript classpath artifact, a BOM imported with mavenBom (as a pom's import scope) or
    // an annotation processor: no dependency of the project, so no package entry.
    direct: d.configuration !== "classpath" && d.configuration !== "mavenBom" && !isProcessorConfiguration(d.configuration),
    dev: /^test|^androidTest|Test(?=[A-Z]|$)/.test(d.configuration),
    matchFirst: "gradle",
  });
  if (d.configuration !== "classpath" && d.configuration !== "mavenBom") reportWebjar(ctx, group, name, { file, line: d.line, declared, version: own ?? family?.version });
}

/**
 * An Android module's Android OS, and its SDK where a level names one: the API level it compiles
 * against names the release (34 is Android 14) when it is written as a number or a variable we
 * resolve. Where that level is Flutter's own (`flutter.compileSdkVersion`), the module's minimum
 * level written beside it names the release, as the site reads such an app.
 */
function reportAndroid({ ctx, file, script, resolve }: ScriptReport): void {
  const compiled = androidReleases(resolve(script.compileSdk));
  const { sdk, os } = compiled.sdk ? compiled : androidReleases(resolve(script.minSdk));
  if (script.compileSdk || sdk) ctx.report({ ref: "runtime:android-sdk", file, version: sdk });
  ctx.report({ ref: "runtime:android-os", file, version: os });
}
