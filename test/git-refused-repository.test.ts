import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { scan } from "../src/index.js";
import { historyRepo as repo, tempDir, writeFile as write } from "./helpers.js";

/** A checkout with a remote and one dated commit of a requirements file. */
function checkout() {
  const made = repo();
  made.git("remote", "add", "origin", "git@github.com:acme/shop.git");
  write(made.dir, "requirements.txt", "redis==5.0.1\n");
  made.commit("Ada", 5, "start");
  return made;
}

describe("a checkout git will not read", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("another user's repository (git's dubious ownership): one warning saying which facts are left out, with git's safe.directory advice", async () => {
    const { dir } = checkout();
    // git's own switch for its ownership check: as a folder mounted into a container by another uid.
    vi.stubEnv("GIT_TEST_ASSUME_DIFFERENT_OWNER", "1");
    const { document, warnings } = await scan(dir, { timestamp: "2024-01-01T00:00:00Z" });
    const messages = warnings.filter((w) => w.file === ".git").map((w) => w.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("detected dubious ownership");
    expect(messages[0]).toContain("repo_name, provider, branch and last_updated_* are left out");
    expect(messages[0]).toContain("git config --global --add safe.directory ");
    // The scan goes on: the tools are there, without dates.
    const redis = document.tools.find((t) => t.name === "Redis");
    expect(redis).toBeDefined();
    expect(redis!.last_updated_by).toBeUndefined();
    vi.unstubAllEnvs();
    const trusted = await scan(dir, { timestamp: "2024-01-01T00:00:00Z" });
    expect(trusted.warnings.filter((w) => w.file === ".git")).toEqual([]);
    expect(trusted.document).toMatchObject({ repo_name: "acme/shop", provider: "github" });
  });

  it("a broken .git (a HEAD that is no ref) is the same one warning, not a 'git log failed' about dates alone", async () => {
    const { dir } = checkout();
    writeFileSync(join(dir, ".git", "HEAD"), "nonsense\n");
    const { document, warnings } = await scan(dir, { timestamp: "2024-01-01T00:00:00Z" });
    const messages = warnings.filter((w) => w.file === ".git").map((w) => w.message);
    expect(messages).toEqual([expect.stringMatching(/^git cannot read the repository \(fatal: not a git repository.*\): repo_name, provider, branch and last_updated_\* are left out$/)]);
    expect(document.provider).toBe("local");
    expect(document.tools.find((t) => t.name === "Redis")).toBeDefined();
  });

  it("a bare repository git will not read is refused with git's reason and advice, its own files (hooks, objects) not walked as a tree", async () => {
    const bare = join(tempDir("techstack-refused-bare-"), "shop.git");
    execFileSync("git", ["clone", "-q", "--bare", checkout().dir, bare]);
    vi.stubEnv("GIT_TEST_ASSUME_DIFFERENT_OWNER", "1");
    const refused = await scan(bare).then(
      () => undefined,
      (error: Error & { code?: string }) => error,
    );
    expect(refused?.message).toMatch(/^git cannot read the bare repository .*shop\.git \(fatal: detected dubious ownership in repository at '.*shop\.git'\), so it cannot be scanned; to trust it: git config --global --add safe\.directory .*shop\.git$/);
    expect(refused?.code).toBe("TECHSTACK_GIT_FAILED");
    vi.unstubAllEnvs();
    expect((await scan(bare, { timestamp: "2024-01-01T00:00:00Z" })).document.tools.map((t) => t.name)).toContain("Redis");
  });
});
