import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "./helpers.js";

// A file listing a few hundred thousand items (a generated .gitattributes, a csproj whose
// TargetFrameworks line a script wrote, a setup.py with a vendored requirement list) must not
// overflow the call stack: that failed the whole detector, losing every other file's tools.
// Run through the CLI: the main thread's stack is what a user gets (a test worker's is larger).
// The CLI runs with a tenth of Node's default stack (--stack-size=100), where push(...list) throws
// from about 13,000 items (Node 20, measured) as it does from about 125,200 on the default: 30,000
// items show the overflow there that 200,000 showed on the default stack, at a seventh of the input
// (the setup.py case's 200,000 package entries were a 74 MB JSON answer). The three files share one
// tree and one run; each test asserts its own file's tool.
const ITEMS = 30_000;
const many = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));

function detect(files: Record<string, string>) {
  const dir = tempDir("techstack-long-lists-");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const run = spawnSync(process.execPath, ["--stack-size=100", join(ROOT, "dist/cli.js"), "detect", dir, "--format", "json", "--no-git"], { encoding: "utf8", timeout: 120_000, maxBuffer: 1 << 30 });
  expect(run.status, run.stderr).toBe(0);
  return { tools: (JSON.parse(run.stdout) as { tools: { name: string }[] }).tools.map((t) => t.name), stderr: run.stderr };
}

describe(`files listing ${ITEMS.toLocaleString("en")} items, on a tenth of the default stack`, () => {
  let r: ReturnType<typeof detect>;
  beforeAll(() => {
    r = detect({
      ".gitattributes": many(ITEMS, (i) => `gen/f${i}.js linguist-generated`).join("\n"),
      "src/app.ts": "export {};\n",
      "App/App.csproj": `<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFrameworks>${"net8.0;".repeat(ITEMS)}</TargetFrameworks></PropertyGroup><ItemGroup><PackageReference Include="Serilog" Version="3.1.1" /></ItemGroup></Project>`,
      "setup.py": `from setuptools import setup\nsetup(name="x", install_requires=["flask==3.0.0", ${many(ITEMS, (i) => `"p${i}"`).join(", ")}])\n`,
    });
  }, 120_000);

  it("no detector fails on any of the files", () => {
    expect(r.stderr).not.toMatch(/failed|not readable|call stack/);
  });

  it(".gitattributes with 30,000 rules: the languages are still counted", () => {
    expect(r.tools).toContain("TypeScript");
  });

  it("a csproj whose TargetFrameworks names 30,000 frameworks: its packages are still read", () => {
    expect(r.tools).toContain("Serilog");
  });

  it("a setup.py whose install_requires lists 30,000 strings: the real requirements are still read", () => {
    expect(r.tools).toContain("Flask");
  });
});
