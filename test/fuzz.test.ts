import { readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
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
const options = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

describe("fuzzed manifests", () => {
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
        for (const w of result.warnings) expect(w.file).toBeTruthy();
        const names = new Set(result.document.tools.map((t) => t.name));
        for (const t of originals.get(name)!.document.tools) {
          const touched = t.detection_source === target || t.detection_source_url === target || target.endsWith("lock") || target.endsWith(".lock") || target.endsWith("-lock.json") || target.endsWith(".props") || target.endsWith(".toml") || target.endsWith("pom.xml") || target.endsWith(".properties");
          if (!touched) expect(names, `${name}: ${t.name} after mutating ${target}`).toContain(t.name);
        }
      }),
      { numRuns: RUNS, seed: 20261124 },
    );
  });
});
