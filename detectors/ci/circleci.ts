import type { DetectContext } from "../../src/types.js";
import { lineOfEach } from "../../src/kit.js";

/**
 * CircleCI orbs, the packaged jobs and commands a config imports (`orbs: { heroku: circleci/heroku@2.0.0 }`):
 * `circleci-orb:namespace/name`, with the orb's own release as written (never the tool's). An inline
 * orb (a map, not a reference) names nothing.
 */
export function reportOrbs(ctx: DetectContext, data: unknown, file: string, text: string): void {
  const orbs = (data as { orbs?: unknown } | null)?.orbs;
  if (!orbs || typeof orbs !== "object" || Array.isArray(orbs)) return;
  const lineOfOrb = lineOfEach(text);
  for (const ref of Object.values(orbs as Record<string, unknown>)) {
    if (typeof ref !== "string") continue;
    const [name = "", release] = ref.trim().split("@");
    if (/^[\w-]+\/[\w.-]+$/.test(name)) ctx.report({ ref: `circleci-orb:${name.toLowerCase()}`, file, line: lineOfOrb(ref), declared: release });
  }
}
