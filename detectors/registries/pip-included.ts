import type { DetectContext } from "../../src/types.js";
import { isRequirementsFile } from "../python/file-names.js";

/**
 * The files pip reads as requirements that no name selects: those a requirements file includes
 * under another name (`-r test-requires.txt`, `-c pins/upper.txt`), whose index options pip takes too.
 * The include graph's code (the python detector's requirements parser) is loaded only for a tree
 * with a requirements file: most scans have none.
 */
export async function pipIncludedFiles(ctx: DetectContext): Promise<string[]> {
  if (!ctx.files.some(isRequirementsFile)) return [];
  const { pipReadFiles } = await import("../python/constraints.js");
  const selected = new Set(ctx.files);
  return (await pipReadFiles(ctx)).filter((f) => !selected.has(f)).sort();
}
