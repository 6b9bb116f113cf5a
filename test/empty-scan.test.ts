import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Outcome, runCommand, tempDir } from "./helpers.js";

/** The command in-process from the folder `cwd`: its warnings are its own, not the process's. */
const run = (args: string[], cwd: string): Promise<Outcome> => runCommand(args, { cwd, env: { NO_COLOR: "1" } });

describe("a scan that finds no tool", () => {
  it("is printed or written as before, with a warning that the folder may be the wrong one", async () => {
    const dir = tempDir("techstack-empty-");
    writeFileSync(join(dir, "notes.txt"), "nothing to detect\n");
    const detect = await run(["detect", ".", "--no-git"], dir);
    expect(detect.code).toBe(0);
    expect(detect.stdout).toContain("tools: []");
    expect(detect.stderr).toBe("warning: .: no tool found (1 file listed, none that techstack reads): is it the repository's folder?\n");
    const write = await run(["write", ".", "--no-git"], dir);
    expect(write.code).toBe(0);
    expect(write.stderr).toMatch(/no tool found .*\n.*\(0 tools\)\n$/);
    // A folder with something to find says nothing of the kind.
    writeFileSync(join(dir, "app.py"), "print(1)\n");
    expect((await run(["detect", ".", "--no-git"], dir)).stderr).toBe("");
  });

  it("left empty by include or exclude globs, it names the globs in force (flags and configuration), the likelier cause than the folder", async () => {
    const dir = tempDir("techstack-empty-");
    writeFileSync(join(dir, "package.json"), '{"dependencies":{"react":"^18.2.0"}}');
    writeFileSync(join(dir, "techstack.config.json"), '{"exclude":["legacy/**"]}');
    // A typo in a folder's name: the flag's glob matches nothing.
    const typo = await run(["detect", ".", "--no-git", "--include", "srv/**"], dir);
    expect(typo.code).toBe(0);
    expect(typo.stderr).toBe("warning: .: no tool found (0 files listed, none that techstack reads): is it the repository's folder, and do the globs leave its files in? (include srv/**; exclude legacy/**)\n");
    const all = await run(["detect", ".", "--no-git", "--exclude", "**"], dir);
    expect(all.stderr).toContain("(exclude legacy/**, **)\n");
    // The configuration's globs alone, leaving package.json in: a stack, no warning.
    expect((await run(["detect", ".", "--no-git"], dir)).stderr).toBe("");
  });
});
