import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Outcome, ROOT, runCommand, tempDir } from "./helpers.js";
import { hasPty, onTerminal } from "./pty.js";
import { pickerSize } from "../src/cli/manual-document.js";

const CLI = join(ROOT, "dist/cli.js");

/**
 * `techstack <args>` from the folder `cwd` with no token set, in-process: a usage error comes back
 * as "error: " and its message (the bin writes "techstack: " before it, tested in cli.test.ts). The
 * worker's standard input is no terminal, as a pipe's is not.
 */
const run = (args: string[], cwd: string): Promise<Outcome> => runCommand(args, { cwd, env: { TECHSTACK_TOKEN: "" } });

describe("submit --manual without a terminal", () => {
  it("a name two tools share exactly is ambiguous, not the more popular one taken silently", async () => {
    const dir = tempDir("techstack-manual-");
    // ZAP (the security scanner) and Zap (Uber's Go logger) are both exact matches of "zap".
    const shared = await run(["submit", "--manual", "zap", "--dry-run"], dir);
    expect(shared.code).toBe(2);
    // Each is told apart by its sub-category, since their names differ only in case.
    expect(shared.stderr).toContain("'zap' is ambiguous: ZAP (Penetration Testing Tools), Zap (Logging Tools), Zapier, Zappa.");
    expect(shared.stdout).toBe("");
    // --yes takes no name that is not sure: it took ZAP, the more popular one, silently.
    const yes = await run(["submit", "--manual", "zap", "--dry-run", "--yes"], dir);
    expect(yes.code).toBe(2);
    expect(yes.stdout).toBe("");
    expect(yes.stderr).toMatch(/^error: nothing was sent: with --yes each name must resolve surely, and 1 does not \(TECHSTACK_UNSURE_NAME\):\n {2}'zap' could be 'ZAP' \(Penetration Testing Tools\), 'Zap' \(Logging Tools\) or 'Zapier'\n/);
    const exact = await run(["submit", "--manual", "zap-uber", "--dry-run", "--yes"], dir);
    expect(JSON.parse(exact.stdout).document.tools.map((t: { name: string }) => t.name)).toEqual(["Zap"]);
    // The scanner's name as the catalog writes it picks it surely (it tied with the logger whatever was typed).
    const scanner = await run(["submit", "--manual", "ZAP", "--dry-run", "--yes"], dir);
    expect(JSON.parse(scanner.stdout).document.tools.map((t: { name: string; sub_category: string }) => `${t.name} ${t.sub_category}`)).toEqual(["ZAP Penetration Testing Tools"]);
    // An exact name ahead of a key that only drops its own "js" is still clear: Angular, not AngularJS.
    const angular = await run(["submit", "--manual", "angular", "--dry-run"], dir);
    expect(angular.code).toBe(0);
    expect(JSON.parse(angular.stdout).document.tools.map((t: { name: string }) => t.name)).toEqual(["Angular"]);
  });

  it("a release after the name is the tool's version, written as detect writes one; a tool's own name ending in a number stays whole", async () => {
    const dir = tempDir("techstack-manual-");
    const result = await run(["submit", "--manual", "postgres 16", "react@18.2.1", "node v20", "Java 8", "redis v7.2", "vite@5.1.0-beta.3", "--dry-run"], dir);
    expect(result.code).toBe(0);
    const tools = JSON.parse(result.stdout).document.tools as Array<{ name: string; version?: string }>;
    const version = (name: string) => tools.find((t) => t.name === name)?.version;
    // A lone major is padded as an image tag's is (`postgres:16` is 16.0.0); a `v` goes; a
    // pre-release suffix is left out, as a detected release's is.
    expect(version("PostgreSQL")).toBe("16.0.0");
    expect(version("React")).toBe("18.2.1");
    expect(version("Node.js")).toBe("20.0.0");
    expect(version("Redis")).toBe("7.2");
    expect(version("Vite")).toBe("5.1.0");
    // "Java 8" is a tool of its own, not Java at release 8.
    expect(tools.map((t) => t.name)).toContain("Java 8");
    expect(version("Java 8")).toBeUndefined();
    expect(result.stderr).not.toContain("taken as");
  });

  it("one tool named twice at two releases is a usage error naming both, not the later taken silently", async () => {
    const dir = tempDir("techstack-manual-");
    // "postgres 16" then "postgresql 15" sent PostgreSQL 15.0.0 alone, without a word.
    const twice = await run(["submit", "--manual", "postgres 16", "redis", "postgresql 15", "--dry-run"], dir);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toBe("error: 'postgresql 15' names PostgreSQL again, at another release (16.0.0, then 15.0.0): name each tool once");
    expect(twice.stdout).toBe("");
    // The same tool twice at one release, or once with a release and once without, is one tool.
    const same = await run(["submit", "--manual", "postgres 16", "postgresql 16", "postgres", "--dry-run"], dir);
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout).document.tools.map((t: { name: string; version?: string }) => `${t.name} ${t.version}`)).toEqual(["PostgreSQL 16.0.0"]);
  });

  it("an image reference's tag is the tool's release too; a package name is its tool, taken with a note", async () => {
    const dir = tempDir("techstack-manual-");
    const result = await run(["submit", "--manual", "postgres:15", "node:18-alpine", "redis:latest", "psycopg2", "--dry-run"], dir);
    expect(result.code).toBe(0);
    const tools = JSON.parse(result.stdout).document.tools as Array<{ name: string; version?: string }>;
    const version = (name: string) => tools.find((t) => t.name === name)?.version;
    expect(version("PostgreSQL")).toBe("15.0.0");
    expect(version("Node.js")).toBe("18.0.0");
    // `latest` names no release; the image still names Redis.
    expect(tools.map((t) => t.name)).toContain("Redis");
    expect(version("Redis")).toBeUndefined();
    // psycopg2 was matched by no name: a package of PostgreSQL's, shown as taken.
    expect(result.stderr).toContain("'psycopg2' taken as PostgreSQL");
  });

  it("outside a git repository the document is named after the folder, as detect names it", async () => {
    const dir = join(tempDir("techstack-manual-"), "shop-api");
    mkdirSync(dir);
    const result = await run(["submit", "--manual", "postgres", "--dry-run"], dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).document.repo_name).toBe("shop-api");
  });

  it("a folder given as a name is refused, not sent as the tool it fuzzily resembles", async () => {
    const dir = tempDir("techstack-manual-");
    mkdirSync(join(dir, "my-repo"));
    mkdirSync(join(dir, "redis"));
    for (const args of [["my-repo", "--manual", "postgres"], ["--manual", "postgres", "my-repo", "--yes"], ["--manual", "."]]) {
      const result = await run(["submit", ...args, "--dry-run"], dir);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toMatch(/is a folder, not a tool name/);
      expect(result.stdout).toBe("");
    }
    // A folder named exactly like a tool is still that tool.
    const redis = await run(["submit", "--manual", "redis", "--dry-run"], dir);
    expect(JSON.parse(redis.stdout).document.tools.map((t: { name: string }) => t.name)).toEqual(["Redis"]);
  });

  it("names resolve through the repository's catalog files too, as its scan does; resolve shows the same", async () => {
    const dir = tempDir("techstack-manual-");
    writeFileSync(join(dir, "techstack.catalog.yml"), "tools:\n  - id: acme-bus\n    name: Acme Bus\n    category: Data Stores\n    sub_category: Message Queue\n    aliases: [abus]\n");
    mkdirSync(join(dir, "config"));
    writeFileSync(join(dir, "techstack.config.yml"), "catalog: config/internal.yml\n");
    writeFileSync(join(dir, "config/internal.yml"), "tools:\n  - id: acme-auth\n    name: Acme Auth\n    category: Application Utilities\n    sub_category: User Management and Authentication\n");
    const sent = await run(["submit", "--manual", "abus", "acme auth", "postgres", "--dry-run"], dir);
    expect(sent.stderr).not.toContain("warning");
    expect(JSON.parse(sent.stdout).document.tools.map((t: { name: string }) => t.name).sort()).toEqual(["Acme Auth", "Acme Bus", "PostgreSQL"]);
    const shown = await run(["resolve", "abus", "--json", "--limit", "1"], dir);
    expect(JSON.parse(shown.stdout)).toEqual([{ query: "abus", clear: true, matches: [{ id: "acme-bus", name: "Acme Bus", score: 0.99, matched_by: "alias" }] }]);
    // From elsewhere, --dir names the repository; without it the built-in catalog alone knows no Acme Bus.
    const elsewhere = tempDir("techstack-manual-");
    expect(JSON.parse((await run(["resolve", "acme auth", "--json", "--dir", dir], elsewhere)).stdout)[0].matches[0].name).toBe("Acme Auth");
    expect(JSON.parse((await run(["resolve", "abus", "--json"], elsewhere)).stdout)[0].matches[0]?.name).not.toBe("Acme Bus");
    // A catalog file that cannot be used is a warning naming it, and the built-in catalog still answers.
    writeFileSync(join(dir, "techstack.catalog.yml"), "tools: [\n");
    const broken = await run(["resolve", "postgres"], dir);
    expect(broken.code).toBe(0);
    expect(broken.stderr).toMatch(/^warning: techstack\.catalog\.yml:2: not used/);
    expect(broken.stdout).toContain("PostgreSQL");
  });
});

describe("resolve's usage errors", () => {
  it("an empty name is a usage error, and --dir must be a folder", async () => {
    const dir = tempDir("techstack-manual-");
    const empty = await run(["resolve", "postgres", " "], dir);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("one is empty");
    const missing = await run(["resolve", "postgres", "--dir", join(dir, "nope")], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`no such directory: ${join(dir, "nope")}`);
  });
});

describe("the picker with NO_COLOR", () => {
  it.skipIf(!hasPty)("shows focus and selection without colour: a pointer and [x] / [ ]", () => {
    const dir = tempDir("techstack-manual-");
    const args = [process.execPath, CLI, "submit", "--manual", "zap", "--dry-run"];
    // Arrow down to Zap, space to select it, enter to accept.
    const out = onTerminal(args, ["\u001b[B", " ", "\r"], { waitFor: "Logging Tools", cwd: dir, env: { ...process.env, NO_COLOR: "1", TECHSTACK_TOKEN: "" } });
    expect(out).toContain("> [ ] ZAP (Penetration Testing Tools)");
    expect(out).toContain("> [x] Zap (Logging Tools)");
    expect(out).not.toMatch(/\u001b\[(3\d|9\d|4)m/); // no colour, no underline
    expect(out).toContain('"name": "Zap"');
  });

  it.skipIf(!hasPty)("on a terminal that reports no size (0x0), the picker lists the choices at 80x24, not 'No matching choices'", () => {
    const dir = tempDir("techstack-manual-");
    const args = [process.execPath, CLI, "submit", "--manual", "zap", "--dry-run"];
    const out = onTerminal(args, ["\u001b[B", " ", "\r"], { waitFor: "Logging Tools", cwd: dir, env: { ...process.env, NO_COLOR: "1", TECHSTACK_TOKEN: "" }, rows: 0, columns: 0 });
    expect(out).not.toContain("No matching choices");
    expect(out).toContain("> [x] Zap (Logging Tools)");
    expect(out).toContain('"name": "Zap"');
  });
});

describe("the picker's size", () => {
  it("falls back to 80x24 only where the terminal reports none", () => {
    expect(pickerSize({ rows: 0, columns: 0, getWindowSize: () => [0, 0] })).toEqual({ rows: 24, columns: 80 });
    expect(pickerSize({})).toEqual({ rows: 24, columns: 80 });
    expect(pickerSize({ rows: 40, columns: 120, getWindowSize: () => [120, 40] })).toEqual({});
    expect(pickerSize({ rows: 40, columns: 0 })).toEqual({ columns: 80 });
  });
});
