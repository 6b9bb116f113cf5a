import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { keyLineStarts } from "../src/catalog/site-list.js";
import { ROOT } from "./helpers.js";

// After its first look-ups the site's list is read by an index of its lines by key (site-list.ts),
// no longer by searching the text for "\n" + key + tab: both must give the same lines, in order.
/** The lines under each key as the search finds them: every line but the first that opens with the key and a tab. */
function searched(source: string, key: string): string[] {
  const lines: string[] = [];
  const needle = `\n${key}\t`;
  for (let at = source.indexOf(needle); at >= 0; at = source.indexOf(needle, at + 1)) lines.push(lineAt(source, at + 1));
  return lines;
}

const lineAt = (source: string, start: number): string => {
  const end = source.indexOf("\n", start);
  return source.slice(start, end < 0 ? undefined : end);
};

const indexed = (source: string, starts: Map<string, number[]>, key: string): string[] => (starts.get(key) ?? []).map((start) => lineAt(source, start));

describe("the site list's index of lines by key", () => {
  it("gives each key of the list its lines, in the list's order", () => {
    const source = readFileSync(join(ROOT, "catalog", "site-list.tsv"), "utf8");
    const starts = keyLineStarts(source);
    // The lines after the first by the text before their first tab: what the search finds under
    // each key, read whole (searching the text once a key takes 5 s for the list's 7,000).
    const byKey = new Map<string, string[]>();
    for (const line of source.split("\n").slice(1)) {
      if (!line.includes("\t")) continue;
      const key = line.slice(0, line.indexOf("\t"));
      const lines = byKey.get(key);
      if (lines) lines.push(line);
      else byKey.set(key, [line]);
    }
    // Every line but the comments is under a key (6,630 tools, some under a name's and a slug's key).
    expect(byKey.size).toBeGreaterThan(6000);
    expect(new Map([...starts.keys()].map((key) => [key, indexed(source, starts, key)]))).toEqual(byKey);
    for (const key of ["redis", "postgresql", "cloudflarer2"]) expect(indexed(source, starts, key), key).toEqual(searched(source, key));
  });

  it("reads a key repeated, a key that opens a longer one, a line without a tab, the last line without its end, and CRLF line ends", () => {
    const source = "# key\tslug\tname\nredis\tredis\tRedis\r\nredis\tredis-x\tRedis X\r\nredisinsight\tredisinsight\tRedisInsight\r\nnotab\n\tno-key\tNo Key\nzz\tzz\tZZ";
    const starts = keyLineStarts(source);
    for (const key of ["redis", "redisinsight", "notab", "", "zz", "# key", "red"]) expect(indexed(source, starts, key), key).toEqual(searched(source, key));
    expect(indexed(source, starts, "redis")).toEqual(["redis\tredis\tRedis\r", "redis\tredis-x\tRedis X\r"]);
    expect(indexed(source, starts, "zz")).toEqual(["zz\tzz\tZZ"]);
  });
});
