import type { DetectContext } from "../../src/types.js";
import { textLines } from "../../src/kit.js";

/**
 * A Jenkinsfile's pipeline steps that plugins add for a service or tool (`withSonarQubeEnv('sonar')`,
 * `docker.build("app")`), each the first time it is called, and only
 * those the catalog's `jenkins-step` keys know: every other Groovy call is the pipeline's own. Line
 * comments are skipped.
 */
export function reportJenkinsSteps(ctx: DetectContext, file: string, text: string): void {
  const seen = new Set<string>();
  // CRLF-aware: a line kept its `\r` and `//.*$` then stopped short of the end, leaving a
  // commented-out step (`// withSonarQubeEnv(...)`) in a Windows checkout.
  const lines = textLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/^\s*\/\/.*$/, "").replace(/\s\/\/.*$/, "");
    // A call (`step(`, `step {`, `step 'x'`) or named arguments (`step channel: '#ci'`); each
    // whitespace run is tried once where it starts, so a long line costs no backtracking.
    for (const m of line.matchAll(/(?:^|[^\w.$])((?:docker\.)?[A-Za-z]\w*)\b(?:[ \t]*(?=[({'"])|[ \t]+(?=\w+[ \t]*:))/g)) {
      const step = m[1]!;
      if (seen.has(step) || ctx.lookup("jenkins-step", step).length === 0) continue;
      seen.add(step);
      ctx.report({ ref: `jenkins-step:${step}`, file, line: i + 1 });
    }
  }
}
