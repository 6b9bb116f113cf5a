import { parseYaml } from "../../../src/parse/yaml.js";
import { readImportersSection } from "./pnpm-importers.js";
import type { Lockfile } from "./types.js";

const WANTED_SECTIONS = new Set(["importers", "dependencies", "devDependencies", "optionalDependencies", "specifiers"]);
const DEP_SECTIONS = ["dependencies", "devDependencies", "optionalDependencies"] as const;

/**
 * pnpm-lock.yaml, versions 5 to 9. Only the top-level sections that say what each project
 * declared (`importers`, or the root `dependencies` of a single-project v5/v6 lockfile) are
 * parsed (`importers` by a quick reader when pnpm wrote it in its usual form); the large
 * `packages` and `snapshots` sections are skipped unread.
 */
export function readPnpmLock(text: string): Lockfile {
  const { importers, linked, specifiers } = readImporters(topLevelSections(text));
  let packages: Map<string, Set<string>> | undefined;
  /** The one release the lockfile holds of a package it installs but the importer does not declare. */
  const onlyRelease = (name: string) => {
    const versions = (packages ??= packageReleases(text)).get(name);
    return versions?.size === 1 ? [...versions][0] : undefined;
  };
  return {
    resolve(name, _range, importer) {
      const own = importers.get(normalizeImporter(importer))?.get(name);
      if (own) return own.name ? { version: own.version, name: own.name } : { version: own.version };
      const version = onlyRelease(name);
      return version ? { version } : undefined;
    },
    covers(importer) {
      return importers.has(normalizeImporter(importer));
    },
    links(name, importer) {
      return linked.get(normalizeImporter(importer))?.has(name) === true;
    },
    recordsRange(name, range, importer) {
      return specifiers.get(normalizeImporter(importer))?.get(name) === range;
    },
    // As in yarn.lock: a package installed in one release only (redux under react-redux), at the
    // lockfile's own folder, may give that release to a tool the project shows without one. What
    // some project declares is that project's, with its own release.
    installed(importer) {
      if (importer) return [];
      packages ??= packageReleases(text);
      const declared = new Set([...importers.values()].flatMap((versions) => [...versions.keys()]));
      return [...packages].filter(([name, versions]) => versions.size === 1 && !declared.has(name)).map(([name]) => name);
    },
  };
}

/** What each project declared: its releases, and its dependencies that pnpm links to a folder. */
interface Importers {
  importers: Map<string, Map<string, Locked>>;
  /** Each importer's dependencies that pnpm links to a folder (`version: link:../../packages/ui`). */
  linked: Map<string, Set<string>>;
  /** Each importer's ranges as its package.json declared them when pnpm installed it. */
  specifiers: Map<string, Map<string, string>>;
}

/** Each importer's declared releases, links and ranges: from `importers`, else from the root sections of a single-project v5/v6 lockfile (the importer ""). */
function readImporters(sections: Map<string, unknown>): Importers {
  const importers = new Map<string, Map<string, Locked>>();
  const linked = new Map<string, Set<string>>();
  const specifiers = new Map<string, Map<string, string>>();
  const importerData = sections.get("importers");
  if (importerData && typeof importerData === "object") {
    for (const [path, project] of entriesOf(importerData)) {
      importers.set(normalizeImporter(path), versionsOf(project));
      linked.set(normalizeImporter(path), linksOf(project));
      specifiers.set(normalizeImporter(path), specifiersOf(project));
    }
  } else {
    const root: Record<string, unknown> = {};
    for (const key of [...DEP_SECTIONS, "specifiers"]) root[key] = sections.get(key);
    importers.set("", versionsOf(root));
    linked.set("", linksOf(root));
    specifiers.set("", specifiersOf(root));
  }
  return { importers, linked, specifiers };
}

/**
 * The releases of each package in the `packages` section, from its keys alone (the section is not
 * parsed): `/redux/4.2.1` (v5), `/redux@4.2.1` (v6), `redux@4.2.1` and `'@reduxjs/toolkit@2.2.5'`
 * (v9), peers after the version (`_react@18.2.0`, `(react@18.2.0)`) left out.
 */
function packageReleases(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  // The last document's: pnpm 10 writes its own install first (`packageManagerDependencies`).
  let start: RegExpExecArray | undefined;
  for (const m of text.matchAll(/^packages:[ \t]*$/gm)) start = m;
  if (!start) return out;
  const rest = text.slice(start.index + start[0].length);
  const end = /\n[A-Za-z]/.exec(rest);
  const section = end ? rest.slice(0, end.index) : rest;
  // The release is taken whole (never shortened to try the rest of the line again: a key of 100,000
  // digits with no colon took 16 s).
  const key = /^ {2}'?\/?((?:@[^/@\s']+\/)?[^/@\s'():]+)[/@](\d[^\s'():_/]*)(?![^\s'():_/])[^\n]*:[ \t]*$/gm;
  for (let m = key.exec(section); m; m = key.exec(section)) {
    const versions = out.get(m[1]!) ?? new Set<string>();
    versions.add(m[2]!);
    out.set(m[1]!, versions);
  }
  return out;
}

/** A release an importer records, with the package an alias installs under the name. */
interface Locked {
  version: string;
  name?: string;
}

function versionsOf(project: unknown): Map<string, Locked> {
  const out = new Map<string, Locked>();
  for (const [name, raw] of recordedVersions(project)) {
    const locked = cleanVersion(raw);
    if (locked) out.set(name, locked);
  }
  return out;
}

/** The dependencies of a project that pnpm links to a folder: `link:../ui` (v5), `{ version: link:../ui }` (v6+). */
function linksOf(project: unknown): Set<string> {
  const out = new Set<string>();
  for (const [name, raw] of recordedVersions(project)) if (raw.startsWith("link:")) out.add(name);
  return out;
}

/** The range each dependency of an importer was declared with: v5's `specifiers` table, v6+'s `specifier` beside each `version`. */
function specifiersOf(project: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!project || typeof project !== "object") return out;
  const table = field(project, "specifiers");
  if (table && typeof table === "object") for (const [name, range] of entriesOf(table)) if (typeof range === "string") out.set(name, range);
  for (const key of DEP_SECTIONS) {
    const deps = field(project, key);
    if (!deps || typeof deps !== "object") continue;
    for (const [name, value] of entriesOf(deps)) {
      const range = value && typeof value === "object" ? field(value, "specifier") : undefined;
      if (typeof range === "string") out.set(name, range);
    }
  }
  return out;
}

/** Each dependency of an importer with the version text it records: v5's "1.2.3" or "1.2.3_react@18.2.0", v6+'s `version` of { specifier, version: "1.2.3(react@18.2.0)" }. */
function* recordedVersions(project: unknown): Generator<[string, string]> {
  if (!project || typeof project !== "object") return;
  for (const key of DEP_SECTIONS) {
    const deps = field(project, key);
    if (!deps || typeof deps !== "object") continue;
    for (const [name, value] of entriesOf(deps)) {
      const raw = typeof value === "string" ? value : value && typeof value === "object" ? field(value, "version") : undefined;
      if (typeof raw === "string") yield [name, raw];
    }
  }
}

/** A mapping's entries, from the YAML reader (an object) or the quick reader (a Map). */
function entriesOf(mapping: object): Iterable<[string, unknown]> {
  return mapping instanceof Map ? (mapping as Map<string, unknown>) : Object.entries(mapping);
}

function field(mapping: object, key: string): unknown {
  return mapping instanceof Map ? mapping.get(key) : (mapping as Record<string, unknown>)[key];
}

/**
 * The version out of an importer's `version`: `1.2.3`, with peers after it in v5
 * (`1.2.3_react@18.2.0`) and v6+ (`1.2.3(react@18.2.0)`). An alias (`"sw": "npm:string-width@^4"`)
 * names the installed package before its version: `/string-width/4.2.3` (v5),
 * `/string-width@4.2.3` (v6), `string-width@4.2.3` and `'@acme/ui@2.1.0(react@18.3.1)'` (v9).
 * `link:../ui` and `file:x.tgz` name no version.
 */
function cleanVersion(raw: string): Locked | undefined {
  const bare = raw.replace(/\(.*/, "");
  if (/^\d/.test(bare)) return { version: bare.replace(/_.*/, "") };
  const m = /^\/?((?:@[^/@]+\/)?[^/@:]+)[/@](\d[^/@_]*)(?:_.*)?$/.exec(bare);
  return m ? { version: m[2]!, name: m[1]! } : undefined;
}

function normalizeImporter(path: string): string {
  return path === "." ? "" : path;
}

/**
 * Parses only the wanted top-level sections of a YAML file whose top level is a plain mapping,
 * found by the first character of each line without splitting the (often megabytes long) file.
 */
function topLevelSections(text: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const starts: Array<[name: string, offset: number]> = [];
  // Top-level keys start a line with a letter (at most 63 characters before the colon); the rest
  // of the file is indented. One search over the text, not a step per line.
  const first = /^[A-Za-z][\w-]{0,62}(?=:)/.exec(text);
  if (first) starts.push([first[0], 0]);
  const key = /\n([A-Za-z][\w-]{0,62})(?=:)/g;
  for (let m = key.exec(text); m; m = key.exec(text)) starts.push([m[1]!, m.index + 1]);
  starts.forEach(([name, offset], i) => {
    if (!WANTED_SECTIONS.has(name)) return;
    const body = text.slice(offset, i + 1 < starts.length ? starts[i + 1]![1] : text.length);
    const quick = name === "importers" ? readImportersSection(body) : undefined;
    if (quick) return void out.set(name, quick);
    const parsed = parseYaml(body) as Record<string, unknown> | undefined;
    if (parsed && typeof parsed === "object") out.set(name, parsed[name]);
  });
  return out;
}
