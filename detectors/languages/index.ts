import type { DetectContext, Detector } from "../../src/types.js";
import { REPO_METADATA } from "../../src/constants.js";
import { baseName, compareCodeUnits } from "../../src/kit.js";
import { readLinguistRules } from "./gitattributes.js";
import { countReadFiles } from "./read-files.js";
import { TreeWalk } from "./tree-walk.js";
import { LANGUAGES_FILES } from "../files.js";

/** Above this many counted files, a language with a single file is a trace and is left out. */
const TRACE_ABOVE_FILES = 5000;

/**
 * The repository's languages, from its file list the way GitHub's language bar sees it: files
 * counted per language by extension or name (catalog kinds `extension` and `filename`), vendored,
 * generated and documentation paths left out, `.gitattributes` linguist overrides honoured
 * (`linguist-detectable=false` leaves a language out too).
 * Counts, not bytes: the same tree gives the same answer from every file source.
 */
export const languagesDetector: Detector = {
  name: "languages",
  files: LANGUAGES_FILES,
  async detect(ctx) {
    const walk = new TreeWalk(ctx, await readLinguistRules(ctx));
    walk.walk();
    await countReadFiles(ctx, walk);
    reportLanguages(ctx, walk);
  },
};

/**
 * Each counted language (one with a single file is a trace in a tree of more than
 * TRACE_ABOVE_FILES); the language of an ecosystem whose manifest the tree holds; a language only
 * left-out files have (`left-out-extension`); what names and root dot-folders mark.
 */
function reportLanguages(ctx: DetectContext, walk: TreeWalk): void {
  const reported = new Set<string>();
  for (const [id, n] of walk.tally.counts) {
    if (n === 1 && walk.tally.counted > TRACE_ABOVE_FILES) continue;
    ctx.report({ ref: `tool:${id}`, file: REPO_METADATA });
    reported.add(id);
  }
  // A manifest shows its ecosystem's language even where no file of it is counted (an Angular
  // app written all in TypeScript, a project kept under docs/): the language is reported from
  // the shallowest such manifest.
  for (const path of walk.manifests.sort(byDepthThenPath)) {
    for (const id of ctx.lookup("manifest-language", baseName(path))) {
      if (reported.has(id)) continue;
      ctx.report({ ref: `tool:${id}`, file: path });
      reported.add(id);
    }
  }
  // A language the bar counts no file of, named from a file it leaves out (a vendored library's .js).
  for (const [id, path] of walk.leftOut) {
    if (reported.has(id)) continue;
    ctx.report({ ref: `tool:${id}`, file: path });
    reported.add(id);
  }
  for (const folder of walk.dotFolders) for (const id of ctx.lookup("repo-marker", folder)) walk.markers.add(id);
  for (const id of walk.markers) ctx.report({ ref: `tool:${id}`, file: REPO_METADATA });
}

function byDepthThenPath(a: string, b: string): number {
  const depth = (p: string) => p.split("/").length;
  return depth(a) - depth(b) || compareCodeUnits(a, b);
}
