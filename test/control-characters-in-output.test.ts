import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import yaml from "js-yaml";
import { printable, printableLines } from "../src/kit/printable.js";
import { fixture, ROOT, runCommand, runMainHere, tempDir } from "./helpers.js";

// A repository's file names and contents reach techstack's warnings, and a fork's pull request
// chooses them: a newline in a folder name must not open a line of its own (`::warning::` is a
// workflow command to GitHub's runner), nor an escape sequence drive the reader's terminal.

/** A folder named as a fork could name it, holding a malformed composer.json, beside a package.json that opens with a colour escape. */
function hostileTree(dir: string): string {
  const folder = join(dir, "y\n::warning::from a folder name\nz");
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "composer.json"), '{"name": "acme/shop", "require": {"php": ">=8.1",\n');
  writeFileSync(join(dir, "package.json"), '\x1b[31m{"name": "shop", "dependencies": {"react": "^18.2.0"}}\n');
  mkdirSync(join(dir, "a\x1b[2J\x1b]0;pwned\x07 b"));
  writeFileSync(join(dir, "a\x1b[2J\x1b]0;pwned\x07 b", "Gemfile.lock"), "\x00\x01binary");
  return dir;
}

describe("printable", () => {
  it("escapes every control character so that the text stays on its line and shows what it holds", () => {
    expect(printable("y\n::warning::x\r\nz")).toBe("y\\n::warning::x\\r\\nz");
    expect(printable("a\tb")).toBe("a\\tb");
    expect(printable("\x1b[2J\x1b]0;pwned\x07")).toBe("\\x1b[2J\\x1b]0;pwned\\x07");
    expect(printable("nul\x00 del\x7f csi\x9b nel\x85")).toBe("nul\\x00 del\\x7f csi\\x9b nel\\x85");
    expect(printable("gpj.\u202eexe\u2028next")).toBe("gpj.\\u202eexe\\u2028next");
  });

  it("leaves printable text alone: accents, other scripts, emoji, U+FFFD, backslashes", () => {
    for (const text of ["café/Gemfile", "サービス/package.json", "🚀 app", "caf\uFFFD/pom.xml", "C:\\repo\\x", ""]) expect(printable(text)).toBe(text);
  });

  it("printableLines keeps a message's own line breaks and escapes the rest", () => {
    expect(printableLines("bad\x1b[31m\n\nUsage: x\ty")).toBe("bad\\x1b[31m\n\nUsage: x\\ty");
  });
});

describe("warnings on stderr", () => {
  it("a newline or escape in a file name or in a manifest's text is escaped: each warning is one line, no terminal escape", async () => {
    const dir = hostileTree(tempDir());
    const r = await runMainHere(["detect", dir, "--no-git", "--format", "json"]);
    expect(r.code).toBe(0);
    const lines = r.stderr.trimEnd().split("\n");
    for (const line of lines) expect(line).toMatch(/^warning: /);
    expect(r.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(r.stderr).toContain("warning: y\\n::warning::from a folder name\\nz/composer.json: malformed JSON");
    expect(r.stderr).toContain("warning: package.json: malformed JSON: Unexpected token '\\x1b'");
    expect(r.stderr).toContain("a\\x1b[2J\\x1b]0;pwned\\x07 b/Gemfile.lock");
  });

  it("an error naming a path is one line, escaped; a usage error keeps its own lines (the usage), escaped each", async () => {
    const dir = tempDir();
    execFileSync("git", ["init", "-q", dir]);
    const r = await runMainHere(["detect", dir, "--rev", "v9\n::error::from a revision\x1b[2J"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^techstack: no revision 'v9\\n::error::from a revision\\x1b\[2J' in \S+: the repository has no commit yet\n$/);
    const usage = await runMainHere(["detect", "--bogus\x1b[2J"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^techstack: unknown option '--bogus\\x1b\[2J'\n\nUsage: techstack detect/);
  });
});

describe("check's lines, which the Action's annotation quotes", () => {
  it("a package named with a newline and a techstack.yml value with one are escaped on their line", async () => {
    const dir = tempDir();
    cpSync(fixture("nextjs-app"), dir, { recursive: true });
    expect((await runCommand(["write", dir, "--no-git"])).code).toBe(0);
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    pkg.dependencies["left-pad\n::error::from a package name"] = "^1.3.0";
    writeFileSync(join(dir, "package.json"), JSON.stringify(pkg, null, 2));
    const r = await runCommand(["check", dir, "--no-git"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("+ left-pad\\n::error::from a package name 1.3.0 (package)");
    for (const line of r.stdout.split("\n")) expect(line).not.toMatch(/^\s*::/);
  });

  it("a hand-edited category with a newline in it, said as another fact, stays on its line", async () => {
    const dir = tempDir();
    cpSync(fixture("nextjs-app"), dir, { recursive: true });
    expect((await runCommand(["write", dir, "--no-git"])).code).toBe(0);
    const file = join(dir, "techstack.yml");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace(/category: Languages & Frameworks\n/, 'category: "Languages\\n::error::from techstack.yml"\n'));
    const r = await runCommand(["check", dir, "--no-git"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("category: Languages\\n::error::from techstack.yml -> Languages & Frameworks");
    for (const line of r.stdout.split("\n")) expect(line).not.toMatch(/^\s*::/);
  });
});

describe("the Action's check step", () => {
  const action = yaml.load(readFileSync(join(ROOT, "action.yml"), "utf8")) as { runs: { steps: Array<{ name: string; run?: string }> } };
  const step = action.runs.steps.find((s) => s.name.startsWith("techstack "))!;

  it("stops workflow commands while techstack runs: no line of its output, stdout or stderr, is read as one", () => {
    const dir = hostileTree(tempDir());
    // `##[` anywhere in a line is the runner's older form of a command.
    mkdirSync(join(dir, "##[error]from a folder name"));
    writeFileSync(join(dir, "##[error]from a folder name", "composer.json"), "{");
    let log = "";
    try {
      // As the runner reads the step: stderr and stdout in one log.
      log = execFileSync("bash", ["-e", "-c", `exec 2>&1\n${step.run!}`], { cwd: dir, env: { ...process.env, GITHUB_ACTION_PATH: ROOT, NO_COLOR: "1", MODE: "check", DIRECTORY: "." }, encoding: "utf8" });
    } catch (error) {
      log = (error as { stdout: string }).stdout;
    }
    const lines = log.split("\n");
    const stop = lines.findIndex((line) => line.startsWith("::stop-commands::"));
    expect(stop).toBeGreaterThanOrEqual(0);
    const token = lines[stop]!.slice("::stop-commands::".length);
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    const resume = lines.indexOf(`::${token}::`);
    expect(resume).toBeGreaterThan(stop);
    // Every line of techstack's, warnings and the stale list, is inside the stopped stretch.
    const inside = lines.slice(stop + 1, resume);
    expect(inside.some((line) => line.startsWith("warning: y\\n::warning::from a folder name\\nz/composer.json"))).toBe(true);
    expect(inside.some((line) => line.includes("##[error]from a folder name/composer.json"))).toBe(true);
    expect(inside.some((line) => line.startsWith("stale: "))).toBe(true);
    for (const line of inside) expect(line).not.toMatch(/^\s*::/);
    // Outside it, the step's own lines alone: the annotation on the stale file.
    const outside = [...lines.slice(0, stop), ...lines.slice(resume + 1)].filter((line) => line.startsWith("::") || line.includes("##["));
    expect(outside).toHaveLength(1);
    expect(outside[0]).toMatch(/^::error file=techstack\.yml::techstack\.yml or techstack\.md is stale/);
  });
});
