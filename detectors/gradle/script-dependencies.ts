import type { BuildScript, GradleDependency } from "./build-script.js";
import type { ScriptReading } from "./script-statement.js";
import { referenceName } from "./script-values.js";
import { STRING_CAST } from "./script-patterns.js";

/**
 * A dependency declaration of line `i` in `configuration`, `rest` its argument: `kotlin("x")`, a
 * string notation (a list of them in Groovy), a map notation, or names (catalog accessors, values
 * the build assigns); within `platform(...)` a BOM.
 */
export function readDeclaration(reading: ScriptReading, configuration: string, argument: string, i: number): void {
  const { out, lines } = reading;
  const lineNo = i + 1;
  // A declaration whose argument starts on the next line: `implementation(\n  "g:a:v"\n)`.
  let rest = argument.replace(/^\(\s*/, "");
  if (rest.trim() === "" && lines[i + 1] !== undefined) rest = lines[i + 1]!.trim();
  const kotlinModule = /^kotlin\s*\(\s*["']([\w.-]+)["']\s*(?:,\s*["']([^"']+)["'])?/.exec(rest);
  if (kotlinModule) {
    out.dependencies.push({ configuration, group: "org.jetbrains.kotlin", name: `kotlin-${kotlinModule[1]}`, version: kotlinModule[2], line: lineNo });
    return;
  }
  const platform = /^(?:platform|enforcedPlatform)\s*\(/.test(rest) ? { platform: true } : {};
  rest = rest.replace(/^(platform|enforcedPlatform|testFixtures)\s*\(\s*/, "");
  if (readStringNotations(reading, configuration, rest, i, platform)) return;
  const map = mapNotation(rest);
  if (map) {
    // A bare identifier as the version is a variable: `version: jjwtVersion`.
    out.dependencies.push({ configuration, group: map[1], name: map[2], version: map[3] ?? (map[4] ? `$${map[4]}` : undefined), line: lineNo });
    return;
  }
  readNames(reading, configuration, rest, lineNo, platform);
}

/** `"g:a:v"`, and in Groovy a list of them, `implementation "g:a:1", "g:b:2",` continued on the next lines. Whether `rest` starts with one. */
function readStringNotations(reading: ScriptReading, configuration: string, rest: string, i: number, platform: { platform?: boolean }): boolean {
  const { out, lines } = reading;
  // `$\{?[\w.]+\}?[^"']*` read `$a.b.c` two ways at each dot (quadratic on a long one); this reads the same strings one way.
  const str = /^["']([^"'$]*(?:\$\{?[\w.][^"']*)?)["']/.exec(rest);
  if (!str) return false;
  const add = (notation: string, at: number): void => {
    const [group, name, version] = notation.split(":");
    if (group && name) out.dependencies.push({ configuration, group, name, version: version?.split("@")[0], line: at, ...platform });
  };
  add(str[1]!, i + 1);
  let tail = rest.slice(str[0].length);
  let at = i;
  for (;;) {
    const more = /^\s*,\s*["']([^"']+)["']/.exec(tail);
    if (more) {
      add(more[1]!, at + 1);
      tail = tail.slice(more[0].length);
    } else if (/^\s*,\s*$/.test(tail) && lines[at + 1] !== undefined) {
      tail = "," + lines[++at]!;
    } else break;
  }
  return true;
}

/** A name at the start of a declaration's arguments (`deps.okhttp`, `libs.x.get()`, `extra["x"] as String`) and the parentheses closing after it. */
const NAMES = new RegExp(String.raw`^([A-Za-z_]\w*(?:\.(?!get\(\))[A-Za-z_]\w*|\[\s*["'][^"'\]]+["']\s*\])*)(?:\.get\(\))?` + STRING_CAST + String.raw`\s*((?:\)\s*)*)`);

/**
 * Names: a catalog accessor (`libs.x`, `libs.x.get()`) or a value the build assigns (`deps.okhttp`,
 * `rootProject.ext.libs.retrofit`), Groovy taking several: `implementation deps.a, deps.b`; Kotlin's
 * cast of an extra property (`rootProject.extra["okhttp"] as String`) names it too. None where
 * something else follows them (a call, an operator).
 */
function readNames(reading: ScriptReading, configuration: string, rest: string, lineNo: number, platform: { platform?: boolean }): void {
  const found: GradleDependency[] = [];
  let tail = rest;
  for (;;) {
    const ref = NAMES.exec(tail);
    if (!ref || tail.charAt(ref[0].length) === "(") break;
    const name = ref[1]!;
    const catalogAccessor = reading.patterns.library.exec(name);
    found.push({ configuration, ...(catalogAccessor ? { catalogAccessor: name } : {}), reference: referenceName(name), line: lineNo, ...platform });
    tail = tail.slice(ref[0].length);
    const comma = /^,\s*/.exec(tail);
    if (!comma || ref[2]) break;
    tail = tail.slice(comma[0].length);
  }
  if (/^\s*(?:\{.*)?$/.test(tail)) reading.out.dependencies.push(...found);
}

/**
 * The dependency-management plugin's BOM import (Spring Initializr's Gradle template:
 * `dependencyManagement { imports { mavenBom "org.springframework.cloud:spring-cloud-dependencies:${springCloudVersion}" } }`),
 * Gradle's counterpart of a pom's `import` scope: a BOM whose versions the build takes, as
 * `platform(...)`. Whether the statement is one.
 */
export function readBomImport(out: BuildScript, line: string, lineNo: number): boolean {
  const bom = /^\s*mavenBom\s*(?:\(\s*)?["']([^"':$]+):([^"':$]+):([^"'\s]+)["']/.exec(line);
  if (!bom) return false;
  out.dependencies.push({ configuration: "mavenBom", group: bom[1], name: bom[2], version: bom[3], line: lineNo, platform: true });
  return true;
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

