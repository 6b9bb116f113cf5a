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
