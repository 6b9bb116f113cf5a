import type { DetectContext } from "../../src/types.js";
import { IMAGE_REFERENCE, textLines, lineOfEach } from "../../src/kit.js";
import { reportImageRefs } from "../docker/image-findings.js";

/** An Earthfile: its images and the Earthly release its `VERSION` line asks for. */
export async function reportEarthfile(ctx: DetectContext, file: string): Promise<void> {
  const text = (await ctx.text(file)) ?? "";
  reportImageRefs(ctx, file, earthfileImages(text), lineOfEach(text));
  const version = earthfileVersion(text);
  if (version) ctx.report({ ref: "format:earthfile-version", file, line: version.line, declared: version.version, version: version.version });
}

/**
 * An Earthfile's images: each `FROM` (at the top, the base of every target, or a target's own),
 * its flags (`--platform=linux/amd64`) left out, and the images a `WITH DOCKER --pull` starts for
 * the target's tests. Not another target's artifact (`FROM +build`), an imported one
 * (`FROM lib+base`), `FROM DOCKERFILE` or an image named by an ARG.
 */
export function earthfileImages(text: string): string[] {
  const out: string[] = [];
  for (const raw of textLines(text)) {
    const line = raw.trim();
    const from = /^FROM\s+(.*)$/.exec(line);
    if (from) {
      const image = from[1]!.split(/\s+/).find((t) => !t.startsWith("--"));
      if (image && image !== "DOCKERFILE" && !image.includes("+") && IMAGE_REFERENCE.test(image)) out.push(image);
      continue;
    }
    if (/^WITH\s+DOCKER\b/.test(line)) for (const m of line.matchAll(/--pull[=\s]+([^\s\\]+)/g)) if (IMAGE_REFERENCE.test(m[1]!)) out.push(m[1]!);
  }
  return out;
}

/**
 * An Earthfile's `VERSION 0.8` (after any feature flags, `VERSION --use-function-keyword 0.7`): the
 * Earthly release line whose features the file needs, the floor of the Earthly that runs it.
 */
export function earthfileVersion(text: string): { version: string; line: number } | undefined {
  const lines = textLines(text);
  for (let i = 0; i < lines.length && i < 200; i++) {
    const m = /^VERSION(?:[ \t]+--[\w-]+(?:=\S*)?)*[ \t]+(\d+\.\d+)[ \t]*$/.exec(lines[i]!.trim());
    if (m) return { version: m[1]!, line: i + 1 };
  }
  return undefined;
}
