import { describe, expect, it } from "vitest";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import yaml from "js-yaml";

const ROOT = join(import.meta.dirname, "..");

/** A stand-in npm that logs each call's arguments and the NODE_ENV it ran under. */
function fakeNpm(): { bin: string; log: string } {
  const bin = mkdtempSync(join(tmpdir(), "fake-npm-"));
  const log = join(bin, "calls.log");
  writeFileSync(join(bin, "npm"), `#!/usr/bin/env bash\necho "NODE_ENV=$NODE_ENV $*" >> "${log}"\n`);
  chmodSync(join(bin, "npm"), 0o755);
  return { bin, log };
}

// Every dependency of techstack is a devDependency (the build bundles them), so an install that
// omits dev dependencies, as npm does where the job sets NODE_ENV=production, leaves no tsup to build with.
describe("building techstack where the job sets NODE_ENV=production", () => {
  it("the GitHub Action's build step installs the dev dependencies all the same", () => {
    const action = yaml.load(readFileSync(join(ROOT, "action.yml"), "utf8")) as { runs: { steps: Array<{ name: string; run?: string }> } };
    const step = action.runs.steps.find((s) => s.name === "Build techstack")!;
    const { bin, log } = fakeNpm();
    execFileSync("bash", ["-e", "-c", step.run!], { env: { PATH: `${bin}:/usr/bin:/bin`, GITHUB_ACTION_PATH: ROOT, NODE_ENV: "production" }, stdio: "pipe" });
    const calls = readFileSync(log, "utf8").trim().split("\n");
    expect(calls[0]).toMatch(/^NODE_ENV=production ci\b/);
    expect(calls[0]!.split(" ")).toContain("--include=dev");
    expect(calls[1]).toMatch(/ run build\b/);
  });

  it("the README's GitLab CI recipe does too", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const recipe = readme.slice(readme.indexOf("# .gitlab-ci.yml"));
    const install = recipe.split("\n").find((l) => l.includes("npm ci"))!;
    expect(install).toContain("npm ci --include=dev && npm run build");
  });
});
