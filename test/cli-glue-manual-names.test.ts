import { afterEach, describe, expect, it, vi } from "vitest";
import { manualDocument } from "../src/cli/manual-document.js";
import { isClear } from "../src/catalog/clear-match.js";
import type { Resolution } from "../src/catalog/resolve.js";
import { CliError } from "../src/cli/shared.js";
import { tempDir } from "./helpers.js";

// `--manual` names off a terminal, called in-process: the shapes test/cli-glue leaves out, written
// against stop 56's mutation survivors.
describe("--manual names, more shapes", () => {
  afterEach(() => vi.restoreAllMocks());
  const quiet = () => vi.spyOn(process.stderr, "write").mockImplementation(() => true);

  it("a release glued to the name (node20, python3.12, jdk17) where the name without it is the tool; a name whose digits are its own (es6, web3, python3) keeps them", async () => {
    quiet();
    const doc = await manualDocument(tempDir("techstack-names-"), ["node20", "python3.12", "jdk17", "es6", "web3"], false);
    expect(doc.tools.map((t) => [t.name, t.version]).sort()).toEqual([["ES6", undefined], ["Ethereum", undefined], ["Java", "17.0.0"], ["Node.js", "20.0.0"], ["Python", "3.12"]]);
    const python3 = await manualDocument(tempDir("techstack-names-"), ["python3"], false);
    expect(python3.tools.map((t) => [t.name, t.version])).toEqual([["Python", undefined]]);
  });

  it("a tool named twice: at one release it is one entry; at two releases, an error naming both", async () => {
    quiet();
    const same = await manualDocument(tempDir("techstack-names-"), ["postgres 16", "postgresql 16", "PostgreSQL"], false);
    expect(same.tools.map((t) => [t.name, t.version])).toEqual([["PostgreSQL", "16.0.0"]]);
    const error = await manualDocument(tempDir("techstack-names-"), ["postgres 15", "postgresql 16"], false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toBe("'postgresql 16' names PostgreSQL again, at another release (15.0.0, then 16.0.0): name each tool once");
  });

  it("--yes with two unsure names: both listed under one head, then how to name them", async () => {
    quiet();
    const error = (await manualDocument(tempDir("techstack-names-"), ["zap", "svelt", "redis"], true).catch((e: unknown) => e)) as CliError;
    expect(error).toMatchObject({ code: "TECHSTACK_UNSURE_NAME" });
    expect(error.message.split("\n")).toEqual([
      "nothing was sent: with --yes each name must resolve surely, and 2 do not (TECHSTACK_UNSURE_NAME):",
      "  'zap' could be 'ZAP' (Penetration Testing Tools), 'Zap' (Logging Tools) or 'Zapier'",
      "  'svelt' could be 'Svelte', 'SvelteKit' or 'Shell'",
      "Type each as its tool's exact catalog name or its id, as quoted above (techstack resolve NAME lists more), or choose on a terminal without --yes.",
    ]);
    const one = (await manualDocument(tempDir("techstack-names-"), ["svelt"], true).catch((e: unknown) => e)) as CliError;
    expect(one.message.split("\n")[0]).toBe("nothing was sent: with --yes each name must resolve surely, and 1 does not (TECHSTACK_UNSURE_NAME):");
  });

  it("clear: no match is not clear; a guess of 0.6 alone is, and one 0.15 ahead of the next", () => {
    const tool = (id: string) => ({ id, name: id }) as Resolution["tool"];
    const match = (id: string, score: number) => ({ tool: tool(id), score }) as Resolution;
    expect(isClear([])).toBe(false);
    expect(isClear([match("grafana", 0.6)])).toBe(true);
    expect(isClear([match("grafana", 0.59)])).toBe(false);
    expect(isClear([match("grafana", 0.75), match("graphite", 0.6)])).toBe(true);
    expect(isClear([match("grafana", 0.7), match("graphite", 0.6)])).toBe(false);
    expect(isClear([match("zap", 1), match("zap-uber", 1)])).toBe(false);
    expect(isClear([match("zap", 1), match("zapier", 0.98)])).toBe(true);
  });
});
