import { describe, expect, it } from "vitest";
import { shallowCloneHint, wholeHistorySetting } from "../src/git/shallow-hint.js";

// A GitLab job was told "fetch-depth: 0", actions/checkout's input, where GitLab's setting is the
// GIT_DEPTH variable: the hint names the setting of the CI running the job, both where none says.

describe("how a shallow clone's history is fetched, in the CI's words", () => {
  it("GitHub Actions: actions/checkout's fetch-depth", () => {
    expect(shallowCloneHint({ GITHUB_ACTIONS: "true" })).toBe(" (a shallow clone: fetch the history, e.g. 'git fetch --unshallow', or check out with fetch-depth: 0)");
    expect(wholeHistorySetting({ GITHUB_ACTIONS: "true" })).toBe("fetch-depth: 0");
  });

  it("GitLab CI: the GIT_DEPTH variable", () => {
    expect(shallowCloneHint({ GITLAB_CI: "true" })).toBe(" (a shallow clone: fetch the history, e.g. 'git fetch --unshallow', or clone with the variable GIT_DEPTH: 0)");
    expect(wholeHistorySetting({ GITLAB_CI: "true", CI: "true" })).toBe("GIT_DEPTH: 0");
  });

  it("elsewhere (a terminal, another CI, a variable set to something else): both", () => {
    for (const env of [{}, { CI: "true" }, { GITHUB_ACTIONS: "false", GITLAB_CI: "" }]) {
      expect(shallowCloneHint(env)).toBe(" (a shallow clone: fetch the history, e.g. 'git fetch --unshallow', or clone whole (fetch-depth: 0 on GitHub Actions, GIT_DEPTH: 0 on GitLab CI))");
      expect(wholeHistorySetting(env)).toBe("fetch-depth: 0 on GitHub Actions, GIT_DEPTH: 0 on GitLab CI");
    }
  });
});
