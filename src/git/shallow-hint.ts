/**
 * How a CI job clones the whole history, in the words of the CI service running it (from its
 * environment: GITHUB_ACTIONS, GITLAB_CI): actions/checkout's `fetch-depth: 0`, GitLab's
 * `GIT_DEPTH: 0` variable; both where neither says it runs the job.
 */
export function wholeHistorySetting(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GITHUB_ACTIONS === "true") return "fetch-depth: 0";
  if (env.GITLAB_CI === "true") return "GIT_DEPTH: 0";
  return "fetch-depth: 0 on GitHub Actions, GIT_DEPTH: 0 on GitLab CI";
}

/** What a refusal to read an older revision of a shallow clone adds: how to fetch the history. */
export function shallowCloneHint(env: NodeJS.ProcessEnv = process.env): string {
  const setting = env.GITHUB_ACTIONS === "true" ? "check out with fetch-depth: 0" : env.GITLAB_CI === "true" ? "clone with the variable GIT_DEPTH: 0" : `clone whole (${wholeHistorySetting(env)})`;
  return ` (a shallow clone: fetch the history, e.g. 'git fetch --unshallow', or ${setting})`;
}
