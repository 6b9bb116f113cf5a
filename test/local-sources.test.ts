import { execFileSync } from "node:child_process";
import { coded } from "../src/errors.js";
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRegularFile } from "../src/io/read-regular.js";
import { DirectorySource } from "../src/sources/directory.js";
import { scan } from "../src/index.js";
import { MemorySource } from "../src/sources/memory.js";
import { tempDir } from "./helpers.js";

// The in-memory source, the directory walk's reads, and the reader of a repository's own small
// files (its configuration), each called directly.

describe("MemorySource", () => {
  it("takes paths as an importer writes them (./x, /x) and text or bytes, from an object or a Map", async () => {
    const bytes = new Uint8Array([0x7b, 0x7d]);
    const source = new MemorySource({ "./package.json": '{"name":"é"}', "/api/go.mod": "module x\n", "web//": "x", "lib/Gemfile": bytes });
    const listed = await source.list();
    expect(listed).toEqual([
      { path: "package.json", size: 13 },
      { path: "api/go.mod", size: 9 },
      { path: "web//", size: 1 },
      { path: "lib/Gemfile", size: 2 },
    ]);
    expect(new TextDecoder().decode(await source.read("package.json"))).toBe('{"name":"é"}');
    expect(await source.read("lib/Gemfile")).toBe(bytes);
    expect(source.label).toBe("memory");
    const fromMap = new MemorySource(new Map([["//Cargo.toml", "[package]\n"]]));
    expect(await fromMap.list()).toEqual([{ path: "Cargo.toml", size: 10 }]);
  });

  it("refuses a path that leads out of the tree, naming it, where it was listed as it was written (detection_source ../package.json)", () => {
    for (const path of ["../package.json", "apps/../../go.mod", "..", "./../x"]) {
      expect(() => new MemorySource({ [path]: "{}" }), path).toThrow(coded(new TypeError(`MemorySource: '${path}' leads out of the tree (a path from its root, without ..)`), "TECHSTACK_BAD_ARGUMENT"));
    }
    // A name that merely starts with dots is a name.
    expect(() => new MemorySource({ "..data/x.yml": "a: 1\n", "a/...": "" })).not.toThrow();
  });

  it("leaves out what its .gitignore files ignore, and the default folders", async () => {
    const source = new MemorySource({
      ".gitignore": "dist/\n*.log\n",
      "web/.gitignore": "generated/\n",
      "package.json": "{}",
      "dist/package.json": "{}",
      "debug.log": "x",
      "web/generated/package.json": "{}",
      "web/package.json": "{}",
      "node_modules/react/package.json": "{}",
    });
    expect((await source.list()).map((e) => e.path).sort()).toEqual([".gitignore", "package.json", "web/.gitignore", "web/package.json"]);
  });

  it("refuses a path it does not hold, and a file over the limit asked for (one at it is read)", async () => {
    const source = new MemorySource({ "go.mod": "module x\n" });
    await expect(source.read("go.sum")).rejects.toMatchObject({ code: "ENOENT", message: "no such file: go.sum" });
    await expect(source.read("go.mod", 8)).rejects.toMatchObject({ code: "E2BIG" });
    expect(await source.read("go.mod", 9)).toHaveLength(9);
  });
});

describe("readRegularFile", () => {
  it("reads a regular file within the limit as UTF-8", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "techstack.config.yml"), "exclude: [café]\n");
    expect(readRegularFile(join(dir, "techstack.config.yml"), 17)).toBe("exclude: [café]\n");
  });

  it("refuses a link, a folder, a FIFO and a file over the limit in its own words; a missing file is the system's error", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "real.yml"), "x: 1\n");
    symlinkSync(join(dir, "real.yml"), join(dir, "link.yml"));
    mkdirSync(join(dir, "folder.yml"));
    execFileSync("mkfifo", [join(dir, "fifo.yml")]);
    expect(() => readRegularFile(join(dir, "link.yml"), 100)).toThrow(/^a symbolic link, not read$/);
    expect(() => readRegularFile(join(dir, "folder.yml"), 100)).toThrow(/^not a regular file, not read$/);
    expect(() => readRegularFile(join(dir, "fifo.yml"), 100)).toThrow(/^not a regular file, not read$/);
    expect(() => readRegularFile(join(dir, "real.yml"), 4)).toThrow(/^larger than 4 bytes, not read$/);
    expect(readRegularFile(join(dir, "real.yml"), 5)).toBe("x: 1\n");
    expect(() => readRegularFile(join(dir, "missing.yml"), 100)).toThrow(expect.objectContaining({ code: "ENOENT" }));
  });
});

describe("DirectorySource reads", () => {
  it("a file within the limit is read; one over it, a folder or a FIFO are refused with a code", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "go.mod"), "module x\n");
    mkdirSync(join(dir, "pkg"));
    execFileSync("mkfifo", [join(dir, "pipe")]);
    const source = new DirectorySource(dir);
    expect(new TextDecoder().decode(await source.read("go.mod", 9))).toBe("module x\n");
    await expect(source.read("go.mod", 8)).rejects.toMatchObject({ code: "E2BIG" });
    await expect(source.read("pkg")).rejects.toMatchObject({ code: "EISDIR" });
    await expect(source.read("pipe")).rejects.toMatchObject({ code: "EISDIR" });
    expect(source.label).toBe(dir);
  });

  it("a file is read whole, byte for byte: empty, small, and larger than one pool or one chunk", async () => {
    const dir = tempDir();
    const big = Buffer.from(Array.from({ length: 300_000 }, (_, i) => `é${i}\n`).join(""));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "small.json"), '{"a": "ü"}');
    writeFileSync(join(dir, "big.lock"), big);
    const source = new DirectorySource(dir);
    expect(Buffer.from(await source.read("empty.txt")).length).toBe(0);
    expect(Buffer.from(await source.read("small.json")).toString()).toBe('{"a": "ü"}');
    expect(Buffer.from(await source.read("big.lock")).equals(big)).toBe(true);
  });

  // A file system that reports a size of 0 for a file whose reading goes on (Linux's /proc and
  // /sys; some FUSE mounts): the limit is kept by what is read, not by the size reported. Read
  // whole, /proc/self/pagemap (hundreds of gigabytes of page entries) held the scan for ever.
  it.runIf(existsSync("/proc/self/maps"))("a file whose size reads 0 is held to the limit by its bytes; one within it is read whole", async () => {
    const maps = readFileSync("/proc/self/maps");
    expect(maps.length).toBeGreaterThan(200);
    const source = new DirectorySource("/proc/self");
    await expect(source.read("maps", 100)).rejects.toMatchObject({ code: "E2BIG" });
    expect((await source.read("maps", 1 << 20)).length).toBeGreaterThan(200);
    expect(() => readRegularFile("/proc/self/maps", 100)).toThrow(/^larger than 100 bytes, not read$/);
    expect(readRegularFile("/proc/self/maps", 1 << 20).length).toBeGreaterThan(200);
    await expect(source.read("pagemap", 1 << 20)).rejects.toMatchObject({ code: "E2BIG" });
    // An empty regular file is still read as empty.
    const dir = tempDir();
    writeFileSync(join(dir, "empty.txt"), "");
    expect((await new DirectorySource(dir).read("empty.txt", 10)).length).toBe(0);
  });

  /** Lists `dir` as a DirectorySource with these options: paths sorted, and the warnings. */
  const listing = async (dir: string, options: ConstructorParameters<typeof DirectorySource>[1] = {}) => {
    const source = new DirectorySource(dir, options);
    const paths = (await source.list()).map((e) => e.path).sort();
    return { paths, warnings: source.warnings };
  };
  const write = (dir: string, path: string, text = "x"): void => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  };

  it("a root that cannot be read is one warning on '.'", async () => {
    expect(await listing(join(tempDir(), "gone"))).toEqual({ paths: [], warnings: [{ file: ".", message: "folder not readable: ENOENT" }] });
  });

  it("with skipRepositories, a folder holding .git below the root is left out with a warning; the root's own .git is not a reason", async () => {
    const dir = tempDir();
    write(dir, ".git/HEAD", "ref: refs/heads/main\n");
    write(dir, "package.json", "{}");
    write(dir, "libs/vendored/.git", "gitdir: ../../.git/modules/vendored\n");
    write(dir, "libs/vendored/package.json", "{}");
    write(dir, "libs/own/package.json", "{}");
    expect(await listing(dir, { skipRepositories: true })).toEqual({
      paths: ["libs/own/package.json", "package.json"],
      warnings: [{ file: "libs/vendored", message: "another git repository (a submodule or a nested clone): not scanned" }],
    });
    // Without the option, another repository's files are the tree's.
    expect((await listing(dir)).paths).toEqual(["libs/own/package.json", "libs/vendored/.git", "libs/vendored/package.json", "package.json"]);
  });

  it("tracked files inside ignored folders are listed, at any depth; their untracked neighbours and default folders are not", async () => {
    const dir = tempDir();
    write(dir, ".gitignore", "build/\n*.lock\n");
    write(dir, "build/tools/deep/go.mod", "module tools\n");
    write(dir, "build/tools/deep/notes.txt");
    write(dir, "build/tools/other/go.mod", "module other\n");
    write(dir, "build/Dockerfile", "FROM node:20\n");
    write(dir, "yarn.lock");
    write(dir, "sub/yarn.lock");
    write(dir, "node_modules/left-pad/package.json", "{}");
    const tracked = new Set(["build/tools/deep/go.mod", "yarn.lock", "node_modules/left-pad/package.json", ".gitignore"]);
    expect(await listing(dir, { tracked })).toEqual({ paths: [".gitignore", "build/tools/deep/go.mod", "yarn.lock"], warnings: [] });
    expect(await listing(dir)).toEqual({ paths: [".gitignore"], warnings: [] });
  });

  it("a .gitignore over a megabyte is not applied; one just under it is", async () => {
    const dir = tempDir();
    write(dir, "secrets.json", "{}");
    write(dir, "package.json", "{}");
    const padded = (size: number): string => `secrets.json\n${"#".repeat(size - 14)}\n`;
    write(dir, ".gitignore", padded(1024 * 1024 + 1));
    expect((await listing(dir)).paths).toEqual([".gitignore", "package.json", "secrets.json"]);
    write(dir, ".gitignore", padded(1024 * 1024));
    expect((await listing(dir)).paths).toEqual([".gitignore", "package.json"]);
  });

  it("a folder's .gitignore is found among many files, whichever order the folder lists them in", async () => {
    const dir = tempDir();
    for (let i = 0; i < 40; i++) write(dir, `notes${i}.txt`, "notes0.txt\n");
    write(dir, ".gitignore", "secrets.json\n");
    write(dir, "secrets.json", "{}");
    const { paths } = await listing(dir);
    expect(paths).not.toContain("secrets.json");
    expect(paths).toHaveLength(41);
  });

  it("a root .gitignore holding a pattern too large to apply is named as .gitignore", async () => {
    const dir = tempDir();
    write(dir, ".gitignore", `${"{".repeat(150_000)}\nsecrets.json\n`);
    write(dir, "secrets.json", "{}");
    const { paths, warnings } = await listing(dir);
    expect(paths).toEqual([".gitignore"]);
    expect(warnings.map((w) => w.file)).toEqual([".gitignore"]);
  });

  it("a folder named .gitignore is no ignore file", async () => {
    const dir = tempDir();
    write(dir, ".gitignore/keep", "*\n");
    write(dir, "package.json", "{}");
    expect((await listing(dir)).paths).toEqual([".gitignore/keep", "package.json"]);
  });

  it("names that are not UTF-8 are listed as they decode, with one warning each, and are read, with what is inside them", async () => {
    const dir = tempDir();
    const at = (...parts: (string | Buffer)[]) => Buffer.concat([Buffer.from(`${dir}/`), ...parts.map((p) => (typeof p === "string" ? Buffer.from(p) : p))]);
    const latin1 = Buffer.from("sv\xe9", "latin1"); // "své" written by a Latin-1 tool
    mkdirSync(at(latin1));
    writeFileSync(at(latin1, "/requirements.txt"), "flask==2.0\n");
    writeFileSync(at(latin1, "/.gitignore"), "*.log\n");
    writeFileSync(at(latin1, "/debug.log"), "x");
    writeFileSync(at("Dockerfile.", Buffer.from([0xff])), "FROM redis:7\n");
    writeFileSync(at("Dockerfile.", Buffer.from([0xfe])), "FROM mysql:8\n"); // decodes as the name above
    writeFileSync(at("package.json"), "{}");
    const source = new DirectorySource(dir);
    const paths = (await source.list()).map((e) => e.path).sort();
    // The folder's .gitignore is read through its bytes too: debug.log is left out.
    expect(paths).toEqual(["Dockerfile.\uFFFD", "package.json", "sv\uFFFD/.gitignore", "sv\uFFFD/requirements.txt"]);
    expect(new TextDecoder().decode(await source.read("sv\uFFFD/requirements.txt"))).toBe("flask==2.0\n");
    expect(new TextDecoder().decode(await source.read("Dockerfile.\uFFFD"))).toMatch(/^FROM (redis:7|mysql:8)\n$/);
    expect(source.warnings.map((w) => `${w.file}: ${w.message}`).sort()).toEqual([
      "Dockerfile.\uFFFD: its name is not UTF-8: listed with U+FFFD for the bytes that are not",
      "Dockerfile.\uFFFD: skipped: its name is not UTF-8 and reads as another name of the same folder",
      "sv\uFFFD: its name is not UTF-8: listed with U+FFFD for the bytes that are not",
    ]);
  });

  it("a scan that excludes a folder says nothing of what listing found wrong in it; a folder outside `include` is still spoken of", async () => {
    const dir = tempDir();
    const at = (...parts: (string | Buffer)[]) => Buffer.concat([Buffer.from(`${dir}/`), ...parts.map((p) => (typeof p === "string" ? Buffer.from(p) : p))]);
    mkdirSync(at("legacy"));
    writeFileSync(at("legacy/caf", Buffer.from([0xe9]), ".txt"), "x");
    write(dir, "legacy/package.json", "{ broken");
    write(dir, "app/package.json", JSON.stringify({ dependencies: { react: "18.2.0" } }));
    const warnings = async (options: { include?: string[]; exclude?: string[] }) => (await scan(dir, { git: false, ...options })).warnings.map((w) => w.file);
    expect(await warnings({})).toEqual(["legacy/caf\uFFFD.txt", "legacy/package.json"]);
    expect(await warnings({ exclude: ["legacy"] })).toEqual([]);
    // Left out by `include`, the broken manifest is not read; what listing saw is still said.
    expect(await warnings({ include: ["app/**"] })).toEqual(["legacy/caf\uFFFD.txt"]);
  });

  it("a tree of many folders is walked whole", async () => {
    const dir = tempDir();
    for (let i = 0; i < 150; i++) write(dir, `pkg${i}/package.json`, "{}");
    expect((await listing(dir)).paths).toHaveLength(150);
  });
});
