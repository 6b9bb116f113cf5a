import { closeSync, existsSync, openSync, readFileSync, readSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { render } from "../../document/render.js";
import { parse, parseComparable } from "../../document/parse.js";
import { writeFileAtomic } from "../../io/atomic-write.js";
import { makeFolder } from "../../io/make-folder.js";
import { readRegularFile } from "../../io/read-regular.js";
import { sameText } from "../line-endings.js";
import { isBareRepo, isGitRepo, siteDate } from "../../git/facts.js";
import { entryKey } from "../../document/diff.js";
import { runGit } from "../../git/run.js";
import type { StackDocument, ToolEntry } from "../../types.js";
import type { DetectOptions } from "../../detect.js";
import { CliError, parseOptions, type Command, plural } from "../shared.js";
import { SCAN_FLAGS, SCAN_HELP, scanForCli } from "../scan-flags.js";
import { help } from "./detect.js";
import { filledManualEntry } from "../manual-entries.js";
import { repositoryCatalog } from "../repository-catalog.js";

const HELP = `Usage: techstack write [dir] [options]

Writes techstack.yml and techstack.md in dir (default: the current one), each replaced atomically
(written to a temporary file beside it, then renamed over it). When nothing but the scan time
would change, the files keep their timestamp and are left untouched, so a rerun on an unchanged
repository is a no-op (--timestamp always sets it).

Tools added by hand are kept: give an entry \`detection_source: manual\` in techstack.yml and
every later write carries it over as written (unless a scan finds a tool of the same name, which
then replaces it), filling in the page, logo and category the catalog knows of a tool it names
exactly. Delete the entry to drop it.

Options:
  --out DIR             write the files here instead of dir (made if missing; a bare
                        repository, which has no working tree, needs it)
${SCAN_HELP}

Exit codes: 0 written, 1 the scan failed or the existing techstack.yml is unreadable, 2 usage error.

Examples:
  techstack write
  techstack write services/api --exclude "**/fixtures/**"`;

/** The detection_source that marks a tool entry added by hand, kept by every write. */
export const MANUAL = "manual";

export const writeCommand: Command = {
  async run(args) {
    const { values, positionals } = parseOptions(args, { out: { type: "string" }, ...SCAN_FLAGS }, HELP);
    if (values.help) return help(HELP);
    if (positionals.length > 1) throw new CliError(`write takes one directory, got ${positionals.length}\n\n${HELP}`);
    const dir = positionals[0] ?? ".";
    const out = await outFolder(dir, values.out as string | undefined);
    const document = await detectWithManual(dir, out, values);
    const shallow = !values["no-git"] && (await isShallow(dir));
    if (shallow) {
      process.stderr.write(
        "warning: a shallow clone: a file changed before its oldest commit is credited to that commit (last_updated_by/_on), unless techstack.yml already dates its tool; fetch the history (fetch-depth: 0) for the real ones\n",
      );
    }
    const yamlFile = join(out, "techstack.yml");
    const markdownFile = join(out, "techstack.md");
    const before = { yaml: readStackFile(yamlFile), markdown: readStackFile(markdownFile) };
    const previous = holdsNoDocument(before.yaml) ? undefined : parse(before.yaml!);
    if (shallow && previous) keepDatesPastTheCut(document, previous, await cutCommits(dir));
    // Nothing changed but the scan time: keep the file's timestamp, so a rerun rewrites nothing.
    if (previous && values.timestamp === undefined) {
      const stamp = previous.timestamp;
      if (typeof stamp === "string" && sameText(render({ ...document, timestamp: stamp }, "yaml"), before.yaml)) document.timestamp = stamp;
    }
    const markdownPath = await stackFilePath(dir, out, Boolean(values["no-git"]));
    const text = { yaml: render(document, "yaml"), markdown: render(document, "markdown", { markdownPath }) };
    // A pair that differs only in line endings (a Windows checkout) is left as it is.
    if (sameText(text.yaml, before.yaml) && sameText(text.markdown, before.markdown)) {
      process.stderr.write(`${yamlFile} and techstack.md are up to date (${plural(document.detected_tools_count, "tool")})\n`);
      return 0;
    }
    try {
      makeFolder(out); // --out may name a folder still to make
    } catch (error) {
      throw new CliError(`cannot make the folder ${out} for techstack.yml and techstack.md: ${(error as Error).message}`, 1);
    }
    if (!sameText(text.yaml, before.yaml)) writeFileAtomic(yamlFile, bomOf(yamlFile) + endingsOf(before.yaml, text.yaml));
    if (!sameText(text.markdown, before.markdown)) writeFileAtomic(markdownFile, bomOf(markdownFile) + endingsOf(before.markdown, text.markdown));
    process.stderr.write(`wrote ${yamlFile} and techstack.md (${plural(document.detected_tools_count, "tool")})\n`);
    return 0;
  },
};

/**
 * `text` with the line endings of the file it replaces: a file committed from Windows with CRLF
 * endings, rewritten with LF, would show every line changed in the commit, not the tools that did.
 * (Where git converts endings on checkout, core.autocrlf, it converts them back on commit.)
 */
function endingsOf(before: string | undefined, text: string): string {
  return before?.includes("\r\n") ? text.replace(/\r?\n/g, "\r\n") : text;
}

/**
 * The UTF-8 byte-order mark the file being replaced opens with, if it does (a Windows editor's
 * save): kept, as its line endings are, so the rewrite changes only what changed.
 */
function bomOf(file: string): string {
  let handle: number | undefined;
  try {
    handle = openSync(file, "r");
    const head = Buffer.alloc(3);
    return readSync(handle, head, 0, 3, 0) === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? "\uFEFF" : "";
  } catch {
    return "";
  } finally {
    if (handle !== undefined) closeSync(handle);
  }
}

/**
 * The folder of techstack.yml and techstack.md: --out, else the scanned folder, which a bare
 * repository cannot be: it has no working tree, and its folder is git's own (HEAD, objects, refs).
 */
export async function outFolder(dir: string, out: string | undefined): Promise<string> {
  if (out !== undefined) return out;
  if (await isBareRepo(dir)) throw new CliError(`${dir} is a bare repository, with no working tree for techstack.yml and techstack.md: give --out DIR`);
  return dir;
}

/**
 * Where techstack.md is in the repository, from its root (`docs/techstack.md` for `--out docs`),
 * for the README snippets' link: the root is the checkout's top folder (the scanned folder without
 * git, or with --no-git). A file written outside it is linked as `techstack.md`.
 */
export async function stackFilePath(dir: string, out: string, noGit: boolean): Promise<string> {
  const top = !noGit && isGitRepo(dir) ? (await runGit(dir, ["rev-parse", "--show-toplevel"]).catch(() => "")).trim() : "";
  const from = realPath(top || dir);
  const path = relative(from, join(realPath(out), "techstack.md"));
  return path.startsWith("..") || isAbsolute(path) ? "techstack.md" : path.split(/[\\/]/).join("/");
}

/** A folder's real path (symbolic links resolved); one still to make keeps its missing tail. */
function realPath(folder: string): string {
  const full = resolve(folder);
  if (existsSync(full)) return realpathSync(full);
  const parent = dirname(full);
  return parent === full ? full : join(realPath(parent), basename(full));
}

/**
 * A shallow clone's cut commits (the oldest it has, their parents missing), each as the
 * last_updated_by and last_updated_on it gives the files it stands in for: `NAME\x1fDATE`.
 */
async function cutCommits(dir: string): Promise<Set<string>> {
  // Relative to `dir`, where git ran (not --path-format=absolute: git before 2.31 prints that back as a revision).
  const path = (await runGit(dir, ["rev-parse", "--git-path", "shallow"]).catch(() => "")).trim();
  if (!path) return new Set();
  let hashes: string[] = [];
  try {
    hashes = readFileSync(resolve(dir, path), "utf8").split("\n").filter((line) => /^[0-9a-f]{40,64}$/.test(line));
  } catch {
    return new Set();
  }
  if (!hashes.length) return new Set();
  const out = await runGit(dir, ["show", "-s", "--format=%aN%x1f%at", ...hashes]).catch(() => "");
  return new Set(
    out.split("\n").filter((line) => line.includes("\x1f")).map((line) => {
      const cut = line.lastIndexOf("\x1f");
      return `${line.slice(0, cut)}\x1f${siteDate(Number(line.slice(cut + 1)))}`;
    }),
  );
}

/**
 * In a shallow clone, a tool whose file's last change lies before the cut is dated by the cut
 * commit, which is the newest commit in a CI checkout (--depth 1): a bot that wrote and committed
 * the files would date every such tool by its own commit on its next run, and commit again, run
 * after run. The date the existing techstack.yml gives the same entry (same version) is kept
 * instead, when it is no later than the cut: it came from history this clone cannot see.
 */
export function keepDatesPastTheCut(document: StackDocument, previous: StackDocument, cuts: Set<string>): void {
  if (!cuts.size) return;
  const old = new Map(previous.tools.map((t) => [entryKey(t), t]));
  for (const tool of document.tools) {
    if (tool.last_updated_by === undefined || !tool.last_updated_on || !cuts.has(`${tool.last_updated_by}\x1f${tool.last_updated_on}`)) continue;
    const before = old.get(entryKey(tool));
    // Only a date (the site's `2024-02-29 19:20:29.000000000 Z`, or its day): a hand-typed "-" or "0" sorts before every date.
    if (!before || typeof before.last_updated_on !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(before.last_updated_on) || before.last_updated_on > tool.last_updated_on) continue;
    if (String(before.version ?? "") !== String(tool.version ?? "")) continue;
    tool.last_updated_on = before.last_updated_on;
    if (typeof before.last_updated_by === "string") tool.last_updated_by = before.last_updated_by;
  }
}

async function isShallow(dir: string): Promise<boolean> {
  if (!isGitRepo(dir)) return false;
  return (await runGit(dir, ["rev-parse", "--is-shallow-repository"]).catch(() => "")).trim() === "true";
}

/** Past this size a techstack.yml or techstack.md is not read (one of many thousand packages is a few MB). */
const MAX_STACK_FILE_BYTES = 64 << 20;

/**
 * An existing techstack.yml or techstack.md, undefined where there is none. It is the
 * repository's own file, read as the scan reads files: a symbolic link is not followed, and a
 * FIFO, a folder or a huge file so named is an error naming it (exit 1), never a wait.
 */
export function readStackFile(file: string): string | undefined {
  try {
    return readStackFileOrThrow(file);
  } catch (error) {
    throw new CliError(`${file}: ${(error as Error).message}`, 1);
  }
}

/** readStackFile, whose error is the reader's own, in its words (`not a regular file, not read`). */
export function readStackFileOrThrow(file: string): string | undefined {
  return existsSync(file) ? readRegularFile(file, MAX_STACK_FILE_BYTES) : undefined;
}

/**
 * Whether a techstack.yml holds nothing to keep: none, empty (made with touch), or only blank
 * lines, comments and document markers (a header put in before the first write). Write fills
 * such a file, check calls it empty, and diff reads no tool added by hand from it.
 */
export function holdsNoDocument(text: string | undefined): boolean {
  // Split at every line break YAML reads, a lone CR too: joined to its comment, a classic Mac
  // OS file's document would read as one comment.
  return text === undefined || text.split(/\r\n?|\n/).every((line) => NOTHING_LINE.test(line));
}

/** A blank line, a comment, or a document marker (`---`, `...`) with at most a comment after it. */
const NOTHING_LINE = /^(?:\s*|---\s*|\.\.\.\s*)(?:#.*)?$/;

/** Detects, then adds back the manual entries of the existing techstack.yml. */
export async function detectWithManual(dir: string, out: string, values: Record<string, unknown>, extra: DetectOptions = {}): Promise<StackDocument> {
  const result = await scanForCli(dir, values, extra);
  const document = result.document;
  const existing = join(out, "techstack.yml");
  const text = readStackFile(existing);
  // An empty techstack.yml (made with touch) has no entries to lose.
  if (!holdsNoDocument(text)) {
    let previous: StackDocument;
    try {
      previous = parseComparable(text!);
    } catch (error) {
      // Overwriting it would lose the tools added by hand, so the user decides.
      throw new CliError(`${existing} is not a readable stack document (${error instanceof Error ? error.message.split("\n")[0] : error}); fix it or remove it`, 1);
    }
    // Public or Private is the one header fact a scan cannot know (the site reads the repository's
    // visibility): the file's own is kept, as its hand-added tools are.
    if (typeof previous.repo_type === "string" && previous.repo_type.trim()) document.repo_type = previous.repo_type;
    await addManualEntries(document, previous, dir);
  }
  return document;
}

/**
 * Adds to a scan's document the tools `previous` (a techstack.yml) marks `detection_source:
 * manual`, as write carries them over: one the scan found by name is the scan's, and one the
 * catalog of `dir` knows gets its page, logo and category.
 */
export async function addManualEntries(document: StackDocument, previous: StackDocument, dir: string): Promise<void> {
  const names = new Set(document.tools.map((t) => t.name.toLowerCase()));
  const kept = manualEntries(previous).filter((t) => !names.has(t.name.toLowerCase()));
  // A hand-added tool the catalog knows gets its page, logo and category, as a detected one has.
  const catalog = kept.length ? await repositoryCatalog(dir, { quiet: true }) : undefined;
  for (const t of kept) document.tools.push(catalog ? filledManualEntry(t, catalog) : t);
  document.detected_tools_count = document.tools.length;
}

export function manualEntries(doc: StackDocument): ToolEntry[] {
  return doc.tools.filter((t) => t.detection_source === MANUAL);
}
