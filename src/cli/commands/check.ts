import { dirname, isAbsolute, join, relative, resolve as resolvePath } from "node:path";
import { checkoutTopOf } from "../../git/layout.js";
import { diff, isEmptyDiff, textDiff } from "../../document/diff.js";
import { emptyStack } from "../../document/empty-stack.js";
import { factChanges, formatFactChanges } from "../../document/fact-changes.js";
import { placeChanges } from "../../document/published-where.js";
import { render } from "../../document/render.js";
import { printable } from "../../kit/printable.js";
import { CliError, color, parseOptions, progress, requireFolder, type Command, usageOf } from "../shared.js";
import { writtenScan } from "../workspace-written.js";
import { sameText } from "../line-endings.js";
import { refuseEmptyScanFlags, SCAN_FLAGS, SCAN_HELP } from "../scan-flags.js";
import { checkoutAsked, deniedRead, detectWithManual, isPresent, outFolder, readStackFileOrThrow, stackDocumentIn, stackFilePath, unreadableStackDocument } from "../stack-file.js";
import { boundedText, colourLines, LEFT_OUT } from "./diff.js";
import { changesFileAsked, writeChanges } from "../changes-file.js";
import type { StackDocument } from "../../types.js";
import type { CheckoutAnswers } from "../../git/checkout-answers.js";
import type { Catalog } from "../../catalog/catalog.js";
import { help } from "./detect.js";

const HELP = `Usage: techstack check [dir] [options]

Exits 1 with the differences when the committed techstack.yml no longer matches what a scan
finds (tools or packages added or removed, versions changed, or what an entry says of its tool:
category, page, logo, license, the file that showed it), when techstack.md no longer
matches techstack.yml, or when either is missing; exits 0 when they are fresh.
What changes on every run is not compared: timestamp, report_id, last_updated_* and the commit
facts; nor is the branch (a pull request's checkout: write keeps the file's). The repository
(repo_name, provider, and the host and repository its links open) is compared as write would
set it: the file's is kept where a remote of the checkout is it (a fork's clone with an
upstream remote), so it is stale only where the repository was renamed or moved; a checkout
with no remote on a code host cannot say, and is not compared. Tools marked
\`detection_source: manual\` count as found. A file in a workspace package's folder
that a scan of the monorepo wrote (write ROOT --workspace PKG --out DIR: its sources
are paths from the root) is compared with that scan, and the refresh command says so.

Options:
  --full                list every difference (by default at most 60 entries, 20 moves,
                        60 names and 20 other facts, counting what is left out)
  --changes FILE        also write what write would change to FILE, as
                        \`diff --format json\` prints it, from the same scan (never
                        techstack.yml or techstack.md)
  --out DIR             the files are in DIR, as \`write --out DIR\` left them (default: dir;
                        a bare repository, which has no working tree, needs it)
${SCAN_HELP}
  -h, --help            this help

Exit codes: 0 fresh, 1 stale or missing (or the scan failed), 2 usage error.

Examples:
  techstack check
  techstack check || techstack write`;

export const checkCommand: Command = {
  async run(args) {
    const { values, positionals } = parseOptions(args, { out: { type: "string" }, full: { type: "boolean" }, changes: { type: "string" }, ...SCAN_FLAGS }, HELP);
    if (values.help) return help(HELP);
    if (positionals.length > 1) throw new CliError(`check takes one directory, got ${positionals.length}${usageOf(HELP)}`);
    refuseEmptyScanFlags(values);
    const dir = positionals[0] ?? ".";
    requireFolder(dir);
    const out = await outFolder(dir, values.out as string | undefined);
    const file = join(out, "techstack.yml");
    const markdown = join(out, "techstack.md");
    const check: Check = {
      args,
      values,
      dir,
      out,
      file,
      markdown,
      changesFile: changesFileAsked(values.changes as string | undefined, [file, markdown]),
      full: Boolean(values.full),
      // What check asks of the checkout, asked once, for the scan and the README snippets' path.
      asked: checkoutAsked(dir, values),
    };
    const committed = await readCommitted(check);
    if (typeof committed === "number") return committed;
    const compared = await asWritten(check, committed, positionals[0]);
    return (await compareWithScan(compared, committed)) ?? (await compareMarkdown(compared, committed));
  },
};

/**
 * The check of a file a workspace scan wrote (`write ROOT --workspace apps/site --out apps/site`),
 * checked by its folder alone (`check apps/site`): the same workspace scan, files and folders
 * staying the folder's (workspaceWritten: the file's own paths say so), where a scan of the folder
 * alone cites every file from another root and called a fresh file stale. A check given globs, a
 * revision or a workspace compares what it is told to.
 */
async function asWritten(check: Check, committed: StackDocument, typed: string | undefined): Promise<Check> {
  const scan = await writtenScan("check", check.file, check.dir, check.values, committed);
  if (!scan) return check;
  const rest = withoutFolderAndOut(check.args, typed);
  const out = typeof check.values.out === "string" ? check.values.out : check.dir;
  return { ...check, dir: scan.dir, values: scan.values, args: [scan.dir, "--workspace", scan.written.member, "--out", out, ...rest], asked: checkoutAsked(scan.dir, scan.values) };
}

/** check's arguments less the folder checked (`typed`, its positional) and --out with its value: what the workspace scan's refresh command keeps. */
function withoutFolderAndOut(args: readonly string[], typed: string | undefined): string[] {
  const valued = new Set(["--out", "--changes", ...Object.entries(SCAN_FLAGS).filter(([, spec]) => spec.type === "string").map(([name]) => `--${name}`)]);
  const out: string[] = [];
  let folderSeen = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--out") {
      i++;
      continue;
    }
    if (arg.startsWith("--out=")) continue;
    if (valued.has(arg)) {
      out.push(arg, ...(i + 1 < args.length ? [args[++i]!] : []));
      continue;
    }
    if (!folderSeen && arg === typed && !arg.startsWith("-")) {
      folderSeen = true;
      continue;
    }
    out.push(arg);
  }
  return out;
}

/** One check's arguments, folder, files and what it asked of the checkout. */
interface Check {
  args: readonly string[];
  values: Record<string, unknown>;
  dir: string;
  out: string;
  file: string;
  markdown: string;
  changesFile: string | undefined;
  full: boolean;
  asked: CheckoutAnswers | undefined;
  /** The catalog the scan read (the repository's techstack.catalog.yml with it), which techstack.md is rendered with. */
  catalog?: Catalog;
}

/** The committed techstack.yml, or check's exit code where there is none to compare (missing, empty, unreadable). */
async function readCommitted(check: Check): Promise<StackDocument | number> {
  const { file } = check;
  if (!isPresent(file)) return withoutFile(check, `${file} is missing${await oneAbove(check)}`);
  let committed;
  try {
    committed = stackDocumentIn(readStackFileOrThrow(file) ?? "");
    // An empty file (made with touch, which write fills) has nothing to fix or keep.
    if (!committed) return withoutFile(check, `${file} is empty`);
  } catch (error) {
    // A file the system will not hand over is an error, not a stale one (nothing to fix in it).
    const denied = deniedRead(file, error);
    if (denied) throw denied;
    // write refuses such a file (it would lose the tools added by hand), so that comes first.
    return stale(check, unreadableStackDocument(file, error), "fix or delete it (keeping any detection_source: manual entries), then ");
  }
  return committed;
}

/**
 * Where the folder checked is below its checkout's top and holds no techstack.yml, the nearest
 * folder above it, up to the top, that holds one, and the command that checks that one (a CI job
 * run in the wrong folder was told only to write a new pair there); "" where none does, with
 * `--out`, or without git (--no-git, no checkout), which says where the top is.
 */
async function oneAbove({ dir, values, asked }: Check): Promise<string> {
  if (!asked || values.out !== undefined) return "";
  const top = await checkoutTopOf(dir, asked.layout());
  if (!top) return "";
  const from = resolvePath(dir);
  const up = relative(resolvePath(top), from);
  if (!up || up.startsWith("..") || isAbsolute(up)) return "";
  for (let folder = dirname(from), depth = 1; ; folder = dirname(folder), depth++) {
    if (isPresent(join(folder, "techstack.yml"))) {
      const named = shellWord(join(dir, ...Array<string>(depth).fill("..")));
      return `; one is in ${named}, above it (techstack check ${named} checks that one)`;
    }
    if (relative(resolvePath(top), folder) === "") return "";
  }
}

/** Exit code 1 when a scan finds other tools or facts than the committed document says; undefined when they agree. */
async function compareWithScan(check: Check, committed: StackDocument): Promise<number | undefined> {
  const { file, full } = check;
  const current = await scan(check, committed);
  const changes = diff(committed, current);
  if (check.changesFile) writeChanges(check.changesFile, changes);
  // An entry another file shows now (a manifest moved, a Dockerfile renamed) is named as diff
  // names it, so that check and the pull-request comment (diff --format markdown) agree.
  if (!isEmptyDiff(changes) || changes.moved) {
    process.stdout.write(`${color(31, "stale")}: ${file} differs from the repository:\n${boundedText(textDiff(changes, full))}`);
    return stale(check);
  }
  // Same tools and versions, but a newer catalog (or a hand-added entry still bare) says more of
  // them: write would rewrite the file, so it is stale too.
  const facts = factChanges(committed, current);
  if (facts.length) {
    process.stdout.write(`${color(31, "stale")}: ${file} says other things of its tools than the catalog and the scan:\n${colourLines(formatFactChanges(facts, full ? Infinity : FACT_LIMIT))}${!full && facts.length > FACT_LIMIT ? LEFT_OUT : ""}`);
    return stale(check);
  }
  // The repository moved (renamed, another host): write would rewrite the header and every link.
  const places = placeChanges(committed, current);
  if (places.length) {
    const recasedOnly = places.every((p) => p.from.toLowerCase() === p.to.toLowerCase());
    const what = recasedOnly ? "spells the repository otherwise than the checkout's remote" : "names another repository than the checkout's remote";
    process.stdout.write(`${color(31, "stale")}: ${file} ${what}:\n${places.map((p) => `  ${p.field}: ${printable(p.from) || "(none)"} -> ${printable(p.to)}\n`).join("")}`);
    return stale(check);
  }
  return undefined;
}

/** Exit code 0 when techstack.md is the committed document's rendering, 1 when it is missing, unreadable or another. */
async function compareMarkdown(check: Check, committed: StackDocument): Promise<number> {
  const { file, markdown } = check;
  if (!isPresent(markdown)) return stale(check, `${markdown} is missing`);
  let markdownText: string;
  try {
    markdownText = readStackFileOrThrow(markdown) ?? "";
  } catch (error) {
    const denied = deniedRead(markdown, error);
    if (denied) throw denied;
    return stale(check, `${markdown} is not readable (${(error as Error).message})`, "remove it, then ");
  }
  // techstack.md is a rendering of techstack.yml, so the committed pair must agree exactly.
  const markdownPath = await stackFilePath(check.dir, check.out, Boolean(check.values["no-git"]), undefined, check.asked);
  if (!sameText(markdownText, render(committed, "markdown", { catalog: check.catalog, markdownPath }))) return stale(check, `${markdown} does not match ${file}`);
  process.stdout.write(`${color(32, "fresh")}: ${file} and ${markdown} match the repository\n`);
  return 0;
}

/** Says why the files are stale and the command that refreshes them: the same folder and scan flags (--full and --changes are check's own). */
function stale(check: Check, reason?: string, first = ""): number {
  // The reason may quote the file (a YAML error's words): one line, as the Action's annotation takes it.
  if (reason) process.stdout.write(`${color(31, "stale")}: ${printable(reason)}\n`);
  process.stdout.write(`To refresh them, ${first}run: ${["techstack", "write", ...refreshArgs(check.args)].map(shellWord).join(" ")}\n`);
  return 1;
}

/** The scan check compares with, `previous` giving its manual entries. */
async function scan(check: Check, previous: StackDocument | undefined): Promise<StackDocument> {
  const done = progress(`checking ${check.dir}`);
  try {
    // Dates are not compared, so the history that gives them is not read (no log walk, no blame).
    const { document, catalog } = await detectWithManual(check.dir, check.values, previous, { history: false }, check.asked);
    check.catalog = catalog;
    return document;
  } finally {
    done();
  }
}

/** With nothing to keep in it, the file is stale unscanned; --changes then has every tool write would add. */
async function withoutFile(check: Check, reason: string): Promise<number> {
  if (check.changesFile) writeChanges(check.changesFile, diff(emptyStack(), await scan(check, undefined)));
  return stale(check, reason);
}

/** How many changed facts the message lists without --full. */
const FACT_LIMIT = 20;

/** check's arguments as write takes them: without check's own --full and --changes FILE. */
function refreshArgs(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--full" || arg.startsWith("--changes=")) continue;
    if (arg === "--changes") i++;
    else out.push(arg);
  }
  return out;
}

/** A word as a POSIX shell reads it back. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
