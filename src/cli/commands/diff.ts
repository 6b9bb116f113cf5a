import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { textByBom } from "../../scan/decode.js";
import { scanWith, type DetectOptions } from "../../detect.js";
import { diff, formatDiff, isEmptyDiff, textDiff } from "../../document/diff.js";
import { EPOCH_TIMESTAMP, emptyStack } from "../../document/empty-stack.js";
import { isBareRepo, isGitRepo } from "../../git/repository-kind.js";
import { hasGit, runGit } from "../../git/run.js";
import { readNamedBlobs, type NamedBlob } from "../../git/named-blobs.js";
import { checkoutAnswers, SCAN_CONFIG_KEYS, type CheckoutAnswers } from "../../git/checkout-answers.js";
import type { StackDocument } from "../../types.js";
import { SCAN_FLAGS, scanOptionsAsked, type ScanValues } from "../scan-flags.js";
import { MissingWorkspace } from "../workspace.js";
import { CliError, color, parseOptions, requireFolder, stderrLine, type Command, usageOf } from "../shared.js";
import { help } from "./detect.js";
import { blobText, MAX_STACK_FILE_BYTES, readStackFileOrThrow, stackDocumentIn, unreadableStackDocument, withManual } from "../stack-file.js";
import { messageOf } from "../../kit/text.js";
import { commandSignal } from "../interrupt.js";
import { changesJson } from "../changes-file.js";
import { shallowCloneHint } from "../../git/shallow-hint.js";

const HELP = `Usage: techstack diff A B [options]
       techstack diff --rev-a REV --rev-b REV [DIR]

Compares two stacks. A and B are each a techstack.yml (or .json) file, a directory to scan, or a
git revision of the repository in the current folder (or of --repo DIR); a file holding nothing
(blank, or comments only) is the empty stack, as for check. With --rev-a and
--rev-b, the two revisions of DIR (default: the current folder) are scanned without a checkout.
A scanned side keeps the tools its techstack.yml (at that revision, for one) marks
\`detection_source: manual\`, as write does. An entry another file shows now (a manifest moved,
a Dockerfile renamed) is listed after the changes, as check names it, grouped by pair of files
('> 42 packages moved from web/package.json to apps/web/package.json', the names beneath;
"moved" in json, one entry each); --exit-code counts those too.

Options:
  --rev-a REV, --rev-b REV    compare these two revisions of DIR
  --repo DIR                  A and B are revisions of this repository
  --format text|markdown|json output (default text; markdown suits a pull-request comment)
  --full                      text: list every entry, move and name (by default at most 60
                              entries, 20 moves and 60 names, fewer where long names would
                              outgrow 8,000 characters, each cap counting what it leaves out;
                              json lists all, markdown keeps a comment's caps)
  --exit-code                 exit 1 when anything differs: a tool, a version, or the file an
                              entry is detected from (as git diff --exit-code)
  --include GLOB, --exclude GLOB, --workspace NAME, --no-packages, --all-tools,
  --no-git, --max-file-bytes N
                              as for detect, for each side that is scanned; its
                              techstack.config is read too (a revision's as committed
                              there, as detect reads a revision's). Scans read no git
                              history (dates are not compared); --no-git leaves out the Git
                              a checkout's metadata shows (a .gitignore still names it), as
                              write --no-git does
  -h, --help                  this help

Exit codes: 0 compared (or, with --exit-code, no difference), 1 a difference with --exit-code,
or a scan or git failure, 2 usage error.

Examples:
  techstack diff old/techstack.yml techstack.yml
  techstack diff --repo . origin/main HEAD --format markdown
  techstack diff --rev-a HEAD~1 --rev-b HEAD --format json`;

const FORMATS = ["text", "markdown", "json"];

export const diffCommand: Command = {
  async run(args) {
    const { values, positionals } = parseOptions(
      args,
      {
        repo: { type: "string" },
        "rev-a": { type: "string" },
        "rev-b": { type: "string" },
        format: { type: "string", default: "text" },
        "exit-code": { type: "boolean" },
        full: { type: "boolean" },
        ...SIDE_FLAGS,
      },
      HELP,
    );
    if (values.help) return help(HELP);
    const format = values.format as string;
    if (!FORMATS.includes(format)) throw new CliError(`--format must be text, markdown or json, not '${format}'`);
    const revA = values["rev-a"] as string | undefined;
    const revB = values["rev-b"] as string | undefined;
    for (const [flag, rev] of [["--rev-a", revA], ["--rev-b", revB]]) if (rev === "") throw new CliError(`${flag} takes a revision, not an empty value`);
    let pair: [StackDocument, StackDocument];
    // What git says of each folder scanned, and its options, worked out once for both sides.
    const asked: Asked = new Map();
    if (revA !== undefined || revB !== undefined) {
      if (revA === undefined || revB === undefined) throw new CliError("--rev-a and --rev-b go together");
      if (positionals.length > 1) throw new CliError(`with --rev-a/--rev-b, diff takes at most one directory${usageOf(HELP)}`);
      const repo = positionals[0] ?? (values.repo as string | undefined) ?? ".";
      const a = await atRevision(repo, revA, values, asked, { other: revB });
      pair = [a, await atRevision(repo, revB, values, asked, { other: revA, previous: a })];
    } else {
      if (positionals.length !== 2) throw new CliError(`diff takes two stacks, got ${positionals.length}${usageOf(HELP)}`);
      const repo = values.repo as string | undefined;
      const [a, b] = positionals as [string, string];
      const first = await load(a, repo, values, asked, b);
      pair = [first, await load(b, repo, values, asked, a, first)];
    }
    const changes = diff(pair[0], pair[1]);
    if (format === "json") process.stdout.write(changesJson(changes));
    else if (format === "markdown") process.stdout.write(formatDiff(changes, "markdown"));
    else process.stdout.write(boundedText(textDiff(changes, Boolean(values.full))));
    // A move alone changes the committed file (check fails on it), so it is a difference here too.
    return values["exit-code"] && (!isEmptyDiff(changes) || Boolean(changes.moved?.length)) ? 1 : 0;
  },
};

/** Added lines green, removed red, changed yellow, detected from another file cyan; plain off a terminal or with NO_COLOR. */
export function colourLines(text: string): string {
  const codes: Record<string, number> = { "+": 32, "-": 31, "~": 33, ">": 36 };
  return text.replace(/^([+~>-]) .*$/gm, (line, sign: string) => color(codes[sign]!, line));
}

/** A diff's text, coloured, and where its caps left something out, how to list it all. */
export function boundedText({ text, leftOut }: { text: string; leftOut: boolean }): string {
  return colourLines(text) + (leftOut ? LEFT_OUT : "");
}

/** Said under a text whose caps left out entries, moves or names. */
export const LEFT_OUT = "Some entries are left out: --full lists them all.\n";

/** The scan flags that apply to each side; --rev, --branch and --timestamp have no meaning here (neither is compared). */
const { rev: _rev, branch: _branch, timestamp: _timestamp, ...SIDE_FLAGS } = SCAN_FLAGS;
type SideValues = ScanValues;

const FIXED = { history: false, timestamp: EPOCH_TIMESTAMP } satisfies DetectOptions;

/**
 * What one side's scan reads: the repository's configuration and the flags, without the history
 * walk (dates are not compared). A checkout's Git stays, as write records it: without it, a
 * committed techstack.yml always differed from its own folder by "- Git". A revision's side reads
 * the configuration and workspaces committed at that revision, as `detect --rev` does; a folder's,
 * the folder's. Worked out once a folder and revision.
 */
async function sideOptions(dir: string, values: SideValues, folder: Folder, rev?: string, other?: string): Promise<DetectOptions> {
  const key = rev ?? "";
  let options = folder.options.get(key);
  if (!options) folder.options.set(key, (options = { ...(await scannedOptions(dir, values, folder, rev, other)), ...FIXED }));
  return options;
}

/**
 * scanOptions of a side. A `--workspace` package that one revision lacks and the other holds (a
 * pull request adds it, or removes it) is read at the other revision's folder for it, where this
 * revision holds none of its files: its tools all show as added (or removed), not as an error.
 */
async function scannedOptions(dir: string, values: SideValues, folder: Folder, rev?: string, other?: string): Promise<DetectOptions> {
  try {
    return (await scanOptionsAsked(dir, rev === undefined ? values : { ...values, rev }, folder.answers)).options;
  } catch (error) {
    if (!(error instanceof MissingWorkspace) || rev === undefined || other === undefined || other === rev) throw error;
    const theirs = await sideOptions(dir, values, folder, other).catch(() => Promise.reject(error));
    const ours = (await scanOptionsAsked(dir, { ...values, rev, workspace: undefined }, folder.answers)).options;
    // The other revision's root manifest of a Cargo or uv workspace is read as theirs is: for what a member inherits alone.
    return { ...ours, include: theirs.include, ...(theirs.inheritedFrom ? { inheritedFrom: theirs.inheritedFrom } : {}) };
  }
}

/**
 * A file, a folder to scan, or (when neither exists) a revision of the repository; `other`: the other
 * side's name; `previous`: the first side's stack, where this is the second, whose entries keep their
 * detection_source where this side's files still show the tool (as write would refresh it: no move).
 * A first side that is scanned keeps its own committed techstack.yml's sources alike, as write left
 * them there: the scan's own pick among several files showing a tool is no move either.
 */
async function load(target: string, repo: string | undefined, values: SideValues, asked: Asked, other: string, previous?: StackDocument): Promise<StackDocument> {
  if (repo) return atRevision(repo, target, values, asked, { other, previous });
  if (existsSync(target)) {
    if (statSync(target).isDirectory()) {
      // A path wins; a user who meant the branch of that name is told it was not read.
      if (isGitRepo(".") && (await isRevision(".", target))) {
        stderrLine(`warning: ${target} is a folder and a revision of the current repository: the folder is compared (--repo . ${target} compares the revision)`);
      }
      const folder = folderOf(asked, target);
      const committed = committedSide(join(target, "techstack.yml"), () => readStackFileOrThrow(join(target, "techstack.yml")));
      const document = (await scanOrFail(target, { ...(await sideOptions(target, values, folder)), ...keptFrom(previous, committed) }, folder.answers)).document;
      return sideWithManual(document, target, committed);
    }
    // A file holding nothing (blank, comments only), which check calls empty and write fills, is the empty stack.
    try {
      return stackDocumentIn(textByBom(readFileSync(target))) ?? emptyStack();
    } catch (error) {
      throw new CliError(unreadableStackDocument(target, error), 1);
    }
  }
  if (!isGitRepo(".")) throw new CliError(`${target} is neither a file, a directory nor a revision: the current folder is no git repository (--repo DIR names one)`, 1);
  // The other side is a revision of it too where it is no path: its techstack.yml is read with this one's.
  if (await isRevision(".", target)) return atRevision(".", target, values, asked, { known: true, other, together: !existsSync(other), previous });
  // A stack file's name (a mistyped techstack.yaml) is no revision a shallow clone lacks: fetching the history would not help.
  const hint = STACK_FILE_NAME.test(target) ? "" : await shallowHint(folderOf(asked, ".").answers);
  throw new CliError(`${target} is neither a file, a directory nor a revision of the current repository${hint}`, 1);
}

/**
 * The stack of one revision; a folder inside the repository limits the scan to that folder.
 * `known`: whether the caller has asked git already that `rev` is a revision of `dir`; `other`:
 * the other side's name, a revision of the same folder where the two are compared (`together`:
 * unless the caller says it may be a path), whose techstack.yml is then read with this one's.
 * `previous`: the first side's stack, where this is the second (load's).
 */
async function atRevision(dir: string, rev: string, values: SideValues, asked: Asked, { known = false, other, together = true, previous }: { known?: boolean; other?: string; together?: boolean; previous?: StackDocument } = {}): Promise<StackDocument> {
  requireFolder(dir);
  const folder = folderOf(asked, dir);
  const answers = folder.answers;
  if (!known && !(await isRevision(dir, rev))) {
    // The layout git gives says whether it reads a repository there, and whether it is shallow.
    const answer = await answers.layout();
    if (!("layout" in answer)) throw new CliError((await hasGit()) ? `not a git repository: ${dir}, so it has no revision ${rev} (give the repository's folder: diff --rev-a A --rev-b B DIR, or diff --repo DIR A B)` : "git is not installed (or not on PATH): revisions cannot be read", 1);
    throw new CliError(`not a revision of ${dir}: ${rev}${await shallowHint(answers)}`, 1);
  }
  // The folder's techstack.yml as that revision has it (a bare repository's at its top).
  const path = (await isBareRepo(dir, answers.layout())) ? "techstack.yml" : "./techstack.yml";
  const blob = committedStackFile(dir, folder, path, rev, together && other !== undefined ? [other] : []);
  const committed = (text: NamedBlob) => committedSide(`${rev}:${path.replace(/^\.\//, "")}`, () => blobText(text));
  // A first side keeps its own file's sources, so it is read before the scan; a second side's after it.
  const own = previous ? undefined : committed(await blob);
  let document: StackDocument;
  try {
    document = (await scanOrFail(dir, { ...(await sideOptions(dir, values, folder, rev, other)), ...keptFrom(previous, own) }, answers)).document;
  } catch (error) {
    // A folder a pull request adds (or removes) has no stack on the other side: its tools show as added.
    if (other === undefined || other === rev || (await holdsFolder(dir, rev)) || !(await holdsFolder(dir, other))) throw error;
    stderrLine(`warning: ${dir} is no folder of revision ${rev}: its stack there is empty`);
    return emptyStack();
  }
  return sideWithManual(document, dir, own ?? committed(await blob));
}

/**
 * The techstack.yml at `path` of the folder at revision `rev`, read with the one of each revision
 * `along` (the other side's) by one git process, once a folder and revision. A revision git
 * cannot read holds none, as a `git show` that failed did.
 */
function committedStackFile(dir: string, folder: Folder, path: string, rev: string, along: readonly string[]): Promise<NamedBlob> {
  const wanted = [...new Set([rev, ...along])].filter((r) => !folder.committed.has(r));
  if (wanted.length) {
    const read = readNamedBlobs(dir, wanted.map((r) => `${r}:${path}`), MAX_STACK_FILE_BYTES).catch(() => wanted.map((): NamedBlob => ({ missing: true })));
    wanted.forEach((r, i) => folder.committed.set(r, read.then((blobs) => blobs[i]!)));
  }
  return folder.committed.get(rev)!;
}

/** A scanned side's committed techstack.yml (`name` says which), parsed; or why it cannot be read. */
type CommittedSide = { document: StackDocument | undefined } | { problem: string };

function committedSide(name: string, read: () => string | undefined): CommittedSide {
  try {
    return { document: stackDocumentIn(read()) };
  } catch (error) {
    return { problem: unreadableStackDocument(name, error) };
  }
}

/**
 * The document a side's scan refreshes: the first side's stack for the second (`previous`), else
 * the side's own committed techstack.yml, where it has one that reads.
 */
function keptFrom(previous: StackDocument | undefined, committed: CommittedSide | undefined): Pick<DetectOptions, "previous"> {
  const earlier = previous ?? (committed && "document" in committed ? committed.document : undefined);
  return earlier ? { previous: earlier } : {};
}

/**
 * A scanned side with the tools its techstack.yml adds by hand (`detection_source: manual`), as
 * write would write it: `diff techstack.yml .` then shows what write would change, and a
 * pull request that adds such a tool shows it. Where write stops at a techstack.yml that cannot be
 * read, a side's adds nothing, with a warning (said after the scan's own).
 */
async function sideWithManual(document: StackDocument, dir: string, committed: CommittedSide): Promise<StackDocument> {
  if ("problem" in committed) stderrLine(`warning: ${committed.problem}; its tools added by hand are left out`);
  return withManual(document, "document" in committed ? committed.document : undefined, dir);
}

/** The name of a file diff reads as a stack document (YAML or its JSON), not of a revision. */
const STACK_FILE_NAME = /\.(?:ya?ml|json)$/i;

/** A shallow clone (actions/checkout fetches one commit by default) lacks the older revisions: how to fetch them, else "". */
async function shallowHint(answers: CheckoutAnswers): Promise<string> {
  const answer = await answers.layout();
  return "layout" in answer && answer.layout.shallow ? shallowCloneHint() : "";
}

/** Whether revision `rev` holds the folder `dir` (a checkout's folder below its top). */
async function holdsFolder(dir: string, rev: string): Promise<boolean> {
  return runGit(dir, ["cat-file", "-e", `${rev}:./`]).then(
    () => true,
    () => false,
  );
}

async function isRevision(dir: string, rev: string): Promise<boolean> {
  return runGit(dir, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]).then(
    () => true,
    () => false,
  );
}

/**
 * What a diff works out once of each folder it scans, shared by its two sides: what git says of it
 * (its layout, its configuration), asked once, not once a side, and its scan options by the
 * revision scanned ("" for the folder itself).
 */
interface Folder {
  answers: CheckoutAnswers;
  options: Map<string, DetectOptions>;
  /** The techstack.yml of each revision read (committedStackFile). */
  committed: Map<string, Promise<NamedBlob>>;
}

/** A run's folders, by absolute path. */
type Asked = Map<string, Folder>;

/** What is known of the folder `dir`, made when first wanted. */
function folderOf(asked: Asked, dir: string): Folder {
  const key = resolve(dir);
  let folder = asked.get(key);
  if (!folder) asked.set(key, (folder = { answers: checkoutAnswers(key, SCAN_CONFIG_KEYS), options: new Map(), committed: new Map() }));
  return folder;
}

async function scanOrFail(dir: string, options: DetectOptions, answers?: CheckoutAnswers) {
  try {
    return await scanWith(dir, { ...options, signal: commandSignal() }, answers);
  } catch (error) {
    throw new CliError(messageOf(error), 1);
  }
}
