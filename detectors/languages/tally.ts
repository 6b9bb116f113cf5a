/** Files counted per language, and how many files were counted in all. */
export class LanguageTally {
  readonly counts = new Map<string, number>();
  counted = 0;

  /** `n` more files of each of the languages `ids` (the files themselves counted by the caller). */
  add(ids: readonly string[], n = 1): void {
    for (const id of ids) this.counts.set(id, (this.counts.get(id) ?? 0) + n);
  }
}
