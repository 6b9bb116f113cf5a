import type { DetectContext } from "../../src/types.js";
import { accessor } from "./version-catalog.js";
import { resolveBuildSrcVersion } from "./build-src.js";
import { androidReleases } from "./android.js";
import type { GradleModel } from "./model.js";
import type { Releases } from "./releases.js";
import { catalogLines, reportPlugin } from "./finding-parts.js";

/**
 * Reports what buildSrc's code declares: its coordinates (versions from its own constants, then
 * gradle.properties), its plugins, the catalog entries its convention plugins take, and the API
 * levels and Compose a convention plugin sets for the Android modules that apply it.
 */
export function reportBuildSrc(ctx: DetectContext, model: GradleModel, releases: Releases): void {
  const constants = new Map<string, string>(model.properties);
  for (const [k, v] of model.buildSrcVersions) if (!constants.has(k)) constants.set(k, v);
  for (const [file, code] of model.buildSrc) {
    for (const c of code.coordinates) {
      const own = resolveBuildSrcVersion(c.version, constants);
      const family = own ? undefined : releases.familyReleaseOf(file, c.group);
      ctx.report({ ref: `maven:${c.group}:${c.name}`, file, line: c.line, declared: c.version, version: own, ...family, direct: true, matchFirst: "gradle" });
    }
    for (const p of code.plugins) reportPlugin(ctx, file, p.id, p.line, releases.pluginVersionOf(file, p.id));
    // A convention plugin's catalog entries (`libs.findLibrary("room.runtime")`): the `libs` catalog of its build.
    const libs = model.catalogs.get(model.buildOf(file), "libs");
    for (const ref of code.catalogRefs ?? []) {
      if (!libs) break;
      const key = accessor(ref.alias);
      const members = ref.kind === "bundle" ? (libs.catalog.bundles.get(key) ?? []) : [key];
      for (const member of members) {
        const lib = libs.catalog.libraries.get(member);
        if (!lib) continue;
        const family = lib.version ? undefined : releases.familyReleaseOf(file, lib.group);
        ctx.report({ ref: `maven:${lib.group}:${lib.name}`, file, line: ref.line, ...catalogLines(libs.file, lib.lines), declared: lib.version, ...(family ?? { version: lib.version, versionFile: lib.version ? libs.file : undefined }), direct: true, matchFirst: "gradle" });
      }
    }
    if (code.compileSdk || code.minSdk) {
      const compiled = androidReleases(code.compileSdk);
      const { sdk, os } = compiled.sdk ? compiled : androidReleases(code.minSdk);
      if (code.compileSdk) ctx.report({ ref: "runtime:android-sdk", file, version: sdk });
      ctx.report({ ref: "runtime:android-os", file, version: os });
    }
    if (code.compose) ctx.report({ ref: "runtime:jetpack-compose", file });
  }
}
