import type { Detector } from "../../src/types.js";
import { baseName, foldersHolding } from "../../src/kit.js";
import { publishedCatalogs } from "./catalogs.js";
import { GRADLE_FILES } from "../files.js";
import { GradleModel } from "./model.js";
import { Releases } from "./releases.js";
import { readProjectLocks } from "./lockfiles.js";
import { compilesKotlin, kotlinConventions } from "./kotlin.js";
import { reportScript } from "./script-report.js";
import { reportBuildSrc } from "./build-src-report.js";

export { readGradleLockfile } from "./lockfiles.js";

/**
 * Gradle builds read as text: dependencies of every configuration (string, map and version
 * catalog notation, bundles), `plugins {}` (versions declared once, in the root script or the
 * settings' pluginManagement, apply to the whole build), variables from gradle.properties,
 * `ext`, `def` and `val`, the version catalog, the Java version, the Android compileSdk,
 * Compose and the Gradle version of the wrapper; and the dependency constants of buildSrc.
 */
export const gradleDetector: Detector = {
  name: "gradle",
  files: GRADLE_FILES,
  async detect(ctx) {
    const model = new GradleModel(ctx);
    await model.readProperties();
    await model.readSettings();
    for (const [file, text] of model.settings) {
      for (const { name, coordinates, group, artifact, version, property } of publishedCatalogs(text)) {
        ctx.warn(file, `version catalog "${name}" comes from the published artifact ${coordinates}, which a scan does not download: the dependencies and plugins the scripts take from ${name}.* are not named`);
        // The artifact itself is a platform's catalog (Micronaut's io.micronaut.platform:micronaut-platform,
        // the framework's release, as its BOM is): it names what a key says, never a package entry.
        // Its property is read from gradle.properties (what the model holds so far).
        const release = version ?? (property === undefined ? undefined : model.shared.get(model.buildOf(file), property));
        ctx.report({ ref: `maven:${group}:${artifact}`, file, version: release && !release.includes("$") ? release : undefined });
      }
    }
    await model.readCatalogs();
    await model.readScripts();
    await model.readBuildSrc();
    const releases = new Releases(ctx, model);

    for (const file of ctx.files) {
      if (baseName(file) !== "gradle-wrapper.properties") continue;
      // A release, a release candidate (`8.11-rc-1`) or a milestone (`8.0-milestone-1`).
      const m = /gradle-(\d+(?:\.\d+)+(?:-(?:rc|milestone)-\d+)?)-(?:bin|all)\.zip/.exec((await ctx.text(file)) ?? "");
      ctx.report({ ref: "runtime:gradle", file, version: m?.[1] });
    }
    const lockfiles = await readProjectLocks(ctx);
    let javaFolders: Set<string> | undefined;
    const holdsJava = (dir: string) =>
      (javaFolders ??= foldersHolding(ctx.paths.filter((p) => p.endsWith(".java") && !/(?:^|\/)(?:buildSrc|build-logic)\//.test(p)))).has(dir);
    const conventions = await kotlinConventions(ctx, model);
    const tree = { lockfiles, kotlinConventions: conventions, compilesKotlin: compilesKotlin(ctx, model, conventions), holdsJava };
    for (const [file, script] of model.scripts) {
      if (!baseName(file).startsWith("settings.gradle")) reportScript(ctx, model, releases, tree, file, script);
    }
    reportBuildSrc(ctx, model, releases);
  },
};
