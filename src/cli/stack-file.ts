import { closeSync, existsSync, lstatSync, openSync, readSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { DetectOptions } from "../detect.js";
import { parseComparable } from "../document/parse.js";
import { isBareRepo, isGitRepo } from "../git/repository-kind.js";
import { documentBranch } from "../git/branch.js";
import { remoteNamed, remoteUrls } from "../git/facts.js";
import { checkoutAnswers, SCAN_CONFIG_KEYS, type CheckoutAnswers } from "../git/checkout-answers.js";
import { checkoutTopOf, repositoryLayout } from "../git/layout.js";
import type { RemoteUrls } from "../git/origin-from-config.js";
import type { RepoFacts } from "../document/build.js";
import { readRegularFile } from "../io/read-regular.js";
import { firstLineOf } from "../kit/text.js";
import { readNamedBlobs, type NamedBlob } from "../git/named-blobs.js";
import { textByBom } from "../scan/decode.js";
import type { StackDocument } from "../types.js";
import type { Catalog } from "../catalog/catalog.js";
import { addManualEntries } from "./manual-entries.js";
import { scanForCli } from "./scan-flags.js";
import { CliError, isDirectory } from "./shared.js";

// The files write makes, check compares and diff reads: techstack.yml and techstack.md, where they
// are, how an existing one is read, and how a rewrite keeps its line endings and byte-order mark.

/** Past this size a techstack.yml or techstack.md is not read (one of many thousand packages is a few MB). */
export const MAX_STACK_FILE_BYTES = 64 << 20;

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

/**
 * The techstack.yml a rewrite replaces: its text and the stack document it holds, both undefined
 * where there is none (and the document where it holds only comments). One that cannot be read, a
 * folder or a link so named as much as YAML that does not parse, stops the rewrite: overwriting it
 * would lose the tools added by hand, so the user decides (said as check says it).
 */
export function readReplacedStackFile(file: string): { text: string | undefined; document: StackDocument | undefined } {
  try {
    const text = readStackFileOrThrow(file);
    return { text, document: stackDocumentIn(text) };
  } catch (error) {
    throw keepsHandAddedEntries(file, error);
  }
}

/**
 * The stack document of the techstack.yml committed at `rev` at the top of the bare repository
 * `dir` (which has no working tree for one): undefined where there is none; one that cannot be
 * read stops, as readReplacedStackFile's does, rather than leave its tools added by hand out.
 */
export async function committedStackDocument(dir: string, rev: string): Promise<StackDocument | undefined> {
  const name = `${rev}:techstack.yml`;
  const [blob] = await readNamedBlobs(dir, [name], MAX_STACK_FILE_BYTES).catch((error: Error) => [{ problem: error.message }]);
  try {
    return stackDocumentIn(blobText(blob));
  } catch (error) {
    throw keepsHandAddedEntries(`${dir} at ${name}`, error);
  }
}

/** A techstack.yml read from git as text, decoded by its BOM as one on disk is; undefined where there is none; throws why one is not read. */
export function blobText(blob: NamedBlob | undefined): string | undefined {
  if (blob && "problem" in blob) throw new Error(blob.problem);
  return blob && "bytes" in blob ? textByBom(blob.bytes) : undefined;
}

function keepsHandAddedEntries(file: string, error: unknown): CliError {
  return deniedRead(file, error) ?? new CliError(`${unreadableStackDocument(file, error)}; fix it or remove it`, 1);
}

/**
 * A techstack.yml or techstack.md the system would not let techstack read (permission denied, an
 * I/O error), as an error (exit 1) in words a user acts on: `cannot read techstack.yml: permission
 * denied (EACCES)`. No fault of the file's: check calls it neither stale nor a file to fix or
 * delete (the Action's `stale` output stays unset). Undefined for any other error: YAML that does
 * not parse, a link, a FIFO or a folder so named are the repository's, and said as such.
 */
export function deniedRead(file: string, error: unknown): CliError | undefined {
  const { errno, code } = (error ?? {}) as NodeJS.ErrnoException;
  if (typeof errno !== "number") return undefined;
  const why = code === "EACCES" || code === "EPERM" ? `permission denied (${code})` : firstLineOf(error);
  return new CliError(`cannot read ${file}: ${why}`, 1);
}

/**
 * readStackFile, whose error is the reader's own, in its words (`not a regular file, not read`).
 * A link to nothing is a link, not a missing file (existsSync follows it): write would have put
 * a file in its place, where it refuses a link to a file.
 */
export function readStackFileOrThrow(file: string): string | undefined {
  return isPresent(file) ? readRegularFile(file, MAX_STACK_FILE_BYTES) : undefined;
}

/** Whether anything is at `file`, a link to nothing too (existsSync follows the link). */
export function isPresent(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
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

/**
 * The stack document a techstack.yml's text holds; undefined where it holds none (holdsNoDocument).
 * Throws where it is no readable document: what then is each command's own (write and check stop,
 * diff warns and goes on).
 */
export function stackDocumentIn(text: string | undefined): StackDocument | undefined {
  return holdsNoDocument(text) ? undefined : parseComparable(text!);
}

/**
 * What write, check and submit ask of the checkout at `dir` once, for the committed file's facts,
 * the scan and what they ask after it (whether it is shallow, where its top is); undefined without
 * git (--no-git, no checkout).
 */
export function checkoutAsked(dir: string, values: Record<string, unknown>): CheckoutAnswers | undefined {
  return values["no-git"] || !isGitRepo(dir) ? undefined : checkoutAnswers(dir, SCAN_CONFIG_KEYS);
}

/**
 * Detects, then adds back the manual entries of `previous`, the stack document of the
 * techstack.yml the scan's result replaces or is compared with (undefined where there is none);
 * with the catalog the scan read (the repository's techstack.catalog.yml with it), which renders techstack.md.
 * `asked`: checkoutAsked's answers, which the committed file's facts and the scan share.
 */
export async function detectWithManual(dir: string, values: Record<string, unknown>, previous: StackDocument | undefined, extra: DetectOptions = {}, asked = checkoutAsked(dir, values)): Promise<{ document: StackDocument; catalog: Catalog }> {
  const kept = asked && (await committedFacts(dir, values, previous, asked));
  // The file's entries keep their detection_source while that file still shows the tool (no move for a second file).
  const options: DetectOptions = { ...extra, ...(previous ? { previous } : {}), ...(kept ? { repo: { ...extra.repo, ...kept } } : {}) };
  // The kept branch is the document's, not the user's --branch: a commit's links still open the commit.
  const answers = kept?.branch ? { ...asked!, branchKept: true } : asked;
  const { document, catalog } = await scanForCli(dir, values, options, answers);
  return { document: await withManual(document, previous, dir), catalog };
}

/**
 * What a rewrite of `previous` (the committed techstack.yml) keeps of its header where the checkout
 * alone would say otherwise: its branch on another branch than the default one (documentBranch: a
 * pull request's, a feature branch's), and its repository where a remote of the checkout is it
 * (remoteNamed: a fork's clone, whose origin is the fork). Undefined where the scan's own rule
 * decides alone (no file); the branch is left to --branch where given. `asked`: the checkout's
 * answers the scan is given too, so that neither asks git twice.
 */
async function committedFacts(dir: string, values: Record<string, unknown>, previous: StackDocument | undefined, asked: CheckoutAnswers): Promise<Partial<RepoFacts> | undefined> {
  if (!previous) return undefined;
  const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : undefined);
  const rev = typeof values.rev === "string" ? values.rev : undefined;
  let urls: Promise<RemoteUrls> | undefined;
  const remotes = () => (urls ??= remoteUrls(dir, asked.layout(), asked.config()));
  const [branch, remote] = await Promise.all([
    values.branch === undefined && text(previous.branch) ? documentBranch(dir, rev, previous.branch, remotes(), asked.layout(), rev ? asked.revisionNames(rev) : undefined) : undefined,
    text(previous.repo_name) ? remoteNamed(dir, previous.repo_name, remotes()) : undefined,
  ]);
  const kept: Partial<RepoFacts> = { ...remote, ...(branch ? { branch } : {}) };
  return Object.keys(kept).length ? kept : undefined;
}

/**
 * A scan's `document` with what `previous` (the techstack.yml it replaces or is compared with,
 * undefined where there is none) holds that a scan cannot know: its repo_type, its branch where the
 * scan names none, and the tools it adds by hand. Write, check and submit read it before they scan; diff reads each scanned side's.
 */
export async function withManual(document: StackDocument, previous: StackDocument | undefined, dir: string): Promise<StackDocument> {
  if (previous) {
    // Public or Private is the one header fact a scan cannot know (the site reads the repository's
    // visibility): the file's own is kept, as its hand-added tools are.
    if (typeof previous.repo_type === "string" && previous.repo_type.trim()) document.repo_type = previous.repo_type;
    // A scan that names no branch (--no-git, a folder outside git) keeps the file's: nothing says otherwise.
    if (!document.branch && typeof previous.branch === "string" && previous.branch.trim()) document.branch = previous.branch;
    await addManualEntries(document, previous, dir);
  }
  return document;
}

/**
 * What write, check, diff and validate say of a stack document they cannot read, in one wording:
 * the file, and the first line of why (a YAML error goes on with lines of context).
 */
export function unreadableStackDocument(file: string, error: unknown): string {
  return `${file} is not a readable stack document (${firstLineOf(error)})`;
}

/**
 * `text` with the line endings of the file it replaces: a file committed from Windows with CRLF
 * endings, rewritten with LF, would show every line changed in the commit, not the tools that did.
 * (Where git converts endings on checkout, core.autocrlf, it converts them back on commit.)
 */
export function endingsOf(before: string | undefined, text: string): string {
  return before?.includes("\r\n") ? text.replace(/\r?\n/g, "\r\n") : text;
}

/**
 * The UTF-8 byte-order mark the file being replaced opens with, if it does (a Windows editor's
 * save): kept, as its line endings are, so the rewrite changes only what changed.
 */
export function bomOf(file: string): string {
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
  // Empty (an unset variable's `--out "$DOCS"`), it would name the current folder, not the scanned one.
  if (out === "") throw new CliError("--out takes a folder, not an empty value");
  if (out !== undefined) return checkedOutFolder(out);
  if (await isBareRepo(dir)) throw new CliError(`${dir} is a bare repository, with no working tree for techstack.yml and techstack.md: give --out DIR`);
  return dir;
}

/**
 * `--out` as a folder: one read as the file's own name (`--out techstack.yml`, `--out docs/stack.yml`)
 * is a usage error, where a file there failed with ENOTDIR and a missing one became a folder so named.
 */
function checkedOutFolder(out: string): string {
  const written = "techstack.yml and techstack.md are written in the folder it names";
  if (existsSync(out) && !isDirectory(out)) throw new CliError(`--out takes a folder, and ${out} is a file: ${written}`);
  if (!existsSync(out) && /\.(ya?ml|md|json)$/i.test(basename(out))) throw new CliError(`--out takes a folder, not a file's name (${out}): ${written}`);
  return out;
}

/**
 * Where techstack.md is in the repository, from its root (`docs/techstack.md` for `--out docs`),
 * for the README snippets' link: the root is the checkout's top folder; without git (or with
 * --no-git) the scanned folder, or, for a file written outside it, the current folder where that
 * holds both (`write example --out docs --no-git` run from a repository's top links
 * `/docs/techstack.md`, as a run with git does). A file written outside the root is linked as
 * `techstack.md`. `asked`: the checkout's answers where the caller has them (its layout says where the top is).
 */
export async function stackFilePath(dir: string, out: string, noGit: boolean, cwd = process.cwd(), asked?: CheckoutAnswers): Promise<string> {
  const top = !noGit && isGitRepo(dir) ? await checkoutTopOf(dir, asked?.layout() ?? repositoryLayout(dir)) : "";
  const file = join(realPath(out), "techstack.md");
  const path = pathWithin(realPath(top || dir), file);
  if (path !== undefined) return path;
  const here = realPath(cwd);
  if (!top && pathWithin(here, realPath(dir)) !== undefined) return pathWithin(here, file) ?? "techstack.md";
  return "techstack.md";
}

/** `path` from `root`, with forward slashes; undefined where it is not inside it. */
function pathWithin(root: string, path: string): string | undefined {
  const from = relative(root, path);
  // Above the root: a first part "..", not a folder whose name starts so ("..docs").
  if (from === ".." || from.startsWith(`..${sep}`) || isAbsolute(from)) return undefined;
  return from.split(/[\\/]/).join("/");
}

/** A folder's real path (symbolic links resolved); one still to make keeps its missing tail. */
function realPath(folder: string): string {
  const full = resolve(folder);
  if (existsSync(full)) return realpathSync(full);
  const parent = dirname(full);
  return parent === full ? full : join(realPath(parent), basename(full));
}
