import { mkdirSync, symlinkSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig, optionsFromConfig } from "../src/cli/config.js";
import { CliError } from "../src/cli/shared.js";
import { tempDir } from "./helpers.js";
import { DirectorySource, scan } from "../src/index.js";

// A repository's techstack.config.(json|yml|yaml) or package.json `techstack` key
// (src/cli/config.ts): which file wins, each key's check in its exact words, and the scan
// options each key gives.

/** The CliError `run` throws (exit code and message), or "no error". */
function failure(run: () => unknown): { code: number; message: string } | "no error" {
  try {
    run();
    return "no error";
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return { code: (error as CliError).exitCode, message: (error as CliError).message };
  }
}

describe("loading the configuration", () => {
  it("a techstack.config.json, .yml or .yaml, else package.json's techstack key", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "package.json"), JSON.stringify({ techstack: { include: ["src/**"] } }));
    expect(loadConfig(dir)).toEqual({ include: ["src/**"] });
    // A key beside a file is two configurations, an error (test/config.test.ts): a package.json without one here.
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "app" }));
    const files: Array<[string, string, string]> = [
      ["techstack.config.yaml", "include: [yaml/**]\n", "yaml/**"],
      ["techstack.config.yml", "include: [yml/**]\n", "yml/**"],
      ["techstack.config.json", '{"include": ["json/**"]}', "json/**"],
    ];
    for (const [name, text, include] of files) {
      writeFileSync(join(dir, name), text);
      expect(loadConfig(dir)).toEqual({ include: [include] });
      // Two configuration files in one folder are an error (test/config.test.ts); one at a time here.
      rmSync(join(dir, name));
    }
  });

  it("an empty YAML file is no configuration; YAML is read with JSON's types (no dates)", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "techstack.config.yml"), "");
    expect(loadConfig(dir)).toEqual({});
    writeFileSync(join(dir, "techstack.config.yml"), "endpoint: 2024-01-01\n");
    expect(loadConfig(dir)).toEqual({ endpoint: "2024-01-01" });
  });

  it("nothing at all, or a package.json without a techstack mapping, or one that does not parse, is no configuration", () => {
    const dir = tempDir();
    expect(loadConfig(dir)).toEqual({});
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "shop", techstack: "yes" }));
    expect(loadConfig(dir)).toEqual({});
    writeFileSync(join(dir, "package.json"), "{ broken");
    expect(loadConfig(dir)).toEqual({});
    // A techstack mapping is one.
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "shop", techstack: { include: ["src/**"] } }));
    expect(loadConfig(dir)).toEqual({ include: ["src/**"] });
  });

  it("a package.json techstack key is checked like a file, named as the key", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "package.json"), JSON.stringify({ techstack: { exclude: "dist" } }));
    expect(failure(() => loadConfig(dir))).toEqual({ code: 1, message: `${join(dir, "package.json")} (techstack key): 'exclude' must be a list of strings` });
  });

  it("a configuration file that does not parse, or is a link, is an error naming it, on one line", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "techstack.config.json"), '{"include": [}');
    const broken = failure(() => loadConfig(dir));
    expect(broken).toMatchObject({ code: 1 });
    // In JSON's own words: a .json file is read as JSON, not as YAML.
    expect((broken as { message: string }).message).toMatch(new RegExp(`^${join(dir, "techstack.config.json")}: Unexpected token`));
    const other = tempDir();
    writeFileSync(join(other, "real.yml"), "include: [a]\n");
    symlinkSync(join(other, "real.yml"), join(other, "techstack.config.yml"));
    expect(failure(() => loadConfig(other))).toEqual({ code: 1, message: `${join(other, "techstack.config.yml")}: a symbolic link, not read` });
    const yamlDir = tempDir();
    writeFileSync(join(yamlDir, "techstack.config.yml"), "include: [a\nexclude: b\n");
    const yamlError = failure(() => loadConfig(yamlDir)) as { message: string };
    expect(yamlError.message.startsWith(`${join(yamlDir, "techstack.config.yml")}: `)).toBe(true);
    expect(yamlError.message).not.toContain("\n");
  });

  it("each key's kind, in the configuration's words", () => {
    const dir = tempDir();
    const file = join(dir, "techstack.config.yml");
    const check = (text: string) => {
      writeFileSync(file, text);
      return failure(() => loadConfig(dir));
    };
    const says = (message: string) => ({ code: 1, message: `${file}: ${message}` });
    expect(check("- exclude\n")).toEqual(says("the configuration must be a mapping"));
    expect(check("just text\n")).toEqual(says("the configuration must be a mapping"));
    expect(check("excludes: [a]\n")).toEqual(says("unknown key 'excludes' (did you mean exclude? known: exclude, include, disable, catalog, endpoint, all-tools, packages, max-file-bytes)"));
    expect(check("alltools: true\n")).toEqual(says("unknown key 'alltools' (did you mean all-tools? known: exclude, include, disable, catalog, endpoint, all-tools, packages, max-file-bytes)"));
    // A key like none of them: the list alone.
    expect(check("workers: 4\n")).toEqual(says("unknown key 'workers' (known: exclude, include, disable, catalog, endpoint, all-tools, packages, max-file-bytes)"));
    expect(check("include: [a, 1]\n")).toEqual(says("'include' must be a list of strings"));
    expect(check("disable: docker\n")).toEqual(says("'disable' must be a list of strings"));
    // A glob that matches no file, said as the file's, where the scan would refuse it without naming the file.
    expect(check("include: ['src/**', '']\n")).toEqual(says("'include' holds an empty glob, which matches no file"));
    expect(check("include: ['../shared/**']\n")).toEqual(says("'include' glob '../shared/**' is outside the repository: globs are paths from it (src/**)"));
    // A misspelt detector: the built-in ones listed, one by one.
    const misspelt = check("disable: [dockr]\n") as { message: string };
    expect(misspelt.message).toMatch(new RegExp(`^${file}: 'disable' names no built-in detector 'dockr' \\(known: ([a-z-]+, )+[a-z-]+\\)$`));
    expect(misspelt.message).toContain(", docker, ");
    expect(check("catalog: [a.yml]\n")).toEqual(says("'catalog' must be a string"));
    expect(check("endpoint: 5\n")).toEqual(says("'endpoint' must be a string"));
    expect(check("all-tools: 'yes'\n")).toEqual(says("'all-tools' must be true or false"));
    expect(check("exclude: []\ninclude: [src/**]\ndisable: [npm]\ncatalog: x.yml\nendpoint: https://e.test\nall-tools: true\npackages: false\n")).toBe("no error");
  });
});

describe("scan options from the configuration", () => {
  it("each key that is set gives its option; empty lists and false give none", () => {
    const dir = tempDir();
    expect(optionsFromConfig(dir, {})).toEqual({});
    expect(optionsFromConfig(dir, { exclude: [], include: [], disable: [], "all-tools": false, packages: true })).toEqual({});
    expect(optionsFromConfig(dir, { exclude: ["a/**"], include: ["b/**"], disable: ["docker"], "all-tools": true, packages: false, endpoint: "https://e.test" })).toEqual({
      exclude: ["a/**"],
      include: ["b/**"],
      disable: ["docker"],
      allTools: true,
      packages: false,
    });
  });

  it("a catalog file inside the repository is read; one outside it, or the repository itself, never is", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "config"));
    writeFileSync(join(dir, "config/extra.yml"), "tools:\n  - id: left-pad-tool\n    name: Left Pad\nmatchers:\n  npm:\n    left-pad: left-pad-tool\n");
    const options = optionsFromConfig(dir, { catalog: "config/extra.yml" });
    expect(options.catalog).toMatchObject({ tools: [{ id: "left-pad-tool", name: "Left Pad" }] });
    for (const outside of ["../secrets.yml", "config/../..", ".", "config/.."]) {
      expect(failure(() => optionsFromConfig(dir, { catalog: outside })), outside).toEqual({
        code: 1,
        message: `the configuration's catalog file ${outside} is outside the repository ${dir}`,
      });
    }
    // Scanned as ".", the repository is named by its path, not as "the repository ." (ending the sentence).
    expect(failure(() => optionsFromConfig(".", { catalog: "../secrets.yml" }))).toEqual({ code: 1, message: `the configuration's catalog file ../secrets.yml is outside the repository ${process.cwd()}` });
    expect(failure(() => optionsFromConfig(dir, { catalog: "..data/x.yml" }))).toMatchObject({ code: 1, message: expect.stringContaining("..data/x.yml: ") });
    // An absolute path is taken inside the repository, as every configured path is.
    expect(failure(() => optionsFromConfig(dir, { catalog: "/etc/passwd" }))).toMatchObject({ code: 1, message: `the configuration's catalog file ${join(dir, "etc/passwd")}: no such file (its path is from the repository's folder)` });
  });

  it("a catalog file that is missing or a link is named with the reason, once", () => {
    const dir = tempDir();
    // Not the system's "ENOENT: no such file or directory, open '...'", the path said twice.
    expect(failure(() => optionsFromConfig(dir, { catalog: "gone.yml" }))).toEqual({
      code: 1,
      message: `the configuration's catalog file ${join(dir, "gone.yml")}: no such file (its path is from the repository's folder)`,
    });
    writeFileSync(join(dir, "real.yml"), "tools: []\n");
    symlinkSync(join(dir, "real.yml"), join(dir, "link.yml"));
    expect(failure(() => optionsFromConfig(dir, { catalog: "link.yml" }))).toEqual({
      code: 1,
      message: `the configuration's catalog file ${join(dir, "link.yml")}: a symbolic link, not read`,
    });
  });

  it("a catalog file that is not usable is no configuration error: the scan warns, naming it, and goes on", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "package.json"), JSON.stringify({ dependencies: { express: "4.18.2" } }));
    writeFileSync(join(dir, "typo.yml"), "tools:\n  - id: acme-x\n    open_source: yes please\n");
    const options = optionsFromConfig(dir, { catalog: "typo.yml" });
    const result = await scan(new DirectorySource(dir), { ...options, git: false });
    expect(result.warnings).toEqual([{ file: "typo.yml", line: 3, message: "not used: tools[0] (acme-x): open_source must be true or false" }]);
    expect(result.document.tools.map((t) => t.name)).toContain("ExpressJS");
  });
});
