import { blankText, lineCounter, replaceBlockComments, textLines } from "../../src/kit.js";
import { ScriptBlocks, withoutLineComment } from "./script-blocks.js";
import { catalogPatterns, KTLINT_VERSION, TOOL_VERSION } from "./script-patterns.js";
import { readStatement, type ScriptReading } from "./script-statement.js";
import { readScriptValues } from "./script-values.js";

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
 * A configuration of annotation processors (`annotationProcessor`, `kapt`, `ksp`, the android-apt
 * plugin's `apt`, and their variants: `testAnnotationProcessor`, `kaptTest`, `kspAndroidTest`): the
 * compiler runs them, the project does not depend on them. The site lists no package for a
 * coordinate declared only there, in 4 stack files of 4 owners (dagger-compiler, Spring Boot's
 * configuration processor, Glide's compiler under annotationProcessor and under kapt), and none
 * lists one; declared in another configuration too (Lombok's compileOnly), it is listed.
 */
export const isProcessorConfiguration = (configuration: string): boolean =>
  /^(?:annotationProcessor|kapt|ksp|apt)(?:[A-Z]\w*)?$|[a-z]AnnotationProcessor$/.test(configuration);

/**
 * A build.gradle (Groovy) or build.gradle.kts (Kotlin DSL) read as text: string notation
 * (`implementation 'g:a:v'`, `implementation("g:a:v")`), map notation (`group: 'g', name: 'a'`),
 * `platform(...)`, version catalog accessors (`libs.x.y`), `plugins {}` ids with versions,
 * `kotlin("jvm")`, `alias(libs.plugins.x)`, `apply plugin:` and the Android compileSdk.
 */
export function readBuildScript(text: string, catalogs: readonly string[] = ["libs"]): BuildScript {
  const out: BuildScript = { dependencies: [], plugins: [], variables: new Map(), lists: new Map(), aliases: new Map() };
  // Comments are cut once: every reader below takes these lines.
  const lines = textLines(replaceBlockComments(text, blankText)).map(withoutLineComment);
  const reading: ScriptReading = { out, patterns: catalogPatterns(catalogs), lines };
  const blocks = new ScriptBlocks();
  lines.forEach((code, i) => {
    blocks.line(code, (place) => {
      for (const statement of statements(code)) readStatement(reading, statement, i, place);
    });
  });
  readWholeScript(out, lines);
  return out;
}

/** What is read from the whole script (its lines without comments): the values it assigns beyond plain versions (`ext` maps and lists, coordinate strings, aliases), code-quality tools' releases. */
function readWholeScript(out: BuildScript, lines: readonly string[]): void {
  const code = lines.join("\n");
  const values = readScriptValues(code);
  const lineAt = lineCounter(code);
  for (const m of code.matchAll(TOOL_VERSION)) (out.toolVersions ??= []).push({ id: m[1]!, version: m[2]!, line: lineAt(m.index! + m[0].lastIndexOf("toolVersion")) });
  for (const m of code.matchAll(KTLINT_VERSION)) (out.toolVersions ??= []).push({ id: "ktlint", version: m[1]!, line: lineAt(m.index! + m[0].length - 1) });
  for (const [k, v] of values.strings) if (!out.variables.has(k)) out.variables.set(k, v);
  out.lists = values.lists;
  out.aliases = values.aliases;
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
