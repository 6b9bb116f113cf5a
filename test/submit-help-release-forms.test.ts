import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

// README's Submission paragraph lists four ways a release follows a name (a space, `@`, pip's `==`,
// an image's `:`); the command's own help named three, so a user reading only --help did not learn
// that `Django==4.2` is taken as Django 4.2.
describe("submit --help", () => {
  it("names every form of a release after a name that the README names", () => {
    const help = execFileSync(process.execPath, [join(ROOT, "dist/cli.js"), "submit", "--help"], { encoding: "utf8" });
    for (const example of ['"postgres 16"', '"react@18.2.1"', '"Django==4.2"', '"node:18-alpine"']) expect(help).toContain(example);
  });
});
