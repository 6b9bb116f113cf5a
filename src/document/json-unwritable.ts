/**
 * Where `value` holds what JSON cannot write, as a JSON pointer and what is there: the first
 * bigint (`/version`, `1n`), which JSON.stringify refuses with its own uncoded TypeError. Undefined
 * where there is none (the refusal was another's: a cycle, a toJSON that threw).
 */
export function bigintIn(value: unknown, path = "", seen = new Set<object>()): { path: string; value: bigint } | undefined {
  if (typeof value === "bigint") return { path: path || "/", value };
  if (value === null || typeof value !== "object" || seen.has(value)) return undefined;
  seen.add(value);
  for (const [key, item] of Object.entries(value)) {
    const found = bigintIn(item, `${path}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`, seen);
    if (found) return found;
  }
  return undefined;
}
