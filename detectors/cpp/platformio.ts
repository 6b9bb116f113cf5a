/**
 * A PlatformIO project file (platformio.ini), read as INI text: the frameworks its environments
 * build on (`framework = arduino`, or a comma-separated list) and the development platforms they
 * build for (`platform = espressif32@6.5.0`), wherever a section sets them.
 */
import { isRecord, textLines } from "../../src/kit.js";

/** A name a project file gives (a framework, platform or library), at the line of its first mention. */
export interface NamedLine {
  name: string;
  line: number;
}

/** The frameworks of one platformio.ini, each at its first mention; `;` and `#` comments skipped. */
export function readPlatformioFrameworks(text: string): NamedLine[] {
  return namesOf(text, /^\s*framework\s*=\s*([^;#]*)/i);
}

/** The unit-testing frameworks its environments' `test_framework` names (`googletest`, `unity`, `doctest`). */
export function readPlatformioTestFrameworks(text: string): NamedLine[] {
  return namesOf(text, /^\s*test_framework\s*=\s*([^;#]*)/i);
}

/** The names one option's lines give (a comma- or blank-separated list), each at its first mention. */
function namesOf(text: string, option: RegExp): NamedLine[] {
  const out = new Map<string, NamedLine>();
  textLines(text).forEach((raw, index) => {
    const m = option.exec(raw);
    if (!m) return;
    for (const name of m[1]!.split(/[\s,]+/)) {
      const key = name.toLowerCase();
      if (/^[a-z0-9][a-z0-9_-]*$/.test(key) && !out.has(key)) out.set(key, { name: key, line: index + 1 });
    }
  });
  return [...out.values()];
}

/**
 * The development platforms of one platformio.ini, each at its first mention, by the platform's
 * name: `espressif32`, `espressif32@6.5.0` and `platformio/espressif32@^6` are `espressif32`, and so
 * is a repository or archive of it (`https://github.com/platformio/platform-espressif32.git#v6.5.0`,
 * a fork's `.../platform-espressif32.zip`). A `${...}` reference names nothing.
 */
export function readPlatformioPlatforms(text: string): NamedLine[] {
  const out = new Map<string, NamedLine>();
  textLines(text).forEach((raw, index) => {
    const m = /^\s*platform\s*=\s*([^;\s]+)/i.exec(raw);
    if (!m) return;
    const value = m[1]!;
    const name = /^[a-z][a-z0-9+.-]*:\/\//i.test(value)
      ? /\/platform-([a-z0-9_]+(?:-[a-z0-9_]+)*?)(?=\.git|\.zip|\.tar\.gz|[#?/]|$)/i.exec(value)?.[1]
      : /^(?:[\w.-]+\/)?([a-z0-9][a-z0-9_-]*)(?:@.*)?$/i.exec(value)?.[1];
    const key = name?.toLowerCase();
    if (key && !out.has(key)) out.set(key, { name: key, line: index + 1 });
  });
  return [...out.values()];
}

/**
 * The libraries a platformio.ini's `lib_deps` name, by library name lower-cased (the registry's
 * owner and the requested release left off): `knolleary/PubSubClient@^2.8` and
 * `PubSubClient @ 2.8.0` are `pubsubclient`, a GitHub repository
 * (`https://github.com/knolleary/pubsubclient.git#v2.8`) is its repository's name. One value per
 * line (the key's own and its indented continuation lines) or several split by commas; `${env.lib_deps}`
 * references, other URLs, local folders and the registry's old numeric ids name nothing.
 */
export function readPlatformioLibraries(text: string): NamedLine[] {
  const out = new Map<string, NamedLine>();
  let inValue = false;
  textLines(text).forEach((raw, index) => {
    const key = /^\s*lib_deps\s*=(.*)$/i.exec(raw);
    let value: string;
    if (key) {
      inValue = true;
      value = key[1]!;
    } else if (inValue && (/^\s/.test(raw) || raw === "")) value = raw;
    else {
      inValue = false;
      return;
    }
    // `;` opens a comment at a line's start or after a blank; `#` at a line's start (a URL's `#tag` stays).
    const line = value.replace(/(^|\s);.*$/, "").replace(/^\s*#.*$/, "");
    for (const item of line.split(",")) {
      const name = libraryName(item.trim());
      if (name && !out.has(name)) out.set(name, { name, line: index + 1 });
    }
  });
  return [...out.values()];
}

function libraryName(dep: string): string | undefined {
  if (!dep || dep.includes("${") || /^\d+$/.test(dep)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:|^git@/i.test(dep)) {
    // `github.com/owner/repo(.git)`, from the first `github.com`, its `#ref` or `?query` cut off:
    // one pattern over the whole value tried an owner from every `github.com:` of a long run.
    const at = dep.search(/github\.com[/:]/i);
    if (at === -1) return undefined;
    const path = dep.slice(at + "github.com/".length).split(/[#?]/)[0]!;
    const repo = /^[^/\s]+\/([^/\s]+)$/.exec(path)?.[1]!.replace(/\.git$/i, "");
    return repo ? repo.toLowerCase() : undefined;
  }
  if (dep.includes("=")) return undefined;
  // `owner/Name@range`, `Name @ range`: split, not one pattern (a lazy name before optional blanks
  // retried every blank of a long run).
  const spec = dep.split("@")[0]!;
  const slash = spec.indexOf("/");
  if (slash !== spec.lastIndexOf("/")) return undefined;
  const name = spec.slice(slash + 1).trim();
  return name ? name.toLowerCase() : undefined;
}

/** `Name (>=1.2)` or `Name`: the name, cut at its version's parenthesis. */
function nameBeforeVersion(entry: string): string | undefined {
  const name = entry.split("(")[0]!.trim();
  return name ? name.toLowerCase() : undefined;
}

/**
 * An Arduino CLI sketch project (sketch.yaml): each profile's `libraries`, written `Name (version)`,
 * by name lower-cased, and the cores its profiles build with, `vendor:architecture` lower-cased,
 * from the board's `fqbn` (`esp32:esp32:esp32s3`) and the `platforms` (`arduino:avr (1.8.6)`).
 */
export function readSketchProject(data: unknown): { libraries: string[]; platforms: string[] } {
  const libraries = new Set<string>();
  const platforms = new Set<string>();
  const core = (value: unknown) => {
    const m = typeof value === "string" ? /^\s*([\w.-]+):([\w.-]+)/.exec(value) : null;
    if (m) platforms.add(`${m[1]}:${m[2]}`.toLowerCase());
  };
  const profiles = isRecord(data) ? data.profiles : undefined;
  if (!isRecord(profiles)) return { libraries: [], platforms: [] };
  for (const profile of Object.values(profiles)) {
    if (!isRecord(profile)) continue;
    const { libraries: libs, platforms: cores, fqbn } = profile;
    core(fqbn);
    if (Array.isArray(cores)) for (const entry of cores) core(isRecord(entry) ? entry.platform : undefined);
    if (!Array.isArray(libs)) continue;
    for (const entry of libs) {
      const name = typeof entry === "string" ? nameBeforeVersion(entry) : undefined;
      if (name) libraries.add(name);
    }
  }
  return { libraries: [...libraries], platforms: [...platforms] };
}

/**
 * The libraries an Arduino library's library.properties `depends` on (`FastLED (>=3.5.0), PubSubClient`),
 * by name lower-cased. Only a file with the format's own `sentence` or `architectures` key counts:
 * Processing's libraries keep a library.properties too.
 */
export function readLibraryDepends(text: string): NamedLine[] {
  if (!/^[ \t]*(?:sentence|architectures)[ \t]*=/m.test(text)) return [];
  const out = new Map<string, NamedLine>();
  textLines(text).forEach((raw, index) => {
    const m = /^\s*depends\s*=(.*)$/.exec(raw);
    if (!m) return;
    for (const item of m[1]!.split(",")) {
      const name = nameBeforeVersion(item);
      if (name && !out.has(name)) out.set(name, { name, line: index + 1 });
    }
  });
  return [...out.values()];
}

/**
 * A PlatformIO library's manifest (library.json): the frameworks and platforms it builds for and the
 * libraries it depends on (an array of `{ owner, name, version }` or a map of `owner/name` to a
 * version), by name lower-cased. Only a manifest holding `frameworks` or `platforms`, keys of
 * PlatformIO's format, counts: other tools keep a library.json too. `*` names every framework: none.
 */
export function readLibraryJson(data: unknown): { frameworks: string[]; platforms: string[]; libraries: string[] } {
  const none = { frameworks: [], platforms: [], libraries: [] };
  if (!isRecord(data) || (data.frameworks === undefined && data.platforms === undefined)) return none;
  const list = (value: unknown): string[] => {
    const items = typeof value === "string" ? value.split(",") : Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
    return [...new Set(items.map((v) => v.trim().toLowerCase()).filter((v) => /^[a-z0-9][a-z0-9_-]*$/.test(v)))];
  };
  const libraries = new Set<string>();
  const { dependencies } = data;
  if (Array.isArray(dependencies)) {
    for (const dep of dependencies) if (isRecord(dep) && typeof dep.name === "string" && dep.name.trim()) libraries.add(dep.name.trim().toLowerCase());
  } else if (isRecord(dependencies)) {
    for (const name of Object.keys(dependencies)) {
      const library = libraryName(name);
      if (library) libraries.add(library);
    }
  }
  return { frameworks: list(data.frameworks), platforms: list(data.platforms), libraries: [...libraries] };
}
