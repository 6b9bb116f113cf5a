import { isAbsolute, relative, resolve, sep } from "node:path";
import { scanWith, type DetectOptions, type ScanOutcome } from "../detect.js";
import type { StackDocument } from "../types.js";
import { CHECKOUT_TOOL, REPO_METADATA } from "../constants.js";
import type { Catalog } from "../catalog/catalog.js";
import { siteTimestamp } from "../git/site-dates.js";
import { isoDate } from "../document/iso-date.js";
import { CliError, plural, printWarnings, progress, stderrLine, wholeNumber } from "./shared.js";
import { isBareFolder, loadConfig, optionsFromConfig, revisionFilesAsked } from "./config.js";
import { hasBareLayout, isBareRepo, isGitRepo } from "../git/repository-kind.js";
import { checkoutAnswers, SCAN_CONFIG_KEYS, type CheckoutAnswers } from "../git/checkout-answers.js";
import { workspaceOptions } from "./workspace.js";
import { workspaceMemberWarning } from "./workspace-member.js";
import { commandSignal } from "./interrupt.js";
import { messageOf } from "../kit/text.js";
import { climbsOut } from "../scan/include-glob.js";

/** The flags every scanning command shares. */
export const SCAN_FLAGS = {
  rev: { type: "string" },
  branch: { type: "string" },
  include: { type: "string", multiple: true },
  exclude: { type: "string", multiple: true },
  workspace: { type: "string" },
  "no-packages": { type: "boolean" },
  "all-tools": { type: "boolean" },
  "no-git": { type: "boolean" },
  timestamp: { type: "string" },
  "max-file-bytes": { type: "string" },
} as const;

/** Each scan flag's lines of --help, in SCAN_FLAGS' order. */
const SCAN_FLAG_HELP: Record<keyof typeof SCAN_FLAGS, string> = {
  rev: `  --rev REV             scan this git revision of dir without checking it out (its files
                        and techstack.config as committed there)`,
  branch: `  --branch NAME         the branch the document names and its links open (default: the one
                        --rev names, else the repository's default branch: see write --help;
                        none where git names none, as with --no-git)`,
  include: "  --include GLOB        only scan matching paths (repeatable)",
  exclude: "  --exclude GLOB        skip matching paths (repeatable)",
  workspace: `  --workspace NAME      only this npm/yarn/pnpm/Bun workspace package or Cargo/uv workspace
                        member (its package name or its folder), with the root's lockfile for
                        versions`,
  "no-packages": "  --no-packages         leave out package entries",
  "all-tools": `  --all-tools           also name the tools of packages the site lists only as packages
                        (requests: Requests; the catalog's package-only matchers)`,
  "no-git": `  --no-git              do not read git for repository facts and history (a revision's
                        files are still read with it)`,
  timestamp: "  --timestamp ISO       a fixed timestamp, for reproducible output",
  "max-file-bytes": `  --max-file-bytes N    skip files larger than N bytes with a warning (default: the
                        configuration's max-file-bytes, else 20 MiB)`,
};

/** The --help lines of these scan flags (a command that takes some of them), in SCAN_FLAGS' order. */
export function scanHelp(flags: readonly (keyof typeof SCAN_FLAGS)[]): string {
  return (Object.keys(SCAN_FLAGS) as (keyof typeof SCAN_FLAGS)[]).filter((flag) => flags.includes(flag)).map((flag) => SCAN_FLAG_HELP[flag]).join("\n");
}

export const SCAN_HELP = scanHelp(Object.keys(SCAN_FLAGS) as (keyof typeof SCAN_FLAGS)[]);

export type ScanValues = Partial<Record<keyof typeof SCAN_FLAGS, string | boolean | string[] | undefined>>;

/**
 * An empty --rev, --branch, --workspace, --timestamp or --include (`--rev "$TAG"` with the
 * variable unset) is a usage error: read as no value it would scan the working tree, name the
 * checkout's branch, the whole monorepo, at the scan's time, or no file at all, and report that as
 * the answer.
 */
export function refuseEmptyScanFlags(values: ScanValues): void {
  const what = { rev: "a revision", branch: "a branch name", workspace: "a name", timestamp: "an ISO date and time", include: "a glob" } as const;
  for (const [flag, value] of Object.entries(what) as [keyof typeof what, string][]) {
    const given = values[flag];
    if (given === "" || (Array.isArray(given) && given.some((glob) => glob.trim() === ""))) throw new CliError(`--${flag} takes ${value}, not an empty value`);
  }
}

/**
 * A flag's glob as a path from the scanned folder: one written from elsewhere (an absolute path
 * inside it, as a shell's tab completion gives) is made relative; one outside it (`../src/**`,
 * another absolute path) matches no file, so it is a usage error rather than an empty scan.
 */
function fromScannedFolder(dir: string, flag: string, glob: string): string {
  const outside = () => new CliError(`${flag} '${glob}' is outside the scanned folder ${dir}: globs are paths from it (src/**)`);
  if (climbsOut(glob)) throw outside();
  if (!isAbsolute(glob)) return glob;
  const inside = relative(resolve(dir), glob);
  if (inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) throw outside();
  return inside.split(sep).join("/") || "**";
}


/**
 * The options flags set whatever the folder: checked (a usage error for a bad value), so that a
 * command scanning many folders (batch) can refuse them once, before any scan.
 */
export function flagOptions(values: ScanValues): DetectOptions {
  refuseEmptyScanFlags(values);
  const rev = values.rev ? String(values.rev) : undefined;
  if (rev?.startsWith("-")) throw new CliError(`--rev takes a revision (a branch, tag or commit), not '${rev}'`);
  const options: DetectOptions = {};
  if (values["no-packages"]) options.packages = false;
  if (values["all-tools"]) options.allTools = true;
  if (values["no-git"]) options.git = false;
  if (values.timestamp) {
    const date = isoDate(values.timestamp as string);
    if (!date) throw new CliError(`--timestamp takes an ISO date and time (2024-05-01T12:00:00Z), not '${values.timestamp}'`);
    options.timestamp = siteTimestamp(date);
  }
  if (values["max-file-bytes"] !== undefined) options.maxFileBytes = wholeNumber("--max-file-bytes", values["max-file-bytes"] as string);
  return options;
}

/**
 * Scan options: configuration file first, flags over it. A revision's scan (`--rev`, or a bare
 * repository's HEAD) reads the configuration committed at that revision, as it reads its files and
 * workspaces; a folder's, the one in the folder. `bare`: whether `dir` is a bare repository, where
 * the caller knows (scanOptionsAsked: from the layout's answer); else git is asked here. `asked`:
 * the command's checkout answers, where a revision's listing made to find a workspace is kept for
 * the scan (their `trees`) and the revision's configuration files are shared (revisionFilesAsked).
 */
export async function scanOptions(dir: string, values: ScanValues, bare?: boolean, asked?: CheckoutAnswers): Promise<DetectOptions> {
  const flagged = flagOptions(values);
  const rev = values.rev ? String(values.rev) : undefined;
  // A bare repository has no working tree: its HEAD is scanned.
  const at = rev ?? ((bare ?? isBareFolder(dir)) ? "HEAD" : undefined);
  // Outside a repository a revision cannot be read: the scan says so.
  const files = at && isGitRepo(dir) ? revisionFilesAsked(dir, at, asked) : undefined;
  let options = optionsFromConfig(dir, loadConfig(dir, files), files);
  // Said here, where git has just said it is one, so that the scan does not ask it again.
  if (at) options.rev = at;
  const include = ((values.include as string[]) ?? []).map((glob) => fromScannedFolder(dir, "--include", glob));
  if (include.length) options.include = include;
  // The workspaces of the revision scanned: --rev's files, not the working tree's; a bare
  // repository (whose folder is git's own) has no working tree, and its scan reads HEAD. The
  // package's globs go first (a later glob wins: the user's `!` globs still take back part of its
  // folder), in place of the configuration's include, as --include's are.
  if (values.workspace) options = await workspaceOptions(dir, String(values.workspace), { ...options, include }, at, asked?.trees);
  const exclude = ((values.exclude as string[] | undefined) ?? []).map((glob) => fromScannedFolder(dir, "--exclude", glob));
  if (exclude.length) options.exclude = [...(options.exclude ?? []), ...exclude];
  Object.assign(options, flagged);
  if (values.branch) options.repo = { ...options.repo, branch: String(values.branch) };
  return options;
}

/**
 * scanOptions for a command that scans `dir` next: whether it is a bare repository is the layout's
 * answer (its one rev-parse, which the scan reads too), not a question of its own. `asked`: the
 * command's answers of git, else ones made here where a folder laid out as a bare repository
 * needs them, or a workspace is looked for in a revision (whose listing the scan then shares),
 * returned for the scan to share.
 */
export async function scanOptionsAsked(dir: string, values: ScanValues, asked?: CheckoutAnswers): Promise<{ options: DetectOptions; asked?: CheckoutAnswers }> {
  // A revision named, or a folder not laid out as a bare repository, has nothing to ask.
  if (values.rev || !hasBareLayout(dir)) {
    const answers = asked ?? (values.rev && values.workspace ? checkoutAnswers(dir, SCAN_CONFIG_KEYS) : undefined);
    return { options: await scanOptions(dir, values, false, answers), asked: answers };
  }
  const answers = asked ?? checkoutAnswers(dir, SCAN_CONFIG_KEYS);
  return { options: await scanOptions(dir, values, await isBareRepo(dir, answers.layout()), answers), asked: answers };
}

/** A scan for a command: progress on a terminal, a failure as exit 1, warnings on stderr; `extra` options over the flags'. */
export async function scanForCli(dir: string, values: ScanValues, extra: DetectOptions = {}, known?: CheckoutAnswers): Promise<ScanOutcome> {
  const done = progress(`scanning ${dir}`);
  try {
    const { options, asked } = await scanOptionsAsked(dir, values, known);
    // Header facts from both: --branch's and the caller's (what a committed techstack.yml keeps).
    const result = await scanWith(dir, { ...options, signal: commandSignal(), ...extra, ...(options.repo || extra.repo ? { repo: { ...options.repo, ...extra.repo } } : {}) }, asked);
    printWarnings(result.warnings);
    // A monorepo's package scanned by its folder (a CI job per service) misses the root's lockfile.
    const member = values.workspace || options.rev ? undefined : await workspaceMemberWarning(dir);
    if (member) stderrLine(`warning: ${member}`);
    // An empty stack is most often the wrong folder: say so, rather than print or write it silently.
    // In a checkout the stack always holds Git, from the repository's metadata: that alone is empty too.
    if (foundNothing(result.document, result.catalog)) {
      const git = result.document.tools.length ? ` but ${result.document.tools[0]!.name}, from the checkout` : "";
      // Links passed over are counted: manifests that are links (never followed) read as no manifest at all.
      const links = result.stats.linksNotFollowed ? `; ${plural(result.stats.linksNotFollowed, "symbolic link")} not followed` : "";
      stderrLine(`warning: ${dir}: no tool found${git} (${plural(result.stats.filesListed, "file")} listed, none that techstack reads${links}): ${emptyScanQuestion(options)}`);
    }
    return result;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(messageOf(error), 1);
  } finally {
    done();
  }
}

/**
 * What to ask of an empty scan: whether the folder is the repository's, and, where include or
 * exclude globs are in force (flags, a workspace's folder, the configuration's), whether they leave
 * its files in, naming them: a mistyped `--include srv/**` leaves every file out without a word.
 */
function emptyScanQuestion(options: DetectOptions): string {
  const named = (kind: string, list: readonly string[] | undefined) => (list?.length ? [`${kind} ${list.join(", ")}`] : []);
  const globs = [...named("include", options.include), ...named("exclude", options.exclude)];
  return globs.length ? `is it the repository's folder, and do the globs leave its files in? (${globs.join("; ")})` : "is it the repository's folder?";
}

/**
 * Whether a scan found nothing of the folder's own: no tool, or only the Git a checkout's metadata
 * shows (a folder of a checkout that holds nothing techstack reads). That Git is the engine's own
 * finding of the catalog's `git` tool (src/detect.ts), known by the name the scan's catalog gives
 * the id, so a catalog file renaming it changes nothing.
 */
export function foundNothing(document: StackDocument, catalog: Catalog): boolean {
  const git = catalog.tools.get(CHECKOUT_TOOL)?.name;
  return document.tools.every((t) => git !== undefined && t.name === git && t.detection_source === REPO_METADATA);
}
