import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_FILE_BYTES, measure, PEEK_MAX_BYTES, ScanFiles } from "../src/scan/files.js";
import type { FileEntry, FileSource } from "../src/types.js";

// The scan's read-once file cache (src/scan/files.ts) on its own: what each way of asking for a
// file gives, which problems become warnings (and in which words), and how many reads it costs.

/** A source over `files` that counts its reads, records the limit each was asked with, and can fail a path. */
class CountingSource implements FileSource {
  readonly label = "counting";
  reads: Array<{ path: string; maxBytes: number | undefined }> = [];
  active = 0;
  mostActive = 0;
  constructor(
    private readonly files: Record<string, string | Uint8Array>,
    private readonly failures: Record<string, Error> = {},
  ) {}
  async list(): Promise<FileEntry[]> {
    return Object.keys(this.files).map((path) => ({ path }));
  }
  async read(path: string, maxBytes?: number): Promise<Uint8Array> {
    this.reads.push({ path, maxBytes });
    this.active++;
    this.mostActive = Math.max(this.mostActive, this.active);
    // Resolved a turn later, as a real read is, so reads asked for together overlap.
    await new Promise((resolve) => setImmediate(resolve));
    this.active--;
    const failure = this.failures[path];
    if (failure) throw failure;
    const content = this.files[path]!;
    return typeof content === "string" ? new TextEncoder().encode(content) : content;
  }
}

/** The cache over `source`, every file of it listed with the size given (or none). */
function filesOf(source: CountingSource, sizes: Record<string, number | undefined> = {}, maxBytes?: number, extra: string[] = []): ScanFiles {
  const listed = new Map<string, number | undefined>();
  for (const path of [...Object.keys((source as unknown as { files: object }).files), ...extra]) listed.set(path, sizes[path]);
  return new ScanFiles(source, listed, maxBytes);
}

const errno = (code: string | undefined, message = "failed"): Error => Object.assign(new Error(message), code ? { code } : {});

describe("ScanFiles: text", () => {
  it("reads a file once however often and however it is asked for as text", async () => {
    const source = new CountingSource({ "package.json": '{"name":"shop"}' });
    const files = filesOf(source);
    expect(await files.text("package.json")).toBe('{"name":"shop"}');
    expect(await files.text("package.json")).toBe('{"name":"shop"}');
    expect(await files.peek("package.json")).toBe('{"name":"shop"}');
    expect(source.reads).toEqual([{ path: "package.json", maxBytes: DEFAULT_MAX_FILE_BYTES }]);
    expect(files.filesRead).toBe(1);
    expect(files.warnings).toEqual([]);
  });

  it("asks the source for at most the limit it was given", async () => {
    const source = new CountingSource({ "go.mod": "module x\n" });
    const files = filesOf(source, {}, 4096);
    await files.text("go.mod");
    expect(source.reads).toEqual([{ path: "go.mod", maxBytes: 4096 }]);
  });

  it("a path the listing does not hold is not read and gives no warning", async () => {
    const source = new CountingSource({ "go.mod": "module x\n" });
    const files = filesOf(source);
    expect(files.exists("go.mod")).toBe(true);
    expect(files.exists("go.sum")).toBe(false);
    expect(await files.text("go.sum")).toBeUndefined();
    expect(await files.bytes("go.sum")).toBeUndefined();
    expect(source.reads).toEqual([]);
    expect(files.warnings).toEqual([]);
  });

  it("a file listed as larger than the limit is skipped unread with a warning giving both sizes; one at the limit is read", async () => {
    const source = new CountingSource({ "big.json": "{}", "edge.json": "{}" });
    const files = filesOf(source, { "big.json": 1001, "edge.json": 1000 }, 1000);
    expect(await files.text("big.json")).toBeUndefined();
    expect(await files.text("edge.json")).toBe("{}");
    expect(source.reads.map((r) => r.path)).toEqual(["edge.json"]);
    expect(files.warnings).toEqual([{ file: "big.json", message: "skipped: 1001 bytes is over the 1000-byte limit (raise it with --max-file-bytes N, max-file-bytes in techstack.config, or maxFileBytes from code)" }]);
  });

  it("a read the source refuses: E2BIG as over the limit, other codes by code, codeless errors by their first line", async () => {
    const source = new CountingSource(
      { "a.json": "{}", "b.json": "{}", "c.json": "{}" },
      { "a.json": errno("E2BIG"), "b.json": errno("EACCES"), "c.json": errno(undefined, "disk gone\nat somewhere") },
    );
    const files = filesOf(source, {}, 2048);
    for (const path of ["a.json", "b.json", "c.json"]) expect(await files.text(path)).toBeUndefined();
    expect(files.warnings).toEqual([
      { file: "a.json", message: "skipped: over the 2048-byte limit (raise it with --max-file-bytes N, max-file-bytes in techstack.config, or maxFileBytes from code)" },
      { file: "b.json", message: "not readable: EACCES" },
      { file: "c.json", message: "not readable: disk gone" },
    ]);
    expect(files.filesRead).toBe(0);
  });

  it("a codeless error's message is cut at 200 characters", async () => {
    const source = new CountingSource({ "a.json": "{}" }, { "a.json": errno(undefined, "x".repeat(300)) });
    const files = filesOf(source);
    await files.text("a.json");
    expect(files.warnings[0]!.message).toBe(`not readable: ${"x".repeat(200)}`);
  });

  it("binary content is skipped with a warning; Latin-1 is read with one", async () => {
    const source = new CountingSource({ "Gemfile": new Uint8Array([0x67, 0x65, 0x6d, 0, 0, 1]), "pom.xml": new Uint8Array([0x3c, 0x61, 0x3e, 0xe9, 0x3c, 0x2f, 0x61, 0x3e]) });
    const files = filesOf(source);
    expect(await files.text("Gemfile")).toBeUndefined();
    expect(await files.text("pom.xml")).toBe("<a>é</a>");
    expect(files.warnings).toEqual([
      { file: "Gemfile", message: "skipped: binary content" },
      { file: "pom.xml", message: "not UTF-8, read as Latin-1" },
    ]);
  });

  it("bytes come back as read, once, for binary formats too", async () => {
    const raw = new Uint8Array([0x62, 0x75, 0x6e, 0, 1, 2]);
    const source = new CountingSource({ "bun.lockb": raw });
    const files = filesOf(source);
    expect(await files.bytes("bun.lockb")).toEqual(raw);
    expect(await files.bytes("bun.lockb")).toEqual(raw);
    expect(source.reads).toHaveLength(1);
    expect(files.warnings).toEqual([]);
  });
});

describe("ScanFiles: peek", () => {
  it("glances at a small file, asking for at most PEEK_MAX_BYTES, once", async () => {
    const source = new CountingSource({ "bin/run": "#!/usr/bin/env python3\n" });
    const files = filesOf(source);
    expect(await files.peek("bin/run")).toBe("#!/usr/bin/env python3\n");
    expect(await files.peek("bin/run")).toBe("#!/usr/bin/env python3\n");
    expect(source.reads).toEqual([{ path: "bin/run", maxBytes: PEEK_MAX_BYTES }]);
    expect(files.filesRead).toBe(1);
  });

  it("says nothing of a file too large, binary, unreadable or not listed", async () => {
    const source = new CountingSource(
      { "big": "#!/bin/sh\n", "edge": "#!/bin/sh\n", "blob": new Uint8Array([0x23, 0x21, 0, 0]), "locked": "#!/bin/sh\n" },
      { locked: errno("EACCES") },
    );
    const files = filesOf(source, { big: PEEK_MAX_BYTES + 1, edge: PEEK_MAX_BYTES });
    expect(await files.peek("big")).toBeUndefined();
    expect(await files.peek("edge")).toBe("#!/bin/sh\n");
    expect(await files.peek("blob")).toBeUndefined();
    expect(await files.peek("locked")).toBeUndefined();
    expect(await files.peek("missing")).toBeUndefined();
    expect(source.reads.map((r) => r.path)).toEqual(["edge", "blob", "locked"]);
    expect(files.warnings).toEqual([]);
    expect(files.filesRead).toBe(2);
  });

  it("a file peeked at first is read in full when asked for as text", async () => {
    const source = new CountingSource({ "script": "#!/usr/bin/env node\n" });
    const files = filesOf(source);
    await files.peek("script");
    expect(await files.text("script")).toBe("#!/usr/bin/env node\n");
    expect(source.reads.map((r) => r.maxBytes)).toEqual([PEEK_MAX_BYTES, DEFAULT_MAX_FILE_BYTES]);
  });
});

describe("ScanFiles: parse", () => {
  it("parses each format once per file and kind", async () => {
    const source = new CountingSource({
      "package.json": '{"dependencies": {"react": "^18.2.0"}}',
      "compose.yaml": "services:\n  db:\n    image: postgres:16\n",
      "Cargo.toml": '[dependencies]\nserde = "1.0"\n',
      "pom.xml": "<project><artifactId>shop</artifactId></project>",
    });
    const files = filesOf(source);
    expect(await files.parse("package.json", "json")).toEqual({ dependencies: { react: "^18.2.0" } });
    const compose = await files.parse("compose.yaml", "yaml");
    expect(compose).toEqual({ services: { db: { image: "postgres:16" } } });
    expect(await files.parse("compose.yaml", "yaml")).toBe(compose);
    expect(await files.parse("Cargo.toml", "toml")).toEqual({ dependencies: { serde: "1.0" } });
    expect(await files.parse("pom.xml", "xml")).toEqual({ project: [{ artifactId: ["shop"] }] });
    expect(source.reads).toHaveLength(4);
    expect(files.warnings).toEqual([]);
  });

  it("a file that does not parse is one warning naming the format, on its first line", async () => {
    const source = new CountingSource({
      "package.json": '{"name": "shop",,}',
      "compose.yaml": "services:\n  db:\n  image: [postgres\n",
      "Cargo.toml": "[dependencies\nserde = 1\n",
    });
    const files = filesOf(source);
    expect(await files.parse("package.json", "json")).toBeUndefined();
    expect(await files.parse("compose.yaml", "yaml")).toBeUndefined();
    expect(await files.parse("Cargo.toml", "toml")).toBeUndefined();
    const [toml, yaml, json] = [...files.warnings].sort((a, b) => a.file.localeCompare(b.file)).map((w) => w.message);
    expect(json).toMatch(/^malformed JSON: \S/);
    expect(toml).toMatch(/^malformed TOML: \S/);
    // The YAML reader is told the file's name and says it.
    expect(yaml).toMatch(/^malformed YAML: .*compose\.yaml/);
    for (const w of files.warnings) expect(w.message).not.toContain("\n");
  });

  it("an XML file cut short is read with a warning from the XML reader", async () => {
    const source = new CountingSource({ "pom.xml": "<project><dependencies><dependency><artifactId>junit</artifactId></dependency>" });
    const files = filesOf(source);
    expect(await files.parse("pom.xml", "xml")).toBeDefined();
    expect(files.warnings).toEqual([{ file: "pom.xml", message: "truncated XML: <project> is never closed, only the part before the end was read" }]);
  });

  it("a file that cannot be read parses to nothing, without a parse warning", async () => {
    const source = new CountingSource({ "package.json": new Uint8Array([0x7b, 0, 0x7d]) });
    const files = filesOf(source);
    expect(await files.parse("package.json", "json")).toBeUndefined();
    expect(files.warnings).toEqual([{ file: "package.json", message: "skipped: binary content" }]);
  });

  it("YAML whose aliases expand past two million values is skipped; the same count in JSON is read", async () => {
    // Nine levels of ten aliases each: 10^9 values from a few hundred bytes.
    let yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (let i = 1; i <= 9; i++) yaml += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]\n`;
    const source = new CountingSource({ "bomb.yaml": yaml, "many.json": JSON.stringify(Array(2_000_100).fill(1)) });
    const files = filesOf(source);
    expect(await files.parse("bomb.yaml", "yaml")).toBeUndefined();
    expect(await files.parse("many.json", "json")).toHaveLength(2_000_100);
    expect(files.warnings).toEqual([{ file: "bomb.yaml", message: "skipped: more than 2000000 values once aliases are expanded" }]);
  });

  it("a value nested past a thousand levels is skipped; a thousand levels are read", async () => {
    const nested = (depth: number): string => "[".repeat(depth) + "]".repeat(depth);
    const source = new CountingSource({ "deep.json": nested(1001), "edge.json": nested(1000) });
    const files = filesOf(source);
    expect(await files.parse("deep.json", "json")).toBeUndefined();
    expect(await files.parse("edge.json", "json")).toBeDefined();
    expect(files.warnings).toEqual([{ file: "deep.json", message: "skipped: nested more than 1000 levels deep" }]);
  });
});

describe("ScanFiles: warnings and reads at once", () => {
  it("a warning said twice for a file is kept once; another message for it, or the same for another file, is kept", () => {
    const files = filesOf(new CountingSource({}));
    files.warn("a", "one");
    files.warn("a", "one");
    files.warn("a", "two");
    files.warn("b", "one");
    expect(files.warnings).toEqual([
      { file: "a", message: "one" },
      { file: "a", message: "two" },
      { file: "b", message: "one" },
    ]);
  });

  it("at most 32 reads are in flight, and every one finishes", async () => {
    const tree: Record<string, string> = {};
    for (let i = 0; i < 100; i++) tree[`pkg${i}/package.json`] = `{"name":"p${i}"}`;
    const source = new CountingSource(tree);
    const files = filesOf(source);
    const texts = await Promise.all(Object.keys(tree).map((path) => files.text(path)));
    expect(texts).toEqual(Object.values(tree));
    expect(source.mostActive).toBe(32);
    expect(files.filesRead).toBe(100);
  });

  it("a failed read frees its place: 100 refused reads at once all finish", async () => {
    const tree: Record<string, string> = {};
    const failures: Record<string, Error> = {};
    for (let i = 0; i < 100; i++) {
      tree[`f${i}`] = "x";
      failures[`f${i}`] = errno("EACCES");
    }
    const source = new CountingSource(tree, failures);
    const files = filesOf(source);
    await Promise.all([...Object.keys(tree).map((p) => files.text(p)), ...Object.keys(tree).map((p) => files.peek(`${p}`))]);
    const after = await files.text("f0");
    expect(after).toBeUndefined();
    expect(source.mostActive).toBeLessThanOrEqual(32);
    expect(files.warnings).toHaveLength(100);
  });
});

describe("ScanFiles: glances at once", () => {
  it("a glance frees its place when done: 100 peeks at once all finish, 32 at most in flight", async () => {
    const tree: Record<string, string> = {};
    for (let i = 0; i < 100; i++) tree[`bin/tool${i}`] = "#!/bin/sh\n";
    const source = new CountingSource(tree);
    const files = filesOf(source);
    const seen = await Promise.all(Object.keys(tree).map((path) => files.peek(path)));
    expect(seen.every((text) => text === "#!/bin/sh\n")).toBe(true);
    expect(source.mostActive).toBe(32);
  });
});

describe("measure", () => {
  it("counts every value, leaves included, against the node budget", () => {
    expect(measure({ a: 1, b: 2 }, 3, 10)).toBeUndefined();
    expect(measure({ a: 1, b: 2 }, 2, 10)).toBe("nodes");
    expect(measure([[1], [2]], 5, 10)).toBeUndefined();
    expect(measure([[1], [2]], 4, 10)).toBe("nodes");
    expect(measure("text", 1, 10)).toBeUndefined();
    expect(measure("text", 0, 10)).toBe("nodes");
    expect(measure(null, 1, 0)).toBeUndefined();
  });

  it("counts a shared value each time it is reached", () => {
    const shared = [1, 2, 3];
    expect(measure([shared, shared], 9, 10)).toBeUndefined();
    expect(measure([shared, shared], 8, 10)).toBe("nodes");
  });

  it("refuses a container at the depth limit, not a leaf there", () => {
    expect(measure([[[]]], Infinity, 3)).toBeUndefined();
    expect(measure([[[]]], Infinity, 2)).toBe("depth");
    expect(measure([[1]], Infinity, 2)).toBeUndefined();
    expect(measure({ a: { b: {} } }, Infinity, 2)).toBe("depth");
    expect(measure({}, Infinity, 0)).toBe("depth");
  });
});
