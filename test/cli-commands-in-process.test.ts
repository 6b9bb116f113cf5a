import { execFileSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { diffCommand } from "../src/cli/commands/diff.js";
import { writeCommand } from "../src/cli/commands/write.js";
import { checkCommand } from "../src/cli/commands/check.js";
import { call, tempDir } from "./helpers.js";

// The diff, write and check commands called as functions (src/cli/commands), their output caught,
// so that what they print and return is checked in-process and not only through dist/cli.js.

/** A folder holding an Express app's package.json, plus `more` files. */
function app(dependencies: Record<string, string> = { express: "^4.18.2" }, more: Record<string, string> = {}): string {
  const dir = tempDir("techstack-cmd-");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "shop", dependencies }, null, 2));
  for (const [path, text] of Object.entries(more)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync("git", ["-C", dir, "-c", "user.name=A", "-c", "user.email=a@example.com", "-c", "commit.gpgsign=false", ...args], { encoding: "utf8" }).trim();
}

const firstLine = (text: string): string => text.split("\n")[0]!;

/** An app committed twice (`dir`), and a --depth 1 clone of it (as actions/checkout makes one), which lacks the first commit. */
function shallowClone(): { dir: string; first: string; shallow: string } {
  const dir = app();
  git(dir, "init", "-q");
  git(dir, "add", ".");
  git(dir, "commit", "-qm", "one");
  const first = git(dir, "rev-parse", "HEAD");
  git(dir, "commit", "-q", "--allow-empty", "-m", "two");
  const shallow = join(tempDir("techstack-cmd-"), "clone");
  execFileSync("git", ["clone", "-q", "--depth", "1", `file://${dir}`, shallow]);
  return { dir, first, shallow };
}

/** One shallowClone() for the tests that only read it (diff refuses its missing revision), made once for the file. */
let readOnlyShallow: ReturnType<typeof shallowClone> | undefined;
const sharedShallowClone = (): ReturnType<typeof shallowClone> => (readOnlyShallow ??= shallowClone());

/** A techstack.yml left with a merge conflict's marker, and the words for it. */
const CONFLICT = "<<<<<<< HEAD\ntools: [\n";
const CONFLICT_WORDS = "an unresolved merge conflict: <<<<<<< on line 1";

describe("diff, in-process", () => {
  it("two folders: the tools and packages one adds, as text, Markdown or JSON; --exit-code is 1 only when they differ", async () => {
    const a = app();
    const b = app({ express: "^4.18.2", zod: "^3.22.4" });
    expect(await call(diffCommand, [a, b])).toEqual({ code: 0, stdout: "+ Zod 3.22.4\n+ zod 3.22.4 (package)\n", stderr: "" });
    expect((await call(diffCommand, [a, b, "--exit-code"])).code).toBe(1);
    expect((await call(diffCommand, [a, a, "--exit-code"])).code).toBe(0);
    const markdown = await call(diffCommand, [a, b, "--format", "markdown"]);
    expect(markdown.stdout).toContain("| ➕ added | Zod | 3.22.4 |");
    const jsonText = (await call(diffCommand, [a, b, "--format", "json"])).stdout;
    expect(jsonText).toMatch(/^\{\n {2}"added": \[\n[\s\S]*\n\}\n$/);
    const json = JSON.parse(jsonText) as { added: Array<{ name: string }> };
    expect(json.added.map((t) => t.name)).toEqual(["Zod", "zod"]);
    // --no-packages applies to each scanned side.
    expect((await call(diffCommand, [a, b, "--no-packages"])).stdout).toBe("+ Zod 3.22.4\n");
  });

  it("a written techstack.yml against a folder; a file that is no stack document is exit 1 naming it", async () => {
    const a = app();
    expect((await call(writeCommand, [a])).code).toBe(0);
    const b = app({ express: "^4.18.2", zod: "^3.22.4" });
    expect((await call(diffCommand, [join(a, "techstack.yml"), b])).stdout).toBe("+ Zod 3.22.4\n+ zod 3.22.4 (package)\n");
    const bad = join(a, "notes.txt");
    writeFileSync(bad, CONFLICT);
    const refused = await call(diffCommand, [bad, b]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`error: ${bad} is not a readable stack document (${CONFLICT_WORDS})`);
    expect(refused.stderr).not.toContain("\n");
    // A manifest given for a techstack.yml is refused, not compared as an empty stack.
    const manifest = await call(diffCommand, [join(a, "package.json"), b, "--exit-code"]);
    expect(manifest).toMatchObject({ code: 1, stdout: "", stderr: `error: ${join(a, "package.json")} is not a readable stack document (not a stack document: it has no tools list)` });
  });

  it("a file holding nothing (empty, or comments only), as check calls it empty, is the empty stack: the other side's tools are all added", async () => {
    const b = app({ express: "^4.18.2", zod: "^3.22.4" });
    const empty = join(tempDir("techstack-cmd-"), "techstack.yml");
    writeFileSync(empty, "");
    const added = await call(diffCommand, [empty, b, "--format", "json"]);
    expect(added.code).toBe(0);
    expect((JSON.parse(added.stdout) as { added: Array<{ name: string }> }).added.map((t) => t.name)).toEqual(expect.arrayContaining(["ExpressJS", "Zod"]));
    writeFileSync(empty, "# written by techstack write\n---\n");
    expect(await call(diffCommand, [b, empty])).toMatchObject({ code: 0, stderr: "" });
    expect((await call(diffCommand, [b, empty])).stdout).toContain("- Zod 3.22.4\n");
  });

  it("a scanned side keeps the tools its techstack.yml adds by hand, as write does: in a folder and in each revision", async () => {
    const dir = app();
    git(dir, "init", "-q");
    expect((await call(writeCommand, [dir])).code).toBe(0);
    git(dir, "add", ".");
    git(dir, "commit", "-qm", "one");
    const file = join(dir, "techstack.yml");
    writeFileSync(file, readFileSync(file, "utf8") + "- name: Sentry\n  detection_source: manual\n- name: Our Queue\n  version: '2.1'\n  detection_source: manual\n");
    // The file against its own folder: what write would change, which is nothing of the stack.
    expect(await call(diffCommand, [file, dir, "--exit-code"])).toEqual({ code: 0, stdout: "no changes\n", stderr: "" });
    // A pull request adding a tool by hand shows it, in the comment's Markdown too.
    git(dir, "commit", "-qam", "two");
    expect((await call(diffCommand, ["--rev-a", "HEAD~1", "--rev-b", "HEAD", dir])).stdout).toBe("+ Sentry\n+ Our Queue 2.1\n");
    const markdown = (await call(diffCommand, ["--repo", dir, "HEAD~1", "HEAD", "--format", "markdown"])).stdout;
    expect(markdown).toContain("| ➕ added | Sentry | N/A | added by hand |\n| ➕ added | Our Queue | 2.1 | added by hand |");
    // A side whose techstack.yml is broken adds nothing by hand, and says so.
    const committed = join(tempDir("techstack-cmd-"), "techstack.yml");
    writeFileSync(committed, git(dir, "show", "HEAD:techstack.yml") + "\n");
    writeFileSync(file, CONFLICT);
    const broken = await call(diffCommand, [dir, committed]);
    expect(broken.stdout).toBe("+ Sentry\n+ Our Queue 2.1\n");
    expect(broken.stderr).toBe(`warning: ${file} is not a readable stack document (${CONFLICT_WORDS}); its tools added by hand are left out\n`);
  });

  it("usage errors: the format, one side only, the number of stacks; -h prints the help", async () => {
    const a = app();
    expect(await call(diffCommand, [a, a, "--format", "yaml"])).toMatchObject({ code: 2, stderr: "error: --format must be text, markdown or json, not 'yaml'" });
    expect(await call(diffCommand, ["--rev-a", "HEAD"])).toMatchObject({ code: 2, stderr: "error: --rev-a and --rev-b go together" });
    expect(await call(diffCommand, ["--rev-b", "HEAD"])).toMatchObject({ code: 2, stderr: "error: --rev-a and --rev-b go together" });
    const two = await call(diffCommand, ["--rev-a", "HEAD", "--rev-b", "HEAD", a, a]);
    expect([two.code, firstLine(two.stderr)]).toEqual([2, "error: with --rev-a/--rev-b, diff takes at most one directory"]);
    const one = await call(diffCommand, [a]);
    expect([one.code, firstLine(one.stderr)]).toEqual([2, "error: diff takes two stacks, got 1"]);
    expect(one.stderr).toContain("Usage: techstack diff A B [options]");
    const help = await call(diffCommand, ["-h"]);
    expect(help.code).toBe(0);
    expect(help.stdout + help.stderr).toContain("Usage: techstack diff A B [options]");
  });

  it("revisions: --rev-a/--rev-b of a folder, revisions of --repo, and what is not a revision", async () => {
    const dir = app();
    git(dir, "init", "-q");
    git(dir, "add", ".");
    git(dir, "commit", "-qm", "one");
    const first = git(dir, "rev-parse", "HEAD");
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "shop", dependencies: { express: "^4.18.2", zod: "^3.22.4" } }));
    git(dir, "commit", "-qam", "two");
    const added = "+ Zod 3.22.4\n+ zod 3.22.4 (package)\n";
    expect(await call(diffCommand, ["--rev-a", first, "--rev-b", "HEAD", dir])).toEqual({ code: 0, stdout: added, stderr: "" });
    expect((await call(diffCommand, ["--repo", dir, first, "HEAD"])).stdout).toBe(added);
    // The same revision on both sides: the scan's facts are fixed, so nothing differs.
    expect((await call(diffCommand, ["--repo", dir, "HEAD", "HEAD", "--exit-code"])).code).toBe(0);
    expect(await call(diffCommand, ["--repo", dir, "v9", "HEAD"])).toMatchObject({ code: 1, stderr: `error: not a revision of ${dir}: v9` });
    const plain = app();
    expect(await call(diffCommand, ["--rev-a", "HEAD", "--rev-b", "HEAD", plain])).toMatchObject({ code: 1, stderr: `error: not a git repository: ${plain}, so it has no revision HEAD (give the repository's folder: diff --rev-a A --rev-b B DIR, or diff --repo DIR A B)` });
    const missing = join(plain, "nowhere");
    expect(await call(diffCommand, [missing, plain])).toMatchObject({
      code: 1,
      stderr: `error: ${missing} is neither a file, a directory nor a revision of the current repository`,
    });
  });

  it("a shallow clone lacking the revision says how to fetch it", async () => {
    const { first, shallow } = sharedShallowClone();
    // In a GitHub Actions job: actions/checkout's input.
    vi.stubEnv("GITHUB_ACTIONS", "true");
    vi.stubEnv("GITLAB_CI", "");
    const refused = await call(diffCommand, ["--rev-a", first, "--rev-b", "HEAD", shallow]).finally(() => vi.unstubAllEnvs());
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`error: not a revision of ${shallow}: ${first} (a shallow clone: fetch the history, e.g. 'git fetch --unshallow', or check out with fetch-depth: 0)`);
  });

  it("a revision named without --repo that a shallow clone lacks says how to fetch it too", async () => {
    const { shallow } = sharedShallowClone();
    const before = process.cwd();
    process.chdir(shallow);
    // In a GitLab merge request pipeline: GitLab's variable, not actions/checkout's input.
    vi.stubEnv("GITHUB_ACTIONS", "");
    vi.stubEnv("GITLAB_CI", "true");
    const refused = await call(diffCommand, ["HEAD~1", "HEAD", "--format", "markdown"]).finally(() => {
      process.chdir(before);
      vi.unstubAllEnvs();
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe("error: HEAD~1 is neither a file, a directory nor a revision of the current repository (a shallow clone: fetch the history, e.g. 'git fetch --unshallow', or clone with the variable GIT_DEPTH: 0)");
  });

  it("a stack file's name that is not there is no revision to fetch: a shallow clone's hint is left out for it", async () => {
    const { shallow } = sharedShallowClone();
    const before = process.cwd();
    process.chdir(shallow);
    // A mistyped file (techstack.yaml for techstack.yml) was told to fetch the history.
    const typo = await call(diffCommand, ["techstack.yaml", "HEAD"]).finally(() => process.chdir(before));
    expect(typo).toMatchObject({ code: 1, stderr: "error: techstack.yaml is neither a file, a directory nor a revision of the current repository" });
    process.chdir(shallow);
    const json = await call(diffCommand, ["HEAD", "old/Stack.JSON"]).finally(() => process.chdir(before));
    expect(json.stderr).toBe("error: old/Stack.JSON is neither a file, a directory nor a revision of the current repository");
  });

  it("a folder one revision lacks (a pull request adds the service the Action scans) is an empty stack there, with a warning; one neither holds is an error", async () => {
    const dir = app();
    git(dir, "init", "-q");
    git(dir, "add", ".");
    git(dir, "commit", "-qm", "shop");
    mkdirSync(join(dir, "services/api"), { recursive: true });
    writeFileSync(join(dir, "services/api/requirements.txt"), "flask==3.0.0\n");
    git(dir, "add", ".");
    git(dir, "commit", "-qm", "api");
    const api = join(dir, "services/api");
    const added = await call(diffCommand, ["--rev-a", "HEAD~1", "--rev-b", "HEAD", api]);
    expect(added).toMatchObject({ code: 0, stdout: "+ Python\n+ Git\n+ PyPI\n+ flask 3.0.0 (package)\n" });
    expect(added.stderr).toBe(`warning: ${api} is no folder of revision HEAD~1: its stack there is empty\n`);
    const removed = await call(diffCommand, ["--repo", api, "HEAD", "HEAD~1", "--format", "markdown"]);
    expect(removed.stdout).toContain("| ➖ removed | [flask](https://pypi.org/project/flask) | 3.0.0 | `requirements.txt` |");
    expect((await call(diffCommand, ["--rev-a", "HEAD~1", "--rev-b", "HEAD~1", api])).stderr).toBe(`error: no folder 'services/api' in revision 'HEAD~1' of ${api}`);
  });
});

describe("write, in-process", () => {
  it("writes both files, then leaves them untouched when nothing but the time would change", async () => {
    const dir = app();
    const first = await call(writeCommand, [dir, "--no-git"]);
    expect(first).toEqual({ code: 0, stdout: "", stderr: `wrote ${join(dir, "techstack.yml")} and ${join(dir, "techstack.md")} (4 tools)\n` });
    const yml = readFileSync(join(dir, "techstack.yml"), "utf8");
    const stamp = statSync(join(dir, "techstack.yml")).mtimeMs;
    const again = await call(writeCommand, [dir, "--no-git"]);
    expect(again.stderr).toBe(`${join(dir, "techstack.yml")} and ${join(dir, "techstack.md")} are up to date (4 tools)\n`);
    expect(readFileSync(join(dir, "techstack.yml"), "utf8")).toBe(yml);
    expect(statSync(join(dir, "techstack.yml")).mtimeMs).toBe(stamp);
    // --timestamp always sets the time: the file changes.
    await call(writeCommand, [dir, "--no-git", "--timestamp", "2026-01-02T03:04:05+00:00"]);
    expect(readFileSync(join(dir, "techstack.yml"), "utf8")).toContain("timestamp: '2026-01-02T03:04:05+00:00'");
    // A later write without --timestamp keeps that time while nothing else changes...
    const inode = statSync(join(dir, "techstack.yml")).ino;
    expect((await call(writeCommand, [dir, "--no-git"])).stderr).toContain("are up to date");
    expect(readFileSync(join(dir, "techstack.yml"), "utf8")).toContain("timestamp: '2026-01-02T03:04:05+00:00'");
    expect(statSync(join(dir, "techstack.yml")).ino).toBe(inode);
    // ... and takes the scan's time once something does.
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "shop", dependencies: { express: "^4.18.2", zod: "^3.22.4" } }));
    expect((await call(writeCommand, [dir, "--no-git"])).stderr).toContain("wrote ");
    expect(readFileSync(join(dir, "techstack.yml"), "utf8")).not.toContain("timestamp: '2026-01-02T03:04:05+00:00'");
  });

  it("a techstack.yml committed from Windows (CRLF) is rewritten with CRLF, so the commit shows only what changed", async () => {
    const dir = app();
    await call(writeCommand, [dir, "--no-git"]);
    const yml = join(dir, "techstack.yml");
    const md = join(dir, "techstack.md");
    writeFileSync(yml, readFileSync(yml, "utf8").replace(/\n/g, "\r\n"));
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "shop", dependencies: { express: "^4.18.2", zod: "^3.22.4" } }));
    expect((await call(writeCommand, [dir, "--no-git"])).stderr).toContain("wrote ");
    const yaml = readFileSync(yml, "utf8");
    expect(yaml).toContain("- name: Zod\r\n");
    expect(yaml.replace(/\r\n/g, "")).not.toContain("\n");
    // techstack.md, committed with LF, stays LF.
    const markdown = readFileSync(md, "utf8");
    expect(markdown).toContain("Zod");
    expect(markdown).not.toContain("\r");
    expect((await call(checkCommand, [dir, "--no-git"])).code).toBe(0);
  });

  it("a techstack.yml saved with a UTF-8 byte-order mark keeps it when rewritten; one without gets none", async () => {
    const dir = app();
    await call(writeCommand, [dir, "--no-git"]);
    const yml = join(dir, "techstack.yml");
    writeFileSync(yml, `\uFEFF${readFileSync(yml, "utf8")}`);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "shop", dependencies: { express: "^4.18.2", zod: "^3.22.4" } }));
    expect((await call(writeCommand, [dir, "--no-git"])).stderr).toContain("wrote ");
    const bytes = readFileSync(yml);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("- name: Zod\n");
    expect(readFileSync(join(dir, "techstack.md"))[0]).not.toBe(0xef);
    expect((await call(checkCommand, [dir, "--no-git"])).code).toBe(0);
  });

  it("a hand-edited techstack.md alone is rewritten, techstack.yml left as it is; -h prints the help", async () => {
    const dir = app();
    await call(writeCommand, [dir, "--no-git", "--timestamp", "2026-01-02T03:04:05+00:00"]);
    const yml = join(dir, "techstack.yml");
    const md = join(dir, "techstack.md");
    const markdown = readFileSync(md, "utf8");
    writeFileSync(md, `${markdown}\nA note by hand.\n`);
    const inode = statSync(yml).ino;
    // The log names the one file written, so a bot's log shows what a commit of both would hold.
    expect((await call(writeCommand, [dir, "--no-git"])).stderr).toBe(`wrote ${md}; techstack.yml was up to date (4 tools)\n`);
    expect(readFileSync(md, "utf8")).toBe(markdown);
    expect(statSync(yml).ino).toBe(inode);
    // techstack.yml edited alone (at a fixed time, which techstack.md shows): techstack.md is left as it is.
    writeFileSync(yml, readFileSync(yml, "utf8").replace(/^report_id: .*$/m, "report_id: edited-by-hand"));
    const mdInode = statSync(md).ino;
    expect((await call(writeCommand, [dir, "--no-git", "--timestamp", "2026-01-02T03:04:05+00:00"])).stderr).toBe(`wrote ${yml}; techstack.md was up to date (4 tools)\n`);
    expect(readFileSync(yml, "utf8")).not.toContain("edited-by-hand");
    expect(statSync(md).ino).toBe(mdInode);
    // repo_type is the one fact of the header a scan cannot know (the site reads the repository's
    // visibility): a private repository's `Private` is kept, as check, which does not compare it,
    // already took it; write had reverted it to Public.
    writeFileSync(yml, readFileSync(yml, "utf8").replace("repo_type: Public", "repo_type: Private"));
    const kept = readFileSync(yml, "utf8");
    expect((await call(writeCommand, [dir, "--no-git", "--timestamp", "2026-01-02T03:04:05+00:00"])).stderr).toContain("are up to date");
    expect(readFileSync(yml, "utf8")).toBe(kept);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "shop", dependencies: { express: "^4.18.2", zod: "^3.22.4" } }));
    await call(writeCommand, [dir, "--no-git"]);
    expect(readFileSync(yml, "utf8")).toContain("repo_type: Private");
    const help = await call(writeCommand, ["--help"]);
    expect([help.code, help.stdout + help.stderr]).toEqual([0, expect.stringContaining("Usage: techstack write [dir] [options]")]);
  });

  it("a changed tool rewrites the file but keeps an entry added by hand; a scanned tool of the same name replaces it", async () => {
    const dir = app();
    await call(writeCommand, [dir, "--no-git"]);
    const file = join(dir, "techstack.yml");
    const manual = (name: string) => `- name: ${name}\n  detection_source: manual\n`;
    writeFileSync(file, readFileSync(file, "utf8").replace("tools:\n", `tools:\n${manual("Sentry")}${manual("zod")}`));
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "shop", dependencies: { express: "^4.18.2", zod: "^3.22.4" } }));
    const result = await call(writeCommand, [dir, "--no-git", "--no-packages"]);
    expect(result.stderr).toBe(`wrote ${file} and ${join(dir, "techstack.md")} (5 tools)\n`);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("- name: Sentry\n  website_url: https://sentry.io/\n");
    expect(text).toContain("detected_tools_count: 5\n");
    // The scan found Zod: the hand-written `zod` gave way to it.
    expect(text).not.toContain("- name: zod\n");
    expect(text).toContain("- name: Zod\n");
    expect(readFileSync(join(dir, "techstack.md"), "utf8")).toContain("Sentry");
  });

  it("an entry added by hand takes the page, logo and category the catalog (the repository's too) knows of its tool; what it writes is kept", async () => {
    const dir = app({ express: "^4.18.2" }, {
      "techstack.catalog.yml": "tools:\n  - id: acme-bus\n    name: Acme Bus\n    category: Data Stores\n    sub_category: Message Queue\n    website_url: https://bus.acme.example/\n",
    });
    await call(writeCommand, [dir, "--no-git", "--no-packages"]);
    const file = join(dir, "techstack.yml");
    const hand = [
      "- name: Sentry\n  detection_source: manual\n",
      "- name: acme bus\n  version: 2.1.0\n  detection_source: manual\n",
      "- name: Datadog\n  category: Observability\n  website_url: https://datadog.example/\n  detection_source: manual\n",
      "- name: Our Own Thing\n  detection_source: manual\n",
    ];
    writeFileSync(file, readFileSync(file, "utf8").replace("tools:\n", `tools:\n${hand.join("")}`));
    expect((await call(writeCommand, [dir, "--no-git", "--no-packages"])).code).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text).toContain(
      "- name: Sentry\n  website_url: https://sentry.io/\n  open_source: true\n  hosted_saas: true\n  category: Monitoring\n  sub_category: Exception Monitoring\n  image_url: https://img.stackshare.io/service/191/",
    );
    expect(text).toContain("- name: acme bus\n  website_url: https://bus.acme.example/\n  version: 2.1.0\n  category: Data Stores\n  sub_category: Message Queue\n  detection_source: manual\n");
    // The user's own category and page stand; the catalog's sub-category is another category's.
    expect(text).toContain("- name: Datadog\n  website_url: https://datadog.example/\n  open_source: false\n  hosted_saas: true\n  category: Observability\n  detection_source: manual\n");
    expect(text).toContain("- name: Our Own Thing\n  detection_source: manual\n");
    const md = readFileSync(join(dir, "techstack.md"), "utf8");
    expect(md).toMatch(/<img width='36' height='36' src='https:\/\/img.stackshare.io\/service\/191\/[^']+' alt='Sentry'>\n  <br>\n  <sub><a href="https:\/\/sentry.io\/">Sentry<\/a><\/sub>\n  <br>\n  <sub><\/sub>/);
    expect(md).toContain("<sub><a href=\"https://bus.acme.example/\">acme bus</a></sub>\n  <br>\n  <sub>v2.1.0</sub>");
    expect(md).toContain("[Sentry](https://sentry.io/) – Exception Monitoring\n");
    // A sub-category-less tool's snippet line names its category, not "undefined".
    expect(md).toContain("[Datadog](https://datadog.example/) – Observability\n");
    expect(md).not.toContain("undefined");
    // Filled once: the next write and check find nothing to change.
    expect(await call(writeCommand, [dir, "--no-git", "--no-packages"])).toMatchObject({ code: 0, stderr: `${file} and ${join(dir, "techstack.md")} are up to date (7 tools)\n` });
    expect((await call(checkCommand, [dir, "--no-git", "--no-packages"])).code).toBe(0);
  });

  it("--out makes the folder; an unreadable techstack.yml stops the write; a second folder is a usage error", async () => {
    const dir = app();
    const out = join(tempDir("techstack-cmd-"), "docs", "stack");
    expect((await call(writeCommand, [dir, "--out", out, "--no-git"])).code).toBe(0);
    expect(existsSync(join(out, "techstack.yml")) && existsSync(join(out, "techstack.md"))).toBe(true);
    expect(existsSync(join(dir, "techstack.yml"))).toBe(false);
    writeFileSync(join(out, "techstack.yml"), CONFLICT);
    const refused = await call(writeCommand, [dir, "--out", out, "--no-git"]);
    expect(refused).toMatchObject({ code: 1, stderr: `error: ${join(out, "techstack.yml")} is not a readable stack document (${CONFLICT_WORDS}); fix it or remove it` });
    expect(readFileSync(join(out, "techstack.yml"), "utf8")).toBe(CONFLICT);
    // An empty techstack.yml (made with touch, or holding a blank line) has nothing to lose.
    writeFileSync(join(out, "techstack.yml"), " \n");
    expect((await call(writeCommand, [dir, "--out", out, "--no-git"])).code).toBe(0);
    const two = await call(writeCommand, [dir, dir]);
    expect([two.code, firstLine(two.stderr)]).toEqual([2, "error: write takes one directory, got 2"]);
    // An --out folder that cannot be made (a file on its path) is named with the reason, not in
    // the file system's bare words ("ENOTDIR: not a directory, mkdir ...").
    const blocked = join(dir, "package.json", "stack");
    expect(await call(writeCommand, [dir, "--out", blocked, "--no-git"])).toMatchObject({
      code: 1,
      stderr: `error: cannot make the folder ${blocked} for techstack.yml and techstack.md: ${join(dir, "package.json")} is a file, not a folder (ENOTDIR); give --out a folder you can write to`,
    });
  });

  it("a techstack.yml or techstack.md that is a FIFO, a folder or a link is exit 1 naming it, never waited on or followed", async () => {
    const dir = app();
    const fifo = (f: string) => execFileSync("mkfifo", [f]);
    for (const [name, make, why] of [
      ["techstack.yml", fifo, "not a regular file, not read"],
      ["techstack.md", fifo, "not a regular file, not read"],
      ["techstack.yml", (f: string) => mkdirSync(f), "not a regular file, not read"],
      ["techstack.yml", (f: string) => symlinkSync("/dev/zero", f), "a symbolic link, not read"],
      // A link to nothing (yet) is a link too: it was taken for no file, and write put a file in its place.
      ["techstack.yml", (f: string) => symlinkSync(join(f, "..", "nowhere.yml"), f), "a symbolic link, not read"],
      ["techstack.md", (f: string) => symlinkSync(join(f, "..", "nowhere.md"), f), "a symbolic link, not read"],
    ] as const) {
      const out = tempDir("techstack-cmd-");
      make(join(out, name));
      const refused = await call(writeCommand, [dir, "--out", out, "--no-git"]);
      // techstack.yml in check's words (its tools added by hand cannot be kept); techstack.md as the reader says.
      const said = name === "techstack.yml" ? `${join(out, name)} is not a readable stack document (${why}); fix it or remove it` : `${join(out, name)}: ${why}`;
      expect(refused, name).toMatchObject({ code: 1, stderr: `error: ${said}` });
      const stale = await call(checkCommand, [dir, "--out", out, "--no-git"]);
      expect(stale.code, name).toBe(1);
      expect(firstLine(stale.stdout), name).toBe(
        name === "techstack.yml" ? `stale: ${join(out, name)} is not a readable stack document (${why})` : `stale: ${join(out, "techstack.yml")} is missing`,
      );
      // Left as it was: no file written in its place.
      expect(lstatSync(join(out, name)).isFile(), name).toBe(false);
    }
    // A FIFO techstack.md beside a fresh techstack.yml: check says it cannot read it.
    const out = tempDir("techstack-cmd-");
    expect((await call(writeCommand, [dir, "--out", out, "--no-git"])).code).toBe(0);
    rmSync(join(out, "techstack.md"));
    execFileSync("mkfifo", [join(out, "techstack.md")]);
    expect((await call(checkCommand, [dir, "--out", out, "--no-git"])).stdout).toBe(
      `stale: ${join(out, "techstack.md")} is not readable (not a regular file, not read)\nTo refresh them, remove it, then run: techstack write ${dir} --out ${out} --no-git\n`,
    );
  });

  it("a shallow clone is warned of (its dates are its oldest commit's); --no-git leaves the warning out", async () => {
    const { dir, shallow } = shallowClone();
    const warned = await call(writeCommand, [shallow]);
    expect(warned.stderr).toMatch(/^warning: a shallow clone: /);
    const quiet = await call(writeCommand, [shallow, "--no-git"]);
    expect(quiet.stderr).not.toContain("shallow");
    // A full clone, or a folder outside git, is not warned of.
    const full = await call(writeCommand, [dir]);
    expect(full.stderr).not.toContain("shallow");
    expect((await call(writeCommand, [app()])).stderr).not.toContain("shallow");
  });

  it("a bot writing and committing in --depth 1 clones keeps the dates techstack.yml has: the second run is a no-op", async () => {
    // The author's commit adds the app; the bot's run (a clone of depth 1, as actions/checkout
    // makes) writes the files and commits them; its next run must find nothing to write, or it
    // would date the app's tools by its own commit and commit again, run after run.
    const origin = app({ express: "^4.18.2", react: "^18.2.0" });
    git(origin, "init", "-q", "-b", "main");
    git(origin, "add", ".");
    execFileSync("git", ["-C", origin, "-c", "user.name=Ann", "-c", "user.email=ann@example.com", "commit", "-qm", "app", "--date", "2024-03-01T10:00:00Z"], {
      env: { ...process.env, GIT_COMMITTER_DATE: "2024-03-01T10:00:00Z" },
    });
    git(origin, "config", "receive.denyCurrentBranch", "ignore");
    const botRun = async (n: number): Promise<string> => {
      const clone = join(tempDir("techstack-cmd-"), "clone");
      execFileSync("git", ["clone", "-q", "--depth", "1", `file://${origin}`, clone]);
      expect((await call(writeCommand, [clone])).code).toBe(0);
      const written = readFileSync(join(clone, "techstack.yml"), "utf8");
      if (git(clone, "status", "--porcelain")) {
        git(clone, "add", "-A");
        execFileSync("git", ["-C", clone, "-c", "user.name=Bot", "-c", "user.email=bot@example.com", "commit", "-qm", `bot ${n}`, "--date", `2024-03-0${n + 1}T10:00:00Z`], {
          env: { ...process.env, GIT_COMMITTER_DATE: `2024-03-0${n + 1}T10:00:00Z` },
        });
        git(clone, "push", "-q", "origin", "HEAD:main");
      }
      return written;
    };
    // The first run has only the author's commit, which dates the tools.
    const first = await botRun(1);
    expect(first).toContain("last_updated_by: Ann\n  last_updated_on: 2024-03-01 10:00:00.000000000 Z");
    // The second clone's one commit is the bot's own: the file's dates stay, nothing is written.
    const clone = join(tempDir("techstack-cmd-"), "clone");
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${origin}`, clone]);
    expect(git(clone, "log", "-1", "--format=%aN")).toBe("Bot");
    const second = await call(writeCommand, [clone]);
    expect(second.stderr).toContain("are up to date");
    expect(git(clone, "status", "--porcelain")).toBe("");
    expect(readFileSync(join(clone, "techstack.yml"), "utf8")).not.toContain("last_updated_by: Bot");
  });

  it("keeps the dates with a git older than 2.31, which reads --path-format as a revision to echo", async () => {
    // Ann's commit adds the app, a later one the README; the files written from the full history
    // date the tools by Ann's. A --depth 1 clone's only commit is the one that committed the files.
    const origin = app();
    git(origin, "init", "-q", "-b", "main");
    git(origin, "add", ".");
    execFileSync("git", ["-C", origin, "-c", "user.name=Ann", "-c", "user.email=ann@example.com", "commit", "-qm", "app", "--date", "2024-03-01T10:00:00Z"], { env: { ...process.env, GIT_COMMITTER_DATE: "2024-03-01T10:00:00Z" } });
    // One repository name in both folders: its forge's.
    git(origin, "remote", "add", "origin", "https://github.com/acme/app.git");
    expect((await call(writeCommand, [origin])).code).toBe(0);
    git(origin, "add", "-A");
    git(origin, "commit", "-qm", "stack files");
    const clone = join(tempDir("techstack-cmd-"), "clone");
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${origin}`, clone]);
    git(clone, "remote", "set-url", "origin", "https://github.com/acme/app.git");
    // A git before 2.31 has no --path-format: rev-parse prints the unknown flag back before the path.
    const bin = tempDir("techstack-old-git-");
    const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
    writeFileSync(join(bin, "git"), `#!/bin/sh\nfor a in "$@"; do [ "$a" = --path-format=absolute ] && echo "$a" && exec ${JSON.stringify(real)} $(printf '%s\\n' "$@" | grep -v '^--path-format=absolute$'); done\nexec ${JSON.stringify(real)} "$@"\n`, { mode: 0o755 });
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path}`;
    try {
      const second = await call(writeCommand, [clone]);
      expect(second.stderr).toContain("are up to date");
    } finally {
      process.env.PATH = path;
    }
    expect(git(clone, "status", "--porcelain")).toBe("");
  });
});

describe("check, in-process", () => {
  it("same tools and versions, but an entry says other things of its tool than the catalog: stale, naming the fields, as write would rewrite it", async () => {
    const dir = app();
    await call(writeCommand, [dir, "--no-git", "--no-packages"]);
    const file = join(dir, "techstack.yml");
    const fresh = readFileSync(file, "utf8");
    expect((await call(checkCommand, [dir, "--no-git", "--no-packages"])).code).toBe(0);
    // A hand-added entry written before write filled such entries: write would fill it now.
    writeFileSync(file, fresh.replace("tools:\n", "tools:\n- name: Sentry\n  detection_source: manual\n").replace("detected_tools_count: 4", "detected_tools_count: 5"));
    const bare = await call(checkCommand, [dir, "--no-git", "--no-packages"]);
    expect(bare.code).toBe(1);
    expect(bare.stdout).toContain(`stale: ${file} says other things of its tools than the catalog and the scan:\n~ Sentry website_url: (none) -> https://sentry.io/\n`);
    expect(bare.stdout).toContain("~ Sentry category: (none) -> Monitoring\n");
    expect(bare.stdout).toContain("To refresh them, run: techstack write");
    expect((await call(writeCommand, [dir, "--no-git", "--no-packages"])).code).toBe(0);
    expect((await call(checkCommand, [dir, "--no-git", "--no-packages"])).code).toBe(0);
    // A tool the catalog has since moved to another sub-category, and a file written by hand.
    writeFileSync(file, readFileSync(file, "utf8").replace("sub_category: Microframeworks (Backend)", "sub_category: Frameworks (Full Stack)"));
    const moved = await call(checkCommand, [dir, "--no-git", "--no-packages"]);
    expect(moved.code).toBe(1);
    expect(moved.stdout).toContain("~ ExpressJS sub_category: Frameworks (Full Stack) -> Microframeworks (Backend)\n");
  });

  it("missing files are stale, with the write command to run (words quoted for the shell)", async () => {
    const dir = join(tempDir("techstack-cmd-"), "my shop's api");
    mkdirSync(dir);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "shop", dependencies: { express: "^4.18.2" } }));
    const missing = await call(checkCommand, [dir, "--exclude", "**/fixtures/**", "--no-git"]);
    const quoted = `'${dir.replace(/'/g, "'\\''")}'`;
    expect(missing).toEqual({
      code: 1,
      stdout: `stale: ${join(dir, "techstack.yml")} is missing\nTo refresh them, run: techstack write ${quoted} --exclude '**/fixtures/**' --no-git\n`,
      stderr: "",
    });
    // An empty techstack.yml (made with touch, as write accepts it) is stale as a missing one is:
    // there is nothing in it to fix or keep.
    writeFileSync(join(dir, "techstack.yml"), "\n");
    expect(await call(checkCommand, [dir, "--no-git"])).toEqual({
      code: 1,
      stdout: `stale: ${join(dir, "techstack.yml")} is empty\nTo refresh them, run: techstack write ${quoted} --no-git\n`,
      stderr: "",
    });
    await call(writeCommand, [dir, "--no-git"]);
    expect(await call(checkCommand, [dir, "--no-git"])).toEqual({ code: 0, stdout: `fresh: ${join(dir, "techstack.yml")} and ${join(dir, "techstack.md")} match the repository\n`, stderr: "" });
  });

  it("a new dependency is stale with the differences; a missing or edited techstack.md is stale", async () => {
    const dir = app();
    await call(writeCommand, [dir, "--no-git"]);
    const yml = join(dir, "techstack.yml");
    const md = join(dir, "techstack.md");
    const plain = `techstack write ${dir} --no-git`;
    const markdown = readFileSync(md, "utf8");
    writeFileSync(md, markdown.replace("ExpressJS", "Express"));
    expect(await call(checkCommand, [dir, "--no-git"])).toMatchObject({ code: 1, stdout: `stale: ${md} does not match ${yml}\nTo refresh them, run: ${plain}\n` });
    writeFileSync(md, markdown.replace(/\n/g, "\r\n"));
    expect((await call(checkCommand, [dir, "--no-git"])).code).toBe(0);
    execFileSync("rm", [md]);
    expect(await call(checkCommand, [dir, "--no-git"])).toMatchObject({ code: 1, stdout: `stale: ${md} is missing\nTo refresh them, run: ${plain}\n` });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "shop", dependencies: { express: "^4.18.2", zod: "^3.22.4" } }));
    expect(await call(checkCommand, [dir, "--no-git"])).toMatchObject({
      code: 1,
      stdout: `stale: ${yml} differs from the repository:\n+ Zod 3.22.4\n+ zod 3.22.4 (package)\nTo refresh them, run: ${plain}\n`,
    });
  });

  it("an unreadable techstack.yml is stale, to be fixed first; a missing folder, a file, or two folders are errors", async () => {
    const dir = app({}, { "techstack.yml": CONFLICT });
    const stale = await call(checkCommand, [dir]);
    expect(stale).toMatchObject({
      code: 1,
      stdout: `stale: ${join(dir, "techstack.yml")} is not a readable stack document (${CONFLICT_WORDS})\nTo refresh them, fix or delete it (keeping any detection_source: manual entries), then run: techstack write ${dir}\n`,
    });
    const help = await call(checkCommand, ["-h"]);
    expect([help.code, help.stdout + help.stderr]).toEqual([0, expect.stringContaining("Usage: techstack check [dir] [options]")]);
    const gone = join(dir, "gone");
    expect(await call(checkCommand, [gone])).toMatchObject({ code: 1, stderr: `error: no such directory: ${gone}` });
    const file = join(dir, "package.json");
    // A pre-commit hook passing the staged file: the folder to give instead.
    expect(await call(checkCommand, [file])).toMatchObject({ code: 1, stderr: `error: not a directory: ${file} is a file; give the folder that holds it, ${dir}` });
    const two = await call(checkCommand, [dir, dir]);
    expect([two.code, firstLine(two.stderr)]).toEqual([2, "error: check takes one directory, got 2"]);
  });

  it("--out: the files are looked for there", async () => {
    const dir = app();
    const out = join(tempDir("techstack-cmd-"), "stack");
    await call(writeCommand, [dir, "--out", out, "--no-git"]);
    expect((await call(checkCommand, [dir, "--out", out, "--no-git"])).stdout).toBe(`fresh: ${join(out, "techstack.yml")} and ${join(out, "techstack.md")} match the repository\n`);
    expect((await call(checkCommand, [dir, "--no-git"])).stdout).toMatch(/^stale: .* is missing\n/);
  });
});
