import { parseYaml } from "../../../src/parse/yaml.js";
import type { Lockfile } from "./types.js";

const WANTED_SECTIONS = new Set(["importers", "dependencies", "devDependencies", "optionalDependencies"]);
const DEP_SECTIONS = ["dependencies", "devDependencies", "optionalDependencies"] as const;

/**
 * pnpm-lock.yaml, versions 5 to 9. Only the top-level sections that say what each project
 * declared (`importers`, or the root `dependencies` of a single-project v5/v6 lockfile) are
 * parsed; the large `packages` and `snapshots` sections are skipped unread.
 */
export function readPnpmLock(text: string): Lockfile {
  const sections = topLevelSections(text);
  const importers = new Map<string, Map<string, string>>();
  const importerData = sections.get("importers") as Record<string, Record<string, unknown>> | undefined;
  if (importerData && typeof importerData === "object") {
    for (const [path, project] of Object.entries(importerData)) importers.set(normalizeImporter(path), versionsOf(project));
  } else {
    const root: Record<string, unknown> = {};
    for (const key of DEP_SECTIONS) root[key] = sections.get(key);
    importers.set("", versionsOf(root));
  }
  return {
    resolve(name, _range, importer) {
      const version = importers.get(normalizeImporter(importer))?.get(name);
      return version ? { version } : undefined;
    },
  };
}

function versionsOf(project: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!project || typeof project !== "object") return out;
  for (const key of DEP_SECTIONS) {
    const deps = (project as Record<string, unknown>)[key];
    if (!deps || typeof deps !== "object") continue;
    for (const [name, value] of Object.entries(deps as Record<string, unknown>)) {
      // v5: "1.2.3" or "1.2.3_react@18.2.0"; v6+: { specifier, version: "1.2.3(react@18.2.0)" }.
      const raw = typeof value === "string" ? value : (value as { version?: unknown })?.version;
      const version = typeof raw === "string" ? cleanVersion(raw) : undefined;
      if (version) out.set(name, version);
    }
  }
  return out;
}

/**
 * The version out of an importer's `version`: `1.2.3`, with peers after it in v5
 * (`1.2.3_react@18.2.0`) and v6+ (`1.2.3(react@18.2.0)`). An alias (`"sw": "npm:string-width@^4"`)
 * names the installed package before its version: `/string-width/4.2.3` (v5),
 * `/string-width@4.2.3` (v6), `string-width@4.2.3` and `'@acme/ui@2.1.0(react@18.3.1)'` (v9).
 * `link:../ui` and `file:x.tgz` name no version.
 */
function cleanVersion(raw: string): string | undefined {
  const bare = raw.replace(/\(.*/, "");
  if (/^\d/.test(bare)) return bare.replace(/_.*/, "");
  return /^\/?(?:@[^/@]+\/)?[^/@:]+[/@](\d[^/@_]*)(?:_.*)?$/.exec(bare)?.[1];
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
  const key = /^[A-Za-z][\w-]*(?=:)/;
  for (let at = 0; at < text.length; at = text.indexOf("\n", at) + 1 || text.length) {
    // Top-level keys start a line with a letter; the rest of the file is indented.
    const c = text.charCodeAt(at) | 32;
    if (c < 97 || c > 122) continue;
    const m = key.exec(text.slice(at, at + 64));
    if (m) starts.push([m[0], at]);
  }
  starts.forEach(([name, offset], i) => {
    if (!WANTED_SECTIONS.has(name)) return;
    const body = text.slice(offset, i + 1 < starts.length ? starts[i + 1]![1] : text.length);
    const parsed = parseYaml(body) as Record<string, unknown> | undefined;
    if (parsed && typeof parsed === "object") out.set(name, parsed[name]);
  });
  return out;
}
