import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { scan } from "../src/index.js";
import { historyRepo as repo, tempDir, writeFile as write } from "./helpers.js";

/** A `git` first on PATH that writes each command's arguments to a log, then runs the real git. */
function loggedGit(): string {
  const bin = tempDir("techstack-git-log-");
  const log = join(bin, "calls.log");
  const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
  writeFileSync(join(bin, "git"), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${real}' "$@"\n`);
  chmodSync(join(bin, "git"), 0o755);
  writeFileSync(log, "");
  vi.stubEnv("PATH", `${bin}:${process.env.PATH}`);
  return log;
}

describe("a scan without history", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("asks git nothing a history walk alone needs: not whether the clone is partial", async () => {
    const { dir, commit } = repo();
    write(dir, "requirements.txt", "redis==5.0.1\n");
    commit("Ada", 2, "start");
    const log = loggedGit();
    const { document } = await scan(dir, { history: false, timestamp: "2024-01-01T00:00:00Z" });
    expect(document.tools.find((t) => t.name === "Redis")?.last_updated_by).toBeUndefined();
    const calls = readFileSync(log, "utf8").split("\n").filter(Boolean);
    // The log is the one this scan's git programs wrote: it reads the repository's facts.
    expect(calls.some((c) => c.includes("rev-parse"))).toBe(true);
    expect(calls.filter((c) => /partialclone|promisor/.test(c))).toEqual([]);
  });
});
