import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { runGit } from "./run.js";

/** Where a checkout's shared git files are, where in the checkout a folder is, and what else one rev-parse tells of it, as git finds them from that folder. */
export interface RepositoryLayout {
  /** The git folder all the repository's worktrees share (its info/exclude and config), relative to the folder asked or absolute. */
  commonDir: string;
  /** The checkout's own git folder (a worktree's, with its HEAD), relative to the folder asked or absolute. */
  gitDir: string;
  /** The asked folder's path below the top of the checkout, with a trailing slash; "" at the top and in a bare repository. */
  prefix: string;
  /** Whether the repository is a shallow clone (write warns of its dates). */
  shallow: boolean;
  /** Whether the asked folder is in a working tree (not a bare repository, not a git folder): checkoutTop's answer is its top. */
  workTree: boolean;
  /** Whether the repository is a bare one (`--is-bare-repository`): no working tree, its HEAD is what it holds. */
  bare: boolean;
  /** Whether HEAD is a commit without a parent, so the history holds HEAD alone (a first commit, a clone of depth 1): nothing to blame. */
  headIsRoot: boolean;
}

/** Git's answer: the layout, or why git will not read the repository, in git's words (`git rev-parse: fatal: ...`). */
export type LayoutAnswer = { layout: RepositoryLayout } | { refused: string };

/** The paths, each a line: a path with a newline in it spans lines, and is then asked alone. */
const PATHS = ["--git-common-dir", "--show-prefix", "--git-dir"];
/** The yes-or-no questions, each a line (`true` or `false`). */
const QUESTIONS = ["--is-shallow-repository", "--is-inside-work-tree", "--is-bare-repository"];
/** HEAD's commit and its parents, a line each; none where HEAD has no commit yet (`--revs-only` prints no revision git cannot read, and fails for none). */
const HEAD_AND_PARENTS = ["--revs-only", "HEAD", "HEAD^@"];

/**
 * One `git rev-parse` for what a scan and the commands around it need of the repository (rev-parse
 * prints a line per option, in order), which also says whether git reads the repository at all:
 * asked a process each, the three paths cost a scan two more, and write's shallow question, the
 * README snippets' top and the count of a one-commit history one each. Each option alone fails exactly where they do
 * together, in git's setup of the repository (another user's, a broken HEAD, none found); none
 * fails where the others succeed (`--show-prefix` prints an empty line in a bare repository and in
 * a git folder; the revisions after `--revs-only` print nothing where HEAD names no commit yet, or
 * no parents where its commit cannot be read, and the count of commits git cannot read would be
 * none either; `--is-bare-repository` answers wherever the setup succeeds). `--show-toplevel` is not asked: it fails outside a working tree (checkoutTop).
 */
export function repositoryLayout(dir: string): Promise<LayoutAnswer> {
  return runGit(dir, ["rev-parse", ...PATHS, ...QUESTIONS, ...HEAD_AND_PARENTS]).then(
    async (out) => {
      const lines = out.split("\n");
      lines.pop();
      const [commonDir, prefix, gitDir, shallow, workTree, bare, head, ...parents] = lines;
      // git before 2.15 prints `--is-shallow-repository` back as it is: no shallow clone then.
      const answered = lines.length >= 6 && /^(?:true|false|--is-shallow-repository)$/.test(shallow!) && /^(?:true|false)$/.test(workTree!) && /^(?:true|false)$/.test(bare!) && [head ?? "", ...parents].every((line) => /^(?:[0-9a-f]{40}|[0-9a-f]{64})?$/.test(line));
      if (!answered) return { layout: await askedAlone(dir) };
      return { layout: { commonDir: commonDir!, prefix: prefix!, gitDir: gitDir!, shallow: shallow === "true", workTree: workTree === "true", bare: bare === "true", headIsRoot: Boolean(head) && parents.length === 0 } };
    },
    (error: Error) => ({ refused: error.message }),
  );
}

/**
 * The top of the working tree the asked folder is in, as `git rev-parse --show-toplevel` prints it
 * (its real path): the folder's real path less as many folders as `prefix` names. Undefined outside
 * a working tree, where git is to be asked: it fails in a bare repository or a git folder, and
 * names the working tree that a `core.worktree` setting puts elsewhere.
 */
export function checkoutTop(dir: string, layout: RepositoryLayout): string | undefined {
  if (!layout.workTree) return undefined;
  try {
    const depth = layout.prefix.split("/").filter(Boolean).length;
    return resolve(realpathSync(dir), ...Array<string>(depth).fill(".."));
  } catch {
    return undefined;
  }
}

/** The top of the checkout `dir` is in (checkoutTop, where the layout says it; else git's `--show-toplevel`); "" where there is none. */
export async function checkoutTopOf(dir: string, layout: Promise<LayoutAnswer>): Promise<string> {
  const answer = await layout;
  // A bare repository has no top: git's `--show-toplevel` fails there, so it is not asked.
  const top = "layout" in answer ? (answer.layout.bare ? "" : checkoutTop(dir, answer.layout)) : "";
  return top ?? (await runGit(dir, ["rev-parse", "--show-toplevel"]).catch(() => "")).trim();
}

/** The layout asked a question a process, where one answer spans lines (a path holding a newline). */
async function askedAlone(dir: string): Promise<RepositoryLayout> {
  const [commonDir, prefix, gitDir, shallow, workTree, bare, revisions] = await Promise.all([...PATHS, ...QUESTIONS].map((option) => asked(dir, [option])).concat(asked(dir, HEAD_AND_PARENTS)));
  const [head, ...parents] = revisions!.split("\n").filter(Boolean);
  return { commonDir: commonDir!, prefix: prefix!, gitDir: gitDir!, shallow: shallow === "true", workTree: workTree === "true", bare: bare === "true", headIsRoot: Boolean(head) && parents.length === 0 };
}

/** One question's answer, less its last newline; "" where git gives none. */
async function asked(dir: string, args: string[]): Promise<string> {
  return (await runGit(dir, ["rev-parse", ...args]).catch(() => "")).replace(/\n$/, "");
}
