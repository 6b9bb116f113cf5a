import type { Detector } from "../../src/types.js";
import { baseName, compareCodeUnits, dirOf, foldersHolding, textLines } from "../../src/kit.js";
import { accessor, isProcessorConfiguration, readBuildScript, readVersionCatalog, type BuildScript, type VersionCatalog } from "./build-script.js";
import { reportWebjar } from "../maven/webjars.js";
import { familyVersion } from "../maven/families.js";
import { readBuildSrc, resolveBuildSrcVersion, type BuildSrcConstants } from "./build-src.js";
import { androidReleases } from "./android.js";
import { catalogFiles, publishedCatalogs } from "./catalogs.js";
import { buildOfFiles, PerBuild } from "./builds.js";
import { GRADLE_FILES } from "../files.js";

/** Of the files selected, the code ones are those BUILD_SRC (files.ts) selected. */
const isBuildSrc = (file: string) => /\.(?:kt|groovy|java)$/.test(file);

/** The Google Services plugin, which reads an app's google-services.json (Firebase's configuration). */
const GOOGLE_SERVICES = "com.google.gms.google-services";

/** Plugins that build an Android app or library. */
const ANDROID_PLUGINS = new Set(["com.android.application", "com.android.library"]);

/** Plugins that mean a Java build. */
const JAVA_PLUGINS = new Set(["java", "java-library", "application", "war", "org.springframework.boot"]);

/** Plugins that compile Kotlin for the JVM: such a module's Java version is its bytecode target. */
const KOTLIN_PLUGINS = new Set(["org.jetbrains.kotlin.jvm", "org.jetbrains.kotlin.multiplatform", "kotlin", "kotlin-platform-jvm", "kotlin-multiplatform", "kotlin-dsl", "org.gradle.kotlin.kotlin-dsl"]);

/** A plugin that compiles Kotlin: one of Kotlin's own (`kotlin-android`, `org.jetbrains.kotlin.jvm`, `kotlin-kapt`). */
const isKotlinPlugin = (id: string | undefined): boolean =>
  id !== undefined && (KOTLIN_PLUGINS.has(id) || LEGACY_PLUGIN_IDS.has(id) || id.startsWith("org.jetbrains.kotlin."));

/** Kotlin's legacy plugin ids, each registered by the same artifact as the qualified id it stands for. */
const LEGACY_PLUGIN_IDS: ReadonlyMap<string, string> = new Map([
  ["kotlin", "org.jetbrains.kotlin.jvm"],
  ["kotlin-android", "org.jetbrains.kotlin.android"],
  ["kotlin-kapt", "org.jetbrains.kotlin.kapt"],
  ["kotlin-parcelize", "org.jetbrains.kotlin.plugin.parcelize"],
  ["kotlin-multiplatform", "org.jetbrains.kotlin.multiplatform"],
]);

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
    const shallowFirst = (a: string, b: string) => a.split("/").length - b.split("/").length || compareCodeUnits(a, b);
    // Each Gradle build of the tree (the folder of its settings file) keeps its own properties,
    // catalogs, plugin versions and families, so a repository holding two builds (a library and its
    // sample, a guide's `initial/` and `complete/`) versions each build's artifacts from its own
    // declarations. The whole tree's first declarations stay the fallback, for projects no
    // settings file covers and builds that declare nothing of their own.
    const buildOf = buildOfFiles(ctx.files);
    // gradle.properties, then the catalogs' versions and the scripts' variables: `$x` in a script.
    const shared = new PerBuild<string>();
    for (const file of ctx.files.filter((f) => baseName(f) === "gradle.properties").sort(shallowFirst)) {
      for (const line of textLines((await ctx.text(file)) ?? "")) {
        const m = /^\s*([\w.-]+)\s*[=:]\s*(.*)$/.exec(line);
        if (m) shared.setFirst(buildOf(file), m[1]!, m[2]!.trimEnd());
      }
    }
    const properties = new Map(shared.tree);
    // The version catalogs of each build by the name scripts use (`libs`, `deps`), each with its file.
    const settings = new Map<string, string>();
    for (const file of ctx.files.filter((f) => /^settings\.gradle(\.kts)?$/.test(baseName(f))).sort(shallowFirst)) settings.set(file, (await ctx.text(file)) ?? "");
    for (const [file, text] of settings) {
      for (const { name, coordinates, group, artifact, version, property } of publishedCatalogs(text)) {
        ctx.warn(file, `version catalog "${name}" comes from the published artifact ${coordinates}, which a scan does not download: the dependencies and plugins the scripts take from ${name}.* are not named`);
        // The artifact itself is a platform's catalog (Micronaut's io.micronaut.platform:micronaut-platform,
        // the framework's release, as its BOM is): it names what a key says, never a package entry.
        const release = version ?? (property === undefined ? undefined : shared.get(buildOf(file), property));
        ctx.report({ ref: `maven:${group}:${artifact}`, file, version: release && !release.includes("$") ? release : undefined });
      }
    }
    const catalogs = new PerBuild<{ file: string; catalog: VersionCatalog }>();
    const builds = [...new Set(["", ...[...settings.keys()].map(buildOf)])];
    for (const build of builds) {
      const own = (f: string) => buildOf(f) === build;
      const ownSettings = new Map([...settings].filter(([file]) => own(file)));
      for (const [name, file] of catalogFiles(ctx.files.filter(own), ownSettings, (path) => ctx.exists(path))) {
        const data = await ctx.toml(file);
        if (data !== undefined) catalogs.setFirst(build, name, { file, catalog: readVersionCatalog(data, await ctx.text(file)) });
      }
    }
    const catalogNames = catalogs.tree.size ? [...catalogs.tree.keys()] : ["libs"];
    /** The catalog an accessor of a file reaches (`deps` of `deps.spring.boot`) and the key it names there (`spring.boot`). */
    const catalogOf = (file: string, path: string | undefined) => {
      const dot = path ? path.indexOf(".") : -1;
      const named = dot > 0 ? catalogs.get(buildOf(file), path!.slice(0, dot)) : undefined;
      return named && { ...named, key: accessor(path!.slice(dot + 1)) };
    };

    // Every script parsed first: variables and plugin versions declared in one script (the root's
    // buildscript ext, the settings' pluginManagement) are used by the others.
    const scripts = new Map<string, BuildScript>();
    /** The scripts that test for google-services.json (see GOOGLE_SERVICES). */
    const servicesFileTests = new Set<string>();
    for (const file of ctx.files.filter((f) => /\.gradle(\.kts)?$/.test(f)).sort(shallowFirst)) {
      const text = await ctx.text(file);
      if (text !== undefined) scripts.set(file, readBuildScript(text, catalogNames));
      if (text?.includes("google-services.json")) servicesFileTests.add(file);
    }
    for (const [build, own] of catalogs.entries()) {
      for (const [name, { catalog }] of own) for (const [key, version] of catalog.versions) shared.setFirst(build, `${name}.versions.${key}`, version);
    }
    // Where each script value is assigned (the file an `ext` map's coordinate cites), its lists and aliases.
    const assigned = new PerBuild<{ values: string[]; file: string }>();
    const lists = new PerBuild<{ values: string[]; file: string }>();
    const aliases = new PerBuild<string>();
    for (const [file, script] of scripts) {
      const build = buildOf(file);
      for (const [k, v] of script.variables) {
        shared.setFirst(build, k, v);
        assigned.setFirst(build, k, { values: [v], file });
      }
      for (const [k, values] of script.lists) lists.setFirst(build, k, { values, file });
      for (const [k, v] of script.aliases) aliases.setFirst(build, k, v);
    }
    // buildSrc: version constants of every file first (Versions.kt beside Deps.kt), used by the
    // scripts too (`implementation("g:a:${Versions.okhttp}")`), then its own coordinates below.
    const buildSrc = new Map<string, BuildSrcConstants>();
    for (const file of ctx.files.filter(isBuildSrc)) {
      const text = await ctx.text(file);
      if (text !== undefined) buildSrc.set(file, readBuildSrc(text));
    }
    const buildSrcVersions = new Map<string, string>();
    for (const code of buildSrc.values()) for (const [k, v] of code.versions) if (!buildSrcVersions.has(k)) buildSrcVersions.set(k, v);
    // `Versions.okhttp`: a constant of an object of the build's own code.
    const fromBuildSrc = (k: string) => (/^[A-Z]\w*\.\w+$/.test(k) ? buildSrcVersions.get(k.slice(k.indexOf(".") + 1)) : undefined);
    /** A version as a script of `file` writes it, its `$x` read from the script's own variables, then its build's, then the tree's. */
    const resolveIn = (file: string, vars: ReadonlyMap<string, string> = new Map()) => (v: string | undefined): string | undefined => {
      if (!v) return undefined;
      const build = buildOf(file);
      let out = v;
      for (let i = 0; i < 3 && out.includes("$"); i++) {
        // The qualifiers are taken whole (a lookahead and its back-reference): `project.` read both
        // as a qualifier and as part of the name was tried every way along a long chain of them.
        out = out.replace(/\$\{?(?=((?:(?:project|rootProject|ext)\.|extra\[")*))\1([\w.]+?)"?\]?\}?(?=$|[^\w.])/g, (m, _qualifiers: string, k: string) => vars.get(k) ?? shared.get(build, k) ?? fromBuildSrc(k) ?? m);
      }
      return out.includes("$") ? undefined : out;
    };
    /**
     * The coordinates a dependency declared by name stands for (`implementation libs.retrofit`,
     * `kapt deps.room.compiler`): the string or list the script or its build assigns to that name,
     * through the aliases it assigns (`deps.room = room`), with the file that wrote it.
     */
    const referenced = (file: string, script: BuildScript, reference: string | undefined) => {
      if (!reference) return undefined;
      const build = buildOf(file);
      const lookup = (name: string, depth: number): { values: string[]; file: string } | undefined => {
        const own = script.variables.get(name);
        if (own !== undefined) return { values: [own], file };
        const list = script.lists.get(name);
        if (list) return { values: list, file };
        const value = assigned.get(build, name) ?? lists.get(build, name);
        if (value) return value;
        if (depth > 4) return undefined;
        // `deps.room.runtime` where `deps.room = room`: `room.runtime`.
        for (let dot = name.lastIndexOf("."); dot > 0; dot = name.lastIndexOf(".", dot - 1)) {
          const prefix = name.slice(0, dot);
          const alias = script.aliases.get(prefix) ?? aliases.get(build, prefix);
          if (alias !== undefined) return lookup(alias + name.slice(dot), depth + 1);
        }
        const alias = script.aliases.get(name) ?? aliases.get(build, name);
        return alias === undefined ? undefined : lookup(alias, depth + 1);
      };
      const found = lookup(reference, 0);
      if (!found) return undefined;
      const resolve = resolveIn(file, script.variables);
      const out: { group: string; name: string; version?: string; file: string }[] = [];
      for (const value of found.values) {
        // A list's entry written as a name (`[deps.a, deps.b]`) is that name's coordinates.
        const notation = /^\$\{[\w.]+\}$/.test(value) ? (resolve(value) ?? value) : value;
        const [group, name, version] = notation.split(":");
        const g = resolve(group);
        const n = resolve(name);
        if (g && n && /^[\w.-]+$/.test(g) && /^[\w.-]+$/.test(n)) out.push({ group: g, name: n, version: version?.split("@")[0], file: found.file });
      }
      return out.length ? out : undefined;
    };
    const pluginOf = (file: string, p: BuildScript["plugins"][number]) => {
      const c = catalogOf(file, p.catalogAccessor);
      const fromCatalog = c?.key.startsWith("plugins.") ? c.catalog.plugins.get(c.key.slice("plugins.".length)) : undefined;
      // Where the version is written: the script itself, or the version catalog it reads.
      return { id: p.id ?? fromCatalog?.id, version: p.version ?? fromCatalog?.version, versionFile: p.version === undefined && fromCatalog?.version ? c!.file : file };
    };
    /** Each build's plugin versions, with the file that writes each (a root `apply false`, a catalog). */
    const pluginVersions = new PerBuild<{ version: string; file: string }>();
    const families = new PerBuild<string>();
    for (const [file, script] of scripts) {
      // The build's own build (buildSrc, an included build-logic): what it depends on is the
      // classpath of the plugins the build applies (`implementation("...:spring-boot-gradle-plugin:3.2.2")`).
      const pluginClasspath = /(?:^|\/)(?:buildSrc|build-logic)\//.test(file);
      for (const p of script.plugins) {
        const { id, version, versionFile } = pluginOf(file, p);
        const resolved = resolveIn(file)(version);
        if (id && resolved) pluginVersions.setFirst(buildOf(file), id, { version: resolved, file: versionFile });
      }
      for (const d of script.dependencies) {
        // A buildscript classpath artifact, or a BOM the build imports with platform() (a
        // catalog entry too: `implementation(platform(libs.spring.boot.bom))`).
        if (d.configuration !== "classpath" && !d.platform && !pluginClasspath) continue;
        const c = catalogOf(file, d.catalogAccessor);
        const libs = c ? [c.catalog.libraries.get(c.key)] : (referenced(file, script, d.reference) ?? [undefined]);
        for (const lib of libs) {
          // Quarkus's generated builds write the BOM's coordinates as properties too:
          // `enforcedPlatform("${quarkusPlatformGroupId}:${quarkusPlatformArtifactId}:${quarkusPlatformVersion}")`.
          const group = resolveIn(file, script.variables)(d.group ?? lib?.group);
          const name = resolveIn(file, script.variables)(d.name ?? lib?.name);
          const family = group && name ? ctx.family("maven", `${group}:${name}`) : undefined;
          const version = resolveIn(file, script.variables)(d.version ?? lib?.version);
          if (family && version) families.setFirst(buildOf(file), family, version);
        }
      }
    }
    // A plugin artifact written in the build's own code (`const val springBoot = "...:spring-boot-gradle-plugin:3.2.2"`).
    for (const [file, code] of buildSrc) {
      for (const c of code.coordinates) {
        const family = ctx.family("maven", `${c.group}:${c.name}`);
        const version = resolveBuildSrcVersion(c.version, buildSrcVersions);
        if (family && version) families.setFirst(buildOf(file), family, version);
      }
    }
    // Plugins, buildscript classpath artifacts and properties whose version is the release of a
    // whole group of artifacts: the catalog's `families`.
    for (const [build, versions] of pluginVersions.entries()) {
      for (const [id, { version }] of versions) {
        const family = ctx.family("gradle-plugin", id);
        if (family) families.setFirst(build, family, version);
      }
    }
    for (const [build, values] of shared.entries()) {
      for (const [key, version] of values) {
        const family = ctx.family("gradle-property", key);
        if (family && /^\d+(\.\d+)+/.test(version)) families.setFirst(build, family, version);
      }
    }
    // A legacy id (`kotlin-android`, which Flutter's template applies) is the same plugin artifact
    // as its qualified id, whose version the settings declare (`org.jetbrains.kotlin.android` `apply false`).
    const pluginVersionOf = (file: string, id: string) => {
      const qualified = LEGACY_PLUGIN_IDS.get(id);
      return pluginVersions.get(buildOf(file), id) ?? (qualified === undefined ? undefined : pluginVersions.get(buildOf(file), qualified));
    };
    /** A plugin's finding; a version written elsewhere (the catalog, the root's `apply false`) cites that file. */
    const reportPlugin = (file: string, id: string, line: number | undefined, declared: { version: string; file: string } | undefined) =>
      ctx.report({ ref: `gradle-plugin:${id}`, file, line, version: declared?.version, versionFile: declared && declared.file !== file ? declared.file : undefined });
    const familyVersionOf = (file: string, group: string) => familyVersion(group, families.of(buildOf(file))) ?? familyVersion(group, families.tree);

    for (const file of ctx.files) {
      if (baseName(file) !== "gradle-wrapper.properties") continue;
      // A release, a release candidate (`8.11-rc-1`) or a milestone (`8.0-milestone-1`).
      const m = /gradle-(\d+(?:\.\d+)+(?:-(?:rc|milestone)-\d+)?)-(?:bin|all)\.zip/.exec((await ctx.text(file)) ?? "");
      ctx.report({ ref: "runtime:gradle", file, version: m?.[1] });
    }
    // Dependency locking: a project's gradle.lockfile holds the release each of its
    // configurations resolved (`org.postgresql:postgresql:42.7.1=compileClasspath,runtimeClasspath`),
    // dynamic versions (`42.+`) and BOM-managed ones included.
    /** `paths`: the lockfile of each artifact where a project's locks are several files (the legacy layout). */
    const lockfiles = new Map<string, { path: string; versions: Map<string, string>; paths?: Map<string, string> }>();
    for (const file of ctx.files.filter((f) => baseName(f) === "gradle.lockfile")) {
      lockfiles.set(dirOf(file), { path: file, versions: readGradleLockfile((await ctx.text(file)) ?? "") });
    }
    // Gradle 4.8 to 5.x wrote one lockfile per configuration, gradle/dependency-locks/<configuration>.lockfile
    // (`group:name:version` lines), where a project not migrated to gradle.lockfile keeps them. The
    // compile and runtime classpaths are read first; the buildscript's are the plugins' classpath.
    const legacy = ctx.files
      .filter((f) => /(^|\/)gradle\/dependency-locks\/[^/]+\.lockfile$/.test(f) && !baseName(f).startsWith("buildscript-"))
      .sort((a, b) => legacyRank(a) - legacyRank(b) || compareCodeUnits(a, b));
    for (const file of legacy) {
      const dir = dirOf(dirOf(dirOf(file)));
      const held = lockfiles.get(dir);
      if (held && baseName(held.path) === "gradle.lockfile") continue;
      const entry = held ?? { path: file, versions: new Map<string, string>(), paths: new Map<string, string>() };
      for (const [artifact, version] of readGradleLockfile((await ctx.text(file)) ?? "")) {
        if (entry.versions.has(artifact)) continue;
        entry.versions.set(artifact, version);
        entry.paths!.set(artifact, file);
      }
      lockfiles.set(dir, entry);
    }
    let javaFolders: Set<string> | undefined;
    const holdsJava = (dir: string) =>
      (javaFolders ??= foldersHolding(ctx.paths.filter((p) => p.endsWith(".java") && !/(?:^|\/)(?:buildSrc|build-logic)\//.test(p)))).has(dir);
    // Precompiled script plugins of buildSrc or an included build-logic build
    // (`src/main/kotlin/acme.kotlin-conventions.gradle.kts`, applied as `id("acme.kotlin-conventions")`,
    // its id the file's name, behind its `package` where it declares one) that apply Kotlin: a module
    // applying one is a Kotlin module, as if it applied Kotlin's plugin itself.
    const kotlinConventions = new Set<string>();
    for (const [file, script] of scripts) {
      const m = /(?:^|\/)(?:buildSrc|build-logic)\/(?:.*\/)?src\/main\/(?:kotlin|groovy)\/(?:.*\/)?([^/]+)\.gradle(?:\.kts)?$/.exec(file);
      if (!m || !script.plugins.some((p) => !p.declaredOnly && KOTLIN_PLUGINS.has(pluginOf(file, p).id ?? ""))) continue;
      const pkg = /^[ \t]*package[ \t]+([\w.]+)/m.exec((await ctx.text(file)) ?? "")?.[1];
      kotlinConventions.add(pkg ? `${pkg}.${m[1]}` : m[1]!);
    }
    // Kotlin's Gradle plugin on a buildscript classpath is the plugin made available, not applied
    // (as a plugin declared `apply false` is): where no script applies a Kotlin plugin and no Kotlin
    // source is there (a Java Android app whose root script also loads kotlin-gradle-plugin), the
    // build compiles no Kotlin, and its classpath entries name none.
    const compilesKotlin =
      kotlinConventions.size > 0 ||
      [...scripts].some(([file, script]) => script.plugins.some((p) => !p.declaredOnly && isKotlinPlugin(pluginOf(file, p).id))) ||
      (ctx.byExtension.get(".kt")?.length ?? 0) > 0;
    for (const [file, script] of scripts) {
      if (baseName(file).startsWith("settings.gradle")) continue;
      const resolve = resolveIn(file, script.variables);
      const lockfile = lockfiles.get(dirOf(file));
      let javaBuild = false;
      let otherLanguageBuild = false;
      let androidBuild = false;
      for (const p of script.plugins) {
        const { id, version, versionFile } = pluginOf(file, p);
        // Declared `apply false`: its version (in pluginVersions) serves the projects that apply it,
        // and those name it; a plugin no project applies is not part of the build.
        if (!id || p.declaredOnly) continue;
        // Capacitor's app template applies the google-services plugin only `if` google-services.json
        // is there (`def servicesJSON = file('google-services.json')`): every Capacitor app carries
        // those lines, Firebase or not. (The built-in catalog names nothing from the plugin, nor from
        // the file, since stop 47; a repository's own catalog may.)
        if (id === GOOGLE_SERVICES && p.conditional && servicesFileTests.has(file)) continue;
        if (JAVA_PLUGINS.has(id)) javaBuild = true;
        // Scala's plugin likewise (as scala-maven-plugin is in a pom): it applies java for its JVM.
        if (KOTLIN_PLUGINS.has(id) || kotlinConventions.has(id) || id === "scala") otherLanguageBuild = true;
        if (ANDROID_PLUGINS.has(id)) androidBuild = true;
        // A plugin versioned apart from the tool it reveals (the Android Gradle Plugin) opens its catalog matcher with `~`.
        const own = resolve(version);
        reportPlugin(file, id, p.line, own === undefined ? pluginVersionOf(file, id) : { version: own, file: versionFile });
      }
      for (const d of script.dependencies) {
        // Accessors keep the alias's case (`libs.sqlDelight.runtime` for `sqlDelight-runtime`); the catalog's keys are lowercased.
        const c = catalogOf(file, d.catalogAccessor);
        const bundle = c?.key.startsWith("bundles.") ? c.catalog.bundles.get(c.key.slice("bundles.".length)) : undefined;
        // A name no catalog holds is a value the build assigns (an `ext` map's entry), cited where it is written.
        const libraries: ({ group: string; name: string; version?: string; file?: string; lines?: number[] } | undefined)[] = bundle
          ? bundle.map((key) => c!.catalog.libraries.get(key))
          : c
            ? [c.catalog.libraries.get(c.key)]
            : (referenced(file, script, d.reference) ?? [undefined]);
        for (const lib of libraries) {
          const group = d.group ?? lib?.group;
          const name = d.name ?? lib?.name;
          if (!group || !name) continue;
          if (d.configuration === "classpath" && group === "org.jetbrains.kotlin" && !compilesKotlin) continue;
          const declared = d.version ?? lib?.version;
          const locked = d.configuration !== "classpath" ? lockfile?.versions.get(`${group}:${name}`) : undefined;
          const version = locked ?? resolve(declared) ?? familyVersionOf(file, group);
          ctx.report({
            ref: `maven:${group}:${name}`,
            file,
            line: d.line,
            ...catalogLines(c && lib?.lines ? c.file : undefined, lib?.lines),
            declared,
            version,
            versionFile: locked ? (lockfile!.paths?.get(`${group}:${name}`) ?? lockfile!.path) : lib?.version ? (c?.file ?? (lib.file !== file ? lib.file : undefined)) : undefined,
            // A buildscript classpath artifact, a BOM imported with mavenBom (as a pom's import scope) or
            // an annotation processor: no dependency of the project, so no package entry.
            direct: d.configuration !== "classpath" && d.configuration !== "mavenBom" && !isProcessorConfiguration(d.configuration),
            dev: /^test|^androidTest|Test(?=[A-Z]|$)/.test(d.configuration),
            matchFirst: "gradle",
          });
          if (d.configuration !== "classpath" && d.configuration !== "mavenBom") reportWebjar(ctx, group, name, { file, line: d.line, declared, version });
        }
      }
      const android = androidBuild || Boolean(script.compileSdk);
      if (android) {
        // An Android module targets Android OS; the API level it compiles against names the
        // release (34 is Android 14) when it is written as a number or a variable we resolve.
        // Where that level is Flutter's own (`flutter.compileSdkVersion`), the module's minimum
        // level written beside it names the release, as the site reads such an app.
        const compiled = androidReleases(resolve(script.compileSdk));
        const { sdk, os } = compiled.sdk ? compiled : androidReleases(resolve(script.minSdk));
        if (script.compileSdk || sdk) ctx.report({ ref: "runtime:android-sdk", file, version: sdk });
        ctx.report({ ref: "runtime:android-os", file, version: os });
      }
      if (script.compose) ctx.report({ ref: "runtime:jetpack-compose", file });
      for (const tool of script.toolVersions ?? []) ctx.report({ ref: `gradle-plugin:${tool.id}`, file, line: tool.line, version: tool.version });
      // An Android module's compileOptions set the bytecode level every Android build sets, Kotlin
      // apps' too: Java itself shows in the module's .java sources (the languages), not there.
      // A Kotlin (or Scala) module's Java version and java/application/Spring Boot plugins set the
      // JVM it targets, not its language: it is Java only where it holds .java sources.
      const dir = dirOf(file);
      const otherLanguageOnly = otherLanguageBuild && !holdsJava(dir);
      if (((script.javaVersion && !android) || javaBuild) && !otherLanguageOnly) ctx.report({ ref: "runtime:java", file, version: script.javaVersion });
      if (dirOf(file) === "" || script.plugins.length || script.dependencies.length) ctx.report({ ref: "runtime:gradle", file });
    }

    const constants = new Map<string, string>(properties);
    for (const [k, v] of buildSrcVersions) if (!constants.has(k)) constants.set(k, v);
    for (const [file, code] of buildSrc) {
      for (const c of code.coordinates) {
        const version = resolveBuildSrcVersion(c.version, constants) ?? familyVersionOf(file, c.group);
        ctx.report({ ref: `maven:${c.group}:${c.name}`, file, line: c.line, declared: c.version, version, direct: true, matchFirst: "gradle" });
      }
      for (const p of code.plugins) reportPlugin(file, p.id, p.line, pluginVersionOf(file, p.id));
      // A convention plugin's catalog entries (`libs.findLibrary("room.runtime")`): the `libs` catalog of its build.
      const libs = catalogs.get(buildOf(file), "libs");
      for (const ref of code.catalogRefs ?? []) {
        if (!libs) break;
        const key = accessor(ref.alias);
        const members = ref.kind === "bundle" ? (libs.catalog.bundles.get(key) ?? []) : [key];
        for (const member of members) {
          const lib = libs.catalog.libraries.get(member);
          if (!lib) continue;
          const version = lib.version ?? familyVersionOf(file, lib.group);
          ctx.report({ ref: `maven:${lib.group}:${lib.name}`, file, line: ref.line, ...catalogLines(libs.file, lib.lines), declared: lib.version, version, versionFile: lib.version ? libs.file : undefined, direct: true, matchFirst: "gradle" });
        }
      }
      // The API levels and Compose a convention plugin sets for the Android modules that apply it.
      if (code.compileSdk || code.minSdk) {
        const compiled = androidReleases(code.compileSdk);
        const { sdk, os } = compiled.sdk ? compiled : androidReleases(code.minSdk);
        if (code.compileSdk) ctx.report({ ref: "runtime:android-sdk", file, version: sdk });
        ctx.report({ ref: "runtime:android-os", file, version: os });
      }
      if (code.compose) ctx.report({ ref: "runtime:jetpack-compose", file });
    }
  },
};

/** A legacy per-configuration lockfile's order: the main classpaths first, test ones last. */
function legacyRank(file: string): number {
  const name = baseName(file);
  return /^(compileClasspath|runtimeClasspath)\.lockfile$/.test(name) ? 0 : /test/i.test(name) ? 2 : 1;
}

/**
 * gradle.lockfile: `group:name:version=configurations` lines; comments and the `empty=` line
 * skipped. Also the older per-configuration lockfiles' bare `group:name:version` lines. An
 * artifact locked at several releases (a test library pulls a newer Guava into the test
 * classpaths only) takes the one of the main classpaths, then of any non-test one, then the first.
 */
export function readGradleLockfile(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const ranks = new Map<string, number>();
  for (const line of textLines(text)) {
    const m = /^([^#\s:=]+):([^\s:=]+):([^\s:=]+)(?:=(\S*)|$)/.exec(line.trim());
    if (!m) continue;
    const key = `${m[1]}:${m[2]}`;
    const configurations = (m[4] ?? "").split(",").filter(Boolean);
    const rank = configurations.some((c) => c === "compileClasspath" || c === "runtimeClasspath") ? 0 : configurations.length && configurations.every((c) => /test/i.test(c)) ? 2 : 1;
    if (ranks.has(key) && ranks.get(key)! <= rank) continue;
    out.set(key, m[3]!);
    ranks.set(key, rank);
  }
  return out;
}

/** A catalog library's own lines in its catalog (its entry, its `[versions]` entry): part of the declaration of a script's dependency on it. */
function catalogLines(file: string | undefined, lines: readonly number[] | undefined): { alsoDeclaredAt?: Array<{ file: string; line: number }> } {
  return file && lines?.length ? { alsoDeclaredAt: lines.map((line) => ({ file, line })) } : {};
}
