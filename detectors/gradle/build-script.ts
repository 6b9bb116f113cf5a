import { blankText, lineCounter, replaceBlockComments, textLines, tomlKeyLines } from "../../src/kit.js";
import { readScriptValues, referenceName } from "./script-values.js";

/** A dependency declaration of a Gradle build script. */
export interface GradleDependency {
  configuration: string;
  group?: string;
  name?: string;
  version?: string;
  /** `libs.spring.boot.starter` when declared through a version catalog accessor. */
  catalogAccessor?: string;
  /** Declared as `platform(...)` or `enforcedPlatform(...)`: a BOM whose versions the build takes. */
  platform?: boolean;
  /**
   * A name the script declares the dependency through (`libs.retrofit`, `rootProject.ext.deps.room.runtime`
   * read as `deps.room.runtime`): a value the build assigns, an `ext` map's entry or a list; a
   * catalog accessor (`libs.x`) is one too, for a build whose `libs` is an `ext` map.
   */
  reference?: string;
  line: number;
}

export interface GradlePlugin {
  id?: string;
  version?: string;
  catalogAccessor?: string;
  /** `apply false`: the script declares the plugin's version for the build without applying it. */
  declaredOnly?: true;
  /** `apply plugin:` inside an `if (...)` block (or on the `if` line itself): applied only when the condition holds. */
  conditional?: true;
  line: number;
}

export interface BuildScript {
  dependencies: GradleDependency[];
  plugins: GradlePlugin[];
  /** `compileSdk 34`, `compileSdkVersion 33`. */
  compileSdk?: string;
  /** `minSdk 21`, `minSdkVersion 21`: the oldest API level the module runs on. */
  minSdk?: string;
  /** String variables the script defines: `ext.x = '1'`, `ext { x = '1' }`, `def x = '1'`, `val x = "1"`, `extra["x"] = "1"`. */
  variables: Map<string, string>;
  /** Lists of strings the script assigns (`ext.deps = [support: ["g:a:1", "g:b:1"]]` is `deps.support`). */
  lists: Map<string, string[]>;
  /** Names that stand for others (`deps.okhttp = okhttp`). */
  aliases: Map<string, string>;
  /** `sourceCompatibility`, `JavaVersion.VERSION_17`, `JavaLanguageVersion.of(17)`, `jvmToolchain(17)`. */
  javaVersion?: string;
  /** `buildFeatures { compose = true }`. */
  compose?: boolean;
  /** The release a code-quality plugin runs (`jacoco { toolVersion = "0.8.11" }`), by plugin id. */
  toolVersions?: Array<{ id: string; version: string; line: number }>;
}

/**
 * `jacoco { toolVersion = "0.8.11" }`, `checkstyle { toolVersion '10.12.5' }`: the release of the
 * tool Gradle's own plugin downloads, which the plugin id alone does not say. The `=` is optional
 * after one space run, not between two (every split of 100,000 spaces was tried: 30 s).
 */
const TOOL_VERSION = /\b(jacoco|checkstyle|pmd)\s*\{[^{}]*?\btoolVersion\s*(?:=\s*)?["'](\d[\w.-]*)["']/g;

/**
 * The ktlint release a build runs, which neither plugin's id says: the ktlint-gradle plugin's
 * `ktlint { version.set("1.2.1") }` (Groovy `version = '0.50.0'`) and Spotless's `ktlint("1.2.1")`.
 * Reported as the id `ktlint`, as the code-quality plugins' toolVersion is.
 */
const KTLINT_VERSION = /\bktlint\s*(?:\{[^{}]*?\bversion\s*(?:\.\s*set\s*\(\s*|=\s*|\s)|\(\s*)["'](\d[\w.-]*)["']/g;

/** `ext.x = '1'`, `ext['x'] = '1'`, `def x = '1'`, `val x = "1"`, `val x by extra("1")`, `extra["x"] = "1"`, `set("x", "1")`, or a bare `x = '1'` inside `ext {}`. */
const VARIABLE =
  /^\s*(?:(?:project\.)?ext(?:ra)?\.)?set\(\s*["']([\w.-]+)["']\s*,\s*["']([\w.+-]+)["']\s*\)\s*(?:;\s*)?$|^\s*(?:(?:ext\.|project\.ext\.|def\s+|val\s+|var\s+|const\s+val\s+|ext\[["']|extra\[["'])?([A-Za-z_][\w.]*?)(?:["']\])?\s*(?::\s*(?:String|Int)\s*)?=\s*(?:["']([\w.+-]+)["']|(\d[\w.]*))\s*(?:;\s*)?$|(?<!\w)(?:val\s+)?([A-Za-z_]\w*)\s+by\s+extra\(\s*["']([\w.+-]+)["']\s*\))/;

/**
 * `name = findProperty('a.b') ?: '34'`, with Groovy's or Kotlin's number parsing around it
 * (`Integer.parseInt(...)`, `(...).toInteger()`): the variable, the property and its default.
 */
const PROPERTY_DEFAULT =
  /^\s*(?:ext\.|project\.ext\.|def\s+|val\s+|var\s+)?([A-Za-z_]\w*)\s*=\s*(?:Integer\.parseInt\(\s*)?(?:\(\s*)?(?:(?:project|rootProject)\.)?(?:findProperty|property)\(\s*["']([\w.-]+)["']\s*\)\s*\?:\s*["']([\w.+-]+)["']\s*(?:\)\s*)?(?:\.(?:toInteger|toInt)\(\)\s*)?(?:;\s*)?$/;

/**
 * A Kotlin DSL template reading a property by its name in quotes (`${property("okhttpVersion")}`,
 * `${project.findProperty("x") as String}`, `${rootProject.extra["x"]}`, `${extra.get("x")}`):
 * written `${x}` before the line is read, so the quotes inside do not end the string.
 */
const PROPERTY_READ =
  /\$\{\s*(?:(?:rootProject|project)\.)?(?:(?:property|findProperty)\(\s*"([\w.-]+)"\s*\)|extra(?:\[\s*"([\w.-]+)"\s*\]|\.get\(\s*"([\w.-]+)"\s*\)))(?:\s+as\s+String\??)?\s*\}/g;

/**
 * A plugin version read from a property as a value, not a template: the Compose Multiplatform
 * template's settings write `kotlin("multiplatform").version(extra["kotlin.version"] as String)`
 * (`property("x")`, `providers.gradleProperty("x").get()` likewise), read as the variable `x`.
 */
const VERSION_PROPERTY =
  /(\bversion\s*(?:\(\s*)?)(?:(?:rootProject|project|settings)\.)?(?:extra\[\s*["']([\w.-]+)["']\s*\]|extra\.get\(\s*["']([\w.-]+)["']\s*\)|(?:property|findProperty)\(\s*["']([\w.-]+)["']\s*\)|providers\.gradleProperty\(\s*["']([\w.-]+)["']\s*\)\.get\(\))(?:\s+as\s+String\??)?/;

const JAVA_VERSION =
  /(?:(?:source|target)Compatibility\s*(?:[=(]\s*)?(?:JavaVersion\.VERSION_|["']?)([\d_.]+)|JavaLanguageVersion\.of\(\s*(\d+)\s*\)|jvmToolchain\(\s*(\d+)\s*\))/;

// Besides today's names, those of older builds: Gradle's `compile`/`runtime` family before 7, the
// war plugin's `providedCompile`/`providedRuntime` (Spring Boot's guide for a deployable war puts
// spring-boot-starter-tomcat there), the Android Gradle Plugin 2's `provided`, `androidTestCompile`,
// `debugCompile`, and the android-apt plugin's `apt`. The Liquibase Gradle plugin's `liquibaseRuntime`
// holds the Liquibase release (and JDBC driver) its tasks run; the Swagger generator plugin's
// (org.hidetake.swagger.generator) `swaggerCodegen` the Swagger Codegen or OpenAPI Generator CLI its
// tasks run.
const CONFIGURATIONS =
  "implementation|api|compileOnly|runtimeOnly|testImplementation|testCompileOnly|testRuntimeOnly|androidTestImplementation|debugImplementation|releaseImplementation|kapt|ksp|annotationProcessor|testAnnotationProcessor|compile|testCompile|runtime|testRuntime|providedCompile|providedRuntime|provided|androidTestCompile|debugCompile|releaseCompile|apt|classpath|developmentOnly|testFixturesImplementation|integrationTestImplementation|coreLibraryDesugaring|detektPlugins|lintChecks|liquibaseRuntime|swaggerCodegen";

/**
 * A configuration of annotation processors (`annotationProcessor`, `kapt`, `ksp`, the android-apt
 * plugin's `apt`, and their variants: `testAnnotationProcessor`, `kaptTest`, `kspAndroidTest`): the
 * compiler runs them, the project does not depend on them. The site lists no package for a
 * coordinate declared only there, in 4 stack files of 4 owners (dagger-compiler, Spring Boot's
 * configuration processor, Glide's compiler under annotationProcessor and under kapt), and none
 * lists one; declared in another configuration too (Lombok's compileOnly), it is listed.
 */
export const isProcessorConfiguration = (configuration: string): boolean =>
  /^(?:annotationProcessor|kapt|ksp|apt)(?:[A-Z]\w*)?$|[a-z]AnnotationProcessor$/.test(configuration);

/** The accessor patterns of a build whose version catalogs have these names (`libs`, and `deps` where the settings create one). */
interface CatalogPatterns {
  /** `libs.versions.kotlin.get()`, `.toInt()`: a catalog version read in a script. */
  versions: RegExp;
  /** `libs.spring.boot.starter` as a dependency. */
  library: RegExp;
  /** `alias(libs.plugins.x)`. */
  alias: RegExp;
  /**
   * An Android API level setting, `compileSdk` or `minSdk` (with or without `Version`): a number, or
   * a variable (`rootProject.ext.x`, `libs.versions.x`) written `$name` for the caller to resolve.
   */
  sdkLevel: RegExp;
}

const catalogPatternsByNames = new Map<string, CatalogPatterns>();

function catalogPatterns(names: readonly string[]): CatalogPatterns {
  const key = names.join("|");
  let patterns = catalogPatternsByNames.get(key);
  if (!patterns) {
    const catalog = `(?:${names.filter((n) => /^[A-Za-z_]\w*$/.test(n)).join("|") || "libs"})`;
    patterns = {
      // Kotlin converts with `.toInt()`, Groovy with `.toInteger()` or `as int`.
      versions: new RegExp(`(?<![\\w.])(${catalog}\\.versions)\\.([\\w.]+?)(?:\\.get\\(\\))?(?:\\.toInt(?:eger)?\\(\\)|\\s+as\\s+(?:int|Integer)\\b)?(?=[^\\w.(]|$)`, "g"),
      library: new RegExp(`^(${catalog}\\.[\\w.]+)`),
      alias: new RegExp(`^\\s*alias\\s*\\(\\s*(${catalog}\\.plugins\\.[\\w.]+)\\s*\\)`),
      sdkLevel: new RegExp(`^\\s*(compile|min)Sdk(?:Version)?\\s*(?:[=(]\\s*)?(?:(\\d+)|(?:rootProject\\.|project\\.)?(?:ext\\.)?((?!flutter\\.)[A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*|${catalog}\\.versions\\.[\\w.]+)\\s*(?:\\)\\s*)?$)`),
    };
    catalogPatternsByNames.set(key, patterns);
  }
  return patterns;
}

/**
 * A build.gradle (Groovy) or build.gradle.kts (Kotlin DSL) read as text: string notation
 * (`implementation 'g:a:v'`, `implementation("g:a:v")`), map notation (`group: 'g', name: 'a'`),
 * `platform(...)`, version catalog accessors (`libs.x.y`), `plugins {}` ids with versions,
 * `kotlin("jvm")`, `alias(libs.plugins.x)`, `apply plugin:` and the Android compileSdk.
 */
export function readBuildScript(text: string, catalogs: readonly string[] = ["libs"]): BuildScript {
  const patterns = catalogPatterns(catalogs);
  const out: BuildScript = { dependencies: [], plugins: [], variables: new Map(), lists: new Map(), aliases: new Map() };
  const lines = textLines(replaceBlockComments(text, blankText));
  // Besides the named ones, a variant's own configurations: `testDemoImplementation`,
  // `prodReleaseApi`, `kspTest`, `kaptAndroidTest`.
  const config = new RegExp(`^\\s*["']?(${CONFIGURATIONS}|[a-z][A-Za-z0-9]*(?:Implementation|Api|CompileOnly|RuntimeOnly)|(?:ksp|kapt)[A-Z][A-Za-z0-9]*)["']?(?=[\\s(])\\s*(?:\\(\\s*)?(.*)$`);
  // Inside `plugins {}`, a bare name is a core plugin of the Kotlin DSL: `java`, `jacoco`, `` `java-library` ``.
  let depth = 0;
  let pluginsAt = -1;
  // Inside `ext {}` (a root script's `buildscript { ext { compileSdkVersion = 34 } }`, React Native's
  // and older Android templates), `compileSdkVersion = 34` assigns a variable the modules read: it
  // makes the root no Android module.
  let extAt = -1;
  // Per open brace, whether it opened an `if (...)` block: an `apply plugin:` within one is conditional.
  const ifBlocks: boolean[] = [];
  let ifOpen = 0;
  lines.forEach((raw, i) => {
    const code = raw.replace(/(^|\s)\/\/.*$/, "");
    const opens = pluginsAt < 0 && /^\s*plugins\s*\{/.test(code);
    if (opens) pluginsAt = depth;
    const extOpens = extAt < 0 && /^\s*(?:(?:rootProject|project)\.)?ext\s*\{/.test(code);
    if (extOpens) extAt = depth;
    const ifLine = /^\s*(?:\}\s*)?(?:else\s+)?if\s*\(/.test(code);
    for (const statement of statements(code)) readStatement(statement, i, pluginsAt >= 0, ifOpen > 0 || ifLine, extAt >= 0);
    let first = true;
    for (const c of code) {
      if (c === "{") {
        depth++;
        const isIf = ifLine && first;
        first = false;
        ifBlocks.push(isIf);
        if (isIf) ifOpen++;
      } else if (c === "}") {
        depth--;
        if (ifBlocks.pop()) ifOpen--;
      }
    }
    if (pluginsAt >= 0 && depth <= pluginsAt) pluginsAt = -1;
    if (extAt >= 0 && depth <= extAt) extAt = -1;
  });
  // The values the script assigns beyond plain versions: `ext` maps and lists, coordinate strings, aliases.
  const code = lines.map((l) => l.replace(/(^|\s)\/\/.*$/, "")).join("\n");
  const values = readScriptValues(code);
  const lineAt = lineCounter(code);
  for (const m of code.matchAll(TOOL_VERSION)) (out.toolVersions ??= []).push({ id: m[1]!, version: m[2]!, line: lineAt(m.index! + m[0].lastIndexOf("toolVersion")) });
  for (const m of code.matchAll(KTLINT_VERSION)) (out.toolVersions ??= []).push({ id: "ktlint", version: m[1]!, line: lineAt(m.index! + m[0].length - 1) });
  for (const [k, v] of values.strings) if (!out.variables.has(k)) out.variables.set(k, v);
  out.lists = values.lists;
  out.aliases = values.aliases;
  return out;

  function readStatement(statement: string, i: number, inPlugins = false, inIf = false, inExt = false): void {
    const lineNo = i + 1;
    const core = inPlugins ? /^\s*(?:`([a-z][\w-]*)`|([a-z]\w*))\s*$/.exec(statement) : null;
    if (core && !["id", "kotlin", "alias"].includes(core[1] ?? core[2]!)) {
      out.plugins.push({ id: core[1] ?? core[2]!, line: lineNo });
      return;
    }
    // A catalog version read in a script (`version libs.versions.kotlin.get()`,
    // `compileSdk = libs.versions.compileSdk.get().toInt()`) is a variable named by its accessor.
    const line = statement
      .replace(patterns.versions, (_, versions: string, key: string) => `${versions}.${accessor(key)}`)
      .replace(PROPERTY_READ, (_, a?: string, b?: string, c?: string) => `\${${a ?? b ?? c}}`)
      .replace(VERSION_PROPERTY, (_, version: string, a?: string, b?: string, c?: string, d?: string) => version + (a ?? b ?? c ?? d));
    // A value read from a Gradle property with a default, as Expo's Android template assigns its
    // API levels (`compileSdkVersion = Integer.parseInt(findProperty('android.compileSdkVersion') ?: '34')`):
    // the variable is the property, which gradle.properties may set, and the default is the
    // property's value where none does (gradle.properties is read first, and its value kept).
    const defaulted = line.includes("?:") ? PROPERTY_DEFAULT.exec(line) : null;
    if (defaulted) {
      const [, name, property, fallback] = defaulted as unknown as [string, string, string, string];
      if (!out.variables.has(name)) out.variables.set(name, `$${property}`);
      if (!out.variables.has(property)) out.variables.set(property, fallback);
    }
    const variable = VARIABLE.exec(line);
    if (variable) {
      const name = variable[1] ?? variable[3] ?? variable[6]!;
      const value = variable[2] ?? variable[4] ?? variable[5] ?? variable[7]!;
      if (!out.variables.has(name)) out.variables.set(name, value);
    }
    const java = JAVA_VERSION.exec(line);
    if (java && !out.javaVersion) out.javaVersion = (java[1] ?? java[2] ?? java[3]!).replace(/_/g, ".").replace(/^1\.(\d{2,})$/, "$1");
    if (/^\s*compose\s*(=\s*)?true\b/.test(line)) out.compose = true;
    const dep = config.exec(line);
    if (dep) {
      const configuration = dep[1]!;
      // A declaration whose argument starts on the next line: `implementation(\n  "g:a:v"\n)`.
      let rest = dep[2]!.replace(/^\(\s*/, "");
      if (rest.trim() === "" && lines[i + 1] !== undefined) rest = lines[i + 1]!.trim();
      const kotlinModule = /^kotlin\s*\(\s*["']([\w.-]+)["']\s*(?:,\s*["']([^"']+)["'])?/.exec(rest);
      if (kotlinModule) {
        out.dependencies.push({ configuration, group: "org.jetbrains.kotlin", name: `kotlin-${kotlinModule[1]}`, version: kotlinModule[2], line: lineNo });
        return;
      }
      const platform = /^(?:platform|enforcedPlatform)\s*\(/.test(rest) ? { platform: true } : {};
      rest = rest.replace(/^(platform|enforcedPlatform|testFixtures)\s*\(\s*/, "");
      // `$\{?[\w.]+\}?[^"']*` read `$a.b.c` two ways at each dot (quadratic on a long one); this reads the same strings one way.
      const str = /^["']([^"'$]*(?:\$\{?[\w.][^"']*)?)["']/.exec(rest);
      if (str) {
        const add = (notation: string, at: number): void => {
          const [group, name, version] = notation.split(":");
          if (group && name) out.dependencies.push({ configuration, group, name, version: version?.split("@")[0], line: at, ...platform });
        };
        add(str[1]!, lineNo);
        // Groovy takes a list: `implementation "g:a:1", "g:b:2",` continued on the next lines.
        let tail = rest.slice(str[0].length);
        let at = i;
        for (;;) {
          const more = /^\s*,\s*["']([^"']+)["']/.exec(tail);
          if (more) {
            add(more[1]!, at + 1);
            tail = tail.slice(more[0].length);
          } else if (/^\s*,\s*$/.test(tail) && lines[at + 1] !== undefined) {
            tail = "," + lines[++at]!.replace(/(^|\s)\/\/.*$/, "");
          } else break;
        }
        return;
      }
      const map = mapNotation(rest);
      if (map) {
        // A bare identifier as the version is a variable: `version: jjwtVersion`.
        out.dependencies.push({ configuration, group: map[1], name: map[2], version: map[3] ?? (map[4] ? `$${map[4]}` : undefined), line: lineNo });
        return;
      }
      // Names: a catalog accessor (`libs.x`, `libs.x.get()`) or a value the build assigns
      // (`deps.okhttp`, `rootProject.ext.libs.retrofit`), Groovy taking several: `implementation deps.a, deps.b`.
      const found: GradleDependency[] = [];
      let tail = rest;
      for (;;) {
        const ref = /^([A-Za-z_]\w*(?:\.(?!get\(\))[A-Za-z_]\w*|\[\s*["'][^"'\]]+["']\s*\])*)(?:\.get\(\))?\s*((?:\)\s*)*)/.exec(tail);
        if (!ref || tail.charAt(ref[0].length) === "(") break;
        const name = ref[1]!;
        const accessor = patterns.library.exec(name);
        found.push({ configuration, ...(accessor ? { catalogAccessor: name } : {}), reference: referenceName(name), line: lineNo, ...platform });
        tail = tail.slice(ref[0].length);
        const comma = /^,\s*/.exec(tail);
        if (!comma || ref[2]) break;
        tail = tail.slice(comma[0].length);
      }
      if (/^\s*(?:\{.*)?$/.test(tail)) out.dependencies.push(...found);
      return;
    }
    // The dependency-management plugin's BOM import (Spring Initializr's Gradle template:
    // `dependencyManagement { imports { mavenBom "org.springframework.cloud:spring-cloud-dependencies:${springCloudVersion}" } }`),
    // Gradle's counterpart of a pom's `import` scope: a BOM whose versions the build takes, as `platform(...)`.
    const bom = /^\s*mavenBom\s*(?:\(\s*)?["']([^"':$]+):([^"':$]+):([^"'\s]+)["']/.exec(line);
    if (bom) {
      out.dependencies.push({ configuration: "mavenBom", group: bom[1], name: bom[2], version: bom[3], line: lineNo, platform: true });
      return;
    }
    // A bare identifier after `version` is a variable (`kotlin("jvm") version kotlinVersion`).
    // `id("x") version "1" apply false` (or `apply(false)`): the version for the projects that apply it.
    const declaredOnly = /\bapply\s*(?:\(\s*false\s*\)|false\b)/.test(line) ? { declaredOnly: true as const } : {};
    // The chained form (`id("x").version("1.0").apply(false)`, the KMM template's root script) too.
    const plugin = /^\s*id\s*(?:\(\s*)?["']([\w.-]+)["']\s*(?:\)\s*)?(?:(?:\.\s*)?version\s*(?:\(\s*)?(?:["']([^"']+)["']|([A-Za-z_][\w.]*)\s*(?:\)\s*)?(?:$|\/\/|(?:\.\s*)?apply\b)))?/.exec(line);
    if (plugin) out.plugins.push({ id: plugin[1], version: plugin[2] ?? (plugin[3] ? `$${plugin[3]}` : undefined), line: lineNo, ...declaredOnly });
    // (Blanks are read by one `\s*` before an optional `)` or `.`, never by two in a row: a line
    // ending in a long blank run is one pass.)
    const kotlin = /^\s*kotlin\s*\(\s*["']([\w.-]+)["']\s*\)(?:(?:\s+version\s+|\s*\.\s*version\s*\(\s*)(?:["']([^"']+)["']|([A-Za-z_][\w.]*)\s*(?:\)\s*)?(?:$|\/\/|(?:\.\s*)?apply\b)))?/.exec(line);
    if (kotlin) out.plugins.push({ id: `org.jetbrains.kotlin.${kotlin[1]}`, version: kotlin[2] ?? (kotlin[3] ? `$${kotlin[3]}` : undefined), line: lineNo, ...declaredOnly });
    const alias = patterns.alias.exec(line);
    if (alias) out.plugins.push({ catalogAccessor: alias[1], line: lineNo, ...declaredOnly });
    const apply = /apply\s*(?:\(\s*)?plugin\s*[:=]\s*["']([\w.-]+)["']/.exec(line);
    if (apply) out.plugins.push({ id: apply[1], line: lineNo, ...(inIf ? { conditional: true as const } : {}) });
    const sdk = inExt ? null : patterns.sdkLevel.exec(line);
    if (sdk?.[1] === "compile") out.compileSdk = sdk[2] ?? `$${sdk[3]}`;
    else if (sdk?.[1] === "min" && out.minSdk === undefined) out.minSdk = sdk[2] ?? `$${sdk[3]}`;
  }
}

/**
 * `group: 'g', name: 'a', version: 'v'` (or `version: variable`): [whole, group, name, version,
 * version variable], as `/group…["'].*?name…["'](?:.*?version…)?/` finds it, each clause searched
 * once from where the one before ended: that pattern read on to the end from every `group:` that no
 * `name:` follows (quadratic on a line of them).
 */
export function mapNotation(text: string): [string, string, string, string | undefined, string | undefined] | undefined {
  const group = /group\s*[:=]\s*["']([^"']+)["']/.exec(text);
  if (!group) return undefined;
  const name = /name\s*[:=]\s*["']([^"']+)["']/g;
  name.lastIndex = group.index + group[0].length;
  const n = name.exec(text);
  if (!n) return undefined;
  const version = /version\s*[:=]\s*(?:["']([^"']+)["']|([A-Za-z_][\w.]*))/g;
  version.lastIndex = n.index + n[0].length;
  const v = version.exec(text);
  return [text.slice(group.index, (v ?? n).index + (v ?? n)[0].length), group[1]!, n[1]!, v?.[1], v?.[2]];
}

/**
 * The statements of one line: block openers (`dependencies {`, `plugins {`) and the braces that
 * close them are cut, and `;` separates statements, so a one-line block
 * (`dependencies { implementation 'g:a:v' }`) reads like its multi-line form.
 */
function statements(line: string): string[] {
  const body = line.replace(/^\s*(?:[A-Za-z_][\w.]*\s*\{\s*)+/, "");
  return body.split(";").map(withoutUnmatchedCloses);
}

/**
 * The statement without the `}`s at its end that close blocks opened on earlier lines (and the
 * space after each), counted once: removing them one by one and recounting the whole statement
 * each time grew with the square of a line of braces.
 */
function withoutUnmatchedCloses(part: string): string {
  let opens = 0;
  let closes = 0;
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i);
    if (c === 123) opens++;
    else if (c === 125) closes++;
  }
  let end = part.length;
  while (closes > opens) {
    let e = end;
    while (e > 0 && /\s/.test(part[e - 1]!)) e--;
    if (part[e - 1] !== "}") break;
    end = e - 1;
    closes--;
  }
  return part.slice(0, end);
}

export interface VersionCatalog {
  /** `lines`: where the catalog declares the library (its own line, and its `version.ref`'s `[versions]` entry), where readVersionCatalog was given the text. */
  libraries: Map<string, { group: string; name: string; version?: string; lines?: number[] }>;
  plugins: Map<string, { id: string; version?: string }>;
  /** `libs.bundles.x`: the accessors of the libraries it groups. */
  bundles: Map<string, string[]>;
  /** `[versions]` by accessor (`libs.versions.kotlin`). */
  versions: Map<string, string>;
}

/**
 * gradle/libs.versions.toml (parsed): `[versions]`, `[libraries]` (`module = "g:a"` or
 * `group`/`name`, with `version` or `version.ref`), `[plugins]`. Keys are the accessor names
 * (`spring-boot-starter` is `libs.spring.boot.starter`).
 */
export function readVersionCatalog(data: unknown, text?: string): VersionCatalog {
  const doc = (data ?? {}) as Record<string, Record<string, unknown>>;
  const keyLine = text === undefined ? undefined : tomlKeyLines(text);
  const versions = doc.versions ?? {};
  /** A `[versions]` entry: a release or a rich version (Gradle reads no `ref` there: one to itself ran the stack out). */
  const declared = (v: unknown): string | undefined => {
    if (typeof v === "string") return v;
    if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      // Rich versions: Gradle takes the preferred release within a strict range or above a required one.
      if (typeof o.prefer === "string") return o.prefer;
      if (typeof o.strictly === "string") return o.strictly;
      if (typeof o.require === "string") return o.require;
    }
    return undefined;
  };
  /** A library's or plugin's version: written in place, or `version.ref` naming a `[versions]` entry of the file's own. */
  const versionOf = (v: unknown): string | undefined => {
    const ref = v && typeof v === "object" ? (v as Record<string, unknown>).ref : undefined;
    if (typeof ref === "string") return Object.hasOwn(versions, ref) ? declared(versions[ref]) : undefined;
    return declared(v);
  };
  const out: VersionCatalog = { libraries: new Map(), plugins: new Map(), bundles: new Map(), versions: new Map() };
  for (const key of Object.keys(versions)) {
    const version = declared(versions[key]);
    if (version) out.versions.set(accessor(key), version);
  }
  for (const [key, spec] of Object.entries(doc.libraries ?? {})) {
    let group: string | undefined;
    let name: string | undefined;
    let version: string | undefined;
    if (typeof spec === "string") [group, name, version] = spec.split(":");
    else if (spec && typeof spec === "object") {
      const o = spec as Record<string, unknown>;
      if (typeof o.module === "string") [group, name] = o.module.split(":");
      else if (typeof o.group === "string" && typeof o.name === "string") [group, name] = [o.group, o.name];
      version = versionOf(o.version);
    }
    if (!group || !name) continue;
    const library: { group: string; name: string; version?: string; lines?: number[] } = version ? { group, name, version } : { group, name };
    if (keyLine) {
      const ref = spec && typeof spec === "object" ? (spec as { version?: { ref?: unknown } }).version?.ref : undefined;
      const lines = [keyLine(["libraries"], key), typeof ref === "string" && version ? keyLine(["versions"], ref) : undefined].filter((n): n is number => n !== undefined);
      if (lines.length) library.lines = [...new Set(lines)];
    }
    out.libraries.set(accessor(key), library);
  }
  for (const [key, spec] of Object.entries(doc.plugins ?? {})) {
    const id = typeof spec === "string" ? spec.split(":")[0] : typeof (spec as { id?: unknown })?.id === "string" ? (spec as { id: string }).id : undefined;
    const version = typeof spec === "string" ? spec.split(":")[1] : versionOf((spec as { version?: unknown })?.version);
    if (id) out.plugins.set(accessor(key), version ? { id, version } : { id });
  }
  for (const [key, members] of Object.entries(doc.bundles ?? {})) {
    if (Array.isArray(members)) out.bundles.set(accessor(key), members.filter((m): m is string => typeof m === "string").map(accessor));
  }
  return out;
}

/** `spring-boot_starter` -> `spring.boot.starter`, as Gradle generates accessors. */
export function accessor(key: string): string {
  return key.replace(/[-_]/g, ".").toLowerCase();
}
