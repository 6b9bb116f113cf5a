import type { Detector } from "../../src/types.js";
import { dirOf, isRecord, nearestFolder, textLines } from "../../src/kit.js";
import { R_FILES } from "../files.js";

/**
 * The packages of priority "base", which ship with R itself: a DESCRIPTION names
 * them in Imports (`stats`, `utils`, `methods`), but they are not on CRAN and have no page there.
 */
const BASE_PACKAGES = new Set([
  "base", "compiler", "datasets", "graphics", "grDevices", "grid", "methods", "parallel", "splines", "stats", "stats4", "tcltk", "tools", "utils",
]);

/**
 * R packages: the Depends, Imports, Suggests and LinkingTo fields of a DESCRIPTION file
 * (`pkg (>= 1.2)` entries, comma separated, continued on indented lines). R's own base packages
 * are left out: they come with R, not from CRAN. An renv.lock in the package's folder or above gives
 * the versions it resolved (and the R version it records); its other packages are not listed.
 * An renv.lock no DESCRIPTION reads gives the R version it records. Packrat's packrat/packrat.lock
 * counts as the project's lockfile the same way (an renv.lock beside it wins).
 */
export const rDetector: Detector = {
  name: "r",
  files: R_FILES,
  async detect(ctx) {
    const locks = new Map<string, { path: string; lock: RenvLock }>();
    // Packrat, renv's predecessor, keeps its lockfile in the project's packrat/ folder.
    for (const file of ctx.files.filter((f) => /(^|\/)packrat\/packrat\.lock$/.test(f))) {
      const text = await ctx.text(file);
      if (text !== undefined) locks.set(dirOf(dirOf(file)), { path: file, lock: readPackratLock(text) });
    }
    for (const file of ctx.files.filter((f) => /(^|\/)renv\.lock$/.test(f))) {
      const lock = readRenvLock(await ctx.json(file));
      if (lock) locks.set(dirOf(file), { path: file, lock });
    }
    /** The folders of the lockfiles whose R release a DESCRIPTION's `Depends: R` reported. */
    const namedR = new Set<string>();
    for (const file of ctx.files.filter((f) => /(^|\/)DESCRIPTION$/.test(f))) {
      const text = await ctx.text(file);
      if (text === undefined || !/^Package:/m.test(text)) continue;
      const folder = nearestFolder(dirOf(file), locks);
      const locked = folder === undefined ? undefined : locks.get(folder);
      for (const [field, value] of readFields(text)) {
        if (!["Depends", "Imports", "Suggests", "LinkingTo"].includes(field)) continue;
        for (const entry of value.split(",")) {
          const m = /^\s*([A-Za-z][\w.]*)\s*(?:\(\s*[><=]+\s*([\d.-]+)\s*\))?/.exec(entry);
          if (!m) continue;
          const name = m[1]!;
          if (name === "R") {
            if (folder !== undefined) namedR.add(folder);
            const version = locked?.lock.r;
            ctx.report({ ref: "runtime:r", file, declared: m[2], version: version ?? m[2], versionFile: version ? locked!.path : undefined });
          } else if (BASE_PACKAGES.has(name)) continue;
          else {
            const version = locked?.lock.packages.get(name);
            ctx.report({ ref: `cran:${name}`, file, declared: m[2], version: version ?? m[2], versionFile: version ? locked!.path : undefined, direct: true, dev: field === "Suggests" });
          }
        }
      }
    }
    // A project that is no package (an analysis, a Shiny app) keeps only renv.lock: it records the
    // R release the project was snapshotted with. Its packages are every one installed, those
    // the code loads and all they need, so they are not listed as this project's dependencies.
    // So does a package's renv.lock whose DESCRIPTION names no `R` requirement (most Imports-only
    // packages): the lockfile's R release is still the one the project runs on.
    for (const [folder, { path, lock }] of locks) {
      if (!namedR.has(folder) && lock.r) ctx.report({ ref: "runtime:r", file: path, version: lock.r });
    }
  },
};

/**
 * DCF fields: `Name: value` with indented continuation lines. A field's name is any run of
 * printable characters but the colon (`Authors@R`, `Config/Needs/website`), so their continued
 * lines never join the field before them.
 */
export function readFields(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const line of textLines(text)) {
    const field = /^([^\s:]+):\s*(.*)$/.exec(line);
    if (field) out.push([field[1]!, field[2]!]);
    else if (/^\s+\S/.test(line) && out.length) out[out.length - 1]![1] += " " + line.trim();
  }
  return out;
}

/** What an renv.lock resolved: the R version and each package's version. */
export interface RenvLock {
  r?: string;
  packages: Map<string, string>;
}

/** `{"R": {"Version": "4.3.1"}, "Packages": {"shiny": {"Package": "shiny", "Version": "1.7.5"}}}`; undefined for anything else. */
export function readRenvLock(data: unknown): RenvLock | undefined {
  if (!isRecord(data) || !isRecord(data.Packages)) return undefined;
  const packages = new Map<string, string>();
  for (const [key, entry] of Object.entries(data.Packages)) {
    if (!isRecord(entry) || typeof entry.Version !== "string") continue;
    packages.set(typeof entry.Package === "string" ? entry.Package : key, entry.Version);
  }
  const r = isRecord(data.R) && typeof data.R.Version === "string" ? data.R.Version : undefined;
  return r ? { r, packages } : { packages };
}

/**
 * Packrat's packrat/packrat.lock: DCF records separated by blank lines, the first one the project's
 * (`RVersion: 4.2.3`), each other a package (`Package: shiny`, `Version: 1.7.4`).
 */
export function readPackratLock(text: string): RenvLock {
  const packages = new Map<string, string>();
  let r: string | undefined;
  for (const record of text.split(/\r?\n[ \t]*\r?\n/)) {
    const fields = new Map(readFields(record));
    const name = fields.get("Package")?.trim();
    const version = fields.get("Version")?.trim();
    if (name && version) packages.set(name, version);
    else if (!r && fields.get("RVersion")) r = fields.get("RVersion")!.trim();
  }
  return r ? { r, packages } : { packages };
}
