/** The regular expressions a Gradle build script is read with. */

/**
 * `jacoco { toolVersion = "0.8.11" }`, `checkstyle { toolVersion '10.12.5' }`: the release of the
 * tool Gradle's own plugin downloads, which the plugin id alone does not say. The `=` is optional
 * after one space run, not between two (every split of 100,000 spaces was tried: 30 s).
 */
export const TOOL_VERSION = /\b(jacoco|checkstyle|pmd)\s*\{[^{}]*?\btoolVersion\s*(?:=\s*)?["'](\d[\w.-]*)["']/g;

/**
 * The ktlint release a build runs, which neither plugin's id says: the ktlint-gradle plugin's
 * `ktlint { version.set("1.2.1") }` (Groovy `version = '0.50.0'`) and Spotless's `ktlint("1.2.1")`.
 * Reported as the id `ktlint`, as the code-quality plugins' toolVersion is.
 */
export const KTLINT_VERSION = /\bktlint\s*(?:\{[^{}]*?\bversion\s*(?:\.\s*set\s*\(\s*|=\s*|\s)|\(\s*)["'](\d[\w.-]*)["']/g;

/** Where a script reaches a project's extra properties: `ext`, `project.ext`, the Kotlin DSL's `extra`, `rootProject.extra`. */
export const EXTRA = String.raw`(?:(?:rootProject|project)\.)?ext(?:ra)?`;

/** The keyword declaring a variable: Groovy's `def`, Kotlin's `val`, `var` and `const val`. */
export const DECLARING = String.raw`(?:def|(?:const[ \t]+)?val|var)[ \t]+`;

/** A Kotlin type annotation after a variable's name, if any: `: String`, `: String?`, `: kotlin.Int`. */
export const TYPE_ANNOTATION = String.raw`(?:[ \t]*:[ \t]*[A-Za-z_][\w.]*\??)?`;

/** Kotlin's cast of a property read to a String, if any: `extra["x"] as String`, `as String?`. */
export const STRING_CAST = String.raw`(?:\s+as\s+String\??)?`;

/** `ext.x = '1'`, `ext['x'] = '1'`, `def x = '1'`, `val x = "1"` (or `val x: String = "1"`), `val x by extra("1")` (or `val x: String by extra("1")`), `extra["x"] = "1"`, `set("x", "1")`, or a bare `x = '1'` inside `ext {}`. */
export const VARIABLE = new RegExp(
  String.raw`^\s*(?:${EXTRA}\.)?set\(\s*["']([\w.-]+)["']\s*,\s*["']([\w.+-]+)["']\s*\)\s*(?:;\s*)?$` +
    String.raw`|^\s*(?:(?:${EXTRA}(?:\.|\[["'])|${DECLARING})?([A-Za-z_][\w.]*?)(?:["']\])?${TYPE_ANNOTATION}\s*=\s*(?:["']([\w.+-]+)["']|(\d[\w.]*))\s*(?:;\s*)?$` +
    String.raw`|(?<!\w)(?:val\s+)?([A-Za-z_]\w*)${TYPE_ANNOTATION}\s+by\s+extra\(\s*["']([\w.+-]+)["']\s*\))`,
);

/**
 * `name = findProperty('a.b') ?: '34'`, with Groovy's or Kotlin's number parsing around it
 * (`Integer.parseInt(...)`, `(...).toInteger()`): the variable, the property and its default.
 */
export const PROPERTY_DEFAULT =
  /^\s*(?:ext\.|project\.ext\.|def\s+|val\s+|var\s+)?([A-Za-z_]\w*)\s*=\s*(?:Integer\.parseInt\(\s*)?(?:\(\s*)?(?:(?:project|rootProject)\.)?(?:findProperty|property)\(\s*["']([\w.-]+)["']\s*\)\s*\?:\s*["']([\w.+-]+)["']\s*(?:\)\s*)?(?:\.(?:toInteger|toInt)\(\)\s*)?(?:;\s*)?$/;

/**
 * A Kotlin DSL template reading a property by its name in quotes (`${property("okhttpVersion")}`,
 * `${project.findProperty("x") as String}`, `${rootProject.extra["x"]}`, `${extra.get("x")}`):
 * written `${x}` before the line is read, so the quotes inside do not end the string.
 */
export const PROPERTY_READ = new RegExp(
  String.raw`\$\{\s*(?:(?:rootProject|project)\.)?(?:(?:property|findProperty)\(\s*"([\w.-]+)"\s*\)|extra(?:\[\s*"([\w.-]+)"\s*\]|\.get\(\s*"([\w.-]+)"\s*\)))` + STRING_CAST + String.raw`\s*\}`, "g",
);

/**
 * A plugin version read from a property as a value, not a template: the Compose Multiplatform
 * template's settings write `kotlin("multiplatform").version(extra["kotlin.version"] as String)`
 * (`property("x")`, `providers.gradleProperty("x").get()` likewise), read as the variable `x`.
 */
export const VERSION_PROPERTY = new RegExp(
  String.raw`(\bversion\s*(?:\(\s*)?)(?:(?:rootProject|project|settings)\.)?(?:extra\[\s*["']([\w.-]+)["']\s*\]|extra\.get\(\s*["']([\w.-]+)["']\s*\)|(?:property|findProperty)\(\s*["']([\w.-]+)["']\s*\)|providers\.gradleProperty\(\s*["']([\w.-]+)["']\s*\)\.get\(\))` + STRING_CAST,
);

export const JAVA_VERSION =
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
 * A dependency declaration: its configuration, and the rest of the statement. Besides the named
 * configurations, a variant's own: `testDemoImplementation`, `prodReleaseApi`, `kspTest`, `kaptAndroidTest`.
 */
export const DECLARATION = new RegExp(`^\\s*["']?(${CONFIGURATIONS}|[a-z][A-Za-z0-9]*(?:Implementation|Api|CompileOnly|RuntimeOnly)|(?:ksp|kapt)[A-Z][A-Za-z0-9]*)["']?(?=[\\s(])\\s*(?:\\(\\s*)?(.*)$`);

/** The accessor patterns of a build whose version catalogs have these names (`libs`, and `deps` where the settings create one). */
export interface CatalogPatterns {
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

export function catalogPatterns(names: readonly string[]): CatalogPatterns {
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

