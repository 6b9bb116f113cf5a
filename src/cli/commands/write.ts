import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { render } from "../../document/render.js";
import { writeFileAtomic } from "../../io/atomic-write.js";
import { makeFolder } from "../../io/make-folder.js";
import { cannotWrite } from "../../io/why-unwritable.js";
import { sameText } from "../line-endings.js";
import { siteDate } from "../../git/site-dates.js";
import { entryKey } from "../../document/entry-pairs.js";
import { runGit } from "../../git/run.js";
import type { StackDocument } from "../../types.js";
import { CliError, parseOptions, type Command, plural, stderrLine, usageOf } from "../shared.js";
import { SCAN_FLAGS, SCAN_HELP } from "../scan-flags.js";
import { help } from "./detect.js";
import type { CheckoutAnswers } from "../../git/checkout-answers.js";
import { bomOf, checkoutAsked, detectWithManual, endingsOf, outFolder, readReplacedStackFile, readStackFile, stackFilePath } from "../stack-file.js";
import { wholeHistorySetting } from "../../git/shallow-hint.js";
import { writtenScan } from "../workspace-written.js";

const HELP = `Usage: techstack write [dir] [options]

Writes techstack.yml and techstack.md in dir (default: the current one), each replaced
atomically (written to a temporary file beside it, then renamed over it). When nothing but the
scan time would change, the files keep their timestamp and are left untouched, so a rerun on an
unchanged repository is a no-op (--timestamp always sets it).

Tools added by hand are kept: give an entry \`detection_source: manual\` in techstack.yml and
every later write carries it over as written (unless a scan finds a tool of the same name, which
then replaces it), filling in the page, logo and category the catalog knows of a tool it names
exactly. Delete the entry to drop it.

The branch the files name (and their links open): --branch, else the one --rev names; else the
checkout's where it is the repository's default branch (origin's HEAD; in CI, GitLab's
CI_DEFAULT_BRANCH or the GitHub Actions event's default_branch); on any other branch (a feature
branch, a pull request's checkout) the branch techstack.yml already names, else the default
branch, else the checkout's. So a bot writing on a pull request keeps \`branch: main\`, and the
refresh on main after the merge changes only what the merge changed. A tag checked out is named
as --rev TAG names it.

A techstack.yml in a workspace package's folder that a scan of the monorepo wrote (write ROOT
--workspace PKG --out DIR: its sources are paths from the root) is made again by that scan, as
check compares it, unless --workspace, --rev, --include or --exclude says what to scan.

Options:
  --out DIR             write the files here instead of dir (made if missing; a bare
                        repository, which has no working tree, needs it)
${SCAN_HELP}
  -h, --help            this help

Exit codes: 0 written, 1 the scan failed or the existing techstack.yml is unreadable, 2 usage
error.

Examples:
  techstack write
  techstack write services/api --exclude "**/fixtures/**"`;

export const writeCommand: Command = {
  async run(args) {
    const { values, positionals } = parseOptions(args, { out: { type: "string" }, ...SCAN_FLAGS }, HELP);
    if (values.help) return help(HELP);
    if (positionals.length > 1) throw new CliError(`write takes one directory, got ${positionals.length}${usageOf(HELP)}`);
    const folder = positionals[0] ?? ".";
    const out = await outFolder(folder, values.out as string | undefined);
    const files: StackPair<string> = { yaml: join(out, "techstack.yml"), markdown: join(out, "techstack.md") };
    // Read once: the hand-added entries come from it, and the rewrite is compared with it.
    const replaced = readReplacedStackFile(files.yaml);
    const previous = replaced.document;
    // A file a workspace scan wrote in a member's folder is made again by that scan, as check compares it.
    const { dir, values: scanned } = (await writtenScan("write", files.yaml, folder, values, previous)) ?? { dir: folder, values };
    // What write asks of the checkout, asked once: the scan's answers say whether it is shallow and where its top is.
    const asked = checkoutAsked(dir, scanned);
    const { document, catalog } = await detectWithManual(dir, scanned, previous, {}, asked);
    const shallow = await warnIfShallow(asked);
    const before: StackPair<string | undefined> = { yaml: replaced.text, markdown: readStackFile(files.markdown) };
    if (shallow && previous) keepDatesPastTheCut(document, previous, await cutCommits(dir, asked!));
    if (previous && scanned.timestamp === undefined) keepUnchangedTimestamp(document, previous, before.yaml);
    const markdownPath = await stackFilePath(dir, out, Boolean(scanned["no-git"]), undefined, asked);
    const text: StackPair<string> = { yaml: render(document, "yaml"), markdown: render(document, "markdown", { catalog, markdownPath }) };
    // A pair that differs only in line endings (a Windows checkout) is left as it is.
    const changed: StackPair<boolean> = { yaml: !sameText(text.yaml, before.yaml), markdown: !sameText(text.markdown, before.markdown) };
    if (!changed.yaml && !changed.markdown) {
      stderrLine(`${files.yaml} and ${files.markdown} are up to date (${plural(document.detected_tools_count, "tool")})`);
      return 0;
    }
    writeChanged(out, files, before, text, changed);
    stderrLine(`wrote ${wroteWhat(files, changed)} (${plural(document.detected_tools_count, "tool")})`);
    return 0;
  },
};

/** What techstack.yml and techstack.md each have: their paths, or their texts (none where a file is not there yet). */
interface StackPair<T> {
  yaml: T;
  markdown: T;
}

/** Whether the checkout is a shallow clone, which a warning then says: its oldest commit stands in for the history it lacks. */
async function warnIfShallow(asked: CheckoutAnswers | undefined): Promise<boolean> {
  const shallow = asked !== undefined && (await isShallow(asked));
  if (shallow) {
    process.stderr.write(
      `warning: a shallow clone: a file changed before its oldest commit is credited to that commit (last_updated_by/_on), unless techstack.yml already dates its tool; fetch the history (${wholeHistorySetting()}) for the real ones\n`,
    );
  }
  return shallow;
}

/** Nothing changed but the scan time: the document keeps the file's timestamp, so a rerun rewrites nothing. */
function keepUnchangedTimestamp(document: StackDocument, previous: StackDocument, yaml: string | undefined): void {
  const stamp = previous.timestamp;
  if (typeof stamp === "string" && sameText(render({ ...document, timestamp: stamp }, "yaml"), yaml)) document.timestamp = stamp;
}

/** The files whose text changed, written in `out` (made first: --out may name a folder still to make). */
function writeChanged(out: string, files: StackPair<string>, before: StackPair<string | undefined>, text: StackPair<string>, changed: StackPair<boolean>): void {
  try {
    makeFolder(out);
  } catch (error) {
    throw new CliError(`cannot make the folder ${out} for techstack.yml and techstack.md: ${cannotWrite(error, ELSEWHERE)}`, 1);
  }
  if (changed.yaml) writeStackFile(files.yaml, bomOf(files.yaml) + endingsOf(before.yaml, text.yaml));
  if (changed.markdown) writeStackFile(files.markdown, bomOf(files.markdown) + endingsOf(before.markdown, text.markdown));
}

/** What the log names as written: a hand-edited techstack.md put back leaves techstack.yml as it was. */
function wroteWhat(files: StackPair<string>, changed: StackPair<boolean>): string {
  if (!changed.markdown) return `${files.yaml}; techstack.md was up to date`;
  if (!changed.yaml) return `${files.markdown}; techstack.yml was up to date`;
  return `${files.yaml} and ${files.markdown}`;
}

/** What to do where the files cannot be written (a full disk aside). */
const ELSEWHERE = "give --out a folder you can write to";

/** One of the two files, replaced atomically; a refusal is one line naming it, why and what to do (exit 1). */
function writeStackFile(file: string, content: string): void {
  try {
    writeFileAtomic(file, content);
  } catch (error) {
    throw new CliError(`cannot write ${file}: ${cannotWrite(error, ELSEWHERE)}`, 1);
  }
}

/**
 * A shallow clone's cut commits (the oldest it has, their parents missing), each as the
 * last_updated_by and last_updated_on it gives the files it stands in for (`NAME\x1fDATE`), to
 * its committer date: the latest a change it stands in for can be dated (a rebased commit keeps
 * an author date older than those of the commits it now follows).
 */
async function cutCommits(dir: string, asked: CheckoutAnswers): Promise<Map<string, string>> {
  // The shallow file is one of the files a repository's worktrees share (`git rev-parse --git-path shallow`).
  const answer = await asked.layout();
  if (!("layout" in answer)) return new Map();
  let hashes: string[] = [];
  try {
    hashes = readFileSync(resolve(dir, answer.layout.commonDir, "shallow"), "utf8").split("\n").filter((line) => /^[0-9a-f]{40,64}$/.test(line));
  } catch {
    return new Map();
  }
  if (!hashes.length) return new Map();
  const out = await runGit(dir, ["show", "-s", "--format=%aN%x1f%at%x1f%ct", ...hashes]).catch(() => "");
  const cuts = new Map<string, string>();
  for (const line of out.split("\n")) {
    const [committed, authored, ...name] = line.split("\x1f").reverse();
    if (!name.length) continue;
    const key = `${name.reverse().join("\x1f")}\x1f${siteDate(Number(authored))}`;
    const bound = [siteDate(Number(authored)), siteDate(Number(committed))].sort().pop()!;
    if (!(bound <= (cuts.get(key) ?? ""))) cuts.set(key, bound);
  }
  return cuts;
}

/**
 * In a shallow clone, a tool whose file's last change lies before the cut is dated by the cut
 * commit, which is the newest commit in a CI checkout (--depth 1): a bot that wrote and committed
 * the files would date every such tool by its own commit on its next run, and commit again, run
 * after run. The date the existing techstack.yml gives the same entry (same version) is kept
 * instead, when it is no later than the cut (its committer date, where `cuts` maps each to one: a
 * rebased cut's author date is older than its history's): it came from history this clone cannot see.
 */
export function keepDatesPastTheCut(document: StackDocument, previous: StackDocument, cuts: ReadonlySet<string> | ReadonlyMap<string, string>): void {
  // parse() keeps a `tools` that is no list (for validate to report): such a file gives no dates.
  if (!cuts.size || !Array.isArray(previous.tools)) return;
  const old = new Map(previous.tools.map((t) => [entryKey(t), t]));
  for (const tool of document.tools) {
    if (tool.last_updated_by === undefined || !tool.last_updated_on || !cuts.has(`${tool.last_updated_by}\x1f${tool.last_updated_on}`)) continue;
    const before = old.get(entryKey(tool));
    // Only a date (the site's `2024-02-29 19:20:29.000000000 Z`, or its day): a hand-typed "-" or "0" sorts before every date.
    const latest = (cuts instanceof Map ? cuts.get(`${tool.last_updated_by}\x1f${tool.last_updated_on}`) : undefined) ?? tool.last_updated_on;
    if (!before || typeof before.last_updated_on !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(before.last_updated_on) || before.last_updated_on > latest) continue;
    if (String(before.version ?? "") !== String(tool.version ?? "")) continue;
    tool.last_updated_on = before.last_updated_on;
    if (typeof before.last_updated_by === "string") tool.last_updated_by = before.last_updated_by;
  }
}

/** Whether the checkout is a shallow clone, as the layout's rev-parse says. */
async function isShallow(asked: CheckoutAnswers): Promise<boolean> {
  const answer = await asked.layout();
  return "layout" in answer && answer.layout.shallow;
}
