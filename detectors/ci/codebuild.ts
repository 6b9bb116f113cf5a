import type { DetectContext } from "../../src/types.js";
import { isRecord, textLines } from "../../src/kit.js";
import { versionFromTag } from "../../src/versions/image-tag.js";

/**
 * An AWS CodeBuild buildspec's `phases.install.runtime-versions` (`python: 3.12`, `golang: 1.22`):
 * the language releases the build image selects for the build, named by the catalog's
 * `codebuild-runtime` keys. The release is read as written (YAML would read `3.10` as 3.1); `latest`
 * or a variable names no release.
 */
export function readCodebuildRuntimes(ctx: DetectContext, data: unknown, file: string, text: string): void {
  const phases = isRecord(data) && isRecord(data.phases) ? data.phases : undefined;
  const install = phases && isRecord(phases.install) ? phases.install : undefined;
  const runtimes = install && isRecord(install["runtime-versions"]) ? install["runtime-versions"] : undefined;
  if (!runtimes) return;
  const lines = textLines(text);
  const start = lines.findIndex((l) => /^\s*runtime-versions\s*:/.test(l));
  for (const name of Object.keys(runtimes)) {
    // The key's own line under `runtime-versions:`, for its value as written and its line.
    let line = -1;
    let written: string | undefined;
    for (let i = Math.max(0, start + 1); i < lines.length && i <= start + 50; i++) {
      const m = /^\s+([\w-]+)\s*:\s*["']?([^\s"'#]*)/.exec(lines[i]!);
      if (m?.[1] === name) {
        line = i + 1;
        written = m[2] || undefined;
        break;
      }
    }
    // A flow map (`runtime-versions: { python: 3.12 }`) keeps no line of its own: its parsed value.
    const value = runtimes[name];
    if (line < 0 && (typeof value === "string" || typeof value === "number")) written = String(value);
    ctx.report({ ref: `codebuild-runtime:${name.toLowerCase()}`, file, line: line > 0 ? line : undefined, declared: written, version: versionFromTag(written) });
  }
}
