import { execFileSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkCommand } from "../src/cli/commands/check.js";
import { writeCommand } from "../src/cli/commands/write.js";
import { call, tempDir } from "./helpers.js";

// `check` said fresh after the repository was renamed (origin set to its new address), while
// `write` rewrote repo_name, requested_by, report_id and every detection_source_url: a bot running
// `check || write` kept links to the old repository. check now compares the repository a
// rewrite would name, by write's own rule (a fork's clone keeps the file's where a remote is it).

function git(dir: string, ...args: string[]): string {
  return execFileSync("git", ["-C", dir, "-c", "user.name=A", "-c", "user.email=a@example.com", "-c", "commit.gpgsign=false", ...args], { encoding: "utf8" }).trim();
}

/** An Express app committed once, with origin at `remote`, and the stack files written there. */
async function written(remote: string): Promise<string> {
  const dir = tempDir("techstack-where-");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "shop", dependencies: { express: "^4.18.2" } }, null, 2));
  git(dir, "init", "-q", "-b", "main");
  git(dir, "add", ".");
  git(dir, "commit", "-qm", "app");
  git(dir, "remote", "add", "origin", remote);
  expect((await call(writeCommand, [dir, "--no-packages"])).code).toBe(0);
  return dir;
}

// Every test starts from the same written checkout: it is made and written once (five git processes
// and a scan with its git facts), and each test changes a copy of it, folder and .git alike.
let template = "";
beforeAll(async () => {
  template = await written("https://github.com/acme/shop.git");
});

/** A copy of the written checkout, origin at github.com/acme/shop, for one test to change. */
function checkout(): string {
  const dir = tempDir("techstack-where-");
  cpSync(template, dir, { recursive: true });
  return dir;
}

describe("check, where the files say the repository is published", () => {
  it("is stale when origin names another repository, and fresh again after write", async () => {
    const dir = checkout();
    expect((await call(checkCommand, [dir, "--no-packages"])).code).toBe(0);
    git(dir, "remote", "set-url", "origin", "https://github.com/newco/renamed.git");
    const renamed = await call(checkCommand, [dir, "--no-packages"]);
    expect(renamed.code).toBe(1);
    expect(renamed.stdout).toContain("repo_name: acme/shop -> newco/renamed");
    expect(renamed.stdout).toContain("names another repository than the checkout's remote");
    expect(renamed.stdout).toContain("repository page: https://github.com/acme/shop -> https://github.com/newco/renamed");
    expect((await call(writeCommand, [dir, "--no-packages"])).code).toBe(0);
    expect(readFileSync(join(dir, "techstack.yml"), "utf8")).toContain("repo_name: newco/renamed");
    expect((await call(checkCommand, [dir, "--no-packages"])).code).toBe(0);
  });

  it("is stale when the repository moved to another host", async () => {
    const dir = checkout();
    git(dir, "remote", "set-url", "origin", "https://gitlab.com/acme/shop.git");
    const moved = await call(checkCommand, [dir, "--no-packages"]);
    expect(moved.code).toBe(1);
    expect(moved.stdout).toContain("provider: github -> gitlab");
  });

  it("stays fresh in a fork's clone, whose upstream remote is the file's repository, as write keeps it", async () => {
    const dir = checkout();
    git(dir, "remote", "set-url", "origin", "https://github.com/me/shop.git");
    git(dir, "remote", "add", "upstream", "https://github.com/acme/shop.git");
    expect((await call(checkCommand, [dir, "--no-packages"])).code).toBe(0);
  });

  it("is stale where the remote writes the names in another case, which write would write", async () => {
    const dir = checkout();
    git(dir, "remote", "set-url", "origin", "git@github.com:Acme/Shop.git");
    const recased = await call(checkCommand, [dir, "--no-packages"]);
    expect(recased.code).toBe(1);
    expect(recased.stdout).toContain("repo_name: acme/shop -> Acme/Shop");
    expect(recased.stdout).toContain("spells the repository otherwise than the checkout's remote");
    expect((await call(writeCommand, [dir, "--no-packages"])).code).toBe(0);
    expect(readFileSync(join(dir, "techstack.yml"), "utf8")).toContain("repo_name: Acme/Shop");
    expect((await call(checkCommand, [dir, "--no-packages"])).code).toBe(0);
  });

  it("names another repository where it moved host and its owner is spelt otherwise, one line a fact", async () => {
    const dir = checkout();
    git(dir, "remote", "set-url", "origin", "https://gitlab.com/Acme/shop.git");
    const moved = await call(checkCommand, [dir, "--no-packages"]);
    const file = join(dir, "techstack.yml");
    expect(moved.stdout.split("\n").slice(0, 4)).toEqual([
      `stale: ${file} names another repository than the checkout's remote:`,
      "  repo_name: acme/shop -> Acme/shop",
      "  provider: github -> gitlab",
      "  repository page: https://github.com/acme/shop -> https://gitlab.com/Acme/shop",
    ]);
  });

  it("says a header written without its provider had none", async () => {
    const dir = checkout();
    const file = join(dir, "techstack.yml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^provider: .*\n/m, ""));
    const bare = await call(checkCommand, [dir, "--no-packages"]);
    expect(bare.code).toBe(1);
    expect(bare.stdout).toContain("  provider: (none) -> github\n");
  });

  it("stays fresh where the checkout names no repository on a code host (no remote): it cannot tell", async () => {
    const dir = checkout();
    git(dir, "remote", "remove", "origin");
    expect((await call(checkCommand, [dir, "--no-packages"])).code).toBe(0);
  });
});
