import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_DECLARED_PER_FILE } from "../src/scan/declared-cap.js";
import { runCommand, tempDir } from "./helpers.js";

// A manifest that declares an absurd number of dependencies (generated, or made to hurt) is read to
// a cap: each finding kept cost some kilobytes through ranking and the document, so a one-line
// package.json of 300,000 took a gigabyte and printed a 120 MB document. A lockfile's installed
// packages are no declarations: a large monorepo's 30,000 and more are all read.

/** A package.json as a generator writes it: one line, `count` registry packages. */
function generatedManifest(dir: string, count: number): void {
  const dependencies: Record<string, string> = { react: "^18.2.0" };
  for (let i = 0; i < count - 1; i++) dependencies[`@acme/generated-${i}`] = "^1.0.0";
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "acme-generated", version: "1.0.0", private: true, dependencies }));
}

describe("a cap on one file's declared dependencies", () => {
  it("past the cap: the first ones read, and a warning naming the file and how many it declares", async () => {
    const dir = tempDir();
    const declared = MAX_DECLARED_PER_FILE + 150;
    generatedManifest(dir, declared);
    const out = await runCommand(["detect", dir, "--no-git", "--format", "json"]);
    expect(out.code).toBe(0);
    expect(out.stderr).toContain(`warning: package.json: ${declared} dependencies declared, only the first ${MAX_DECLARED_PER_FILE} read`);
    const tools = JSON.parse(out.stdout).tools as { name: string; package_url?: string }[];
    // React is declared first: its tool and its package are among those read.
    expect(tools.map((t) => t.name)).toContain("React");
    expect(tools.filter((t) => t.package_url?.includes("@acme/generated-")).length).toBe(MAX_DECLARED_PER_FILE - 1);
    expect(tools.some((t) => t.name === `@acme/generated-${declared - 2}`)).toBe(false);
  });

  it("a real manifest and a lockfile of 30,000 installed packages: every one read, no warning", async () => {
    const dir = tempDir();
    generatedManifest(dir, 200);
    const packages: Record<string, unknown> = { "": { name: "acme-generated", version: "1.0.0" } };
    for (let i = 0; i < 30_000; i++) packages[`node_modules/@acme/generated-${i}`] = { version: "1.4.2", resolved: `https://registry.npmjs.org/@acme/generated-${i}/-/generated-${i}-1.4.2.tgz`, license: "MIT" };
    packages["node_modules/react"] = { version: "18.2.0", license: "MIT" };
    writeFileSync(join(dir, "package-lock.json"), JSON.stringify({ name: "acme-generated", version: "1.0.0", lockfileVersion: 3, requires: true, packages }));
    const out = await runCommand(["detect", dir, "--no-git", "--format", "json"]);
    expect(out.code).toBe(0);
    expect(out.stderr).not.toContain("dependencies declared");
    const tools = JSON.parse(out.stdout).tools as { name: string; version?: string }[];
    expect(tools.find((t) => t.name === "React")?.version).toBe("18.2.0");
    expect(tools.find((t) => t.name === "@acme/generated-198")?.version).toBe("1.4.2");
  });
});
