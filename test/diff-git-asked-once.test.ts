import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { diffCommand } from "../src/cli/commands/diff.js";
import { call, loggedGit, tempDir } from "./helpers.js";
import { importedHistory } from "./git-import.js";

// diff's two sides share what git says of the folder they scan (its layout's one rev-parse, its
// configuration listing, a bare repository's committed configuration), and a revision named on the
// command line is checked once, not once by the argument's reading and again by the side's scan.

/** How many logged git runs match `pattern`. */
function asks(log: string, pattern: RegExp): number {
  return readFileSync(log, "utf8").split("\n").filter((line) => pattern.test(line)).length;
}

/** Two commits, each with a techstack.yml adding tools by hand: Sentry, then Datadog too (one fast-import, where a commit took two git runs). */
function twoCommits() {
  const manual = (...names: string[]) => `repo_name: shop\ntools:\n${names.map((name) => `- name: ${name}\n  detection_source: manual\n`).join("")}`;
  return importedHistory([
    { by: "Ada", day: 2, message: "start", files: { "package.json": '{"name":"shop","dependencies":{"react":"18.0.0"}}', "techstack.yml": manual("Sentry") } },
    { by: "Ada", day: 3, message: "express", files: { "package.json": '{"name":"shop","dependencies":{"react":"18.0.0","express":"4.18.2"}}', "techstack.yml": manual("Sentry", "Datadog") } },
  ]);
}

/** The lines of a diff's text that name Sentry or Datadog: each side's techstack.yml read at its own revision shows Datadog added alone. */
const handAdded = (stdout: string) => stdout.split("\n").filter((line) => /Sentry|Datadog/.test(line));

describe("diff asks git once for what its sides share", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("between two revisions of a checkout: one layout, one listing, each revision checked once", async () => {
    const dir = twoCommits();
    const log = loggedGit();
    const outcome = await call(diffCommand, ["--repo", dir, "HEAD~1", "HEAD"]);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(outcome.stdout).toMatch(/^\+ ExpressJS 4\.18\.2$/m);
    expect(asks(log, / rev-parse --git-common-dir /)).toBe(1);
    expect(asks(log, / config -z --get-regexp /)).toBe(1);
    expect(asks(log, / rev-parse --verify --quiet /)).toBe(2);
    expect(asks(log, /--is-inside-work-tree$|--is-shallow-repository$/)).toBe(0);
    // Both sides' techstack.yml files (the scanned folder's: a checkout's folder may be below its
    // top) are read by one cat-file beside each side's scan, where each was a `git show`.
    expect(handAdded(outcome.stdout)).toEqual(["+ Datadog"]);
    expect(asks(log, / show /)).toBe(0);
    expect(asks(log, / cat-file --batch$/)).toBe(3);
  });

  it("two revisions of the current folder's repository, named without --repo: each checked once, by the argument's reading alone", async () => {
    const dir = twoCommits();
    const log = loggedGit();
    const before = process.cwd();
    process.chdir(dir);
    const outcome = await call(diffCommand, ["HEAD~1", "HEAD"]).finally(() => process.chdir(before));
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(outcome.stdout).toMatch(/^\+ ExpressJS 4\.18\.2$/m);
    expect(handAdded(outcome.stdout)).toEqual(["+ Datadog"]);
    expect(asks(log, / show /)).toBe(0);
    expect(asks(log, / rev-parse --verify --quiet /)).toBe(2);
    expect(asks(log, / rev-parse --git-common-dir /)).toBe(1);
  });

  it("between two revisions of a bare repository: whether it is bare from the layout, each revision's configuration looked up once", async () => {
    const bare = join(tempDir("techstack-diff-bare-"), "shop.git");
    execFileSync("git", ["clone", "-q", "--bare", twoCommits(), bare]);
    const log = loggedGit();
    const outcome = await call(diffCommand, ["--repo", bare, "HEAD~1", "HEAD"]);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(outcome.stdout).toMatch(/^\+ ExpressJS 4\.18\.2$/m);
    expect(asks(log, / rev-parse --git-common-dir /)).toBe(1);
    // Whether it is bare is the layout's answer, not a question of its own.
    expect(asks(log, / rev-parse --is-bare-repository$/)).toBe(0);
    // Each side's configuration is the one committed at its revision: the files it may be in are
    // looked up by one ls-tree a revision.
    expect(asks(log, / ls-tree -l -z HEAD~1 -- techstack\.config\.json techstack\.config\.yml techstack\.config\.yaml package\.json$/)).toBe(1);
    expect(asks(log, / ls-tree -l -z HEAD -- /)).toBe(1);
    // The techstack.yml each side reads is the one at the bare repository's top, both read at once.
    expect(handAdded(outcome.stdout)).toEqual(["+ Datadog"]);
    expect(asks(log, / show /)).toBe(0);
    expect(asks(log, / cat-file --batch$/)).toBe(3);
  });

  it("a revision that is none: said, with the shallow clone's hint from the layout", async () => {
    const shallow = join(tempDir("techstack-diff-shallow-"), "shop");
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${twoCommits()}`, shallow]);
    const outcome = await call(diffCommand, ["--repo", shallow, "HEAD~1", "HEAD"]);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain(`not a revision of ${shallow}: HEAD~1 (a shallow clone: fetch the history`);
    const plain = tempDir("techstack-diff-plain-");
    expect((await call(diffCommand, ["--repo", plain, "HEAD~1", "HEAD"])).stderr).toContain(`not a git repository: ${plain}`);
  });
});
