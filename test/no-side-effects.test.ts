import { execFile, execFileSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, ROOT, runCommand, tempDir } from "./helpers.js";

function runCli(args: string[], log: string): Promise<number> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", join(ROOT, "test/no-side-effects.preload.mjs"), join(ROOT, "dist/cli.js"), ...args], { env: { ...process.env, TECHSTACK_SIDE_EFFECT_LOG: log } }, (error) => resolve(error ? 1 : 0));
  });
}

/** The booby-trapped fixture committed to a git repository, made once: neither test writes into it (that is what they check). */
let trap: string | undefined;
function trapRepo(): string {
  if (!trap) {
    trap = tempDir("techstack-trap-");
    cpSync(fixture("booby-trapped"), trap, { recursive: true });
    execFileSync("git", ["-C", trap, "init", "-q"]);
    execFileSync("git", ["-C", trap, "-c", "user.name=a", "-c", "user.email=a@b", "add", "-A"]);
    execFileSync("git", ["-C", trap, "-c", "user.name=a", "-c", "user.email=a@b", "commit", "-q", "-m", "trap"]);
  }
  return trap;
}

describe("no side effects", () => {
  it("detect opens no socket, spawns nothing but git, and runs nothing from the scanned tree", async () => {
    const dir = trapRepo();
    const log = join(tempDir("techstack-log-"), "side-effects.log"); // outside the scanned tree, removed with it
    expect(await runCli(["detect", dir, "--format", "json"], log)).toBe(0);
    const events = existsSync(log) ? readFileSync(log, "utf8").trim().split("\n").filter(Boolean) : [];
    expect(events.filter((e) => !/^(spawn|execFile|execFileSync) git$/.test(e))).toEqual([]);
    expect(events.length).toBeGreaterThan(0); // git facts were read, so the recorder works
    expect(readdirSync(dir).filter((f) => f.startsWith("EXECUTED"))).toEqual([]);
    // The trap's tools are still read, as text (what the engine reads, asked in-process: the process above is the one watched).
    const detected = JSON.parse((await runCommand(["detect", dir, "--format", "json", "--no-git"])).stdout);
    expect(detected.tools.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(["Tailwind CSS", "Vite", "Webpack", "requests", "Gradle", "guava"]));
  });

  it("detect --rev reads blobs through git alone, and runs nothing", async () => {
    const dir = trapRepo();
    const log = join(tempDir("techstack-log-"), "side-effects.log");
    expect(await runCli(["detect", dir, "--rev", "HEAD", "--format", "json"], log)).toBe(0);
    const events = readFileSync(log, "utf8").trim().split("\n").filter(Boolean);
    expect(events.filter((e) => !/^(spawn|execFile|execFileSync) git$/.test(e))).toEqual([]);
    expect(events).toContain("spawn git"); // the cat-file reader
    expect(readdirSync(dir).filter((f) => f.startsWith("EXECUTED"))).toEqual([]);
  });
});
