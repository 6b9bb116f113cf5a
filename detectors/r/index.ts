import type { Detector } from "../../src/types.js";

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
 * are left out: they come with R, not from CRAN.
 */
export const rDetector: Detector = {
  name: "r",
  files: ["DESCRIPTION", "renv.lock"],
  async detect(ctx) {
    for (const file of ctx.files.filter((f) => f.endsWith("DESCRIPTION"))) {
      const text = await ctx.text(file);
      if (text === undefined || !/^Package:/m.test(text)) continue;
      for (const [field, value] of readFields(text)) {
        if (!["Depends", "Imports", "Suggests", "LinkingTo"].includes(field)) continue;
        for (const entry of value.split(",")) {
          const m = /^\s*([A-Za-z][\w.]*)\s*(?:\(\s*[><=]+\s*([\d.-]+)\s*\))?/.exec(entry);
          if (!m) continue;
          if (m[1] === "R") ctx.report({ ref: "runtime:r", file, version: m[2] });
          else if (BASE_PACKAGES.has(m[1]!)) continue;
          else ctx.report({ ref: `cran:${m[1]}`, file, declared: m[2], version: m[2], direct: true, dev: field === "Suggests" });
        }
      }
    }
  },
};

/** DCF fields: `Name: value` with indented continuation lines. */
export function readFields(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const line of text.split(/\r?\n/)) {
    const field = /^([\w.-]+):\s*(.*)$/.exec(line);
    if (field) out.push([field[1]!, field[2]!]);
    else if (/^\s+\S/.test(line) && out.length) out[out.length - 1]![1] += " " + line.trim();
  }
  return out;
}
