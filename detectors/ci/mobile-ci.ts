import type { DetectContext } from "../../src/types.js";
import { isRecord, lineOfEach } from "../../src/kit.js";
import { fullVersion } from "../../src/versions/range.js";

/**
 * codemagic.yaml: each workflow's `environment` sets the releases its build machine uses
 * (`flutter: 3.22.2`, `xcode: 15.3`), as a setup action's version input does; the catalog's keys say
 * which name a tool. A
 * channel or alias (`stable`, `latest`, `default`, `fvm`) names the tool without a release.
 */
export function readCodemagic(ctx: DetectContext, data: unknown, file: string, text: string): void {
  const seen = new Set<string>();
  const lineOfSetting = lineOfEach(text);
  for (const workflow of workflowsOf(data)) {
    const environment = (workflow as { environment?: unknown } | null)?.environment;
    if (!isRecord(environment)) continue;
    for (const [key, raw] of Object.entries(environment)) {
      if (typeof raw !== "string" && typeof raw !== "number") continue;
      const value = String(raw).trim();
      const version = plainRelease(value);
      const id = `${key}@${version ?? ""}`;
      if (seen.has(id)) continue;
      seen.add(id);
      ctx.report({ ref: `codemagic-environment:${key}`, file, line: lineOfSetting(`${key}: ${value}`), declared: value, version });
    }
  }
}

/** The input of a Bitrise step that sets the release it installs, by step id. */
const BITRISE_VERSION_INPUTS: ReadonlyMap<string, string> = new Map([["flutter-installer", "version"]]);

/**
 * bitrise.yml: the steps of each workflow (`- flutter-installer@0:` with its `inputs`), by their
 * step library id without the step's own release (`@0`) or a `git::`/`path::` source. The Flutter
 * installer's input gives the release it installs (`version: 3.22.2`), as a setup action's does; a
 * channel or alias (`stable`, `latest`) none.
 */
export function readBitrise(ctx: DetectContext, data: unknown, file: string, text: string): void {
  const seen = new Set<string>();
  const lineOfStep = lineOfEach(text);
  for (const workflow of workflowsOf(data)) {
    const steps = (workflow as { steps?: unknown } | null)?.steps;
    if (!Array.isArray(steps)) continue;
    for (const entry of steps) {
      if (!entry || typeof entry !== "object") continue;
      for (const [key, body] of Object.entries(entry as Record<string, unknown>)) {
        if (/^(?:git|path)::/.test(key)) continue;
        const id = key.split("@")[0]!.trim().toLowerCase();
        if (!id) continue;
        const inputName = BITRISE_VERSION_INPUTS.get(id);
        const inputs = (body as { inputs?: unknown } | null)?.inputs;
        let declared: string | undefined;
        if (inputName && Array.isArray(inputs)) {
          for (const input of inputs) {
            const value = input && typeof input === "object" ? (input as Record<string, unknown>)[inputName] : undefined;
            if (typeof value === "string" || typeof value === "number") declared = String(value).trim();
          }
        }
        const version = plainRelease(declared);
        const seenKey = `${id}@${version ?? ""}`;
        if (seen.has(seenKey)) continue;
        seen.add(seenKey);
        ctx.report({ ref: `bitrise-step:${id}`, file, line: lineOfStep(key), declared, version });
      }
    }
  }
}

/** The workflows of a codemagic.yaml or bitrise.yml (`workflows:`, a map of name to workflow), none where it holds no such map. */
function workflowsOf(data: unknown): unknown[] {
  const workflows = (data as { workflows?: unknown } | null)?.workflows;
  return workflows && typeof workflows === "object" ? Object.values(workflows as Record<string, unknown>) : [];
}

/** A release a build machine's setting gives (`3.22.2`; `v20` is 20.0.0, `17` 17.0.0); none for a channel or alias (`stable`, `latest`). */
function plainRelease(value: string | undefined): string | undefined {
  return value !== undefined && /^v?\d+(\.\d+)*$/.test(value) ? fullVersion(value) : undefined;
}
