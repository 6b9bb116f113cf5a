import { availableParallelism, devNull } from "node:os";
import { join } from "node:path";
import { REPO_METADATA } from "../constants.js";
import type { FileChange } from "../document/build.js";
import type { Finding } from "../types.js";
import { readRegularFile } from "../io/read-regular.js";
import { runGit } from "./run.js";
import { compareCodeUnits, textLines } from "../kit.js";
import { partialClone } from "./partial-clone.js";
import { parsePorcelain, type BlamedLine } from "./blame-porcelain.js";
import { changeHunks, commaOnly, type Hunk } from "./comma-hunks.js";

/**
 * How much blaming a scan may do, in commits walked: each blame walks the file's history, so a
 * history of C commits allows BLAME_BUDGET / C files (10 at 20,000 commits, 64 up to 3,125).
 */
export const BLAME_BUDGET = 200_000;
/** A longer history is not blamed at all: each file's last change stands, from the one walk. */
export const MAX_BLAMED_HISTORY = 20_000;
/** At most this many files are blamed in one scan (a process each); the others keep their file's last change. */
export const MAX_BLAMED_FILES = 64;
/** A larger file (a lockfile, most often) is not blamed: diffing each of its versions is the cost. */
export const MAX_BLAMED_BYTES = 256 * 1024;

export interface BlameInput {
  /** Each file and the lines (1-based) whose last change is wanted. */
  lines: ReadonlyMap<string, ReadonlySet<number>>;
  /** A revision scan's revision; without it the working tree is scanned and HEAD blamed. */
  rev?: string;
  /** File sizes where the source knew them (a revision's listing does). */
  sizes?: ReadonlyMap<string, number | undefined>;
  /** BLAME_BUDGET and MAX_BLAMED_HISTORY unless given (tests give small ones). */
  budget?: number;
  maxHistory?: number;
  /** Whether the repository is a partial clone, where the caller has asked already (a scan has); else asked here. */
  partial?: boolean;
  /** Whether the revision's history holds that commit alone, where the caller knows (a scan's layout says whether HEAD has a parent); else counted here. */
  oneCommit?: boolean;
}

/**
 * The commit that last changed each asked line, as `git blame` finds it (a clean merge credits
 * the commit on the merged branch; a rename is followed): the site dates a tool by the line that
 * declares it. Where it is not cheap, a file is left out and keeps its last change: a history
 * over MAX_BLAMED_HISTORY commits, past the budget (the files with the most asked lines go
 * first), over MAX_BLAMED_BYTES, or unreadable.
 *
 * Only committed blobs are blamed (`--no-textconv`: no program of the repository's configuration
 * runs, and no clean filter as blaming the working copy would). In a working tree a line counts
 * only where HEAD holds the same text, at the same number or at the one an uncommitted insertion
 * moved it from (headNumbers); a line the edit changed or added keeps the file's last change rather
 * than being dated wrongly.
 */
export async function lineChanges(dir: string, input: BlameInput): Promise<Map<string, Map<number, FileChange>>> {
  const found = new Map<string, Map<number, FileChange>>();
  const asked = [...input.lines].filter(([file, lines]) => lines.size > 0 && file && !file.includes("\n") && (input.sizes?.get(file) ?? 0) <= MAX_BLAMED_BYTES);
  // One commit wrote every line: the file's last change already says so.
  if (asked.length === 0 || input.oneCommit) return found;
  const rev = input.rev ?? "HEAD";
  const budget = input.budget ?? BLAME_BUDGET;
  // Counting stops past the bound, so a long history costs a short walk here.
  const maxHistory = input.maxHistory ?? MAX_BLAMED_HISTORY;
  const [count, partial] = await Promise.all([
    runGit(dir, ["rev-list", "--count", `--max-count=${maxHistory + 1}`, rev, "--"]).catch(() => ""),
    input.partial ?? partialClone(dir).then((clone) => clone.partial),
  ]);
  const commits = Number(count.trim());
  // One commit wrote every line (as above). A partial clone
  // (`--filter=blob:none`) lacks the older versions blame reads, and git would fetch each from the
  // remote: no network while scanning, so its files keep their last change.
  if (!(commits > 1 && commits <= maxHistory) || partial) return found;
  const allowed = Math.min(MAX_BLAMED_FILES, Math.floor(budget / commits));
  asked.sort(([a, x], [b, y]) => y.size - x.size || compareCodeUnits(a, b));
  const chosen = asked.slice(0, allowed);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < chosen.length) {
      const [file, lines] = chosen[next++]!;
      const kept = await blameAsked(dir, rev, file, lines, input.rev === undefined);
      if (kept.size > 0) found.set(file, kept);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, availableParallelism(), chosen.length) }, worker));
  return found;
}

/**
 * One file's asked lines blamed at `rev`; in a working tree (`inWorkingTree`), those the working
 * copy holds as HEAD does. None where the working copy cannot be read.
 */
async function blameAsked(dir: string, rev: string, file: string, lines: ReadonlySet<number>, inWorkingTree: boolean): Promise<Map<number, FileChange>> {
  const working = inWorkingTree ? workingLines(join(dir, file)) : undefined;
  if (inWorkingTree && !working) return new Map();
  const blamed = await blameDeclared(dir, rev, file, lines);
  const kept = new Map<number, FileChange>();
  for (const [line, change] of blamed) {
    if (!working || working[line - 1] === change.text) kept.set(line, { by: change.by, on: change.on });
  }
  if (working) await addMovedLines(dir, rev, file, [...lines].filter((line) => !kept.has(line)), working, kept);
  return kept;
}

/**
 * An uncommitted edit moved lines (one inserted above them) or ran past HEAD's end: each asked
 * line the working copy holds unchanged (headNumbers) is blamed at HEAD's number; the edited and
 * new lines themselves keep the file's last change.
 */
async function addMovedLines(dir: string, rev: string, file: string, undated: number[], working: readonly string[], kept: Map<number, FileChange>): Promise<void> {
  if (undated.length === 0) return;
  const head = await committedLines(dir, rev, file);
  const atHead = head ? headNumbers(working, head, undated) : new Map<number, number>();
  if (atHead.size === 0) return;
  for (const [line, change] of await blameDeclared(dir, rev, file, new Set(atHead.keys()))) {
    const at = atHead.get(line)!;
    if (working[at - 1] === change.text) kept.set(at, { by: change.by, on: change.on });
  }
}

/**
 * The lines the findings were declared on, per file, with the other lines a declaration spans
 * (alsoDeclaredAt); a finding without a line is dated by line 1 (the site dates a file's presence
 * by its first line).
 */
export function declaringLines(findings: readonly Finding[]): Map<string, Set<number>> {
  const lines = new Map<string, Set<number>>();
  const add = (file: string, line: number): void => {
    const set = lines.get(file) ?? new Set<number>();
    set.add(line);
    lines.set(file, set);
  };
  for (const f of findings) {
    if (f.file === REPO_METADATA) continue;
    add(f.file, f.line ?? 1);
    for (const at of f.alsoDeclaredAt ?? []) if (at.file !== REPO_METADATA) add(at.file, at.line);
  }
  return lines;
}

/** The committed file's lines at `rev` (a working tree's HEAD), read as the working copy is; none past 4 MiB or where it has no such file. */
async function committedLines(dir: string, rev: string, file: string): Promise<string[] | undefined> {
  const text = await runGit(dir, ["cat-file", "blob", `${rev}:./${file}`], 4 << 20).catch(() => undefined);
  return text === undefined ? undefined : textLines(text);
}

/**
 * HEAD's number of each of the working copy's `lines` (1-based) that is unchanged, keyed by HEAD's
 * number: a line in the text the two share at their start or at their end, or between them a line
 * whose text each copy holds exactly once there (a manifest's lines are mostly unique: one
 * dependency each). A line edited, added, or repeated in the edited part has none.
 */
export function headNumbers(working: readonly string[], head: readonly string[], lines: readonly number[]): Map<number, number> {
  const shortest = Math.min(working.length, head.length);
  let start = 0;
  while (start < shortest && working[start] === head[start]) start++;
  let end = 0;
  while (end < shortest - start && working[working.length - 1 - end] === head[head.length - 1 - end]) end++;
  // The edited part: each text's place in HEAD where it is there once, and its count in the working copy.
  const once = new Map<string, number>();
  for (let h = start; h < head.length - end; h++) once.set(head[h]!, once.has(head[h]!) ? -1 : h);
  const counts = new Map<string, number>();
  for (let w = start; w < working.length - end; w++) counts.set(working[w]!, (counts.get(working[w]!) ?? 0) + 1);
  const numbers = new Map<number, number>();
  for (const line of lines) {
    const i = line - 1;
    if (i < 0 || i >= working.length) continue;
    if (i < start) numbers.set(line, line);
    else if (i >= working.length - end) numbers.set(i - working.length + head.length + 1, line);
    else {
      const h = once.get(working[i]!);
      if (h !== undefined && h >= 0 && counts.get(working[i]!) === 1) numbers.set(h + 1, line);
    }
  }
  return numbers;
}

function workingLines(path: string): string[] | undefined {
  try {
    return textLines(readRegularFile(path, MAX_BLAMED_BYTES));
  } catch {
    return undefined;
  }
}

/** How many times a JSON line is followed past a change that only added or took off its trailing comma. */
const COMMA_ROUNDS = 3;
/** At most this many blames more per JSON file for those lines (one per earlier commit asked). */
const MAX_COMMA_BLAMES = 8;
/** At most this many changes looked into per JSON file and round. */
const MAX_COMMA_DIFFS = 128;

/**
 * The blamed lines whose change may have only added or taken off their trailing comma, most
 * likely first: a line without one (it lost it, the entry after it removed), then one whose next
 * line the same commit wrote (it gained it, an entry appended after it), then one whose next line
 * is not blamed or is newer (appended, then changed or moved away from). A line whose next line is
 * older was not followed by a line its change appended.
 */
function likelyCommaOnly(blamed: ReadonlyMap<number, BlamedLine>): number[] {
  const ranked: Array<[number, number]> = [];
  for (const [line, b] of blamed) {
    const next = blamed.get(line + 1);
    if (!/,\s*$/.test(b.text)) ranked.push([0, line]);
    else if (next?.commit === b.commit) ranked.push([1, line]);
    else if (!next || next.on >= b.on) ranked.push([2, line]);
  }
  return ranked.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, line]) => line);
}

/**
 * The blame of the asked lines, where in a JSON file a line whose last change only added or took
 * off its trailing comma (an entry appended after it, or the entry after it removed: JSON allows
 * no comma after a table's last entry) is dated by the change before: that line was not edited.
 * It costs one `git diff-tree` for the changes the lines were blamed on (their hunks in the file,
 * without context), and one blame per earlier commit a comma-only line is followed to
 * (MAX_COMMA_BLAMES per file, COMMA_ROUNDS deep). A merge, and a change that also moved the file,
 * are not looked into: their lines keep their date.
 */
async function blameDeclared(dir: string, rev: string, file: string, lines: ReadonlySet<number>): Promise<Map<number, BlamedLine>> {
  const blamed = await blame(dir, rev, file, lines);
  if (!/\.json$/i.test(file)) return blamed;
  const hunks = new Map<string, Hunk[]>();
  let pending = [...blamed.keys()];
  let blames = 0;
  for (let round = 0; round < COMMA_ROUNDS && pending.length > 0 && blames < MAX_COMMA_BLAMES; round++) {
    const candidates = (round === 0 ? likelyCommaOnly(blamed) : pending).map((line) => [line, blamed.get(line)!] as const).filter(([, b]) => b.previous?.path === b.path);
    await readChangeHunks(dir, candidates, hunks);
    const chosen = commaAsks(candidates, hunks).slice(0, MAX_COMMA_BLAMES - blames);
    blames += chosen.length;
    pending = await redateFromEarlier(dir, chosen, blamed);
  }
  return blamed;
}

/** A blamed line that may have been dated by a comma-only change: its number, and its blame. */
type Candidate = readonly [number, BlamedLine];

/** An earlier commit a comma-only line is followed to: per line of its file there, the lines it dates. */
interface CommaAsk {
  commit: string;
  path: string;
  lines: Map<number, number[]>;
}

/** The key of one commit's hunks in one file. */
const hunkKey = (commit: string, path: string): string => `${commit}\0${path}`;

/** The hunks of the changes the candidates were blamed on, read into `hunks` where not read yet (MAX_COMMA_DIFFS of them at most). */
async function readChangeHunks(dir: string, candidates: readonly Candidate[], hunks: Map<string, Hunk[]>): Promise<void> {
  const wanted = new Map<string, Set<string>>();
  let diffed = 0;
  for (const [, b] of candidates) {
    if (hunks.has(hunkKey(b.commit, b.path)) || wanted.get(b.path)?.has(b.commit)) continue;
    if (diffed++ >= MAX_COMMA_DIFFS) break;
    wanted.set(b.path, (wanted.get(b.path) ?? new Set()).add(b.commit));
  }
  for (const [path, commits] of wanted) {
    const found = await changeHunks(dir, [...commits], path);
    for (const commit of commits) hunks.set(hunkKey(commit, path), found.get(commit) ?? []);
  }
}

/** Per earlier commit, its line each candidate's comma-only change came from, and the lines that line dates. */
function commaAsks(candidates: readonly Candidate[], hunks: ReadonlyMap<string, Hunk[]>): CommaAsk[] {
  const asks = new Map<string, CommaAsk>();
  for (const [line, b] of candidates) {
    const change = hunks.get(hunkKey(b.commit, b.path));
    const from = change && commaOnly(change, b.orig);
    if (from === undefined) continue;
    const ask = asks.get(b.previous!.commit) ?? { commit: b.previous!.commit, path: b.previous!.path, lines: new Map<number, number[]>() };
    ask.lines.set(from, [...(ask.lines.get(from) ?? []), line]);
    asks.set(b.previous!.commit, ask);
  }
  return [...asks.values()];
}

/** The asked earlier commits blamed (four at a time, as files are), each line they date redated in `blamed`: those lines. */
async function redateFromEarlier(dir: string, chosen: readonly CommaAsk[], blamed: Map<number, BlamedLine>): Promise<number[]> {
  const answers: Array<Map<number, BlamedLine>> = [];
  for (let i = 0; i < chosen.length; i += 4) answers.push(...(await Promise.all(chosen.slice(i, i + 4).map((ask) => blame(dir, ask.commit, ask.path, new Set(ask.lines.keys()))))));
  const redated: number[] = [];
  for (const [i, ask] of chosen.entries()) {
    for (const [from, finals] of ask.lines) {
      const change = answers[i]!.get(from);
      if (!change) continue;
      for (const line of finals) {
        // The text stays the blamed revision's, which the working copy is compared with.
        blamed.set(line, { ...change, text: blamed.get(line)!.text });
        redated.push(line);
      }
    }
  }
  return redated;
}

/** Ranges for `-L`: the asked lines, runs of neighbours joined. */
export function lineRanges(lines: Iterable<number>): string[] {
  const sorted = [...new Set(lines)].filter((n) => Number.isInteger(n) && n > 0).sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    ranges.push(`${sorted[i]},${sorted[j]}`);
    i = j + 1;
  }
  return ranges;
}

/**
 * One `git blame --porcelain` of the asked lines at `rev`. A line git cannot blame (past the end
 * of the file, a path the revision lacks) makes the whole answer empty, as git refuses the call.
 */
function blame(dir: string, rev: string, file: string, lines: ReadonlySet<number>): Promise<Map<number, BlamedLine>> {
  const ranges = lineRanges(lines);
  if (ranges.length === 0) return Promise.resolve(new Map());
  // Paths in the porcelain rows as written (not C-quoted where they hold non-ASCII characters): they are asked of git again.
  const args = ["-c", "core.quotePath=false", "blame", "--porcelain", "--no-textconv", ...ranges.flatMap((r) => ["-L", r]), rev, "--", file];
  return runGit(dir, args).then(parsePorcelain, (error: Error) =>
    // A user's global `blame.ignoreRevsFile` naming a file this repository lacks (a setting made
    // for other repositories) fails every blame, and no option resets it: once more without the
    // user's global configuration (the repository was already read under it, so it is trusted:
    // safe.directory, which only that configuration or the command line can give, is given here).
    IGNORE_LIST_MISSING.test(error.message)
      ? runGit(dir, ["-c", "safe.directory=*", ...args], undefined, { GIT_CONFIG_GLOBAL: devNull }).then(parsePorcelain, () => new Map())
      : new Map(),
  );
}

/** git blame's words for an ignore-revs file it cannot open. */
const IGNORE_LIST_MISSING = /could not open object name list/;
