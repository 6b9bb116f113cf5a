import { runGit } from "./run.js";

/** Where a checkout's shared git files are, and where in the checkout a folder is, as git finds them from that folder. */
export interface RepositoryLayout {
  /** The git folder all the repository's worktrees share (its info/exclude and config), relative to the folder asked or absolute. */
  commonDir: string;
  /** The checkout's own git folder (a worktree's, with its HEAD), relative to the folder asked or absolute. */
  gitDir: string;
  /** The asked folder's path below the top of the checkout, with a trailing slash; "" at the top and in a bare repository. */
  prefix: string;
}

/** Git's answer: the layout, or why git will not read the repository, in git's words (`git rev-parse: fatal: ...`). */
export type LayoutAnswer = { layout: RepositoryLayout } | { refused: string };

/**
 * One `git rev-parse` for what a scan needs of the repository's layout (rev-parse prints a line per
 * option, in order), which also says whether git reads the repository at all: a process each cost
 * three more forks a scan. Each option alone fails exactly where they do together, in git's setup
 * of the repository (another user's, a broken HEAD, none found); none fails where the others
 * succeed (`--show-prefix` prints an empty line in a bare repository and in a git folder).
 */
export function repositoryLayout(dir: string): Promise<LayoutAnswer> {
  return runGit(dir, ["rev-parse", "--git-common-dir", "--show-prefix", "--git-dir"]).then(
    async (out) => {
      const lines = out.split("\n");
      // A path with a newline in it spans lines: each fact is then asked alone.
      if (lines.length !== 4) return { layout: { commonDir: await asked(dir, "--git-common-dir"), prefix: await asked(dir, "--show-prefix"), gitDir: await asked(dir, "--git-dir") } };
      return { layout: { commonDir: lines[0]!, prefix: lines[1]!, gitDir: lines[2]! } };
    },
    (error: Error) => ({ refused: error.message }),
  );
}

/** One option's answer, less its last newline; "" where git gives none. */
async function asked(dir: string, option: string): Promise<string> {
  return (await runGit(dir, ["rev-parse", option]).catch(() => "")).replace(/\n$/, "");
}
