import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCommand } from "./helpers.js";

// The README's "Command line" block is the short reference a user reads first: every option a
// command's --help lists must be on that command's lines there (or be one of detect's scan
// options, where the line says it takes them).
const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const block = /## Command line\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
const synopsis = (command: string) => block.split("\n").filter((l) => l.startsWith(`techstack ${command} `)).join("\n");
const flags = (text: string) => new Set([...text.matchAll(/(?<![\w-])--[a-z][a-z-]*/g)].map((m) => m[0]).filter((f) => f !== "--help"));
/** What `techstack <command> --help` prints, the command called in-process. */
async function help(command: string): Promise<string> {
  const r = await runCommand([command, "--help"]);
  expect(r, command).toMatchObject({ code: 0, stderr: "" });
  return r.stdout;
}

describe("README's command-line synopsis", () => {
  for (const command of ["detect", "write", "check", "diff", "resolve", "validate", "submit", "batch"]) {
    it(`lists every option of ${command} --help`, async () => {
      const scanOptions = flags(await help("detect"));
      const line = synopsis(command);
      expect(line, `no synopsis line for ${command}`).not.toBe("");
      const listed = flags(line);
      const covered = (f: string) => listed.has(f) || (line.includes("detect's scan options") && scanOptions.has(f));
      expect([...flags(await help(command))].filter((f) => !covered(f))).toEqual([]);
    });
  }
});
