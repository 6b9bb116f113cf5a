import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const help = (command: string) => execFileSync(process.execPath, [join(ROOT, "dist/cli.js"), command, "--help"], { encoding: "utf8" });

// README's Submission paragraph lists four ways a release follows a name (a space, `@`, pip's `==`,
// an image's `:`); the command's own help named three, so a user reading only --help did not learn
// that `Django==4.2` is taken as Django 4.2.
describe("submit --help", () => {
  it("names every form of a release after a name that the README names", () => {
    for (const example of ['"postgres 16"', '"react@18.2.1"', '"Django==4.2"', '"node:18-alpine"']) expect(help("submit")).toContain(example);
  });
});

// README's Workspaces bullet: --workspace scans one package of an npm, yarn, pnpm or Bun monorepo
// (Bun's `workspaces` in package.json, with bun.lock); the scan options' help named three of the four.
describe("--workspace in the scan options' help", () => {
  it("names Bun's monorepos too", () => {
    for (const command of ["detect", "write", "check", "submit"]) expect(help(command)).toMatch(/--workspace NAME +only this npm\/yarn\/pnpm\/Bun workspace package/);
  });
});
