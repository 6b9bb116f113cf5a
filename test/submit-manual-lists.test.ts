import { execFile } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Outcome, ROOT, runCommand, tempDir } from "./helpers.js";

const CLI = join(ROOT, "dist/cli.js");

function run(args: string[], cwd: string, input = ""): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: "1", TECHSTACK_TOKEN: "" }, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: unknown }).code ?? 1) : 0, stdout, stderr });
    });
    child.stdin?.end(input);
  });
}

/** submit --manual in-process from the folder `cwd`, with no token: names given as arguments. Standard input goes through `run`. */
const here = (args: string[], cwd: string): Promise<Outcome> => runCommand(args, { cwd, env: { NO_COLOR: "1", TECHSTACK_TOKEN: "" } });

const sent = (stdout: string): string[] => (JSON.parse(stdout).document.tools as Array<{ name: string; version?: string }>).map((t) => (t.version ? `${t.name} ${t.version}` : t.name)).sort();

describe("submit --manual, names as people type them", () => {
  it("a release glued to the name is the tool's version, as one typed apart is", async () => {
    const dir = tempDir("techstack-manual-");
    // Each was sent as its tool with no release, though "python 3.12" keeps 3.12.
    const result = await here(["submit", "--manual", "python3.12", "node20", "go1.21", "jdk17", "--dry-run"], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(sent(result.stdout)).toEqual(["Golang 1.21", "Java 17.0.0", "Node.js 20.0.0", "Python 3.12"]);
    // A name whose digits are its own stays whole, with no release: ES6, and web3 (a package of Ethereum's).
    const own = await here(["submit", "--manual", "es6", "python3", "--dry-run"], dir);
    expect(sent(own.stdout)).toEqual(["ES6", "Python"]);
  });

  it("names typed in one argument apart by commas are each a name; a pip range's comma is no break", async () => {
    const dir = tempDir("techstack-manual-");
    // "redis, postgres" was one name, ambiguous between the two.
    const result = await here(["submit", "--manual", "redis, postgres 15,vue", "Django>=4.2,<5", "--dry-run"], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(sent(result.stdout)).toEqual(["Django", "PostgreSQL 15.0.0", "Redis", "Vue.js"]);
  });
});

describe("submit --manual - and resolve -: names from standard input (a file with < FILE)", () => {
  it("reads names one a line (or apart by commas), with # comments and blank lines, beside those given", async () => {
    const dir = tempDir("techstack-manual-");
    const input = "# our stack\npostgres 15\n\ngh actions   # CI\nC#\nredis, vue\r\n";
    const result = await run(["submit", "--manual", "-", "sentry", "--dry-run"], dir, input);
    expect(result.code, result.stderr).toBe(0);
    expect(sent(result.stdout)).toEqual(["C#", "GitHub Actions", "PostgreSQL 15.0.0", "Redis", "Sentry", "Vue.js"]);
    const shown = await run(["resolve", "-", "--json", "--limit", "1"], dir, "node:18-alpine\nreact@18.2.1\n");
    expect(shown.code, shown.stderr).toBe(0);
    expect(JSON.parse(shown.stdout).map((r: { query: string; matches: Array<{ name: string }> }) => `${r.query}: ${r.matches[0]?.name}`)).toEqual(["node:18-alpine: Node.js", "react@18.2.1: React"]);
  });

  it("standard input with no name is a usage error saying so", async () => {
    const dir = tempDir("techstack-manual-");
    const empty = await run(["submit", "--manual", "-", "--dry-run"], dir, "# nothing yet\n\n");
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("standard input (-) holds no tool names");
    expect(empty.stdout).toBe("");
  });
});
