import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinCatalog, builtinDetectors, MemorySource, scan } from "../src/index.js";
import { decodeText } from "../src/scan/decode.js";
import { runDetectors } from "../src/scan/run.js";
import { fixture, ROOT, readTree } from "./helpers.js";

/**
 * The same repository checked out on Windows (core.autocrlf: CRLF in every text file) or saved by a
 * Windows editor (a UTF-8 BOM, UTF-16 LE with a BOM, no final newline, CRLF on some lines only) must give the same stack
 * document: the same tools and packages, each with the same version, source and category, the
 * same findings on the same lines, and no more warnings. Every fixture, every variant: all of them
 * together take under two seconds.
 */
const FIXTURES = readdirSync(join(ROOT, "fixtures")).filter((f) => f !== "sources-tree").sort();
const options = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

type Variant = "CRLF" | "UTF-8 BOM" | "UTF-16 LE" | "CRLF, no final newline" | "CRLF on every other line";
const VARIANTS: Variant[] = ["CRLF", "UTF-8 BOM", "UTF-16 LE", "CRLF, no final newline", "CRLF on every other line"];

/**
 * Git reads its own files (.gitignore, .gitattributes) as bytes: it skips a UTF-8 BOM but reads no
 * UTF-16, so a UTF-16 .gitignore ignores nothing under git either. Those stay UTF-8 in that variant.
 */
const GIT_FILES = /(?:^|\/)\.git(?:ignore|attributes)$/;

/** Each text file of a tree as a Windows checkout or editor leaves it; binary files as they are. */
function convert(tree: Record<string, Uint8Array>, variant: Variant): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const [path, bytes] of Object.entries(tree)) {
    const decoded = decodeText(bytes);
    if ("binary" in decoded || decoded.note) {
      out[path] = bytes;
      continue;
    }
    const text = decoded.text;
    switch (variant) {
      case "CRLF":
        out[path] = Buffer.from(text.replace(/\r?\n/g, "\r\n"));
        break;
      case "UTF-8 BOM":
        out[path] = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
        break;
      case "UTF-16 LE":
        out[path] = GIT_FILES.test(path) ? bytes : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
        break;
      case "CRLF, no final newline":
        out[path] = Buffer.from(text.replace(/\r?\n/g, "\r\n").replace(/(?:\r\n)+$/, ""));
        break;
      case "CRLF on every other line": {
        // A file edited on both systems: some lines end with `\r`, some not.
        let n = 0;
        out[path] = Buffer.from(text.replace(/\r?\n/g, () => (n++ % 2 ? "\r\n" : "\n")));
        break;
      }
    }
  }
  return out;
}

/** What a document says of each tool and package, one line each, sorted. */
async function entries(tree: Record<string, Uint8Array>): Promise<{ tools: string[]; warned: Map<string, number> }> {
  const result = await scan(new MemorySource(tree), options);
  const tools = result.document.tools.map((t) => [t.name, t.version ?? "-", t.category ?? "-", t.detection_source ?? "-", t.detection_source_url ?? "-", t.package_url ?? "-"].join(" | ")).sort();
  // Warnings counted by file: a parser's message may give a position, which a CRLF moves.
  const warned = new Map<string, number>();
  for (const w of result.warnings) warned.set(w.file, (warned.get(w.file) ?? 0) + 1);
  return { tools, warned };
}

/** Every detector's findings with their lines, sorted. */
async function findings(tree: Record<string, Uint8Array>): Promise<string[]> {
  const run = await runDetectors(new MemorySource(tree), builtinDetectors, builtinCatalog());
  return run.findings.map((f) => `${f.detector} ${f.ref} ${f.file}:${f.line ?? "-"} ${f.declared ?? ""} ${f.version ?? ""}${f.dev ? " dev" : ""}`).sort();
}

describe("line endings and encodings", () => {
  for (const name of FIXTURES) {
    it(`${name}: CRLF, a UTF-8 BOM, UTF-16 LE, CRLF without a final newline and CRLF on some lines give the same document, findings and lines`, async () => {
      const tree = readTree(fixture(name));
      const original = await entries(tree);
      const lines = await findings(tree);
      // The fixture is read: two empty documents would be equal too.
      expect(original.tools.length, name).toBeGreaterThan(0);
      for (const variant of VARIANTS) {
        const windows = convert(tree, variant);
        const result = await entries(windows);
        expect(result.tools, `${name} (${variant})`).toEqual(original.tools);
        for (const [file, count] of result.warned) expect(count, `${name} (${variant}): warnings of ${file}`).toBeLessThanOrEqual(original.warned.get(file) ?? 0);
        expect(await findings(windows), `${name} (${variant}): findings`).toEqual(lines);
      }
    });
  }
});
