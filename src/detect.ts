import { coded } from "./errors.js";
import { notADirectory } from "./io/not-a-directory.js";
import { basename, resolve } from "node:path";
import { opendir, readlink, stat } from "node:fs/promises";
import type { Detector, DetectResult, FileSource, ScanSignal, ScanTarget, ScanWarning, StackDocument } from "./types.js";
import type { CatalogSource } from "./catalog/types.js";
import type { Catalog } from "./catalog/catalog.js";
import { catalogForScan } from "./catalog/repository-file.js";
import { DirectorySource } from "./sources/directory.js";
import { GitRevisionSource } from "./sources/git.js";
import { runDetectors, type RunResult } from "./scan/run.js";
import { buildDocument, type RepoFacts } from "./document/build.js";
import { earlierSources, type EarlierDocument } from "./document/kept-source.js";
import { EXCLUDES_FILE_KEY, hasExcludeRules } from "./git/exclude-rules.js";
import { repositoryLayout, type LayoutAnswer } from "./git/layout.js";
import type { ConfigEntry } from "./git/config-entries.js";
import { checkoutAnswers, type CheckoutAnswers } from "./git/checkout-answers.js";
import { cloneKind, PARTIAL_CLONE_KEYS, type CloneKind } from "./git/partial-clone.js";
import { REMOTE_URL_KEYS } from "./git/origin-from-config.js";
import { checkoutOfGitFolder, gitRefusal, hasBareLayout, isBareRepo, isGitRepo, refusalWords } from "./git/repository-kind.js";
import { lastChanges } from "./git/last-changes.js";
import { takeSilenceWarnings } from "./git/silence.js";
import { headRefLoop } from "./git/symbolic-ref-file.js";
import { REMOTE_FACTS, repoFacts } from "./git/facts.js";
import { inheritedNote } from "./scan/inherited-note.js";
import { revisionRef } from "./git/branch.js";
import { siteTimestamp } from "./git/site-dates.js";
import { declaringLines, lineChanges } from "./git/blame.js";
import { isoDate } from "./document/iso-date.js";
import { builtinDetectors } from "../detectors/index.js";
import { CHECKOUT_TOOL, REPO_METADATA } from "./constants.js";
import { hasGit, runGit } from "./git/run.js";
import { excludedBy, pathFilter } from "./scan/path-filter.js";
import { stopIfAborted, withScanSignal } from "./scan/abort.js";
import { withWorkspace } from "./workspace/scan-options.js";
import { ProgressReporter, type ScanProgress } from "./scan/progress.js";
import { checkFileSource, checkOptions, checkOptionsObject, checkSourceLabel, targetPath } from "./scan/arguments.js";

export interface DetectOptions {
  /** Detectors to run besides the built-in ones. */
  detectors?: Detector[];
  /** Names of built-in detectors not to run (`npm`, `python`, ...); `true` disables all of them. */
  disable?: string[] | true;
  /** Catalog data added to (or overriding) the built-in catalog. */
  catalog?: CatalogSource | CatalogSource[];
  /** Scan this git revision of `dir` instead of its working tree. */
  rev?: string;
  /**
   * Read git history for repo_name, branch and last_updated_*; default true. Without git's facts
   * (`false`, a folder outside a repository, or a FileSource) the header is the folder's last part
   * (a FileSource's label: `memory`) as repo_name, branch empty (nothing names one), provider
   * `local`, repo_type `Public`, requested_by empty: give the real ones in `repo`.
   */
  git?: boolean;
  /** With git, read each tool's last change from the history (last_updated_*); default true. */
  history?: boolean;
  /**
   * A fixed timestamp for reproducible output: a Date or an ISO date and time, written as the site
   * writes it (UTC, whole seconds: `2024-05-01T12:00:00+00:00`).
   */
  timestamp?: string | Date;
  /** Files larger than this are skipped with a warning (default 20 MiB). */
  maxFileBytes?: number;
  /**
   * Only paths matching one of these globs are scanned (paths from the scanned folder; an empty list
   * filters nothing). An empty glob (`""`, an unset variable split) or one above the folder
   * (`../src/**`) matches no file: a `TECHSTACK_BAD_OPTION` TypeError, as the CLI's `--include` is.
   */
  include?: string[];
  /**
   * One package of a monorepo to scan, by its package name or its folder, as the CLI's `--workspace`:
   * an npm, Yarn, pnpm or Bun workspace package, or a Cargo or uv workspace member. Its folder is
   * scanned with the root files it shares (the lockfile that pins its versions, the package
   * manager's files), the root manifest read for its pins alone, and a dependency on another package
   * of the monorepo is a link, no package entry. The workspaces are read from the tree scanned (`rev`'s
   * where given). A name the monorepo does not hold is a `TECHSTACK_NO_SUCH_WORKSPACE` Error; an empty
   * one, an absolute path or one above the folder is a `TECHSTACK_BAD_OPTION` TypeError, and so is
   * a FileSource target, which has no workspaces to read. `include` globs narrow the folder further.
   */
  workspace?: string;
  /** Paths matching one of these globs are not scanned. */
  exclude?: string[];
  /**
   * Globs of files read only for what the other files scanned take from them: a Cargo or uv
   * workspace root's manifest, scanned with one member's folder (`include`), gives that member its
   * inherited dependencies and settings, not the root package's own. Of their findings only a
   * runtime's pin is kept (the workspace's Rust, `[workspace.package]` rust-version), and the
   * package manager's (an npm, Yarn or pnpm workspace root's `packageManager`: `pnpm@8.15.1`).
   */
  inheritedFrom?: string[];
  /** Package entries for direct dependencies no tool claims; default true. */
  packages?: boolean;
  /**
   * Also name the tools of `package-only` matchers: packages the site lists without naming a tool
   * from them (`requests` is Requests, `ava` is AVA). Default false, as the site writes its files.
   */
  allTools?: boolean;
  /**
   * The document this scan refreshes (a committed techstack.yml, as parse reads it): each entry keeps
   * the detection_source it names there while that file still shows the tool, as write and check do,
   * so a second file that also shows a tool is no move; not a file the site does not cite the tool
   * from where one it does shows it (outside the tool's cited_files, or beside the language bar
   * counting it). Other files the scan picks as it would.
   */
  previous?: EarlierDocument;
  /**
   * Overrides for the document's header (repo_name, provider, branch, ...); a branch given here is not asked of git.
   * An empty `repo_name` or `branch` (an unset variable's `""`) is a `TECHSTACK_BAD_OPTION` TypeError,
   * as the CLI's empty `--branch` is: leave the field out for the scan's own.
   */
  repo?: Partial<RepoFacts>;
  /**
   * Called with each warning, in the order of the result's `warnings`, once the scan is done and
   * before it resolves (no progress while it runs); an error it throws rejects the scan with that error.
   */
  onWarning?: (warning: ScanWarning) => void;
  /**
   * Called with how far the scan has got (`{ phase, filesListed, filesRead, detectors, detectorsDone }`,
   * a `ScanProgress`): at each phase (`listing`, `reading`, `history`, `done`), and while files are
   * read at most every 250 ms, never once per file; a scan without it counts nothing more. An error it
   * throws rejects the scan with that error.
   */
  onProgress?: (progress: ScanProgress) => void;
  /**
   * Stops the scan when aborted: it rejects with the signal's reason (an Error coded
   * TECHSTACK_ABORTED for a plain `abort()`), reads no more files and kills the git processes it started.
   */
  signal?: ScanSignal;
}

/** A timestamp option that names no instant is refused here, not written into the document as given. */
function checkTimestamp(timestamp: unknown): void {
  if (timestamp === undefined) return;
  const ok = typeof timestamp === "string" ? isoDate(timestamp) !== undefined : timestamp instanceof Date && !Number.isNaN(timestamp.getTime());
  if (!ok) throw coded(new TypeError(`timestamp: expected an ISO date and time (2024-05-01T12:00:00Z) or a valid Date, not ${typeof timestamp === "string" ? `'${timestamp}'` : String(timestamp)}`), "TECHSTACK_BAD_OPTION");
}

/**
 * Scans a directory (or, with `rev`, one of its git revisions; or any `FileSource`, such as a
 * `MemorySource`) and returns the stack document. The tree's own `techstack.catalog.yml` extends
 * the catalog; its `techstack.config.*` file is the CLI's and is not read here (pass its settings
 * as options). Rejects with a `TypeError` for an argument or option of the wrong kind or name, and
 * with an `Error` for a target it cannot scan (a missing folder or revision); a malformed file is a
 * warning, never a rejection.
 * @example
 * ```ts
 * const document = await detect("./my-repo");
 * console.log(render(document, "yaml"));
 * const inMemory = await detect(new MemorySource({ "package.json": '{"dependencies":{"react":"^18.2.0"}}' }));
 * ```
 */
export async function detect(target: ScanTarget, options: DetectOptions = {}): Promise<StackDocument> {
  // A wrong target is named as detect's, the function the caller called.
  return (await scanWith(target, options, undefined, "detect")).document;
}

/**
 * Like `detect`, with the warnings and the scan's figures.
 * @example
 * ```ts
 * const { document, warnings, stats } = await scan("./my-repo", { rev: "main", exclude: ["legacy/**"] });
 * for (const w of warnings) console.error(`${w.file}: ${w.message}`);
 * ```
 */
export async function scan(target: ScanTarget, options: DetectOptions = {}): Promise<DetectResult> {
  const { document, warnings, stats } = await scanWith(target, options);
  return { document, warnings, stats };
}

/** A scan's result with the catalog it read (the built-in one extended by the tree's techstack.catalog.yml and the `catalog` option), which the CLI renders techstack.md with. */
export interface ScanOutcome extends DetectResult {
  catalog: Catalog;
}

/**
 * `scan`, with what a command has asked of the checkout already (`asked`: its layout and a listing
 * of every key in SCAN_CONFIG_KEYS), so that the scan asks neither again; a wrong target is named
 * as `caller`'s, the function the caller called. Not public.
 */
export async function scanWith(given: ScanTarget, options: DetectOptions = {}, asked?: CheckoutAnswers, caller = "scan"): Promise<ScanOutcome> {
  const target = targetPath(given, caller);
  if (typeof target !== "string") {
    checkFileSource(target, caller);
    checkSourceLabel(target, caller);
  }
  // An unset variable's empty path would scan the current folder.
  if (target === "") throw coded(new TypeError(`${caller}: expected a directory path, not an empty string ("." is the current folder)`), "TECHSTACK_BAD_ARGUMENT");
  checkOptionsObject(options);
  checkTimestamp(options.timestamp);
  checkOptions(options, target, builtinDetectors.map((d) => d.name));
  // A signal aborted already: rejected before anything is read.
  stopIfAborted(options.signal);
  return withScanSignal(options.signal, () => scanChecked(target, options, asked));
}

/** scanWith, its arguments checked; where given a signal, it stops at each step once that aborts. */
async function scanChecked(target: string | FileSource, options: DetectOptions, asked: CheckoutAnswers | undefined): Promise<ScanOutcome> {
  const signal = options.signal;
  const dir = typeof target === "string" ? resolve(target) : undefined;
  if (dir !== undefined) await assertDirectory(dir);
  // What an earlier scan of the folder left unsaid (it failed before its end) is not this one's.
  if (dir !== undefined) takeSilenceWarnings(dir);
  checkRevision(dir, options.rev);
  let layoutAsked: Promise<LayoutAnswer> | undefined;
  if (dir !== undefined && !options.rev) {
    const folder = await checkFolder(dir, asked);
    layoutAsked = folder.layoutAsked;
    if (folder.bare) options = { ...options, rev: "HEAD" };
  }
  const git = await gitOfScan(dir, options, asked, layoutAsked);
  stopIfAborted(signal);
  // The package's folder and the root files it shares, looked up in the tree the scan reads (a
  // revision's listing kept for its source).
  if (dir !== undefined && options.workspace !== undefined) {
    options = await withWorkspace(dir, options.workspace, options, options.rev, git.answers?.trees);
    stopIfAborted(signal);
  }
  const source = typeof target !== "string" ? target : options.rev ? new GitRevisionSource(dir!, options.rev, git.answers?.trees?.get(options.rev)) : await directorySource(dir!, options, git.layout, git.config);
  // Without a git program there are no repository facts or history to read: said, not guessed.
  const useGit = git.inCheckout && (await hasGit());
  const gitWarnings: ScanWarning[] = git.inCheckout && !useGit ? [{ file: ".", message: "git is not installed (or not on PATH): the repository's name, branch and last_updated_* are left out" }] : [];
  stopIfAborted(signal);
  const progress = options.onProgress && new ProgressReporter(options.onProgress);
  const { catalog, catalogWarnings, run } = await runScan(source, options, git.inCheckout, progress);
  const { repo, walked } = await repositoryFacts(dir, source, options, git, useGit, gitWarnings);
  if (walked) progress?.phase("history");
  const [changes, lines] = walked ? await readHistory(dir!, options.rev, run, git.layout!, walked, gitWarnings) : [undefined, undefined];
  // A git process stopped for its silence (waiting on a FIFO among the objects): said once, on .git.
  if (dir !== undefined) {
    const said = [...gitWarnings, ...run.warnings].map((w) => w.message);
    for (const message of takeSilenceWarnings(dir)) if (!said.some((m) => m.includes(message))) gitWarnings.push({ file: ".git", message });
  }
  stopIfAborted(signal);
  // Written as the site writes it (and as --timestamp does), whatever ISO form was given: "2024-05-01" or
  // "...T14:00:00+02:00" would otherwise land in the document as typed.
  const timestamp = siteTimestamp((typeof options.timestamp === "string" ? isoDate(options.timestamp) : options.timestamp) ?? new Date());
  const document = buildDocument({ findings: run.findings, catalog, repo, timestamp, changes, lineChanges: lines, packages: options.packages, allTools: options.allTools, earlierSources: earlierSources(options.previous) });
  const warnings = [...gitWarnings, ...catalogWarnings, ...run.warnings];
  for (const w of warnings) options.onWarning?.(w);
  progress?.phase("done", { filesRead: run.filesRead });
  return { document, warnings, stats: { filesListed: run.entries.length, filesRead: run.filesRead, linksNotFollowed: run.linksNotFollowed }, catalog };
}

/** A revision the scan can read: none that git would take for an option, none of a folder that is no git repository. */
function checkRevision(dir: string | undefined, rev: string | undefined): void {
  // A revision is handed to git: one that reads as an option (`--output=...`) never is.
  if (rev?.startsWith("-")) throw coded(new Error(`not a revision: '${rev}'`), "TECHSTACK_BAD_REVISION");
  if (dir !== undefined && rev && !isGitRepo(dir)) throw coded(new Error(`not a git repository, so it has no revision ${rev}: ${dir}`), "TECHSTACK_NOT_A_GIT_REPOSITORY");
}

/**
 * A folder scanned with no revision: whether it is a bare repository (whose HEAD is scanned), with
 * the layout asked of git where it may be one; an error for one that cannot be scanned (a bare
 * repository without git or that git refuses, a checkout's .git folder).
 */
async function checkFolder(dir: string, asked: CheckoutAnswers | undefined): Promise<{ bare: boolean; layoutAsked: Promise<LayoutAnswer> | undefined }> {
  // A bare repository has no working tree to walk: its HEAD is what it holds.
  // Asked with the layout the scan reads below (one rev-parse answers both), unless the caller has.
  const layoutAsked = hasBareLayout(dir) ? (asked?.layout() ?? repositoryLayout(dir)) : undefined;
  const bare = await isBareRepo(dir, layoutAsked);
  // Without git, a bare repository's folder (hooks, objects) would be walked as a tree.
  if (!bare && hasBareLayout(dir) && basename(dir) !== ".git" && !(await hasGit())) throw coded(new Error(`git is not installed (or not on PATH), so the bare repository ${dir} cannot be read`), "TECHSTACK_GIT_NOT_FOUND");
  // A checkout's .git folder holds git's own files (hooks, logs), no tree: its stack was "Git" alone.
  const checkout = await checkoutOfGitFolder(dir, bare);
  if (checkout !== undefined) throw coded(new Error(`${dir} is the git folder of a checkout, not a folder to scan: scan the checkout${checkout ? ` (${checkout})` : ""}`), "TECHSTACK_GIT_FOLDER");
  // A bare repository git will not read (another user's) holds nothing to scan but through git.
  const answer = bare ? undefined : await layoutAsked;
  if (answer && "refused" in answer) {
    const { reason, advice } = refusalWords(answer.refused);
    throw coded(new Error(`git cannot read the bare repository ${dir} (${reason}), so it cannot be scanned${advice}`), "TECHSTACK_GIT_FAILED");
  }
  return { bare, layoutAsked };
}

/** What a scan asks of git, each question asked once: where it is a checkout, its layout, and the configuration keys it reads. */
interface GitOfScan {
  /** A checkout whose git the scan may read (not --no-git). */
  inCheckout: boolean;
  /** Whether each tool's last change is asked of the history. */
  wantsHistory: boolean;
  /** Whether the caller names every fact the remotes give (their URLs are not asked). */
  remoteGiven: boolean;
  answers: CheckoutAnswers | undefined;
  layout: Promise<LayoutAnswer> | undefined;
  config: () => Promise<ConfigEntry[]>;
}

/** The questions the scan of `dir` asks of git (none of a FileSource), started; an error where a revision is asked and git is missing. */
async function gitOfScan(dir: string | undefined, options: DetectOptions, asked: CheckoutAnswers | undefined, layoutAsked: Promise<LayoutAnswer> | undefined): Promise<GitOfScan> {
  const inCheckout = options.git !== false && dir !== undefined && isGitRepo(dir);
  // The configuration the scan reads (the user's excludes file for the walk, the partial clone's
  // settings for the history), listed by one git process when first asked.
  // The remotes' URLs too, for the header, unless the caller names every fact they give.
  const wantsHistory = options.history !== false;
  const remoteGiven = REMOTE_FACTS.every((fact) => options.repo?.[fact] !== undefined);
  const keys = [...(options.rev ? [] : [EXCLUDES_FILE_KEY]), ...(wantsHistory ? [PARTIAL_CLONE_KEYS] : []), ...(remoteGiven ? [] : [REMOTE_URL_KEYS])];
  const answers = dir === undefined ? undefined : (asked ?? checkoutAnswers(dir, keys.join("|"), layoutAsked));
  // What git says of the checkout's layout, asked once for the walk, the header and the history
  // (and the first git process a command starts, which tells hasGit whether git runs at all).
  const layout = inCheckout ? answers!.layout() : undefined;
  if (dir !== undefined && options.rev && !(await hasGit())) throw coded(new Error(`git is not installed (or not on PATH), so revision ${options.rev} cannot be read`), "TECHSTACK_GIT_NOT_FOUND");
  const config = () => answers!.config();
  return { inCheckout, wantsHistory, remoteGiven, answers, layout, config };
}

/** The scan's catalog (with the tree's own) and the detectors' run over `source`; a checkout's git among its findings. */
async function runScan(source: FileSource, options: DetectOptions, inCheckout: boolean, progress: ProgressReporter | undefined): Promise<{ catalog: Catalog; catalogWarnings: ScanWarning[]; run: RunResult }> {
  const signal = options.signal;
  const { catalog, warnings: catalogWarnings } = await catalogForScan(source, options.catalog ? [options.catalog].flat() : []);
  stopIfAborted(signal);
  const detectors = selectDetectors(options);
  // Read for what the other files take from them: their own findings are left out, but for the
  // kinds kinds.yml's `workspace-pin` lists: the runtime they pin (a workspace's Rust, which its
  // members inherit; the root's Python range, which uv holds every member to) and the package manager
  // (the root package.json's `packageManager`, which Corepack runs in every workspace package).
  const inherited = excludedBy(options.inheritedFrom);
  const run = await runDetectors(source, detectors, catalog, { maxFileBytes: options.maxFileBytes, filter: pathFilter(options.include, options.exclude), excluded: excludedBy(options.exclude), inherited, signal, custom: new Set(options.detectors), progress });
  if (inherited) {
    run.findings = run.findings.filter((finding) => !inherited(finding.file) || catalog.rankTraits.workspacePin(finding));
    run.warnings = run.warnings.map((warning) => (inherited(warning.file) ? inheritedNote(warning) : warning));
  }
  // The walk never enters .git, so a checkout's own git is reported here.
  if (inCheckout && catalog.tools.has(CHECKOUT_TOOL)) run.findings.push({ ref: `tool:${CHECKOUT_TOOL}`, file: REPO_METADATA, detector: "git" });
  return { catalog, catalogWarnings, run };
}

/**
 * The document's header facts: git's where it reads the repository, else the folder's (a revision's
 * branch or tag its own name), the caller's over both; and `walked`, the kind of the clone whose
 * history is read for the dates, none where git is not read, the history is not wanted, or the
 * clone is treeless. What keeps git from being read (a refusal, a treeless clone's history) is
 * added to `gitWarnings`.
 */
async function repositoryFacts(
  dir: string | undefined,
  source: FileSource,
  options: DetectOptions,
  { layout, remoteGiven, wantsHistory, config, answers }: GitOfScan,
  useGit: boolean,
  gitWarnings: ScanWarning[],
): Promise<{ repo: RepoFacts; walked: CloneKind | undefined }> {
  // A checkout git will not read (another user's, a broken .git) has no facts to give: said once.
  // Whether the clone is partial matters to the history walk alone: not asked without one.
  // A branch the caller names (options.repo's, put over the facts below) is not asked of git, nor
  // the remotes where it names every fact they give (write's committed repository: remoteNamed's).
  // The layout's answer says whether git reads the repository (asked before the walk, it is in by
  // now): where it does not, the header's facts are not asked (each would be refused too).
  stopIfAborted(options.signal);
  const refusal = useGit ? await gitRefusal(dir!, layout) : undefined;
  if (refusal) gitWarnings.push({ file: ".git", message: refusal });
  const readable = useGit && refusal === undefined;
  const branchFrom = options.repo?.branch === undefined ? "git" : answers?.branchKept ? "kept" : "caller";
  const [facts, clone] = readable ? await Promise.all([repoFacts(dir!, options.rev, branchFrom, remoteGiven, layout, remoteGiven ? undefined : config(), answers?.revisionNames), wantsHistory ? config().then(cloneKind) : undefined]) : [undefined, undefined];
  // A treeless clone's history has no trees to walk without fetching them, and a scan opens no connection.
  const treeless = readable && wantsHistory && clone!.treeless;
  const loop = readable ? await refLoop(dir!, layout) : undefined;
  if (loop) gitWarnings.push({ file: ".git", message: `HEAD is a loop of symbolic refs (${loop.join(" -> ")}), which git cannot resolve: last_updated_* are left out` });
  if (treeless) gitWarnings.push({ file: ".git", message: "a treeless partial clone (--filter=tree:0): its history cannot be read without fetching it, so last_updated_* are left out (clone with --filter=blob:none, or fully, for them)" });
  // Without git facts a revision is still read with git, and the branch or tag it names is its own
  // name (`--rev release/2.x --no-git`), not the repository's; HEAD stands for the checkout, a fact of it.
  stopIfAborted(options.signal);
  const named = !readable && dir !== undefined && options.rev && options.rev !== "HEAD" && options.repo?.branch === undefined ? await revisionRef(dir, options.rev) : undefined;
  const repo: RepoFacts = {
    ...(readable ? facts! : defaultFacts(dir ?? (source instanceof GitRevisionSource ? source.repo : source.label))),
    ...(named ? { branch: named } : {}),
    ...options.repo,
  };
  return { repo, walked: treeless ? undefined : clone };
}

/** HEAD's chain of symbolic refs where git cannot resolve it (headRefLoop), from the layout git gave; undefined otherwise. */
async function refLoop(dir: string, layout: Promise<LayoutAnswer> | undefined): Promise<string[] | undefined> {
  const answer = layout ? await layout : undefined;
  return answer && "layout" in answer ? headRefLoop(dir, answer.layout) : undefined;
}

/** Each source file's last change and each declaring line's, from the history of `rev` (HEAD by default); what git says of a file it cannot walk is added to `gitWarnings`. */
async function readHistory(dir: string, rev: string | undefined, run: RunResult, layout: Promise<LayoutAnswer>, clone: CloneKind, gitWarnings: ScanWarning[]) {
  const sourceFiles = new Set(run.findings.map((f) => f.file).filter((f) => f !== REPO_METADATA));
  const declared = declaringLines(run.findings);
  // A history of one commit (a first commit, a clone of depth 1) has nothing to blame: its commits are not counted.
  const oneCommit = await headAlone(layout, rev);
  return Promise.all([lastChanges(dir, [...sourceFiles], rev ?? "HEAD", (message) => gitWarnings.push({ file: ".git", message })), lineChanges(dir, { lines: declared, rev, partial: clone.partial, oneCommit, sizes: new Map(run.entries.filter((e) => declared.has(e.path)).map((e) => [e.path, e.size])) })]);
}

/** Whether the history `rev` names holds one commit, where the layout's answer says so (HEAD without a parent); undefined where it cannot say (another revision). */
async function headAlone(layout: Promise<LayoutAnswer>, rev: string | undefined): Promise<boolean | undefined> {
  const answer = await layout;
  return (rev ?? "HEAD") === "HEAD" && "layout" in answer ? answer.layout.headIsRoot : undefined;
}

/**
 * A working tree. In a checkout, other repositories inside it are left out, and (when git may be
 * read) the files it tracks are scanned even where a .gitignore matches them, as a revision is,
 * and the untracked ones git ignores by other means than a .gitignore (.git/info/exclude,
 * core.excludesFile) are left out: a clone elsewhere (CI's) never has them, and its `check`
 * would call a techstack.yml written here stale. `layout` and `config`: the scan's answers of git.
 */
async function directorySource(dir: string, options: DetectOptions, layout: Promise<LayoutAnswer> | undefined, config: () => Promise<ConfigEntry[]>): Promise<DirectorySource> {
  const checkout = isGitRepo(dir);
  const git = checkout && options.git !== false && (await hasGit());
  const paths = (out: string) => new Set(out.split("\0").filter(Boolean));
  const [tracked, excludes] = git ? await Promise.all([runGit(dir, ["ls-files", "-z"]).then(paths, () => undefined), hasExcludeRules(dir, layout, config())]) : [undefined, false];
  // An ignored folder is one line (`--directory`), not walked for its files.
  const ignored = excludes
    ? await runGit(dir, ["ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory"]).then(
        (out) => new Set([...paths(out)].map((p) => (p.endsWith("/") ? p.slice(0, -1) : p))),
        () => undefined,
      )
    : undefined;
  return new DirectorySource(dir, { skipRepositories: checkout, tracked, ignored, signal: options.signal });
}

/** The detectors a scan runs; the custom ones were checked with the options. */
function selectDetectors(options: DetectOptions): Detector[] {
  const disabled = options.disable;
  const builtins = disabled === true ? [] : builtinDetectors.filter((d) => !disabled?.includes(d.name));
  return [...builtins, ...(options.detectors ?? [])];
}

/** The facts of a folder without git: named after its last part; no branch, which git alone could name (empty, as requested_by is). */
export function defaultFacts(label: string): RepoFacts {
  const name = label.split(/[\\/]/).filter(Boolean).pop() ?? "repository";
  return { repo_name: name, provider: "local", branch: "", requested_by: "", repo_type: "Public" };
}

async function assertDirectory(dir: string): Promise<void> {
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    // A link is said as one: its own path exists, so "no such directory" alone reads as a typo.
    if (info.code === "ELOOP") throw coded(new Error(`not a directory: ${dir} is a loop of symbolic links`), "TECHSTACK_NOT_A_DIRECTORY");
    const target = await readlink(dir).catch(() => undefined);
    throw coded(new Error(`no such directory: ${dir}${target === undefined ? "" : ` is a symbolic link to ${resolve(dir, "..", target)}, which does not exist`}`), "TECHSTACK_NO_SUCH_DIRECTORY");
  }
  if (!info.isDirectory()) throw coded(new Error(notADirectory(dir)), "TECHSTACK_NOT_A_DIRECTORY");
  // A folder that cannot be listed has nothing to scan: an empty stack written from it would
  // replace a repository's real one, so it fails as a missing folder does.
  const listing = await opendir(dir).catch((error: NodeJS.ErrnoException) => {
    throw coded(new Error(`folder not readable: ${dir} (${error.code ?? error.message})`), "TECHSTACK_UNREADABLE_DIRECTORY");
  });
  await listing.close();
}
