import { execFileSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { commands } from "../src/cli/commands/index.js";
import { fixture, ROOT, runCommand, tempDir } from "./helpers.js";

const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** Every command line of every ```sh block that calls techstack (as `techstack` or `node dist/cli.js`). */
export function commandLines(markdown: string): string[] {
  const lines: string[] = [];
  for (const block of markdown.matchAll(/^```sh\n([\s\S]*?)^```/gm)) {
    for (const line of block[1]!.split("\n")) {
      // `a && b` lines: only the parts that run techstack (npm ci / npm test are the suite's own job).
      for (const part of line.split("&&").map((p) => p.trim())) {
        if (/^(?:[A-Z_]+=\S+\s+)*(?:techstack|node dist\/cli\.js)\s/.test(part)) lines.push(part);
      }
    }
  }
  return lines;
}

/** Splits a command line as a shell would for these simple lines: VAR=value prefixes, double quotes, # comments. */
export function words(line: string): { env: Record<string, string>; args: string[] } {
  const tokens = [...line.replace(/\s+#.*$/, "").matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
  const env: Record<string, string> = {};
  while (tokens.length && /^[A-Z_]+=/.test(tokens[0]!)) {
    const [key, ...value] = tokens.shift()!.split("=");
    env[key!] = value.join("=");
  }
  // `techstack ARGS` and `node dist/cli.js ARGS` both become the built CLI with ARGS.
  const args = tokens[0] === "node" ? tokens.slice(2) : tokens.slice(1);
  return { env, args };
}

function git(cwd: string, ...args: string[]): void {
  execFileSync("git", ["-c", "user.name=readme", "-c", "user.email=readme@example.invalid", "-c", "commit.gpgsign=false", ...args], { cwd, stdio: "ignore" });
}

describe("README", () => {
  it("starts with the install-and-detect line and the test line", () => {
    expect(README).toMatch(/^# techstack\n\n```sh\nnpm ci && npm run build && node dist\/cli\.js detect \S+\nnpm test\n```/);
  });

  it("finds the command lines of sh blocks, with their environment", () => {
    const lines = commandLines("```sh\nnpm ci && node dist/cli.js detect /x\nX=1 techstack check a # note\nls\n```\n```text\ntechstack no\n```\n");
    expect(lines).toEqual(["node dist/cli.js detect /x", "X=1 techstack check a # note"]);
    expect(words(lines[1]!)).toEqual({ env: { X: "1" }, args: ["check", "a"] });
    expect(words('techstack resolve "gh actions" k8s').args).toEqual(["resolve", "gh actions", "k8s"]);
  });

  it("every command line in the README runs as written and succeeds", { timeout: 120_000 }, async () => {
    const lines = commandLines(README);
    expect(lines.length).toBeGreaterThanOrEqual(12);
    // The scratch repository the examples are written for: example/ (last commit adds a dependency),
    // monorepo/, and repos.txt listing both.
    const dir = tempDir("techstack-readme-");
    cpSync(fixture("nextjs-app"), join(dir, "example"), { recursive: true });
    cpSync(fixture("pnpm-monorepo"), join(dir, "monorepo"), { recursive: true });
    writeFileSync(join(dir, "repos.txt"), "example\nmonorepo\n");
    git(dir, "init", "-q");
    git(dir, "add", ".");
    git(dir, "commit", "-qm", "first");
    const pkgFile = join(dir, "example/package.json");
    const pkg = JSON.parse(readFileSync(pkgFile, "utf8"));
    pkg.dependencies.zod = "^3.22.4";
    writeFileSync(pkgFile, JSON.stringify(pkg, null, 2));
    git(dir, "commit", "-qam", "add zod");

    for (const line of lines) {
      const { env, args } = words(line.replace("/path/to/repository", join(dir, "example")));
      // A command runs in-process from the scratch folder, as the shell would run it there; batch
      // through the built CLI, as its workers load the built module, and so would any line that is
      // not a command (`--help`), main.ts's own.
      if (args[0] !== "batch" && args[0] && args[0] in commands) {
        const r = await runCommand(args, { cwd: dir, env: { NO_COLOR: "1", TECHSTACK_TOKEN: "", ...env } });
        if (r.code !== 0) throw new Error(`README line failed (exit ${r.code}): ${line}\n${r.stderr}`);
        continue;
      }
      try {
        execFileSync(process.execPath, [join(ROOT, "dist/cli.js"), ...args], {
          cwd: dir,
          encoding: "utf8",
          stdio: ["ignore", "pipe", "pipe"],
          env: { ...process.env, NO_COLOR: "1", TECHSTACK_TOKEN: "", ...env },
        });
      } catch (error) {
        const e = error as { status?: number; stderr?: string };
        throw new Error(`README line failed (exit ${e.status}): ${line}\n${e.stderr ?? ""}`);
      }
    }
    expect(readFileSync(join(dir, "example/techstack.yml"), "utf8")).toContain("name: Next.js");
    expect(readFileSync(join(dir, "stacks.jsonl"), "utf8").trim().split("\n")).toHaveLength(2);
  });
});
