import type { DetectContext } from "../../src/types.js";
import { splitImage } from "../../src/kit.js";
import { imageFinding } from "./image-version.js";

/**
 * Reports each of `refs` that names an image (`docker:<name>` at its tag's release) as found in
 * `file`, at the line `lineOf` gives the ref (asked only for a ref that names one), or at none.
 */
export function reportImageRefs(ctx: DetectContext, file: string, refs: Iterable<string>, lineOf?: (ref: string) => number | undefined): void {
  for (const ref of refs) {
    const image = splitImage(ref);
    if (image) ctx.report({ ...imageFinding(image), file, line: lineOf?.(ref) });
  }
}
