import { configEntries, type ConfigEntry } from "./config-entries.js";

/** The keys that say whether a repository is a partial clone, as `git config --get-regexp` takes them. */
export const PARTIAL_CLONE_KEYS = "remote\\..*\\.(promisor|partialclonefilter)|extensions\\.partialclone";

export interface CloneKind {
  partial: boolean;
  treeless: boolean;
}

/**
 * Whether the repository is a partial clone (a promisor remote, whose missing objects git fetches
 * on demand), and whether it is treeless (`--filter=tree:0`: the older commits' trees are missing
 * too, so even a walk of the history would fetch them).
 */
export async function partialClone(dir: string): Promise<CloneKind> {
  return cloneKind(await configEntries(dir, `^(${PARTIAL_CLONE_KEYS})$`));
}

/** partialClone's answer from a listing of the configuration that holds the PARTIAL_CLONE_KEYS entries (and maybe others). */
export function cloneKind(entries: readonly ConfigEntry[]): CloneKind {
  const set = (pattern: RegExp, value: RegExp) => entries.some(([key, v]) => pattern.test(key) && value.test((v ?? "").trim()));
  const partial = set(/^extensions\.partialclone$/i, /^\S/) || set(/^remote\..*\.promisor$/i, /^(?:true|yes|on|1)$/i);
  return { partial, treeless: partial && set(/^remote\..*\.partialclonefilter$/i, /^tree:/i) };
}
