import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readRecord, type BatchRecord } from "../src/git/batch-records.js";

// The records of `git cat-file --batch` output, read at an offset: whole, or from output cut at any
// byte (as a pipe hands it over), the same records come out.

const a = "a".repeat(40);
const b = "b".repeat(40);

/** Every record of `output` from its start, up to the first one that is not whole. */
function records(output: Uint8Array): { whole: BatchRecord[]; last: BatchRecord | undefined } {
  const whole: BatchRecord[] = [];
  for (let at = 0; at < output.length; ) {
    const record = readRecord(output, at);
    if (record.kind === "incomplete" || record.kind === "broken") return { whole, last: record };
    whole.push(record);
    at = record.next;
  }
  return { whole, last: undefined };
}

const text = (output: Uint8Array, record: BatchRecord | undefined) =>
  record?.kind === "object" ? Buffer.from(output.subarray(record.start, record.end)).toString() : undefined;

describe("readRecord", () => {
  it("reads an object's header and bytes, newlines and header-like lines in them too, and says where the next record begins", () => {
    const body = `{\n  "name": "x"\n}\n${b} blob 3\n`;
    const output = Buffer.from(`${a} blob ${Buffer.byteLength(body)}\n${body}\n${b} tree 0\n\n`);
    const first = readRecord(output, 0);
    expect(first).toMatchObject({ kind: "object", type: "blob", start: 41 + 5 + String(body.length).length + 1 });
    expect(text(output, first)).toBe(body);
    const second = readRecord(output, first.kind === "object" ? first.next : -1);
    expect(second).toMatchObject({ kind: "object", type: "tree" });
    expect(text(output, second)).toBe("");
    expect(second.kind === "object" && second.next).toBe(output.length);
  });

  it("gives a header alone for a missing or ambiguous name, a size that is not all digits, or no space at all", () => {
    const output = Buffer.from(`${a} missing\n${b} ambiguous\n${a} blob 2x\n${b} blob x2\n${a}\n${a} blob 1 2\n`);
    expect(records(output).whole.map((r) => (r.kind === "header" ? [r.name, r.rest] : r.kind))).toEqual([
      [a, "missing"],
      [b, "ambiguous"],
      [a, "blob 2x"],
      [b, "blob x2"],
      [a, undefined],
      [a, "blob 1 2"],
    ]);
  });

  it("reads git's answer to an empty request line (` missing`) as a header with an empty name", () => {
    // `printf '\n' | git cat-file --batch` writes " missing\n": the name asked for, then the word.
    const output = Buffer.from(` missing\n${a} blob 2\nok\n`);
    const first = readRecord(output, 0);
    expect(first).toEqual({ kind: "header", name: "", rest: "missing", next: 9 });
    expect(readRecord(output, 9)).toMatchObject({ kind: "object", type: "blob", start: 57, end: 59 });
  });

  it("says how long the output must grow for a record cut off, and finds an object's bytes not closed by a newline", () => {
    expect(readRecord(Buffer.from(""), 0)).toEqual({ kind: "incomplete", needed: 1 });
    // The header is 49 bytes with its newline; 10 bytes and a newline follow it.
    expect(readRecord(Buffer.from(`${a} blob 10`), 0)).toEqual({ kind: "incomplete", needed: 49 });
    expect(readRecord(Buffer.from(`${a} blob 10\n12345`), 0)).toEqual({ kind: "incomplete", needed: 49 + 11 });
    expect(readRecord(Buffer.from(`${a} blob 2\nok`), 0)).toEqual({ kind: "incomplete", needed: 48 + 3 });
    expect(readRecord(Buffer.from(`${a} blob 2\nokX${b} blob 2\nok\n`), 0)).toEqual({ kind: "broken", name: a });
  });

  it("reads a view that begins inside a larger buffer at the view's offsets", () => {
    const whole = Buffer.from(`xxxxx${a} blob 2\nok\n`);
    const view = new Uint8Array(whole.buffer, whole.byteOffset + 5, whole.length - 5);
    const record = readRecord(view, 0);
    expect(record).toMatchObject({ kind: "object", type: "blob", start: 48, end: 50, next: 51 });
    expect(text(view, record)).toBe("ok");
  });
});

/** A record as git writes it: an object of some type with bytes of any kind, or a name alone. */
const anyRecord = fc.oneof(
  fc.record({
    object: fc.stringMatching(/^[0-9a-f]{40}$/),
    type: fc.constantFrom("blob", "tree", "commit", "tag"),
    bytes: fc.oneof(fc.uint8Array({ maxLength: 40 }), fc.constantFrom(Buffer.from(`${a} blob 3\n`), Buffer.from("\n\n"))),
  }),
  fc.record({ object: fc.stringMatching(/^[0-9a-f]{40}$/), word: fc.constantFrom("missing", "ambiguous") }),
);
type AnyRecord = typeof anyRecord extends fc.Arbitrary<infer T> ? T : never;

function write(list: AnyRecord[]): Buffer {
  return Buffer.concat(
    list.map((r) => ("word" in r ? Buffer.from(`${r.object} ${r.word}\n`) : Buffer.concat([Buffer.from(`${r.object} ${r.type} ${r.bytes.length}\n`), r.bytes, Buffer.from("\n")]))),
  );
}

/** What a record says, without its offsets. */
function said(output: Uint8Array, record: BatchRecord): unknown {
  if (record.kind === "object") return { type: record.type, bytes: [...output.subarray(record.start, record.end)] };
  if (record.kind === "header") return { name: record.name, rest: record.rest };
  return record.kind;
}

describe("readRecord on output cut anywhere", () => {
  it("reads the records written, whole", () => {
    fc.assert(
      fc.property(fc.array(anyRecord, { maxLength: 8 }), (list) => {
        const output = write(list);
        const { whole, last } = records(output);
        expect(last).toBeUndefined();
        expect(whole.map((r) => said(output, r))).toEqual(list.map((r) => ("word" in r ? { name: r.object, rest: r.word } : { type: r.type, bytes: [...r.bytes] })));
      }),
    );
  });

  it("cut at every byte: the records before the cut, then (cut inside one) one not whole that needs more than the cut and no more than its own end", () => {
    fc.assert(
      fc.property(fc.array(anyRecord, { minLength: 1, maxLength: 5 }), (list) => {
        const output = write(list);
        const full = records(output).whole;
        const ends = full.map((r) => (r.kind === "object" || r.kind === "header" ? r.next : -1));
        for (let cut = 0; cut < output.length; cut++) {
          const prefix = new Uint8Array(output.subarray(0, cut)); // a copy: nothing past the cut to see
          const { whole, last } = records(prefix);
          expect(whole).toEqual(full.slice(0, whole.length));
          if (cut === 0 || ends.includes(cut)) {
            expect(last).toBeUndefined(); // cut between two records
            continue;
          }
          expect(last?.kind).toBe("incomplete");
          const needed = last?.kind === "incomplete" ? last.needed : 0;
          expect(needed).toBeGreaterThan(cut);
          expect(needed).toBeLessThanOrEqual(ends[whole.length]!);
        }
      }),
    );
  });

  it("fed in chunks as a pipe gives them, waiting for the length a record needs, gives the same records", () => {
    fc.assert(
      fc.property(fc.array(anyRecord, { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 10 }), (list, cuts) => {
        const output = write(list);
        const points = [...new Set(cuts.map((c) => c % (output.length + 1)))].sort((x, y) => x - y);
        const chunks = [0, ...points].map((from, i) => output.subarray(from, [...points, output.length][i]));
        // As the streaming reader does: bytes wait until the record under way can be whole.
        let buffer = Buffer.alloc(0);
        let needed = 0;
        const got: unknown[] = [];
        for (const chunk of chunks) {
          buffer = Buffer.concat([buffer, chunk]);
          if (buffer.length < needed) continue;
          let at = 0;
          for (;;) {
            const record = readRecord(buffer, at);
            if (record.kind === "incomplete") {
              needed = record.needed - at;
              break;
            }
            if (record.kind === "broken") throw new Error("broken");
            got.push(said(buffer, record));
            at = record.next;
          }
          buffer = buffer.subarray(at);
        }
        expect(buffer.length).toBe(0);
        expect(got).toEqual(records(output).whole.map((r) => said(output, r)));
      }),
    );
  });
});
