import type { DetectContext } from "../../src/types.js";
import { familyVersion } from "../maven/families.js";
import { resolveBuildSrcVersion } from "./build-src.js";
import { PerBuild } from "./builds.js";
import { LEGACY_PLUGIN_IDS } from "./kotlin.js";
import type { GradleModel } from "./model.js";

/**
 * The releases a build declares once for many artifacts: each plugin's version (with the file
 * that writes it: a root `apply false`, a catalog) and the release of each family of artifacts
 * (the catalog's `families`), read from plugins, buildscript classpath artifacts, imported BOMs,
 * buildSrc's plugin artifacts and properties.
 */
export class Releases {
  private readonly pluginVersions = new PerBuild<{ version: string; file: string }>();
  /** Each family's release, and the file that writes it where that is known (undefined: the declaring script's properties). */
  private readonly families = new PerBuild<FamilyRelease>();

  constructor(
    ctx: DetectContext,
    private readonly model: GradleModel,
  ) {
    const { buildOf } = model;
    for (const [file, script] of model.scripts) {
      // The build's own build (buildSrc, an included build-logic): what it depends on is the
      // classpath of the plugins the build applies (`implementation("...:spring-boot-gradle-plugin:3.2.2")`).
      const pluginClasspath = /(?:^|\/)(?:buildSrc|build-logic)\//.test(file);
      for (const p of script.plugins) {
        const { id, version, versionFile } = model.pluginOf(file, p);
        const resolved = model.resolveIn(file)(version);
        if (id && resolved) this.pluginVersions.setFirst(buildOf(file), id, { version: resolved, file: versionFile });
      }
      const resolve = model.resolveIn(file, script.variables);
      for (const d of script.dependencies) {
        // A buildscript classpath artifact, or a BOM the build imports with platform() (a
        // catalog entry too: `implementation(platform(libs.spring.boot.bom))`).
        if (d.configuration !== "classpath" && !d.platform && !pluginClasspath) continue;
        const c = model.catalogOf(file, d.catalogAccessor);
        const libs = c ? [c.catalog.libraries.get(c.key)] : (model.referenced(file, script, d.reference) ?? [undefined]);
        for (const lib of libs) {
          // Quarkus's generated builds write the BOM's coordinates as properties too:
          // `enforcedPlatform("${quarkusPlatformGroupId}:${quarkusPlatformArtifactId}:${quarkusPlatformVersion}")`.
          const group = resolve(d.group ?? lib?.group);
          const name = resolve(d.name ?? lib?.name);
          const family = group && name ? ctx.family("maven", `${group}:${name}`) : undefined;
          const version = resolve(d.version ?? lib?.version);
          // The file writing the release: the catalog holding the library's, else the script.
          const written = lib?.version && !d.version && c ? c.file : file;
          if (family && version) this.families.setFirst(buildOf(file), family, { version, file: written });
        }
      }
    }
    // A plugin artifact written in the build's own code (`const val springBoot = "...:spring-boot-gradle-plugin:3.2.2"`).
    for (const [file, code] of model.buildSrc) {
      for (const c of code.coordinates) {
        const family = ctx.family("maven", `${c.group}:${c.name}`);
        const version = resolveBuildSrcVersion(c.version, model.buildSrcVersions);
        if (family && version) this.families.setFirst(buildOf(file), family, { version, file });
      }
    }
    for (const [build, versions] of this.pluginVersions.entries()) {
      for (const [id, { version, file }] of versions) {
        const family = ctx.family("gradle-plugin", id);
        if (family) this.families.setFirst(build, family, { version, file });
      }
    }
    for (const [build, values] of model.shared.entries()) {
      for (const [key, version] of values) {
        const family = ctx.family("gradle-property", key);
        if (family && /^\d+(\.\d+)+/.test(version)) this.families.setFirst(build, family, { version, file: undefined });
      }
    }
  }

  /**
   * The version a build declares for a plugin. A legacy id (`kotlin-android`, which Flutter's
   * template applies) is the same plugin artifact as its qualified id, whose version the settings
   * declare (`org.jetbrains.kotlin.android` `apply false`).
   */
  pluginVersionOf(file: string, id: string): { version: string; file: string } | undefined {
    const build = this.model.buildOf(file);
    const qualified = LEGACY_PLUGIN_IDS.get(id);
    return this.pluginVersions.get(build, id) ?? (qualified === undefined ? undefined : this.pluginVersions.get(build, qualified));
  }

  /**
   * The release of the family a group's artifacts belong to, as the file's build declares it, else
   * the tree, with the file that writes it where that is another than `file` (the catalog's
   * `springBoot` behind `alias(libs.plugins.spring.boot)`): the URL names it. Marked lent: the
   * finding's fields, to spread over its own.
   */
  familyReleaseOf(file: string, group: string): { version: string; versionFile: string | undefined; lent: true } | undefined {
    const found = familyVersion(group, this.families.of(this.model.buildOf(file))) ?? familyVersion(group, this.families.tree);
    return found && { version: found.version, versionFile: found.file !== file ? found.file : undefined, lent: true };
  }
}

/** A family's release and the file that writes it, where known. */
interface FamilyRelease {
  version: string;
  file: string | undefined;
}
