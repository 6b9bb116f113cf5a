import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, tempDir } from "./helpers.js";

// A file listing a few hundred thousand items (a generated .gitattributes, a csproj whose
// TargetFrameworks line a script wrote, a setup.py with a vendored requirement list) must not
// overflow the call stack: that failed the whole detector, losing every other file's tools.
// Run through the CLI: the main thread's stack is what a user gets (a test worker's is larger).
// 200,000 is kept: push(...list) throws on Node 20's default stack from about 125,200 items (stop 55,
// measured), so a smaller list could pass with the bug; the setup.py case's time is mostly its
// 74 MB JSON answer of 200,000 package entries, which a document built from such a list is.
const many = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));

function detect(files: Record<string, string>) {
  const dir = tempDir("techstack-long-lists-");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const run = spawnSync(process.execPath, [join(ROOT, "dist/cli.js"), "detect", dir, "--format", "json", "--no-git"], { encoding: "utf8", timeout: 120_000, maxBuffer: 1 << 30 });
  expect(run.status, run.stderr).toBe(0);
  return { tools: (JSON.parse(run.stdout) as { tools: { name: string }[] }).tools.map((t) => t.name), stderr: run.stderr };
}

describe("files listing 200,000 items", () => {
  it(".gitattributes with 200,000 rules: the languages are still counted", () => {
    const r = detect({
      ".gitattributes": many(200_000, (i) => `gen/f${i}.js linguist-generated`).join("\n"),
      "src/app.ts": "export {};\n",
    });
    expect(r.stderr).not.toMatch(/failed|call stack/);
    expect(r.tools).toContain("TypeScript");
  }, 120_000);

  it("a csproj whose TargetFrameworks names 200,000 frameworks: its packages are still read", () => {
    const r = detect({
      "App/App.csproj": `<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFrameworks>${"net8.0;".repeat(200_000)}</TargetFrameworks></PropertyGroup><ItemGroup><PackageReference Include="Serilog" Version="3.1.1" /></ItemGroup></Project>`,
    });
    expect(r.stderr).not.toMatch(/failed|call stack/);
    expect(r.tools).toContain("Serilog");
  }, 120_000);

  it("a setup.py whose install_requires lists 200,000 strings: the real requirements are still read", () => {
    const r = detect({
      "setup.py": `from setuptools import setup\nsetup(name="x", install_requires=["flask==3.0.0", ${many(200_000, (i) => `"p${i}"`).join(", ")}])\n`,
    });
    expect(r.stderr).not.toMatch(/not readable|call stack/);
    expect(r.tools).toContain("Flask");
  }, 120_000);
});
