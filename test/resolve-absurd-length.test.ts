import { describe, expect, it } from "vitest";
import { resolveCommand } from "../src/cli/commands/resolve.js";
import { submitCommand } from "../src/cli/commands/submit.js";
import { builtinCatalog } from "../src/catalog/load.js";
import { MAX_NAME_CHARACTERS, resolve } from "../src/catalog/resolve.js";
import { call } from "./helpers.js";

// A name of 64k words (a file pasted as one argument, a pipe without line breaks) took resolve
// about a second and longer than linearly (other-words readings, every word normalised), and the
// picker searches at each key. No tool's name, alias, package or address comes near the bound (the
// longest is a 127-character web address; the typed lists' longest names are some 60): past it
// the query is no name, answered at once with no match by resolve(), and refused with words by
// the command line, which names how to give names (one a line, or apart by commas).

const catalog = builtinCatalog();
const words = (count: number) => Array.from({ length: count }, (_, i) => (i === count / 2 ? "postgres" : `word${i}`)).join(" ");

describe("a name past the bound", () => {
  it("resolve() answers no match past the bound, at the bound as before", () => {
    const named = (length: number) => `redis${"-".repeat(length - 5)}`;
    expect(resolve(catalog, named(MAX_NAME_CHARACTERS), 3)[0]?.tool.name).toBe("Redis");
    expect(resolve(catalog, `  ${named(MAX_NAME_CHARACTERS)}\n`, 3)[0]?.tool.name).toBe("Redis");
    expect(resolve(catalog, named(MAX_NAME_CHARACTERS + 1), 3)).toEqual([]);
    expect(resolve(catalog, words(65536), 3)).toEqual([]);
  });

  it("resolve and submit --manual refuse it in words (exit 2), naming how names are given", async () => {
    const absurd = words(65536);
    for (const [command, args] of [
      [resolveCommand, [absurd]],
      [submitCommand, ["--manual", absurd, "--dry-run", "--yes"]],
    ] as const) {
      const refused = await call(command, [...args]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(new RegExp(`^error: a name of ${absurd.length.toLocaleString("en-US")} characters \\(word0 word1 word2 word3 word4 word5…\\) is no tool's name: names are at most ${MAX_NAME_CHARACTERS.toLocaleString("en-US")} characters; give one a line \\(- reads standard input\\) or apart by commas$`));
      expect(refused.stdout).toBe("");
    }
  });
});
