import type { DetectContext } from "../../src/types.js";
import { lineOfEach } from "../../src/kit.js";
import { valuesOf } from "./images.js";

/** Bitbucket Pipes: `pipe: atlassian/aws-s3-deploy:1.1.0` deploys to or notifies a service. */
export function reportBitbucketPipes(ctx: DetectContext, data: unknown, file: string, text: string): void {
  const lineOfPipe = lineOfEach(text);
  for (const pipe of new Set(valuesOf(data, "pipe"))) {
    const [name = "", tag] = pipe.replace(/^docker:\/\//, "").split(":");
    if (name) ctx.report({ ref: `bitbucket-pipe:${name.toLowerCase()}`, file, line: lineOfPipe(pipe), declared: tag });
  }
}
