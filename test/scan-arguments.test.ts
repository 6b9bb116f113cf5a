import { execFileSync } from "node:child_process";
import { coded } from "../src/errors.js";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDetector, checkFileSource, checkOptions } from "../src/scan/arguments.js";
import { defaultFacts, detect, scan } from "../src/detect.js";
import { MemorySource } from "../src/sources/memory.js";
import type { Detector } from "../src/types.js";
import { gitCopy, tempDir } from "./helpers.js";

// What the library's entry points (src/scan/arguments.ts, src/detect.ts) accept and refuse, in
// their exact words, and what each scan option changes in the result.

const BUILTINS = ["npm", "docker", "go"];

describe("argument checks", () => {
  it("a scan target that is no FileSource is named by what it is", () => {
    const message = (value: unknown): string => {
      try {
        checkFileSource(value);
        return "accepted";
      } catch (error) {
        expect(error).toBeInstanceOf(TypeError);
        return (error as Error).message.replace("scan: expected a directory path or a FileSource (with list and read), not ", "");
      }
    };
    expect(message(null)).toBe("null");
    expect(message(undefined)).toBe("undefined");
    expect(message(42)).toBe("42");
    expect(message([])).toBe("an array");
    expect(message({})).toBe("an object without list and read");
    expect(message({ list: () => [] })).toBe("an object without list and read");
    expect(message({ read: () => [] })).toBe("an object without list and read");
    expect(message({ list: () => [], read: () => [] })).toBe("accepted");
  });

  it("a custom detector needs a non-empty name, a list of string globs and a detect function", () => {
    const detect = (): void => {};
    expect(() => checkDetector(null as never, 3)).toThrow(coded(new TypeError("detector 3: needs a name (a string)"), "TECHSTACK_BAD_DETECTOR"));
    expect(() => checkDetector({ name: "", files: [], detect } as Detector, 0)).toThrow("detector 0: needs a name (a string)");
    expect(() => checkDetector({ name: 7, files: [], detect } as never, 0)).toThrow("detector 0: needs a name (a string)");
    expect(() => checkDetector({ name: "deno", files: "deno.json", detect } as never, 0)).toThrow("detector 'deno': files must be a list of globs ([] for the whole tree)");
    expect(() => checkDetector({ name: "deno", files: ["deno.json", 1], detect } as never, 0)).toThrow("detector 'deno': files must be a list of globs");
    expect(() => checkDetector({ name: "deno", files: ["deno.json"], detect: "yes" } as never, 0)).toThrow("detector 'deno': needs a detect(ctx) function");
    expect(() => checkDetector({ name: "deno", files: [], detect }, 0)).not.toThrow();
  });

  it("options of the wrong kind, each in its own words; the right kinds pass", () => {
    const check = (options: object, target: unknown = "."): void => checkOptions(options, target, BUILTINS);
    expect(() => check({ include: ["src/**", 3] })).toThrow('include: expected a list of globs (["legacy/**"]), not ["src/**",3]');
    expect(() => check({ exclude: "dist" })).toThrow('exclude: expected a list of globs (["legacy/**"]), not "dist"');
    expect(() => check({ disable: false })).toThrow("disable: expected true or a list of built-in detector names, not false");
    expect(() => check({ disable: ["npm", 2] })).toThrow('disable: expected true or a list of built-in detector names, not ["npm",2]');
    expect(() => check({ disable: ["npm", "rust"] })).toThrow("disable: no built-in detector is named 'rust' (known: npm, docker, go)");
    expect(() => check({ maxFileBytes: 0 })).toThrow("maxFileBytes: expected a number of bytes above 0, not 0");
    expect(() => check({ maxFileBytes: "5" })).toThrow('maxFileBytes: expected a number of bytes above 0, not "5"');
    expect(() => check({ rev: "HEAD" }, new MemorySource({}))).toThrow("rev: only a directory path has revisions; a FileSource is read as it is");
    // A value JSON cannot write is named as itself: `Number(process.env.MAX)` of an unset variable is
    // NaN, not "null"; a bigint or a function is no crash inside the check, nor a function's source.
    expect(() => check({ maxFileBytes: Number(undefined) })).toThrow(coded(new TypeError("maxFileBytes: expected a number of bytes above 0, not NaN"), "TECHSTACK_BAD_OPTION"));
    expect(() => check({ maxFileBytes: 10n })).toThrow(coded(new TypeError("maxFileBytes: expected a number of bytes above 0, not 10n"), "TECHSTACK_BAD_OPTION"));
    expect(() => check({ git: 1n })).toThrow(coded(new TypeError("git: expected true or false, not 1n"), "TECHSTACK_BAD_OPTION"));
    expect(() => check({ include: () => ["src/**"] })).toThrow(coded(new TypeError('include: expected a list of globs (["legacy/**"]), not a function'), "TECHSTACK_BAD_OPTION"));
    expect(() => check({ onWarning: true })).toThrow(coded(new TypeError("onWarning: expected a function called with each warning, not true"), "TECHSTACK_BAD_OPTION"));
    for (const fine of [{}, { include: [], exclude: ["a"] }, { disable: true }, { disable: [] }, { disable: ["go"] }, { maxFileBytes: 1 }, { rev: "HEAD" }]) {
      expect(() => check(fine), JSON.stringify(fine)).not.toThrow();
    }
  });
});

describe("scan", () => {
  const tree = { "package.json": '{"dependencies":{"express":"^4.18.2"}}', "go.mod": "module example.com/x\n\ngo 1.22\n", "Dockerfile": "FROM redis:7\n" };

  it("a timestamp is refused as written: a string quoted, anything else as itself", async () => {
    const source = new MemorySource(tree);
    await expect(scan(source, { timestamp: "soon" })).rejects.toThrow(
      coded(new TypeError("timestamp: expected an ISO date and time (2024-05-01T12:00:00Z) or a valid Date, not 'soon'"), "TECHSTACK_BAD_OPTION"),
    );
    await expect(scan(source, { timestamp: 1714564800000 as never })).rejects.toThrow(/, not 1714564800000$/);
    await expect(scan(source, { timestamp: new Date(Number.NaN) })).rejects.toThrow(/, not Invalid Date$/);
    expect((await detect(source, { timestamp: new Date("2024-05-01T12:00:00.500Z") })).timestamp).toBe("2024-05-01T12:00:00+00:00");
  });

  it("without a timestamp, the scan's own time is written", async () => {
    const before = Date.now();
    const written = Date.parse((await detect(new MemorySource(tree))).timestamp);
    expect(written).toBeGreaterThanOrEqual(before - 1000);
    expect(written).toBeLessThanOrEqual(Date.now());
  });

  it("a path that is no directory, and a revision that reads as an option, are refused before anything is read", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "package.json"), "{}");
    await expect(scan(join(dir, "nowhere"))).rejects.toThrow(`no such directory: ${join(dir, "nowhere")}`);
    await expect(scan(join(dir, "package.json"))).rejects.toThrow(`not a directory: ${join(dir, "package.json")}`);
    await expect(scan(dir, { rev: "--output=/tmp/x" })).rejects.toThrow("not a revision: '--output=/tmp/x'");
    await expect(scan(dir, { rev: "HEAD" })).rejects.toThrow(`not a git repository, so it has no revision HEAD: ${dir}`);
  });

  it("a link that leads nowhere or round in a loop is said as such, not as a missing folder", async () => {
    const dir = tempDir();
    symlinkSync(join(dir, "gone"), join(dir, "dangling"));
    symlinkSync(join(dir, "loop"), join(dir, "loop"));
    symlinkSync(join(dir, "b"), join(dir, "a"));
    symlinkSync(join(dir, "a"), join(dir, "b"));
    await expect(scan(join(dir, "dangling"))).rejects.toThrow(`no such directory: ${join(dir, "dangling")} is a symbolic link to ${join(dir, "gone")}, which does not exist`);
    await expect(scan(join(dir, "loop"))).rejects.toThrow(`not a directory: ${join(dir, "loop")} is a loop of symbolic links`);
    await expect(scan(join(dir, "a"))).rejects.toThrow(`not a directory: ${join(dir, "a")} is a loop of symbolic links`);
  });

  it("disable: true runs only the caller's detectors; names leave those built-ins out", async () => {
    const mine: Detector = { name: "mine", files: ["go.mod"], detect: (ctx) => ctx.report({ ref: "tool:docker", file: "go.mod" }) };
    const only = await scan(new MemorySource(tree), { disable: true, detectors: [mine], packages: false });
    expect(only.document.tools.map((t) => t.name)).toContain("Docker");
    expect(only.document.tools.map((t) => t.name)).not.toContain("ExpressJS");
    expect(only.document.tools.map((t) => t.name)).not.toContain("Golang");
    const some = await scan(new MemorySource(tree), { disable: ["go", "docker"], packages: false });
    const names = some.document.tools.map((t) => t.name);
    expect(names).toContain("ExpressJS");
    expect(names).not.toContain("Golang");
    expect(names).not.toContain("Redis");
    const all = (await scan(new MemorySource(tree), { packages: false })).document.tools.map((t) => t.name);
    expect(all).toEqual(expect.arrayContaining(["ExpressJS", "Golang", "Redis"]));
  });

  it("include, exclude, maxFileBytes and packages reach the scan; warnings go to onWarning and the result; stats count", async () => {
    const heard: string[] = [];
    const result = await scan(new MemorySource({ ...tree, "legacy/package.json": '{"dependencies":{"koa":"2.0.0"}}' }), {
      exclude: ["legacy/**"],
      maxFileBytes: 30,
      onWarning: (w) => heard.push(`${w.file}: ${w.message}`),
    });
    expect(result.warnings.map((w) => `${w.file}: ${w.message}`)).toEqual(["package.json: skipped: 38 bytes is over the 30-byte limit (raise it with --max-file-bytes N, max-file-bytes in techstack.config, or maxFileBytes from code)"]);
    expect(heard).toEqual(["package.json: skipped: 38 bytes is over the 30-byte limit (raise it with --max-file-bytes N, max-file-bytes in techstack.config, or maxFileBytes from code)"]);
    expect(result.stats).toEqual({ filesListed: 3, filesRead: 2, linksNotFollowed: 0 });
    const included = await scan(new MemorySource(tree), { include: ["package.json"], packages: false });
    expect(included.document.tools.map((t) => t.name)).not.toContain("Golang");
    expect(included.document.tools.some((t) => t.package_url)).toBe(false);
    const withPackages = await scan(new MemorySource(tree), { include: ["package.json"] });
    expect(withPackages.document.tools.filter((t) => t.package_url).map((t) => t.name)).toEqual(["express"]);
  });

  it("allTools names the tools of package-only keys; a catalog given adds to the built-in one", async () => {
    const source = new MemorySource({ "package.json": '{"dependencies":{"ava":"^6.0.0"}}' });
    expect((await detect(source, { packages: false })).tools.map((t) => t.name)).not.toContain("AVA");
    expect((await detect(source, { packages: false, allTools: true })).tools.map((t) => t.name)).toContain("AVA");
    const custom = await detect(new MemorySource({ "package.json": '{"dependencies":{"left-pad":"1.3.0"}}' }), {
      packages: false,
      catalog: { tools: [{ id: "left-pad-tool", name: "Left Pad" }], matchers: { npm: { "left-pad": ["left-pad-tool"] } } },
    });
    expect(custom.tools.map((t) => t.name)).toContain("Left Pad");
  });

  it("a folder without git is named after its last part, with the local defaults; repo overrides them", async () => {
    expect(defaultFacts("/home/ada/shop/")).toEqual({ repo_name: "shop", provider: "local", branch: "", requested_by: "", repo_type: "Public" });
    expect(defaultFacts("C:\\work\\shop").repo_name).toBe("shop");
    expect(defaultFacts("/").repo_name).toBe("repository");
    const dir = tempDir();
    mkdirSync(join(dir, "shop"));
    writeFileSync(join(dir, "shop/go.mod"), "module x\n");
    const document = await detect(join(dir, "shop"), { repo: { branch: "trunk" } });
    expect([document.repo_name, document.provider, document.branch]).toEqual(["shop", "local", "trunk"]);
    const fromMemory = await detect(new MemorySource(tree));
    expect(fromMemory.repo_name).toBe("memory");
    // Git is named from a checkout (or its files), never for a tree without one.
    expect(fromMemory.tools.map((t) => t.name)).not.toContain("Git");
  });

  it("a checkout: Git named, facts and history read; git: false and history: false leave them out", async () => {
    // No .gitignore or .gitattributes in it: Git comes from the checkout alone.
    const dir = tempDir();
    writeFileSync(join(dir, "go.mod"), "module example.com/shop\n\ngo 1.22\n");
    const git = (...args: string[]) => execFileSync("git", ["-C", dir, "-c", "user.name=Ada Lovelace", "-c", "user.email=ada@example.com", ...args], { encoding: "utf8" });
    git("init", "-q", "-b", "trunk");
    git("remote", "add", "origin", "https://github.com/acme/shop.git");
    git("add", ".");
    git("commit", "-q", "-m", "go");
    const full = await detect(dir);
    expect([full.repo_name, full.branch]).toEqual(["acme/shop", "trunk"]);
    expect(full.tools.map((t) => t.name)).toContain("Git");
    expect(full.tools.find((t) => t.name === "Golang")?.last_updated_by).toBe("Ada Lovelace");
    const noHistory = await detect(dir, { history: false });
    expect(noHistory.repo_name).toBe("acme/shop");
    expect(noHistory.tools.find((t) => t.name === "Golang")?.last_updated_by).toBeUndefined();
    const noGit = await detect(dir, { git: false });
    expect(noGit.tools.map((t) => t.name)).not.toContain("Git");
    expect([noGit.repo_name, noGit.provider]).toEqual([dir.split("/").pop(), "local"]);
  });

  it("a bare repository is scanned at its HEAD", async () => {
    const dir = gitCopy("sources-tree");
    const bare = `${tempDir()}/shop.git`;
    execFileSync("git", ["clone", "-q", "--bare", dir, bare]);
    const fromBare = await detect(bare, { timestamp: "2024-05-01T00:00:00Z" });
    const fromCheckout = await detect(dir, { timestamp: "2024-05-01T00:00:00Z", rev: "HEAD" });
    expect(fromBare.tools.map((t) => t.name)).toEqual(fromCheckout.tools.map((t) => t.name));
    expect(fromBare.tools.length).toBeGreaterThan(2);
  });

  it("a checkout scans the files it tracks even where a .gitignore matches them, and leaves untracked ignored ones out", async () => {
    const dir = gitCopy("sources-tree");
    const git = (...args: string[]) => execFileSync("git", ["-C", dir, ...args], { encoding: "utf8" });
    mkdirSync(join(dir, "build/tools"), { recursive: true });
    writeFileSync(join(dir, "build/tools/go.mod"), "module example.com/tools\n\ngo 1.21\n");
    writeFileSync(join(dir, "build/tools/Dockerfile"), "FROM redis:7\n");
    writeFileSync(join(dir, ".gitignore"), "build/\n");
    git("add", "-f", ".gitignore", "build/tools/go.mod");
    git("-c", "user.name=Bob", "-c", "user.email=bob@example.com", "commit", "-q", "-m", "tools");
    const result = await scan(dir, { packages: false });
    const names = result.document.tools.map((t) => t.name);
    expect(names).toContain("Golang");
    expect(names).not.toContain("Redis");
    // Without git, the .gitignore alone decides.
    const untracked = (await scan(dir, { packages: false, git: false })).document.tools.map((t) => t.name);
    expect(untracked).not.toContain("Golang");
  });
});
