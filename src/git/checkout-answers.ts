import { revisionNames, type RevisionNames } from "./branch.js";
import { configEntries, type ConfigEntry } from "./config-entries.js";
import { EXCLUDES_FILE_KEY } from "./exclude-rules.js";
import { repositoryLayout, type LayoutAnswer } from "./layout.js";
import { REMOTE_URL_KEYS } from "./origin-from-config.js";
import { PARTIAL_CLONE_KEYS } from "./partial-clone.js";

/**
 * What is asked of git once about a checkout and handed to each of its readers: its layout (one
 * rev-parse: where its files are, whether it is shallow, HEAD's parents), the configuration
 * entries that matter (one listing) and what a revision names, each asked when first wanted. A scan makes its own; write,
 * check and submit make one for the committed file's branch and repository, the scan, and what
 * they ask after it.
 */
export interface CheckoutAnswers {
  layout(): Promise<LayoutAnswer>;
  config(): Promise<ConfigEntry[]>;
  /**
   * What git reads revision `rev` as (its branch or tag, else its commit; one rev-parse), asked
   * once for the committed file's branch and the scan's links.
   */
  revisionNames(rev: string): Promise<RevisionNames>;
  /**
   * Revisions' trees as `git ls-tree -r -l -z REV` lists them, by the revision's name, where a
   * reader before the scan listed one (--workspace finds its package there): the scan of that
   * revision lists it no more.
   */
  readonly trees?: Map<string, string>;
  /**
   * Whether the branch the scan is given (its repo.branch) is the one a committed techstack.yml
   * keeps, not the user's --branch: git is not asked for it, but a commit's links open the commit.
   */
  readonly branchKept?: boolean;
}

/** Every configuration key a scan of a working tree reads (the excludes file, a partial clone's settings, the remotes' URLs), as `git config --get-regexp` takes them. */
export const SCAN_CONFIG_KEYS = [EXCLUDES_FILE_KEY, PARTIAL_CLONE_KEYS, REMOTE_URL_KEYS].join("|");

/**
 * CheckoutAnswers of the checkout at `dir`, whose configuration listing holds the entries `keys`
 * matches (a regular expression's alternatives). `layout`: git's answer where it was asked already.
 */
export function checkoutAnswers(dir: string, keys: string, layout?: Promise<LayoutAnswer>): CheckoutAnswers {
  let listed: Promise<ConfigEntry[]> | undefined;
  const names = new Map<string, Promise<RevisionNames>>();
  return {
    layout: () => (layout ??= repositoryLayout(dir)),
    config: () => (listed ??= configEntries(dir, `^(${keys})$`)),
    revisionNames(rev) {
      let asked = names.get(rev);
      if (!asked) names.set(rev, (asked = revisionNames(dir, rev)));
      return asked;
    },
    trees: new Map(),
  };
}
