import { readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MemorySource, REPO_METADATA, scan } from "../src/index.js";
import { fixture, ROOT, readTree } from "./helpers.js";
import { join } from "node:path";

/** Mutations of a valid manifest: what a broken editor, a bad merge or a bad encoder leaves. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant("drop" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), bytes: fc.uint8Array({ minLength: 1, maxLength: 40 }) }),
  fc.record({ kind: fc.constant("utf16" as const) }),
  fc.record({ kind: fc.constant("latin1" as const) }),
  fc.record({ kind: fc.constant("crlf" as const) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(bytes: Uint8Array, m: Mutation): Uint8Array {
  const b = Buffer.from(bytes);
  const at = "at" in m ? Math.floor(m.at * b.length) : 0;
  switch (m.kind) {
    case "truncate":
      return b.subarray(0, at);
    case "drop":
      return Buffer.concat([b.subarray(0, at), b.subarray(at + m.length)]);
    case "duplicate":
      return Buffer.concat([b.subarray(0, at + m.length), b.subarray(at)]);
    case "insert":
      return Buffer.concat([b.subarray(0, at), Buffer.from(m.bytes), b.subarray(at)]);
    case "utf16":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.toString("utf8"), "utf16le")]);
    case "latin1":
      return Buffer.from(b.toString("utf8") + "\u00e9", "latin1");
    case "crlf":
      return Buffer.from(b.toString("utf8").replace(/\n/g, "\r\n"));
  }
}

const FIXTURES = readdirSync(join(ROOT, "fixtures")).filter((f) => f !== "sources-tree");
const trees = new Map(FIXTURES.map((f) => [f, readTree(fixture(f))]));
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
/** The suite's seed is fixed; a long run may try others (`FUZZ_SEED=7 npm run fuzz`), each failure printing its seed. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
/** A long run (npm run fuzz) needs more than the suite's 30 s per test. */
const TIMEOUT = 30_000 + RUNS * 200;
const options = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

/** Warnings that say a detector threw: the engine caught it, but a parser let bad input through. */
function crashes(result: { warnings: { file: string; message: string }[] }): string[] {
  return result.warnings.filter((w) => /^detector .* failed/.test(w.message)).map((w) => `${w.file}: ${w.message}`);
}

/** Every manifest path the fixtures hold, so a detector added with fixtures is fuzzed without listing it here. */
const MANIFESTS = [...new Set([...trees.values()].flatMap((t) => Object.keys(t)).filter((p) => !/\.(ts|tsx|js|py|go|php|rb|cs|java|kt|swift|dart)$/.test(p)))].sort();

/** Content with no relation to the format: bytes, text, JSON, YAML-looking and XML-looking noise. */
const noise = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.string({ unit: "binary", maxLength: 300 }).map((t) => Buffer.from(t)),
  fc.json({ maxDepth: 6 }).map((t) => Buffer.from(t)),
  fc.array(fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 20 })), { maxLength: 12 }).map((kv) => Buffer.from(kv.map(([k, v]) => `${k}: ${v}`).join("\n"))),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 10 }).map((xs) => Buffer.from(`<project>${xs.map((x) => `<${x.replace(/\W/g, "") || "a"}>${x}</a>`).join("")}`)),
);

describe("fuzzed manifests", () => {
  it(`random content under every fixture's manifest names never throws and never hides a good file (${RUNS} cases)`, async () => {
    const good = { "good/package.json": Buffer.from(JSON.stringify({ dependencies: { express: "4.18.2" } })), "good/requirements.txt": Buffer.from("django==4.2.9\n") };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...MANIFESTS), noise, async (path, content) => {
        const result = await scan(new MemorySource({ ...good, [path]: content }), options);
        expect(crashes(result), path).toEqual([]);
        const names = result.document.tools.map((t) => t.name);
        expect(names, path).toContain("ExpressJS");
        expect(names, path).toContain("django"); // requirements.txt lists Django as a package entry
        for (const w of result.warnings) expect([path, "good/package.json", "good/requirements.txt"]).toContain(w.file);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TIMEOUT);

  it(`never throw out of scan, and leave untouched files' tools reported (${RUNS} cases)`, async () => {
    const originals = new Map<string, Awaited<ReturnType<typeof scan>>>();
    for (const [name, tree] of trees) originals.set(name, await scan(new MemorySource(tree), options));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FIXTURES), fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (name, pick, mutations) => {
        const tree = { ...trees.get(name)! };
        const files = Object.keys(tree).filter((p) => !/\.(ts|tsx|js|py|go|php|rb)$/.test(p)).sort();
        const target = files[pick % files.length]!;
        let bytes = tree[target]!;
        for (const m of mutations) bytes = apply(bytes, m);
        tree[target] = bytes;
        const result = await scan(new MemorySource(tree), options);
        expect(crashes(result), `${name}: ${target}`).toEqual([]);
        for (const w of result.warnings) {
          expect(w.file in tree || Object.keys(tree).some((p) => p.startsWith(`${w.file}/`)), w.file).toBe(true);
          expect(w.message.length).toBeGreaterThan(5);
        }
        const names = new Set(result.document.tools.map((t) => t.name));
        // .gitattributes says which paths count for languages (`/** linguist-vendored` leaves out all)
        // and .gitignore which paths are scanned at all: a mutated one may rightly change those.
        const base = target.slice(target.lastIndexOf("/") + 1);
        for (const t of originals.get(name)!.document.tools) {
          if (base === ".gitignore" || (base === ".gitattributes" && t.detection_source === REPO_METADATA)) continue;
          const touched = t.detection_source === target || t.detection_source_url === target || target.endsWith("lock") || target.endsWith(".lock") || target.endsWith("-lock.json") || target.endsWith(".props") || target.endsWith(".toml") || target.endsWith("pom.xml") || target.endsWith(".properties");
          if (!touched) expect(names, `${name}: ${t.name} after mutating ${target}`).toContain(t.name);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TIMEOUT);
});
