import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";
import { tempDir } from "./helpers.js";

// A .gitignore line of 150,000 characters (a pasted blob, a generated list on one line) compiles
// to a regular expression the engine refuses ("Regular expression too large"): that failed the
// whole scan. The line is left out with a warning naming the file; its other rules still apply.
const HUGE = "{".repeat(150_000);

describe("a .gitignore with a pattern too large to apply", () => {
  it("in a folder: the scan goes on, the other rules still apply, and the file is named", async () => {
    const dir = tempDir("techstack-huge-ignore-");
    mkdirSync(join(dir, "web"), { recursive: true });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ dependencies: { express: "4.18.2" } }));
    writeFileSync(join(dir, "web/.gitignore"), `legacy/\n${HUGE}\n`);
    mkdirSync(join(dir, "web/legacy"), { recursive: true });
    writeFileSync(join(dir, "web/legacy/Gemfile"), "gem 'rails', '7.1.2'\n");
    writeFileSync(join(dir, "web/requirements.txt"), "fastapi==0.110.0\n");
    const r = await scan(dir, { git: false });
    const tools = r.document.tools.map((t) => t.name);
    expect(tools).toEqual(expect.arrayContaining(["ExpressJS", "FastAPI"]));
    expect(tools).not.toContain("Rails");
    expect(r.warnings.find((w) => w.file === "web/.gitignore")?.message).toMatch(/too large/);
  });

  it("in a file source (as a --rev listing reads it)", async () => {
    const r = await scan(new MemorySource({ ".gitignore": `${HUGE}\nold/\n`, "old/Gemfile": "gem 'rails'\n", "requirements.txt": "fastapi==0.110.0\n" }), { git: false });
    const tools = r.document.tools.map((t) => t.name);
    expect(tools).toContain("FastAPI");
    expect(tools).not.toContain("Rails");
  });

  it("the rules on either side of the dropped line stay apart", async () => {
    const { IgnoreRules } = await import("../src/sources/ignore-rules.js");
    const rules = new IgnoreRules();
    expect(rules.addGitignore("", `legacy/\n${HUGE}\n*.log\n`)).toBe(1);
    expect(rules.ignoredPath("legacy/Gemfile")).toBe(true);
    expect(rules.ignoredPath("debug.log")).toBe(true);
    expect(rules.ignoredPath("requirements.txt")).toBe(false);
  });
});
