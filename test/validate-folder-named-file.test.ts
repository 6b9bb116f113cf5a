import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateCommand } from "../src/cli/commands/validate.js";
import { call, tempDir } from "./helpers.js";

// `mkdir ro/techstack.yml; techstack validate ro/techstack.yml` suggested validating
// ro/techstack.yml/techstack.yml, a file that is not there.
describe("validate given a folder", () => {
  it("suggests the techstack.yml inside only where there is one", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "techstack.yml"));
    expect(await call(validateCommand, [join(dir, "techstack.yml")])).toEqual({ code: 1, stdout: `${join(dir, "techstack.yml")} is not a readable stack document (a folder, not a file, and no techstack.yml is in it)\n`, stderr: "" });
    writeFileSync(join(dir, "techstack.yml", "techstack.yml"), "repo_name: acme/shop\ntools: []\n");
    expect((await call(validateCommand, [join(dir, "techstack.yml")])).stdout).toContain(`a folder: validate its file, techstack validate ${join(dir, "techstack.yml", "techstack.yml")}`);
  });
});
