import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCommand } from "./helpers.js";

/** What `techstack <command> --help` prints, the command called in-process. */
async function help(command: string): Promise<string> {
  const r = await runCommand([command, "--help"]);
  expect(r, command).toMatchObject({ code: 0, stderr: "" });
  return r.stdout;
}

// README's Submission paragraph lists four ways a release follows a name (a space, `@`, pip's `==`,
// an image's `:`); the command's own help named three, so a user reading only --help did not learn
// that `Django==4.2` is taken as Django 4.2.
describe("submit --help", () => {
  it("names every form of a release after a name that the README names", async () => {
    const text = await help("submit");
    for (const example of ['"postgres 16"', '"react@18.2.1"', '"Django==4.2"', '"node:18-alpine"']) expect(text).toContain(example);
  });
});

// README's Workspaces bullet: --workspace scans one package of an npm, yarn, pnpm or Bun monorepo
// (Bun's `workspaces` in package.json, with bun.lock); the scan options' help named three of the four.
// Since stop 70 a Cargo or uv workspace's member too.
describe("--workspace in the scan options' help", () => {
  it("names Bun's monorepos too, and Cargo's and uv's workspaces", async () => {
    for (const command of ["detect", "write", "check", "submit"]) expect(await help(command)).toMatch(/--workspace NAME +only this npm\/yarn\/pnpm\/Bun workspace package or Cargo\/uv workspace\s+member/);
  });
});

// README's Submission paragraph and Resolution.score's TSDoc give these scores as examples; they
// had react-dom and @angular/core at 0.92 and 0.95 and hibernate-core among the known package keys.
describe("the resolve scores the README quotes", () => {
  it("a known package 0.95, one opening with its tool's name 0.96, an unknown one with words joined on 0.92", async () => {
    const { resolve, builtinCatalog } = await import("../src/index.js");
    const top = (q: string) => {
      const r = resolve(builtinCatalog(), q, 1)[0]!;
      return [r.tool.name, r.score, r.matchedBy];
    };
    expect(top("psycopg2")).toEqual(["PostgreSQL", 0.95, "package"]);
    expect(top("node:18-alpine")).toEqual(["Node.js", 0.95, "package"]);
    expect(top("react-dom")).toEqual(["React", 0.96, "package"]);
    expect(top("@angular/core")).toEqual(["Angular", 0.96, "package"]);
    expect(top("hibernate-core")[1]).toBe(0.92);
    expect(top("spring-boot-starter-web")[1]).toBe(0.92);
  });
});

// README's Command line block lists each command's options; check's help did not name --changes,
// which the README's synopsis gives and the GitHub Action passes.
describe("every option of README's command-line synopsis is in its command's --help", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const block = readme.slice(readme.indexOf("## Command line"));
  const synopsis = block.slice(block.indexOf("```text\n") + 8, block.indexOf("\n```", block.indexOf("```text\n") + 8));
  const lines = synopsis.split("\n").filter((line) => line.startsWith("techstack "));
  it("the synopsis lists the commands", () => {
    expect(lines.map((line) => line.split(" ")[1])).toEqual(expect.arrayContaining(["detect", "write", "check", "diff", "resolve", "validate", "submit", "batch"]));
  });
  for (const line of lines) {
    const command = line.split(" ")[1]!;
    it(`${command}`, async () => {
      const text = await help(command);
      for (const option of new Set(line.match(/--[a-z][a-z-]*/g) ?? [])) expect(text, `${command} --help names ${option}`).toContain(option);
    });
  }
});

// The other way round: an option a command's --help lists is in README's synopsis line for it
// (write, check and submit name detect's scan options as a group; diff's second line "the same
// options"). submit's --format (with --dry-run, the document alone) was in its help and not there.
describe("every option of a command's --help is in README's command-line synopsis", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const block = readme.slice(readme.indexOf("## Command line"));
  const start = block.indexOf("```text\n") + 8;
  const lines = block.slice(start, block.indexOf("\n```", start)).split("\n").filter((line) => line.startsWith("techstack "));
  const options = (text: string) => text.match(/--[a-z][a-z-]*/g) ?? [];
  const scanOptions = options(lines.find((line) => line.split(" ")[1] === "detect") ?? "").filter((option) => option !== "--format");
  it("reads the options of a help's option lines, several to a line, not of their descriptions", () => {
    const sample = "Options:\n  --rev-a REV, --rev-b REV    compare these (see --full)\n  --include GLOB, --exclude GLOB,\n  --no-git                    as for detect\n";
    expect(helpOptions(sample)).toEqual(["--rev-a", "--rev-b", "--include", "--exclude", "--no-git"]);
  });
  for (const command of ["detect", "write", "check", "diff", "resolve", "validate", "submit", "batch"]) {
    it(`${command}`, async () => {
      const mine = lines.filter((line) => line.split(" ")[1] === command);
      expect(mine.length, command).toBeGreaterThan(0);
      const named = new Set(mine.flatMap((line) => [...options(line), ...(line.includes("detect's scan options") ? scanOptions : [])]));
      const listed = helpOptions(await help(command));
      if (command !== "validate") expect(listed.length, `${command} --help lists its options`).toBeGreaterThan(2);
      const missing = listed.filter((option) => option !== "--help" && !named.has(option));
      expect(missing, `${command}: in --help, not in README's synopsis`).toEqual([]);
    });
  }
});

/** The long options an option line of a help names: its left column, up to the gap before the description. */
function helpOptions(text: string): string[] {
  return [...text.matchAll(/^ {2}(-[^\n]*?)(?: {2,}|$)/gm)].flatMap((m) => m[1]!.match(/--[a-z][a-z-]*/g) ?? []);
}

// README's exit-code table covers every command; each command's --help says its own codes, as a
// reader of the help alone needs them. validate's said only "Exits 1 ... when it does not conform".
describe("every command's --help gives its exit codes", () => {
  for (const command of ["detect", "write", "check", "diff", "resolve", "validate", "submit", "batch"]) {
    it(`${command}`, async () => {
      const paragraph = (await help(command)).split(/\n\s*\n/).find((p) => p.startsWith("Exit codes: ")) ?? "";
      expect(paragraph.replace(/\s+/g, " "), `${command} --help`).toMatch(/^Exit codes: 0 .*, 1 .*, 2 usage error/);
    });
  }
});

// README's "Every command" list: `-h`, `--help` prints a command's options. Every command takes both
// (parseOptions adds them), but only detect's help listed them: a reader of write's help could not tell.
describe("every command's --help lists -h, --help among its options", () => {
  it("the top-level help lists them too, with -v, --version", async () => {
    const { usage } = await import("../src/cli/usage.js");
    const { commands } = await import("../src/cli/commands/index.js");
    expect(usage(commands)).toMatch(/^ {2}-h, --help +\S/m);
    expect(usage(commands)).toMatch(/^ {2}-v, --version +\S/m);
  });
  for (const command of ["detect", "write", "check", "diff", "resolve", "validate", "submit", "batch"]) {
    it(`${command}`, async () => {
      const options = (await help(command)).split(/\n\s*\n/).filter((p) => /^(Scan )?Options( \(.*\))?:\n/.test(p)).join("\n");
      expect(options, `${command} --help`).toMatch(/^ {2}-h, --help +this help$/m);
    });
  }
  it("the list above is every command", async () => {
    const { commands } = await import("../src/cli/commands/index.js");
    expect(Object.keys(commands).sort()).toEqual(["batch", "check", "detect", "diff", "resolve", "submit", "validate", "write"]);
  });
});
