import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { detect, GitRevisionSource } from "../src/index.js";
import { tempDir } from "./helpers.js";

describe("what detect says about a target it cannot scan", () => {
  it("a missing folder is 'no such directory', a file 'not a directory'", async () => {
    const dir = tempDir("techstack-targets-");
    await expect(detect(join(dir, "nowhere"), { git: false })).rejects.toThrow(`no such directory: ${join(dir, "nowhere")}`);
    writeFileSync(join(dir, "package.json"), "{}");
    // A file: the folder that holds it, to give instead (`techstack detect package.json`).
    await expect(detect(join(dir, "package.json"), { git: false })).rejects.toThrow(`not a directory: ${join(dir, "package.json")} is a file; give the folder that holds it, ${dir}`);
    await expect(detect(join(dir, "package.json"), { git: false })).rejects.toMatchObject({ code: "TECHSTACK_NOT_A_DIRECTORY" });
  });

  it("a revision the repository lacks is named with the repository, not in git's words", async () => {
    const dir = tempDir("techstack-targets-");
    const git = (...args: string[]) => execFileSync("git", ["-C", dir, ...args], { stdio: "pipe" });
    git("init", "-q");
    writeFileSync(join(dir, "package.json"), "{}");
    git("add", "-A");
    git("-c", "user.name=A", "-c", "user.email=a@example.com", "commit", "-qm", "one");
    await expect(detect(dir, { rev: "v9.9.9" })).rejects.toThrow(`no revision 'v9.9.9' in ${dir}`);
    // A blob is not a tree to scan either.
    await expect(detect(dir, { rev: "HEAD:package.json" })).rejects.toThrow(`'HEAD:package.json' in ${dir} is a file, not a commit or tree to scan`);
  });

  it("a repository with no commit yet says so, for a bare one scanned at its HEAD and for a --rev", async () => {
    // A bare repository just made on a server (a batch list's entry) is scanned at HEAD without
    // --rev: "no revision 'HEAD'" alone left the reader to guess why.
    const bare = join(tempDir("techstack-targets-"), "fresh.git");
    execFileSync("git", ["init", "-q", "--bare", bare]);
    await expect(detect(bare)).rejects.toThrow(`no revision 'HEAD' in ${bare}: the repository has no commit yet`);
    const dir = tempDir("techstack-targets-");
    execFileSync("git", ["init", "-q", dir]);
    writeFileSync(join(dir, "package.json"), "{}");
    await expect(detect(dir, { rev: "main" })).rejects.toThrow(`no revision 'main' in ${dir}: the repository has no commit yet`);
    // Its working tree is still scanned.
    expect((await detect(dir)).tools.map((t) => t.name)).toContain("npm");
  });

  it("a checkout's .git folder is refused, naming the checkout to scan, rather than walked as a tree (and written into)", async () => {
    const dir = tempDir("techstack-targets-");
    const git = (...args: string[]) => execFileSync("git", ["-C", dir, ...args], { stdio: "pipe" });
    git("init", "-q");
    writeFileSync(join(dir, "package.json"), '{"dependencies":{"react":"18.2.0"}}');
    git("add", "-A");
    git("-c", "user.name=A", "-c", "user.email=a@example.com", "commit", "-qm", "one");
    // It was a stack of Git alone, from the hooks and logs of git's own folder.
    await expect(detect(join(dir, ".git"))).rejects.toThrow(`${join(dir, ".git")} is the git folder of a checkout, not a folder to scan: scan the checkout (${dir})`);
    await expect(detect(join(dir, ".git"), { git: false })).rejects.toThrow(/is the git folder of a checkout/);
    // A revision of it is read as git reads one, as a bare repository's is.
    expect((await detect(join(dir, ".git"), { rev: "HEAD" })).tools.map((t) => t.name)).toContain("React");
  });

  it("a revision a shallow clone's history stops before says how to fetch it, as diff does", async () => {
    const dir = tempDir("techstack-targets-");
    const git = (...args: string[]) => execFileSync("git", ["-C", dir, ...args], { stdio: "pipe" });
    git("init", "-q");
    for (const n of [1, 2]) {
      writeFileSync(join(dir, "package.json"), `{"version":"${n}.0.0"}`);
      git("add", "-A");
      git("-c", "user.name=A", "-c", "user.email=a@example.com", "commit", "-qm", `c${n}`);
    }
    const shallow = join(tempDir("techstack-targets-"), "shallow");
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${dir}`, shallow]);
    // Outside GitHub Actions and GitLab CI, both services' settings.
    vi.stubEnv("GITHUB_ACTIONS", "");
    vi.stubEnv("GITLAB_CI", "");
    try {
      await expect(detect(shallow, { rev: "HEAD~1" })).rejects.toThrow(`no revision 'HEAD~1' in ${shallow} (a shallow clone: fetch the history, e.g. 'git fetch --unshallow', or clone whole (fetch-depth: 0 on GitHub Actions, GIT_DEPTH: 0 on GitLab CI))`);
    } finally {
      vi.unstubAllEnvs();
    }
    // A full clone lacking a name says only that.
    await expect(detect(dir, { rev: "v9" })).rejects.toThrow(new RegExp(`no revision 'v9' in ${dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  });

  it("a GitRevisionSource given as the target is named after its repository, not 'repo@rev'", async () => {
    const dir = join(tempDir("techstack-targets-"), "shop");
    execFileSync("git", ["init", "-q", dir]);
    writeFileSync(join(dir, "package.json"), "{}");
    execFileSync("git", ["-C", dir, "add", "-A"]);
    execFileSync("git", ["-C", dir, "-c", "user.name=A", "-c", "user.email=a@example.com", "commit", "-qm", "one"]);
    const source = new GitRevisionSource(dir, "HEAD");
    try {
      expect((await detect(source)).repo_name).toBe("shop");
    } finally {
      source.close();
    }
  });
});
