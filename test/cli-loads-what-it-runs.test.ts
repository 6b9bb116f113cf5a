import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, tempDir, writeFile } from "./helpers.js";

const CLI = join(ROOT, "dist/cli.js");

// A module loader hook (Node.js's `module.register`) that writes each file the CLI imports to the file
// named by TECHSTACK_LOADED_LIST: what a command compiles, seen from outside, with no timing involved.
const HOOKS = `import { appendFileSync } from "node:fs";
export async function load(url, context, next) {
  if (url.startsWith("file:")) appendFileSync(process.env.TECHSTACK_LOADED_LIST, url + "\\n");
  return next(url, context);
}
`;
let register = "";

beforeAll(() => {
  const dir = tempDir("techstack-loads-");
  writeFileSync(join(dir, "hooks.mjs"), HOOKS);
  register = join(dir, "register.mjs");
  writeFileSync(register, `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(join(dir, "hooks.mjs")).href)});\n`);
});

/**
 * What a CLI run loads, by the sources its bundle chunks hold: esbuild heads each source's part of a
 * chunk with a `// path` comment (`// src/catalog/load.ts`, `// ../node_modules/ajv/dist/ajv.js`),
 * read here as the path (`src/catalog/load.ts`) or the package's name (`ajv`).
 */
function loadedSources(args: string[]): Set<string> {
  const list = join(tempDir("techstack-loads-"), "loaded.txt");
  writeFileSync(list, "");
  execFileSync(process.execPath, ["--import", pathToFileURL(register).href, CLI, ...args], { env: { ...process.env, TECHSTACK_LOADED_LIST: list }, stdio: "pipe" });
  const sources = new Set<string>();
  for (const url of readFileSync(list, "utf8").split("\n").filter(Boolean)) {
    for (const [, path] of readFileSync(new URL(url), "utf8").matchAll(/^\/\/ (\S+\.[cm]?[jt]s)$/gm)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path!);
      sources.add(pkg ? pkg[1]! : path!);
    }
  }
  return sources;
}

describe("what a command loads", () => {
  it("detect loads the detectors a tree's files call for, and no parser, validator or prompt it does not use", () => {
    const dir = tempDir("techstack-loads-tree-");
    writeFile(dir, "package.json", '{"dependencies":{"express":"^4.19.2"}}');
    writeFile(dir, "index.js", "require('express')\n");
    const sources = loadedSources(["detect", dir, "--no-git", "--format", "json"]);
    expect(sources).toContain("detectors/npm/index.ts");
    expect(sources).toContain("src/catalog/load.ts");
    // No file of theirs: their code stays unread (the bundle holds it in chunks of its own).
    for (const family of ["python", "gradle", "maven", "cpp", "dotnet", "ruby", "ci"]) expect(sources).not.toContain(`detectors/${family}/index.ts`);
    // No XML or TOML file; no schema check, fuzzy search or prompt in a detect.
    for (const absent of ["fast-xml-parser", "smol-toml", "ajv", "fuse.js", "enquirer"]) expect(sources).not.toContain(absent);
    // The registries detector reads package.json; pip's include graph, which it follows from a
    // requirements file, stays unread where the tree has none.
    expect(sources).toContain("detectors/registries/index.ts");
    for (const absent of ["detectors/python/constraints.ts", "detectors/python/requirements.ts"]) expect(sources).not.toContain(absent);
  });

  it("a tree's pom.xml loads the Maven detector and the XML parser", () => {
    const dir = tempDir("techstack-loads-tree-");
    writeFile(dir, "pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>a</groupId><artifactId>b</artifactId><version>1</version></project>");
    const sources = loadedSources(["detect", dir, "--no-git", "--format", "json"]);
    expect(sources).toContain("detectors/maven/index.ts");
    expect(sources).toContain("fast-xml-parser");
    expect(sources).not.toContain("detectors/npm/index.ts");
  });

  it("resolve loads the fuzzy search and no detector's code; --version loads neither the catalog nor the engine", () => {
    const resolve = loadedSources(["resolve", "postgres"]);
    expect(resolve).toContain("fuse.js");
    expect([...resolve].filter((s) => /^detectors\/[^/]+\/index\.ts$/.test(s))).toEqual([]);
    expect(resolve).not.toContain("ajv");
    const version = loadedSources(["--version"]);
    expect(version).toContain("src/cli/main.ts");
    for (const absent of ["src/catalog/load.ts", "src/scan/run.ts", "detectors/index.ts", "js-yaml"]) expect(version).not.toContain(absent);
  });
});
