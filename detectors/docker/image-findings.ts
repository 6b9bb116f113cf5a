import type { DetectContext } from "../../src/types.js";
import { splitImage } from "../../src/kit.js";
import { imageFinding } from "./image-version.js";

/**
 * Reports `ref` if it names an image (`docker:<name>` at its tag's release) as found in `file`, at
 * `line` (a function is asked only for a ref that names one), or at none.
 */
export function reportImageRef(ctx: DetectContext, file: string, ref: string, line?: number | (() => number | undefined)): void {
  const image = splitImage(ref);
  if (image) ctx.report({ ...imageFinding(image, ctx), file, line: typeof line === "function" ? line() : line });
}

/**
 * reportImageRef for each of `refs`, once each, at the line `lineOf` gives it: for a whole file's
 * images, kit's lineOfEach, whose work is bounded (a search from the top for each of 30,000 images
 * took 15 s).
 */
export function reportImageRefs(ctx: DetectContext, file: string, refs: Iterable<string>, lineOf?: (ref: string) => number | undefined): void {
  const seen = new Set<string>();
  for (const ref of refs) {
    if (seen.has(ref)) continue;
    seen.add(ref);
    reportImageRef(ctx, file, ref, lineOf && (() => lineOf(ref)));
  }
}
