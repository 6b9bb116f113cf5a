import { describe, expect, it } from "vitest";
import { runCommand } from "./helpers.js";
import * as api from "../src/index.js";

// `submit --manual NAME --yes` refuses a name whose best match is not clear (TECHSTACK_UNSURE_NAME),
// while `resolve` printed the same guesses ("gpt" as Git at 0.69) as if it were sure. The rule is
// the library's isClear(), and resolve's text and JSON both carry it.
describe("resolve says which names are unsure, by submit --yes's own rule", () => {
  it("the library exports the rule: an exact name alone is clear, a low guess is not", () => {
    const catalog = api.builtinCatalog();
    expect(api.isClear(api.resolve(catalog, "postgres"))).toBe(true);
    expect(api.isClear(api.resolve(catalog, "gpt"))).toBe(false);
    expect(api.isClear([])).toBe(false);
  });

  it("--json gives each name a clear flag", async () => {
    const r = await runCommand(["resolve", "postgres", "gpt", "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { query: string; clear: boolean }[];
    expect(out.map((x) => [x.query, x.clear])).toEqual([["postgres", true], ["gpt", false]]);
  });

  it("--limit 1 shows one match, and still judges it against the next", async () => {
    // Two tools named "zap": the first alone would look clear.
    const r = await runCommand(["resolve", "zap", "--json", "--limit", "1"]);
    const [zap] = JSON.parse(r.stdout) as { clear: boolean; matches: unknown[] }[];
    expect([zap!.clear, zap!.matches.length]).toEqual([false, 1]);
  });

  it("the text output marks an unsure name, and only that one", async () => {
    const r = await runCommand(["resolve", "postgres", "gpt"]);
    const heads = r.stdout.split("\n").filter((line) => line && !line.startsWith(" "));
    expect(heads).toEqual(["postgres:", "gpt:  (unsure: submit --yes would not take it)"]);
  });
});
