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

/** `link:../ui` and `file:x.tgz` name no version; a v5 alias is a path (`/string-width/4.2.3`). */
function cleanVersion(raw: string): string | undefined {
  const last = raw.startsWith("/") ? raw.slice(raw.lastIndexOf("/") + 1) : raw;
  const version = last.replace(/[(_].*/, "");
  return /^\d/.test(version) ? version : undefined;
}

function normalizeImporter(path: string): string {
  return path === "." ? "" : path;
}

/** Parses only the wanted top-level sections of a YAML file whose top level is a plain mapping. */
function topLevelSections(text: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const lines = text.split(/\r?\n/);
  let current: string | undefined;
  let start = 0;
  const flush = (end: number): void => {
    if (current && WANTED_SECTIONS.has(current)) {
      const body = lines.slice(start, end).join("\n");
      // The body starts with `key:`, so it parses to a mapping.
      out.set(current, (parseYaml(body) as Record<string, unknown>)[current]);
    }
  };
  for (const [i, line] of lines.entries()) {
    const m = /^([A-Za-z][\w-]*):/.exec(line);
    if (!m) continue;
    flush(i);
    current = m[1];
    start = i;
  }
  flush(lines.length);
  return out;
}
