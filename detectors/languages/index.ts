import type { Detector } from "../../src/types.js";
import { REPO_METADATA } from "../../src/constants.js";
import { baseName, dirOf } from "../../src/kit.js";
import { excludedByDefault } from "./vendored.js";
import { readGitattributes, type LinguistOverride } from "./gitattributes.js";

/** Above this many counted files, a language with a single file is a trace and is left out. */
const TRACE_ABOVE_FILES = 1000;

/**
 * The repository's languages, from its file list the way GitHub's language bar sees it: files
 * counted per language by extension or name (catalog kinds `extension` and `filename`), vendored,
 * generated and documentation paths left out, `.gitattributes` linguist overrides honoured.
 * Counts, not bytes: the same tree gives the same answer from every file source.
 */
export const languagesDetector: Detector = {
  name: "languages",
  files: [],
  async detect(ctx) {
    const overrides: LinguistOverride[] = [];
    const attributeFiles = ctx.paths.filter((p) => baseName(p) === ".gitattributes").sort();
    for (const file of attributeFiles) {
      const text = await ctx.text(file);
      if (text !== undefined) overrides.push(...readGitattributes(text, dirOf(file)));
    }
    const counts = new Map<string, number>();
    const markers = new Set<string>();
    let counted = 0;
    for (const path of ctx.paths) {
      const base = baseName(path);
      for (const id of ctx.lookup("repo-marker", base)) markers.add(id);
      let ids = languageOf(path, base, ctx.lookup);
      let excluded = excludedByDefault(path);
      for (const o of overrides) {
        if (!o.match(path)) continue;
        // Later lines win, as in git; `=false` brings a default-excluded path back.
        if (o.vendored !== undefined) excluded = o.vendored;
        if (o.documentation !== undefined) excluded = o.documentation;
        if (o.generated !== undefined) excluded = o.generated;
        if (o.language) ids = ctx.lookup("language", o.language);
      }
      if (excluded || ids.length === 0) continue;
      counted++;
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const [id, n] of counts) {
      if (n === 1 && counted > TRACE_ABOVE_FILES) continue;
      ctx.report({ ref: `tool:${id}`, file: REPO_METADATA });
    }
    for (const id of markers) ctx.report({ ref: `tool:${id}`, file: REPO_METADATA });
  },
};

function languageOf(path: string, base: string, lookup: (kind: string, key: string) => string[]): string[] {
  const byName = lookup("filename", base);
  if (byName.length) return byName;
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return [];
  return lookup("extension", base.slice(dot).toLowerCase());
}
