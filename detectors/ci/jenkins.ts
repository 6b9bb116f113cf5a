import type { DetectContext } from "../../src/types.js";
import { IMAGE_REFERENCE, baseName, inUsageFolder, textLines, lineOfEach } from "../../src/kit.js";
import { reportImageRefs } from "../docker/image-findings.js";

/**
 * A Jenkins pipeline script: a Jenkinsfile, or one named for its job (`Jenkinsfile.release`,
 * `deploy.Jenkinsfile`); not a document, backup or template beside it (`Jenkinsfile.md`, `Jenkinsfile.bak`).
 */
export function isJenkinsfile(file: string): boolean {
  const base = baseName(file);
  if (base === "Jenkinsfile" || /^[\w.-]+\.[Jj]enkinsfile$/.test(base)) return true;
  return /^Jenkinsfile\.[\w-]+$/.test(base) && !/\.(md|txt|rst|adoc|html|bak|orig|old|example|sample|template|tpl|j2|erb|swp|disabled)$/i.test(base);
}

/** A Jenkins pipeline: the images its agents run in and the plugins' steps it calls. */
export async function reportJenkinsfile(ctx: DetectContext, file: string): Promise<void> {
  // A pipeline kept under another name (`Jenkinsfile.release`, `deploy.Jenkinsfile`), the script
  // path a Jenkins job is set to; the file matcher names Jenkins from a Jenkinsfile itself.
  if (baseName(file) !== "Jenkinsfile") {
    if (inUsageFolder(file)) return;
    ctx.report({ ref: "format:jenkins-pipeline", file });
  }
  // A pipeline's Docker agents: `docker { image 'maven:3.9-eclipse-temurin-17' }`, `docker.image('node:20').inside`,
  // and its Kubernetes agent's containers: `containerTemplate(name: 'go', image: 'golang:1.22')`, or
  // `image: golang:1.22` in the pod YAML a `kubernetes { yaml '''...''' }` block holds.
  const text = (await ctx.text(file)) ?? "";
  // An unquoted value holds no `(` or `{` (no image does): a run of `{(image:c` read on to its end
  // from each `image:` in it, a time that grows with its square.
  const images = new Set<string>();
  for (const m of text.matchAll(/(?:^|[\s{])image\s*(?:\(\s*)?['"]([^'"$\s]+)['"]|docker\.image\s*\(\s*['"]([^'"$\s]+)['"]|(?:^|[\s(,])image[ \t]*:[ \t]*(?:'([^'$\s]+)'|"([^"$\s]+)"|([^\s'"$,(){}]+)(?=[\s,)]|$))/gm)) {
    const named = m[3] ?? m[4] ?? m[5];
    if (named === undefined) images.add(m[1] ?? m[2]!);
    else if (IMAGE_REFERENCE.test(named)) images.add(named);
  }
  reportImageRefs(ctx, file, images, lineOfEach(text));
  reportJenkinsSteps(ctx, file, text);
}

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
