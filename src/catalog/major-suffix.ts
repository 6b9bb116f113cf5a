/**
 * A registry's `major_suffix` (catalog/registries.yml): how a package's name marks another major
 * version of one package, `{n}` standing for its digits (`/v{n}`: `example.com/acme/v2` is
 * `example.com/acme` at major 2).
 */

/** Each suffix's pattern, made once: a suffix, not a whole name, so something stays before it. */
const patterns = new Map<string, RegExp>();

/** `name` without `suffix` at its end, where it ends so and a name stays; `name` itself otherwise or without a suffix. */
export function withoutMajorSuffix(name: string, suffix: string | undefined): string {
  if (!suffix) return name;
  let pattern = patterns.get(suffix);
  if (!pattern) {
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    patterns.set(suffix, (pattern = new RegExp(`(?<=.)${suffix.split("{n}").map(escape).join("\\d+")}$`)));
  }
  return name.replace(pattern, "");
}

/** Whether a catalog file's `major_suffix` is one: text holding `{n}` once, and something else beside it. */
export function isMajorSuffix(value: unknown): boolean {
  return typeof value === "string" && value.length <= 40 && value.split("{n}").length === 2 && value !== "{n}";
}
