import type { DetectContext } from "../../src/types.js";
import { versionFromTag } from "../../src/versions/image-tag.js";

/** An AWS Lambda runtime (`nodejs20.x`, `python3.12`, `java17`): the language and its release; a custom runtime (`provided.al2`) names none. */
export function reportRuntime(ctx: DetectContext, runtime: string, file: string): void {
  const m = /^([a-z]+?)(\d+(?:\.\d+)*)?(?:\.x)?$/.exec(runtime.trim().toLowerCase());
  // A lone major is padded as for an image tag or a CI setting (nodejs20.x is 20.0.0).
  if (m) ctx.report({ ref: `lambda-runtime:${m[1]}`, file, declared: runtime, version: versionFromTag(m[2]) });
}
