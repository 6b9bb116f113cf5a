import { textLines } from "../../src/kit.js";
/**
 * Paket, the alternative NuGet client F# projects favour: paket.dependencies names the NuGet
 * packages of every group (`nuget FSharp.Core ~> 6.0`), paket.lock the release each resolved.
 */
export interface PaketDependency {
  id: string;
  /** The lowest release the constraint allows (`~> 6.0`, `>= 1.2`, `= 1.2.3`, a bare `1.2.3`). */
  version?: string;
  constraint?: string;
  line: number;
  /** Its group, lowercased (`main` before any `group` line). */
  group: string;
}

/** paket.dependencies: its `nuget` lines, in every group. */
export function readPaketDependencies(text: string): PaketDependency[] {
  const out: PaketDependency[] = [];
  let group = "main";
  textLines(text).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)(\/\/|#).*$/, "").trim();
    const groupLine = /^group\s+(\S+)/i.exec(line);
    if (groupLine) group = groupLine[1]!.toLowerCase();
    const m = /^nuget\s+([A-Za-z0-9_][\w.-]*)(?:\s+(.*))?$/.exec(line);
    if (!m) return;
    // The constraint (`~> 6.0`, `>= 1.2 < 2.0`, `1.2.3`), before the options (`prerelease`, `framework: net46`).
    const constraint = /^(?:~>|>=|<=|==|=|>|<)?\s*\d[\w.-]*(?:\s+<=?\s*\d[\w.-]*)?/.exec(m[2] ?? "")?.[0].trim() ?? "";
    const lowest = /^(?:~>|>=|==?)?\s*(\d+(?:\.\d+)*(?:-[\w.]+)?)/.exec(constraint)?.[1];
    out.push({ id: m[1]!, ...(constraint ? { constraint } : {}), ...(lowest ? { version: lowest } : {}), line: i + 1, group });
  });
  return out;
}

/** paket.lock: the releases of its NUGET sections (`    FSharp.Core (6.0.7)`), by lowercased id (the first group's where several hold one). */
export function readPaketLock(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const group of readPaketLockGroups(text).values()) for (const [id, version] of group) if (!out.has(id)) out.set(id, version);
  return out;
}

/**
 * paket.lock by group (`GROUP Build` starts one; `main` before any): each group is resolved on
 * its own, so one package can be at a release per group (Newtonsoft.Json 13 in main, 12 in Build).
 */
export function readPaketLockGroups(text: string): Map<string, Map<string, string>> {
  const groups = new Map<string, Map<string, string>>([["main", new Map()]]);
  let current = groups.get("main")!;
  let nuget = false;
  for (const line of textLines(text)) {
    if (/^\S/.test(line)) {
      const group = /^GROUP\s+(\S+)/.exec(line);
      if (group) {
        const name = group[1]!.toLowerCase();
        current = groups.get(name) ?? new Map();
        groups.set(name, current);
      }
      nuget = line.trim() === "NUGET";
      continue;
    }
    const m = nuget ? /^ {4}([A-Za-z0-9_][\w.-]*) \(([^)\s]+)\)/.exec(line) : null;
    if (m && !current.has(m[1]!.toLowerCase())) current.set(m[1]!.toLowerCase(), m[2]!);
  }
  return groups;
}

/** paket.references: the package ids a project takes from paket.dependencies (`group` lines and comments aside). */
export function readPaketReferences(text: string): string[] {
  const out: string[] = [];
  for (const raw of textLines(text)) {
    const line = raw.replace(/(^|\s)(\/\/|#).*$/, "").trim();
    const m = /^([A-Za-z0-9_][\w.-]*)(?:\s|$)/.exec(line);
    if (m && !/^group$/i.test(m[1]!) && !/^(File|GitHub|Http):/i.test(line)) out.push(m[1]!);
  }
  return out;
}
