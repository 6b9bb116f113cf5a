import type { DetectContext } from "../../src/types.js";
import { lineOfEach } from "../../src/kit.js";
import { versionFromTag } from "../../src/versions/image-tag.js";
import { imagesIn } from "./images.js";
import { reportImageRefs } from "../docker/image-findings.js";

/**
 * A Semaphore pipeline (`.semaphore/semaphore.yml` and the promotions beside it): the images of the
 * agent's containers (`agent.containers`, the first the job's, the others services), and what the
 * jobs' commands start or select with Semaphore's own tools: `sem-service start postgres 16` (a
 * server beside the job, as a service container is) and `sem-version python 3.12` (the release of
 * a language the job runs).
 */
export function readSemaphore(ctx: DetectContext, data: unknown, file: string, text: string): void {
  const lineOf = lineOfEach(text);
  reportImageRefs(ctx, file, imagesIn(data), lineOf);
  const seen = new Set<string>();
  for (const command of commandsIn(data)) {
    for (const m of command.matchAll(/\bsem-(service\s+start|version)\s+([a-z][\w-]*)(?:(?:\s+|:)(\d[\w.]*))?/g)) {
      const kind = m[1] === "version" ? "semaphore-version" : "semaphore-service";
      const name = m[2]!.toLowerCase();
      const id = `${kind}:${name}@${m[3] ?? ""}`;
      if (seen.has(id)) continue;
      seen.add(id);
      ctx.report({ ref: `${kind}:${name}`, file, line: lineOf(m[0]), declared: m[3], version: versionFromTag(m[3]) });
    }
  }
}

/** Every string of a `commands` list anywhere in a parsed file. */
function commandsIn(data: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 50 || !data || typeof data !== "object") return out;
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === "commands" && Array.isArray(value)) {
      for (const c of value) if (typeof c === "string") out.push(c);
    } else commandsIn(value, out, depth + 1);
  }
  return out;
}
