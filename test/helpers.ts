import { execFileSync } from "node:child_process";
import { appendFileSync, chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { vi } from "vitest";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { temporaryFolders } from "./temporary-folders.js";
import type { Catalog } from "../src/catalog/catalog.js";
import { commands } from "../src/cli/commands/index.js";
import { runMain } from "../src/cli/run-main.js";
import { CliError, type Command } from "../src/cli/shared.js";
import { buildDocument } from "../src/document/build.js";
import type { Finding, ParsedStackDocument, ToolEntry } from "../src/types.js";
import { MemorySource, scan, type DetectOptions } from "../src/index.js";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The tool entry `name` of a document built from bare findings with `catalog`, without package entries. */
export function toolFromFindings(catalog: Catalog, name: string, findings: readonly Finding[]): ToolEntry | undefined {
  const document = buildDocument({
    findings: findings.map((f) => ({ ...f, detector: "test" })),
    catalog,
    repo: { repo_name: "r", provider: "github", branch: "main", requested_by: "r", repo_type: "public" },
    timestamp: "2020-01-01T00:00:00Z",
    packages: false,
  });
  return document.tools.find((t) => t.name === name);
}

/** The targets of a page's Markdown links that are paths in this repository (no scheme, no anchor only). */
export function localLinks(markdown: string): string[] {
  const outside = markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
  return [...outside.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!.split("#")[0]!).filter((t) => t !== "" && !/^[a-z][a-z0-9+.-]*:/i.test(t));
}

export function fixture(name: string): string {
  return join(ROOT, "fixtures", name);
}

/** The shared corpus: `../shared/corpus/dev` beside the clone (or beside a worktree's parent). */
export function corpusDir(): string | undefined {
  // Beside the checkout or above it (a worktree, or Stryker's sandbox inside the checkout).
  for (let dir = ROOT; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, "shared/corpus/dev");
    if (existsSync(candidate)) return candidate;
  }
  if (process.env.CI) throw new Error("the corpus (../shared/corpus/dev) is missing");
  return undefined;
}

/** Every file under `dir` as path -> bytes, as a MemorySource takes them. */
export function readTree(dir: string): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const info = statSync(full);
      if (info.isDirectory()) walk(full);
      else out[relative(dir, full).split("\\").join("/")] = readFileSync(full);
    }
  };
  walk(dir);
  return out;
}

/** A temporary folder removed after the test file. */
export function tempDir(prefix = "techstack-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporaryFolders.push(dir);
  return dir;
}

/** A copy of a fixture in a temporary folder, committed to a fresh git repository. */
export function gitCopy(name: string, remote = "https://github.com/acme/example.git"): string {
  const dir = tempDir(`techstack-${name}-`);
  cpSync(fixture(name), dir, { recursive: true });
  const git = (...args: string[]): string =>
    execFileSync("git", ["-C", dir, ...args], {
      encoding: "utf8",
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "Ada Lovelace",
        GIT_AUTHOR_EMAIL: "ada@example.com",
        GIT_COMMITTER_NAME: "Ada Lovelace",
        GIT_COMMITTER_EMAIL: "ada@example.com",
        GIT_AUTHOR_DATE: "2024-03-01T12:00:00Z",
        GIT_COMMITTER_DATE: "2024-03-01T12:00:00Z",
      },
    });
  newRepository(dir);
  // What `git config commit.gpgsign false` and `git remote add origin` write, in git's config file
  // format, without a process each.
  appendFileSync(join(dir, ".git/config"), "[commit]\n\tgpgsign = false\n");
  addRemote(dir, "origin", remote);
  git("add", "-A", "-f", ".");
  git("commit", "-q", "-m", "initial");
  return dir;
}

/**
 * What `git init -b BRANCH` (no templates) writes in `dir`, without a process: HEAD naming the branch,
 * the config git writes, and empty object and ref folders (`bare`: in `dir` itself, not `dir/.git`).
 * A test's repository gets it where its making is not what the test is about; some 300 set-ups in the
 * suite each spared a git process (about 25 ms of CPU with the worker's fork).
 */
export function newRepository(dir: string, { branch = "main", bare = false } = {}): void {
  const git = bare ? dir : join(dir, ".git");
  for (const folder of ["objects/info", "objects/pack", "refs/heads", "refs/tags"]) mkdirSync(join(git, folder), { recursive: true });
  writeFileSync(join(git, "HEAD"), `ref: refs/heads/${branch}\n`);
  writeFileSync(join(git, "config"), `[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = ${bare}\n${bare ? "" : "\tlogallrefupdates = true\n"}`);
}

/**
 * `git remote add NAME URL` or `git remote set-url NAME URL` (`args` as git takes them) done as git
 * does it, by writing the repository's .git/config, without a process (a fork of the test's worker
 * is some 25 ms of CPU): true where it was written. False, for the caller to run git, where `args`
 * are no such command, the URL is one the file would need quoted (a space, a quote, a backslash,
 * `;`, `#`), there is no .git/config, or the remote to add is there already or the one to set is not.
 */
export function remoteByConfig(dir: string, args: readonly string[]): boolean {
  const config = join(dir, ".git/config");
  const [command, how, name, url] = args;
  if (args.length !== 4 || command !== "remote" || !name || url === undefined) return false;
  if ((how !== "add" && how !== "set-url") || !/^[\w.-]+$/.test(name) || /[\s"\\;#]/.test(url) || !existsSync(config)) return false;
  const text = readFileSync(config, "utf8");
  const urlLine = new RegExp(`(\\[remote "${name.replace(/\./g, "\\.")}"\\]\\n(?:\\t[^\\n]*\\n)*?\\turl = )[^\\n]*`);
  const known = urlLine.test(text);
  if (how === "add" && !known) writeFileSync(config, `${text}[remote "${name}"]\n\turl = ${url}\n\tfetch = +refs/heads/*:refs/remotes/${name}/*\n`);
  else if (how === "set-url" && known) writeFileSync(config, text.replace(urlLine, (_, head: string) => head + url));
  else return false;
  return true;
}

/** Adds remote `name` to a repository made without a process (newRepository), as `git remote add` would. */
export function addRemote(dir: string, name: string, url: string): void {
  if (!remoteByConfig(dir, ["remote", "add", name, url])) throw new Error(`addRemote: cannot write remote ${name} (${url}) into ${dir}/.git/config`);
}

/** A repository whose commits each have their own author and a fixed date (day `n` of 2021). */
export function historyRepo(): HistoryRepo {
  const dir = tempDir("techstack-history-");
  newRepository(dir);
  return historyRepoIn(dir);
}

/**
 * A copy of `template`, a repository historyRepo made and committed to, in a new folder: its files
 * copied, no git process. For tests that each change the same history their own way (a branch, a
 * remote, a commit): the history is made once, in a beforeAll, and each test takes a copy.
 */
export function historyRepoCopy(template: string): HistoryRepo {
  const dir = tempDir("techstack-history-copy-");
  cpSync(template, dir, { recursive: true });
  return historyRepoIn(dir);
}

type HistoryRepo = { dir: string; git: (...args: string[]) => string; commit: (author: string, day: number, message: string) => void };

function historyRepoIn(dir: string): HistoryRepo {
  const env = (author = "Setup", day = 1) => ({
    ...process.env,
    GIT_AUTHOR_NAME: author,
    GIT_AUTHOR_EMAIL: "dev@example.com",
    GIT_COMMITTER_NAME: author,
    GIT_COMMITTER_EMAIL: "dev@example.com",
    GIT_AUTHOR_DATE: `2021-01-${String(day).padStart(2, "0")}T10:00:00Z`,
    GIT_COMMITTER_DATE: `2021-01-${String(day).padStart(2, "0")}T10:00:00Z`,
  });
  let last = { author: "Setup", day: 1 };
  const git = (...args: string[]): string => {
    // `git remote add NAME URL` (and set-url) is a section of the config file: written without a process.
    if (remoteByConfig(dir, args)) return "";
    return execFileSync("git", ["-C", dir, "-c", "commit.gpgsign=false", ...args], { encoding: "utf8", env: env(last.author, last.day), stdio: ["ignore", "pipe", "pipe"] });
  };
  const commit = (author: string, day: number, message: string) => {
    last = { author, day };
    git("add", "-A");
    git("commit", "-q", "-m", message);
  };
  return { dir, git, commit };
}

/** Writes `text` at `path` under `dir`, making its folders. */
export function writeFile(dir: string, path: string, text: string): void {
  mkdirSync(join(dir, path, ".."), { recursive: true });
  writeFileSync(join(dir, path), text);
}

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command; a usage or input error comes back as its message and exit code. */
export function call(command: Command, args: string[]): Promise<Outcome> {
  return captured(() => command.run(args));
}

/** What `run` writes to process.stdout and process.stderr, and its exit code; a usage error as `error: <message>`. */
async function captured(run: () => Promise<number>): Promise<Outcome> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await run(), stdout, stderr };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return { code: error.exitCode, stdout, stderr: `${stderr}error: ${error.message}` };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/**
 * `techstack <args>` run in-process, as call() runs a command: from the folder `cwd` when given (the
 * worker is a forked process, so it can chdir) and with `env` set, both put back after the call. For
 * what a command computes. main.ts's routing and words for an error are runMainHere's; what only a
 * real process shows (exit codes through the bin, standard input, a terminal) still spawns dist/cli.js.
 */
export async function runCommand(args: readonly string[], options: Place = {}): Promise<Outcome> {
  const [name, ...rest] = args;
  const entry = commands[name!];
  if (!entry) throw new Error(`no command ${name}`);
  const command = await entry.load();
  return inPlace(options, () => call(command, rest));
}

/**
 * `techstack <args>` as the bin runs it, in-process: main.ts's routing (help, version, an unknown
 * command) and its words for an error (`techstack: ...` and the exit code), with `cwd` and `env` as
 * runCommand takes them. The bin's own wiring (exit code through the process, a closed pipe) still
 * needs a spawn of dist/cli.js. `beforeCommands` is the bin's hook (V8's flags), called as the bin's is.
 */
export function runMainHere(args: readonly string[], options: Place = {}, beforeCommands?: () => void): Promise<Outcome> {
  return inPlace(options, () => captured(() => runMain(args, beforeCommands)));
}

/** A folder to run from and variables to set, both put back after the call. */
interface Place {
  cwd?: string;
  env?: Record<string, string>;
}

async function inPlace(options: Place, run: () => Promise<Outcome>): Promise<Outcome> {
  // Only a call given a folder moves, and back: one without runs in a worker thread too (Stryker's), where chdir throws.
  const before = options.cwd && process.cwd();
  const saved = Object.entries(options.env ?? {}).map(([key, value]) => {
    const old = process.env[key];
    process.env[key] = value;
    return [key, old] as const;
  });
  try {
    if (options.cwd) process.chdir(options.cwd);
    return await run();
  } finally {
    if (before) process.chdir(before);
    for (const [key, old] of saved) {
      if (old === undefined) delete process.env[key];
      else process.env[key] = old;
    }
  }
}

/** The tool entry of that name (not a package entry). */
export const tool = (tools: readonly ToolEntry[], name: string): ToolEntry | undefined => tools.find((t) => t.name === name && !t.package_url);

/** The package entry of that name. */
export const pkg = (tools: readonly ToolEntry[], name: string): ToolEntry | undefined => tools.find((t) => t.name === name && t.package_url);

/**
 * Each tool a scan of `files` names (package entries left out) with its version, "-" for none: a
 * tool named without a release is then no undefined property, which toEqual and toMatchObject
 * would take for a tool not named at all.
 */
export async function toolVersions(files: Record<string, string>, options: DetectOptions = {}): Promise<Record<string, string>> {
  const { document } = await scan(new MemorySource(files), { git: false, ...options });
  return Object.fromEntries(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t.version ?? "-"]));
}

/** `toolVersions` for the tools asked, "not named" for one the scan does not name. */
export async function namedToolVersions(files: Record<string, string>, names: readonly string[], options: DetectOptions = {}): Promise<Record<string, string>> {
  const found = await toolVersions(files, options);
  return Object.fromEntries(names.map((n) => [n, found[n] ?? "not named"]));
}

/**
 * Puts a `git` first on PATH (through vi.stubEnv: the test file calls vi.unstubAllEnvs after each
 * test) that writes each run's arguments to the log file returned, a line each, then runs the real
 * git. In the shared project git has run already, so a file counting `git --version` runs belongs in
 * vitest.config.ts's isolated list. With `stalled` (a git command's name, `log`), a run of that
 * command writes its process id and arguments (a line) to the log's path + ".stalled" and sleeps for a minute in place
 * of git, as a slow history does: a test sees whether it is killed.
 */
export function loggedGit(stalled?: string): string {
  const bin = tempDir("techstack-git-log-");
  const log = join(bin, "calls.log");
  const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
  writeFileSync(log, "");
  const stall = stalled ? `case " $* " in *" ${stalled} "*) printf '%s %s\\n' "$$" "$*" >> '${log}.stalled'; exec sleep 60;; esac\n` : "";
  writeFileSync(join(bin, "git"), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\n${stall}exec '${real}' "$@"\n`);
  chmodSync(join(bin, "git"), 0o755);
  vi.stubEnv("PATH", `${bin}:${process.env.PATH ?? ""}`);
  return log;
}

/**
 * The tools of what `parse` gave, for a file the test wrote as a stack document: parse types them
 * unknown (a hand-edited file's may be no list), so a list is asserted here before it is read.
 */
export function toolsOf(doc: ParsedStackDocument): ToolEntry[] {
  if (!Array.isArray(doc.tools)) throw new Error(`expected a tools list, not ${JSON.stringify(doc.tools)}`);
  return doc.tools as ToolEntry[];
}
