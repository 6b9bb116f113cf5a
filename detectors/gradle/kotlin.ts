import type { DetectContext } from "../../src/types.js";
import type { GradleModel } from "./model.js";

/** Plugins that compile Kotlin for the JVM: such a module's Java version is its bytecode target. */
export const KOTLIN_PLUGINS = new Set(["org.jetbrains.kotlin.jvm", "org.jetbrains.kotlin.multiplatform", "kotlin", "kotlin-platform-jvm", "kotlin-multiplatform", "kotlin-dsl", "org.gradle.kotlin.kotlin-dsl"]);

/** Kotlin's legacy plugin ids, each registered by the same artifact as the qualified id it stands for. */
export const LEGACY_PLUGIN_IDS: ReadonlyMap<string, string> = new Map([
  ["kotlin", "org.jetbrains.kotlin.jvm"],
  ["kotlin-android", "org.jetbrains.kotlin.android"],
  ["kotlin-kapt", "org.jetbrains.kotlin.kapt"],
  ["kotlin-parcelize", "org.jetbrains.kotlin.plugin.parcelize"],
  ["kotlin-multiplatform", "org.jetbrains.kotlin.multiplatform"],
]);

/** A plugin that compiles Kotlin: one of Kotlin's own (`kotlin-android`, `org.jetbrains.kotlin.jvm`, `kotlin-kapt`). */
const isKotlinPlugin = (id: string | undefined): boolean =>
  id !== undefined && (KOTLIN_PLUGINS.has(id) || LEGACY_PLUGIN_IDS.has(id) || id.startsWith("org.jetbrains.kotlin."));

/**
 * Precompiled script plugins of buildSrc or an included build-logic build
 * (`src/main/kotlin/acme.kotlin-conventions.gradle.kts`, applied as `id("acme.kotlin-conventions")`,
 * its id the file's name, behind its `package` where it declares one) that apply Kotlin: a module
 * applying one is a Kotlin module, as if it applied Kotlin's plugin itself.
 */
export async function kotlinConventions(ctx: DetectContext, model: GradleModel): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const [file, script] of model.scripts) {
    const m = /(?:^|\/)(?:buildSrc|build-logic)\/(?:.*\/)?src\/main\/(?:kotlin|groovy)\/(?:.*\/)?([^/]+)\.gradle(?:\.kts)?$/.exec(file);
    if (!m || !script.plugins.some((p) => !p.declaredOnly && KOTLIN_PLUGINS.has(model.pluginOf(file, p).id ?? ""))) continue;
    const pkg = /^[ \t]*package[ \t]+([\w.]+)/m.exec((await ctx.text(file)) ?? "")?.[1];
    ids.add(pkg ? `${pkg}.${m[1]}` : m[1]!);
  }
  return ids;
}

/**
 * Whether the tree compiles Kotlin: a script applies a Kotlin plugin or a convention plugin that
 * does, or Kotlin sources are there. Kotlin's Gradle plugin on a buildscript classpath is the plugin
 * made available, not applied (as a plugin declared `apply false` is): where no script applies a
 * Kotlin plugin and no Kotlin source is there (a Java Android app whose root script also loads
 * kotlin-gradle-plugin), the build compiles no Kotlin, and its classpath entries name none.
 */
export function compilesKotlin(ctx: DetectContext, model: GradleModel, conventions: ReadonlySet<string>): boolean {
  return (
    conventions.size > 0 ||
    [...model.scripts].some(([file, script]) => script.plugins.some((p) => !p.declaredOnly && isKotlinPlugin(model.pluginOf(file, p).id))) ||
    (ctx.byExtension.get(".kt")?.length ?? 0) > 0
  );
}
