import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scan } from "../src/index.js";
import { tempDir } from "./helpers.js";

const ENV = { ...process.env, GIT_AUTHOR_NAME: "A", GIT_AUTHOR_EMAIL: "a@example.com", GIT_COMMITTER_NAME: "A", GIT_COMMITTER_EMAIL: "a@example.com" };

// A .gitignore keeps untracked files out of git; a file committed anyway (git add -f, or added
// before the rule) is in the repository, and the site reads it.
describe("files a .gitignore matches but the repository tracks", () => {
  it("are scanned from the working tree and from a revision; untracked ignored files still are not", async () => {
    const dir = tempDir("techstack-tracked-ignored-");
    const git = (...args: string[]) => execFileSync("git", ["-C", dir, ...args], { env: ENV, stdio: "pipe" });
    writeFileSync(join(dir, ".gitignore"), "config/\n*.lock\n");
    writeFileSync(join(dir, "package.json"), JSON.stringify({ dependencies: { express: "^4.18.0" } }));
    writeFileSync(join(dir, "yarn.lock"), '# yarn lockfile v1\n\nexpress@^4.18.0:\n  version "4.18.2"\n');
    mkdirSync(join(dir, "config", "local"), { recursive: true });
    writeFileSync(join(dir, "config", "Dockerfile"), "FROM ruby:3.2\n");
    writeFileSync(join(dir, "config", "local", "requirements.txt"), "fastapi==0.110.0\n"); // never committed
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("add", "-f", "yarn.lock", "config/Dockerfile");
    git("commit", "-q", "-m", "app");

    for (const rev of [undefined, "HEAD"]) {
      const { document } = await scan(dir, { rev, timestamp: "2024-01-01T00:00:00Z" });
      const tools = new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t.version]));
      expect(tools.get("ExpressJS"), String(rev)).toBe("4.18.2");
      expect([...tools.keys()], String(rev)).toEqual(expect.arrayContaining(["Yarn", "Ruby", "Docker"]));
      expect([...tools.keys()], String(rev)).not.toContain("FastAPI");
    }
  });
});

describe("reading the list of tracked files", () => {
  it("never runs the program a repository's core.fsmonitor names", async () => {
    const dir = tempDir("techstack-fsmonitor-");
    const marker = join(dir, "ran");
    const git = (...args: string[]) => execFileSync("git", ["-C", dir, ...args], { env: ENV, stdio: "pipe" });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ dependencies: { express: "4.18.2" } }));
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-q", "-m", "app");
    git("config", "core.fsmonitor", `touch '${marker}'; echo`);
    const { document } = await scan(dir, { timestamp: "2024-01-01T00:00:00Z" });
    expect(document.tools.map((t) => t.name)).toContain("ExpressJS");
    expect(existsSync(marker)).toBe(false);
  });
});

describe("reading a checkout's history", () => {
  it("never runs the signature program a repository's log.showSignature and gpg.program name", async () => {
    const dir = tempDir("techstack-signature-");
    const marker = join(dir, "ran");
    const program = join(dir, "fake-gpg.sh");
    const git = (...args: string[]) => execFileSync("git", ["-C", dir, ...args], { env: ENV, stdio: "pipe" });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ dependencies: { express: "4.18.2" } }));
    git("init", "-q", "-b", "main");
    git("add", "package.json");
    git("commit", "-q", "-m", "app");
    // a commit changing package.json and carrying a signature header, so a log that shows
    // signatures calls the program for it
    writeFileSync(join(dir, "package.json"), JSON.stringify({ dependencies: { express: "4.19.2" } }));
    git("add", "package.json");
    const tree = git("write-tree").toString().trim();
    const parent = git("rev-parse", "HEAD").toString().trim();
    const body = `tree ${tree}\nparent ${parent}\nauthor Ann <ann@example.com> 1700000000 +0000\ncommitter Ann <ann@example.com> 1700000000 +0000\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----\n\nsigned\n`;
    const signed = execFileSync("git", ["-C", dir, "hash-object", "-t", "commit", "-w", "--stdin"], { env: ENV, input: body }).toString().trim();
    git("update-ref", "refs/heads/main", signed);
    writeFileSync(program, `#!/bin/sh\ntouch '${marker}'\nexit 1\n`, { mode: 0o755 });
    git("config", "log.showSignature", "true");
    git("config", "gpg.program", program);
    // the setting does make a plain `git log` run it
    execFileSync("git", ["-C", dir, "log", "-1", "--format=%an"], { env: ENV, stdio: "pipe" });
    expect(existsSync(marker)).toBe(true);
    rmSync(marker);
    const { document } = await scan(dir, { timestamp: "2024-01-01T00:00:00Z" });
    expect(document.tools.find((t) => t.name === "ExpressJS")).toMatchObject({ last_updated_by: "Ann" });
    expect(existsSync(marker)).toBe(false);
    const atRevision = await scan(dir, { rev: "HEAD", timestamp: "2024-01-01T00:00:00Z" });
    expect(atRevision.document.tools.map((t) => t.name)).toContain("ExpressJS");
    expect(existsSync(marker)).toBe(false);
  });
});
