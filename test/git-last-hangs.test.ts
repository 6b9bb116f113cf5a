import { execFileSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { EventEmitter } from "node:events";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { scan } from "../src/index.js";
import { gitSilence, takeSilenceWarnings, watchSilence } from "../src/git/silence.js";
import { gitWords } from "../src/git/stderr-text.js";
import { includesIn } from "../src/git/trap-files.js";
import { historyRepo, historyRepoCopy, newRepository, tempDir } from "./helpers.js";

// Stop 75's hostile round left three ways for a scan's git to wait for ever or to say too little:
// a FIFO that the configuration includes or that stands among the objects, a HEAD whose symbolic
// refs loop, and git's error output quoting bytes that are not UTF-8.

const GEMFILE = "gem 'rails', '7.1.2'\n";
const toolNames = (result: Awaited<ReturnType<typeof scan>>) => result.document.tools.map((t) => t.name);

/** A checkout (no commit: git reads its configuration all the same) whose .git/config ends with `tail`; `fifos` made where named (from the checkout). */
function includingCheckout(tail: string, fifos: string[]): string {
  const dir = tempDir("techstack-git-include-");
  newRepository(dir);
  writeFileSync(join(dir, "Gemfile"), GEMFILE);
  writeFileSync(join(dir, ".git/config"), `[core]\n\trepositoryformatversion = 0\n\tbare = false\n${tail}`);
  for (const fifo of fifos) {
    mkdirSync(join(dir, fifo, ".."), { recursive: true });
    execFileSync("mkfifo", [join(dir, fifo)]);
  }
  return dir;
}

describe("a FIFO the git configuration includes", () => {
  it("is found before git runs, named in the warning on .git, wherever the include points and however it is written", async () => {
    const cases: Array<[string, string[], RegExp]> = [
      ["[include]\n\tpath = trap\n", [".git/trap"], /\.git\/trap is a FIFO \(included by \.git\/config\)/],
      ['[includeIf "gitdir:**"]\n\tPath = "../outside trap" ; a comment\n', ["outside trap"], /outside trap is a FIFO \(included by \.git\/config\)/],
      ["[Include]\n\tpath = more.inc\n", [".git/deeper/trap"], /\.git\/deeper\/trap is a FIFO \(included by \.git\/more\.inc\)/],
    ];
    for (const [tail, fifos, expected] of cases) {
      const dir = includingCheckout(tail, fifos);
      if (tail.includes("more.inc")) writeFileSync(join(dir, ".git/more.inc"), "[include]\n\tpath = deeper/trap\n");
      const result = await scan(dir, { signal: AbortSignal.timeout(20_000) });
      expect(toolNames(result), tail).toContain("Rails");
      expect(result.warnings.find((w) => w.file === ".git")?.message, tail).toMatch(expected);
    }
  }, 60_000);

  it("reads include paths as git reads a configuration", () => {
    const text = '[core]\n\tpath = not-an-include\n[include]\n\tpath = a.inc # comment\n\tpath = "b \\"quoted\\".inc"\n[includeIf "onbranch:main"] path = c.inc\n[user]\n\tpath = d\n';
    expect(includesIn(text)).toEqual(["a.inc", 'b "quoted".inc', "c.inc"]);
  });
});

describe("a git process that writes nothing", () => {
  const limit = gitSilence.limitMs;
  afterEach(() => {
    gitSilence.limitMs = limit;
  });

  /** A stand-in for a child process: its output streams, and whether it was killed. */
  function fakeChild(): ChildProcess & { killedWith?: string } {
    const child = new EventEmitter() as ChildProcess & { killedWith?: string };
    Object.assign(child, { stdout: new EventEmitter(), stderr: new EventEmitter(), kill: (signal: string) => ((child.killedWith = signal), true) });
    return child;
  }
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it("is stopped once silent for the limit, never while it writes, and a batch process only while a request waits", async () => {
    gitSilence.limitMs = 150;
    const repo = tempDir("techstack-silence-");
    const talking = fakeChild();
    const talk = watchSilence(talking, repo, "log");
    const quiet = fakeChild();
    const hush = watchSilence(quiet, repo, "blame");
    let waiting = false;
    const idle = fakeChild();
    const batch = watchSilence(idle, repo, "cat-file", () => waiting);
    for (let i = 0; i < 8; i++) {
      await sleep(50);
      talking.stdout!.emit("data", Buffer.from("commit\n"));
    }
    // 400 ms: the one that talks all along goes on; the silent one is stopped; the idle batch process waits for requests.
    expect(talking.killedWith).toBeUndefined();
    expect(talk.said()).toBeUndefined();
    talking.emit("exit", 0);
    expect(quiet.killedWith).toBe("SIGKILL");
    expect(hush.said()).toBe("git blame wrote nothing for 0.1 s and was stopped");
    expect(idle.killedWith).toBeUndefined();
    waiting = true;
    batch.heard();
    await sleep(300);
    expect(idle.killedWith).toBe("SIGKILL");
    expect(talking.killedWith).toBeUndefined();
    expect(takeSilenceWarnings(repo)).toEqual(["git blame wrote nothing for 0.1 s and was stopped", "git cat-file wrote nothing for 0.1 s and was stopped"]);
    expect(takeSilenceWarnings(repo)).toEqual([]);
  });

  describe("a FIFO among the loose objects", () => {
    const OLD_GEMFILE = "gem 'rails', '7.0.8'\n";
    let template: string;
    beforeAll(() => {
      const repo = historyRepo();
      writeFileSync(join(repo.dir, "Gemfile"), OLD_GEMFILE);
      writeFileSync(join(repo.dir, "package.json"), '{"dependencies":{"react":"18.2.0"}}\n');
      repo.commit("Ann", 2, "first");
      writeFileSync(join(repo.dir, "Gemfile"), GEMFILE);
      repo.commit("Bob", 3, "rails 7.1");
      template = repo.dir;
    });

    /** A copy of the history whose blob of `text` is a FIFO; where it is, from the checkout. */
    function trappedBlob(text: string): { dir: string; object: string } {
      const { dir } = historyRepoCopy(template);
      const id = createHash("sha1").update(`blob ${Buffer.byteLength(text)}\0${text}`).digest("hex");
      const object = `.git/objects/${id.slice(0, 2)}/${id.slice(2)}`;
      rmSync(join(dir, object));
      execFileSync("mkfifo", [join(dir, object)]);
      return { dir, object };
    }

    it("a checkout's scan ends, the stopped git named on .git with the object's file, the files still reported", async () => {
      gitSilence.limitMs = 1000;
      // Blaming the Gemfile's lines reads its earlier copy.
      const { dir, object } = trappedBlob(OLD_GEMFILE);
      const result = await scan(dir, { signal: AbortSignal.timeout(30_000) });
      expect(toolNames(result)).toEqual(expect.arrayContaining(["Rails", "React"]));
      expect(result.warnings.filter((w) => w.file === ".git").map((w) => w.message)).toContainEqual(expect.stringMatching(new RegExp(`^git \\S+ wrote nothing for 1 s and was stopped: ${object.replace(/[/.]/g, "\\$&")} is a FIFO, which git would wait on for ever$`)));
    }, 40_000);

    it("a revision's scan, which cannot list the revision without it, ends with git's failure naming the file", async () => {
      gitSilence.limitMs = 1000;
      // package.json: the configuration's look at the revision (a synchronous git) reads it first.
      const { dir, object } = trappedBlob('{"dependencies":{"react":"18.2.0"}}\n');
      await expect(scan(dir, { rev: "HEAD", signal: AbortSignal.timeout(30_000) })).rejects.toThrow(`wrote nothing for 1 s and was stopped: ${object} is a FIFO`);
    }, 40_000);
  });
});

describe("HEAD's symbolic refs in a loop", () => {
  it("are said on .git, where a branch with no commit is not", async () => {
    const dir = tempDir("techstack-ref-loop-");
    newRepository(dir);
    writeFileSync(join(dir, "Gemfile"), GEMFILE);
    const quiet = await scan(dir, { signal: AbortSignal.timeout(20_000) });
    expect(quiet.warnings.filter((w) => w.file === ".git")).toEqual([]);
    writeFileSync(join(dir, ".git/HEAD"), "ref: refs/heads/a\n");
    writeFileSync(join(dir, ".git/refs/heads/a"), "ref: refs/heads/b\n");
    writeFileSync(join(dir, ".git/refs/heads/b"), "ref: refs/heads/a\n");
    const looped = await scan(dir, { signal: AbortSignal.timeout(20_000) });
    expect(toolNames(looped)).toContain("Rails");
    expect(looped.warnings.find((w) => w.file === ".git")?.message).toBe(
      "HEAD is a loop of symbolic refs (HEAD -> refs/heads/a -> refs/heads/b -> refs/heads/a), which git cannot resolve: last_updated_* are left out",
    );
  }, 30_000);
});

describe("git's error output", () => {
  it("shows bytes that are not UTF-8 as \\x escapes and control characters as printable writes them, UTF-8 as it is", () => {
    const bytes = Buffer.concat([Buffer.from("fatal: not a git repository: /tmp/caf"), Buffer.from([0xe9, 0xff]), Buffer.from("-\x1b[31m-é-😀-\ufffd-"), Buffer.from([0xf0, 0x9f]), Buffer.from("\n\tsecond line")]);
    expect(gitWords(bytes)).toBe("fatal: not a git repository: /tmp/caf\\xe9\\xff-\\x1b[31m-é-😀-\ufffd-\\xf0\\x9f\n\tsecond line");
    // Overlong forms and surrogates are not UTF-8 either.
    expect(gitWords(Buffer.from([0x41, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0x42]))).toBe("A\\xc0\\xaf\\xed\\xa0\\x80B");
  });

  it("reaches the warning so: a .git file naming a folder of Latin-1 bytes", async () => {
    const dir = tempDir("techstack-git-bytes-");
    writeFileSync(join(dir, "Gemfile"), GEMFILE);
    writeFileSync(join(dir, ".git"), Buffer.concat([Buffer.from("gitdir: /nonexistent/caf"), Buffer.from([0xe9]), Buffer.from("\n")]));
    const result = await scan(dir, { signal: AbortSignal.timeout(20_000) });
    expect(toolNames(result)).toContain("Rails");
    expect(result.warnings.find((w) => w.file === ".git")?.message).toContain("/nonexistent/caf\\xe9");
  }, 30_000);
});
