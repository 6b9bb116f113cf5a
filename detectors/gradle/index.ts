import type { Detector } from "../../src/types.js";
import { baseName, dirOf } from "../../src/kit.js";
import { accessor, readBuildScript, readVersionCatalog, type VersionCatalog } from "./build-script.js";

/** Plugins whose version is the version of every artifact of their group. */
const FAMILY_PLUGINS: Record<string, string> = { "org.springframework.boot": "org.springframework.boot" };

/**
 * Gradle builds read as text: dependencies of every configuration (string, map and version
 * catalog notation), `plugins {}`, gradle.properties values for `$var` versions, the version
 * catalog, the Android compileSdk and the Gradle version of the wrapper.
 */
export const gradleDetector: Detector = {
  name: "gradle",
  files: ["build.gradle", "build.gradle.kts", "*.gradle", "*.gradle.kts", "libs.versions.toml", "gradle.properties", "gradle-wrapper.properties"],
  async detect(ctx) {
    const properties = new Map<string, string>();
    for (const file of ctx.files.filter((f) => baseName(f) === "gradle.properties").sort((a, b) => a.length - b.length)) {
      for (const line of ((await ctx.text(file)) ?? "").split(/\r?\n/)) {
        const m = /^\s*([\w.-]+)\s*[=:]\s*(.*?)\s*$/.exec(line);
        if (m && !properties.has(m[1]!)) properties.set(m[1]!, m[2]!);
      }
    }
    let catalog: VersionCatalog = { libraries: new Map(), plugins: new Map() };
    const catalogFile = ctx.files.find((f) => f.endsWith("gradle/libs.versions.toml")) ?? ctx.files.find((f) => baseName(f) === "libs.versions.toml");
    if (catalogFile) {
      const data = await ctx.toml(catalogFile);
      if (data !== undefined) catalog = readVersionCatalog(data);
    }
    const resolve = (v: string | undefined): string | undefined => {
      if (!v) return undefined;
      const out = v.replace(/\$\{?([\w.]+)\}?/g, (m, k: string) => properties.get(k) ?? m);
      return out.includes("$") ? undefined : out;
    };
    for (const file of ctx.files) {
      const base = baseName(file);
      if (base === "gradle-wrapper.properties") {
        const m = /gradle-(\d+(?:\.\d+)+)-(?:bin|all)\.zip/.exec((await ctx.text(file)) ?? "");
        ctx.report({ ref: "runtime:gradle", file, version: m?.[1] });
        continue;
      }
      if (!/\.gradle(\.kts)?$/.test(base) || base.startsWith("settings.gradle")) continue;
      const text = await ctx.text(file);
      if (text === undefined) continue;
      const script = readBuildScript(text);
      const families = new Map<string, string>();
      for (const p of script.plugins) {
        const fromCatalog = p.catalogAccessor ? catalog.plugins.get(accessor(p.catalogAccessor.replace(/^libs\.plugins\./, ""))) : undefined;
        const id = p.id ?? fromCatalog?.id;
        if (!id) continue;
        const version = resolve(p.version ?? fromCatalog?.version);
        if (FAMILY_PLUGINS[id] && version) families.set(FAMILY_PLUGINS[id]!, version);
        ctx.report({ ref: `gradle-plugin:${id}`, file, line: p.line, version });
      }
      for (const d of script.dependencies) {
        const lib = d.catalogAccessor ? catalog.libraries.get(d.catalogAccessor.replace(/^libs\./, "")) : undefined;
        const group = d.group ?? lib?.group;
        const name = d.name ?? lib?.name;
        if (!group || !name) continue;
        const version = resolve(d.version ?? lib?.version) ?? familyVersion(group, families);
        ctx.report({
          ref: `maven:${group}:${name}`,
          file,
          line: d.line,
          declared: d.version ?? lib?.version,
          version,
          versionFile: lib?.version && catalogFile ? catalogFile : undefined,
          direct: d.configuration !== "classpath",
          dev: /^test|^androidTest/.test(d.configuration),
        });
      }
      if (script.compileSdk) ctx.report({ ref: "runtime:android-sdk", file, version: script.compileSdk });
      if (dirOf(file) === "" || script.plugins.length || script.dependencies.length) ctx.report({ ref: "runtime:gradle", file });
    }
  },
};

function familyVersion(group: string, families: Map<string, string>): string | undefined {
  for (const [g, v] of families) if (group === g || group.startsWith(`${g}.`)) return v;
  return undefined;
}
