import type { DetectContext } from "../../src/types.js";
import { lineOf, lineOfEach } from "../../src/kit.js";
import { versionFromTag } from "../../src/versions/image-tag.js";
import { fullVersion } from "../../src/versions/range.js";
import { releaseOfYear } from "../docker/image-version.js";
import { reportImageRefs } from "../docker/image-findings.js";
import { readActionManifest, readWorkflow, type ForeignInput, type WorkflowUse } from "./github-actions.js";

/** A GitHub Actions workflow: the actions its steps use, the runtimes they install, the images its jobs run in. */
export function reportWorkflow(ctx: DetectContext, data: unknown, file: string, text: string): void {
  reportUses(ctx, readWorkflow(data, foreignInput(ctx)), file, text);
}

/**
 * An action manifest (the repository's own `action.yml`, a local action under `.github/actions/`):
 * its composite steps as a workflow's; a JavaScript action runs on the Node.js release it names
 * (`using: node20`).
 */
export function reportActionManifest(ctx: DetectContext, data: unknown, file: string, text: string): void {
  const manifest = readActionManifest(data, foreignInput(ctx));
  if (manifest.node) ctx.report({ ref: "engine:node", file, line: lineOf(text, `node${manifest.node}`), version: fullVersion(manifest.node) });
  reportUses(ctx, manifest, file, text);
}

/** An action's input that the catalog's `action-input` keys give to a tool of its own, never the action's version. */
function foreignInput(ctx: DetectContext): ForeignInput {
  return (action, input) => ctx.lookup("action-input", `${action}:${input}`).length > 0;
}

function reportUses(ctx: DetectContext, uses: WorkflowUse[], file: string, text: string): void {
  // Each kind's lines looked up in bounded work (an action's line searched from the top for each of
  // 30,000 steps took 10 s; an input written `"python-version":` was searched to the end each time).
  const lineOfAction = lineOfEach(text);
  const lineOfInput = lineOfEach(text);
  const lineOfImage = lineOfEach(text);
  for (const use of uses) {
    if (use.action) ctx.report({ ref: `action:${use.action}`, file, line: lineOfAction(use.action), declared: use.version, version: use.version ? versionFromTag(use.version) : undefined });
    // An input the catalog knows names a runtime the action installs, at the release it gives
    // (erlef/setup-beam's `otp-version` is Erlang's, its `elixir-version` Elixir's).
    for (const [input, value] of Object.entries(use.inputs ?? {})) {
      const key = `${use.action}:${input}`;
      const ids = ctx.lookup("action-input", key);
      if (ids.length === 0) continue;
      // A year names a release line of a tool numbered otherwise (`sqlserver-version: 2022` is SQL Server 16.0).
      const version = value ? (releaseOfYear(ids, value, ctx.tableValue) ?? { release: versionFromTag(value) }).release : undefined;
      ctx.report({ ref: `action-input:${key}`, file, line: lineOfInput(`${input}:`), declared: value || undefined, version });
    }
    if (use.image) reportImageRefs(ctx, file, [use.image], lineOfImage);
  }
}
