import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { scan } from "../src/index.js";
import { historyRepo as repo, loggedGit, writeFile as write } from "./helpers.js";


describe("a scan without history", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("asks git nothing a history walk alone needs: not whether the clone is partial", async () => {
    const { dir, commit } = repo();
    write(dir, "requirements.txt", "redis==5.0.1\n");
    commit("Ada", 2, "start");
    const log = loggedGit();
    const { document } = await scan(dir, { history: false, timestamp: "2024-01-01T00:00:00Z" });
    expect(document.tools.find((t) => t.name === "Redis")).toBeDefined();
    expect(document.tools.find((t) => t.name === "Redis")?.last_updated_by).toBeUndefined();
    const calls = readFileSync(log, "utf8").split("\n").filter(Boolean);
    // The log is the one this scan's git programs wrote: it reads the repository's facts.
    expect(calls.some((c) => c.includes("rev-parse"))).toBe(true);
    expect(calls.filter((c) => /partialclone|promisor/.test(c))).toEqual([]);
  });
});
