// The dev corpus for the project's scripts (bench/run.mjs, scripts/version-share.mjs): where it is,
// and each case materialized as ../shared/corpus/score.mjs does it (every path of paths.txt, with
// the content tree/ holds, empty otherwise).
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** ../shared/corpus/dev beside the project, or beside the folder of a git worktree. */
export function findCorpus() {
  return [join(root, "..", "shared", "corpus", "dev"), join(root, "..", "..", "shared", "corpus", "dev")].find((d) => existsSync(d));
}

/** Writes case `caseDir` under `dest` once (a stamp file marks a finished copy) and returns `dest`. */
export function materialize(caseDir, dest) {
  const stamp = join(dest, ".materialized");
  if (existsSync(stamp)) return dest;
  rmSync(dest, { recursive: true, force: true });
  for (const p of readFileSync(join(caseDir, "paths.txt"), "utf8").split("\n")) {
    if (!p) continue;
    const target = join(dest, p);
    if (!target.startsWith(dest + sep)) continue;
    mkdirSync(dirname(target), { recursive: true });
    const src = join(caseDir, "tree", p);
    if (existsSync(src)) copyFileSync(src, target);
    else writeFileSync(target, "");
  }
  writeFileSync(stamp, "");
  return dest;
}
