import { execFileSync } from "node:child_process";
import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, ROOT, tempDir } from "./helpers.js";

/** The README's runnable examples: the `sh` block that follows "Examples, run as written". */
function examples(): string[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const block = /Examples, run as written[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme);
  return (block?.[1] ?? "").split("\n").filter((l) => l.startsWith("techstack "));
}

/** Splits a command line as a shell would for these simple lines (double quotes only). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

describe("README", () => {
  it("starts with the install-and-detect line and the test line", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme).toMatch(/^# techstack\n\n```sh\nnpm ci && npm run build && node dist\/cli\.js detect \S+\nnpm test\n```/);
  });

  it("every example command runs as written", () => {
    const lines = examples();
    expect(lines.length).toBeGreaterThanOrEqual(6);
    const dir = tempDir("techstack-readme-");
    cpSync(fixture("nextjs-app"), join(dir, "example"), { recursive: true });
    for (const line of lines) {
      const [, ...args] = words(line);
      // execFileSync throws, failing the test, when a command exits non-zero.
      execFileSync(process.execPath, [join(ROOT, "dist/cli.js"), ...args], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
    }
    expect(readFileSync(join(dir, "example/techstack.yml"), "utf8")).toContain("name: Next.js");
  });
});
