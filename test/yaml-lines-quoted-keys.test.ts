import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { LineCounter, parseDocument, stringify, isMap, isScalar, isSeq, type Node } from "yaml";
import { problemLine, yamlPathLine } from "../src/kit/yaml-lines.js";

// yamlPathLine reads a key's line from the text's layout alone. These tests hold it to the `yaml`
// package's own reading of the same text: every key and list item it finds, at the line yaml puts
// its node on. Quoted keys with escapes (`'it''s':`, `"say \"hi\"":`) and JSON's repeated key (the
// last stands, as JSON.parse keeps it) are where the layout reading once went wrong.
const lines = (...text: string[]) => `${text.join("\n")}\n`;

/** Each path yaml finds in `text`, with its 1-based line: a key's own line, a list item's node's. A key written twice: its last. */
function linesByYaml(text: string): Map<string, { path: (string | number)[]; line: number }> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  expect(doc.errors).toEqual([]);
  const out = new Map<string, { path: (string | number)[]; line: number }>();
  const lineAt = (node: Node) => counter.linePos(node.range![0]).line;
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const next = [...path, String(pair.key.value)];
        out.set(JSON.stringify(next), { path: next, line: lineAt(pair.key) });
        walk(pair.value, next);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const next = [...path, i];
        out.set(JSON.stringify(next), { path: next, line: lineAt(item as Node) });
        walk(item, next);
      });
    }
  };
  walk(doc.contents, []);
  return out;
}

/** Asks yamlPathLine every path yaml finds in `text`, expecting yaml's line for each. */
function expectYamlsLines(text: string): void {
  const found = [...linesByYaml(text).values()];
  expect(found.length).toBeGreaterThan(0);
  for (const { path, line } of found) expect({ path, line: yamlPathLine(text, path) }).toEqual({ path, line });
}

describe("yamlPathLine: quoted keys with escapes, as yaml reads them", () => {
  it.each([
    ["a single-quoted key holding a doubled quote", lines("matchers:", "  npm:", "    'it''s-lib': its", "    'plain': other")],
    ["a double-quoted key holding an escaped quote", lines("matchers:", "  npm:", '    "say \\"hi\\"": hi', '    "x": other')],
    ["a double-quoted key holding an escaped backslash before its closing quote", lines("paths:", '  "C:\\\\": c-drive', '  "D:\\\\x": d')],
    ["a double-quoted key with YAML's own escapes (\\x, \\u, \\t, \\e)", lines("keys:", '  "tab\\there": 1', '  "\\x41\\u00e9\\e": 2', '  "\\/\\_": 3')],
    ["a quoted key whose value is the block below it", lines("matchers:", "  'o''brien':", "    left-pad: acme-bus", '  "a\\"b":', "    - one", "    - two")],
    ["a quoted key holding a colon and a space", lines("tools:", "- 'a: b': 1", '  "c: \\"d\\"": 2')],
  ])("%s", (_name, text) => {
    expectYamlsLines(text);
  });

  it("a stack document whose tool field is written with an escaped key", () => {
    const text = lines("repo_name: acme/shop", "tools:", "- name: React", "  'it''s': x", '  "ver\\"sion": 18', "  version: 18");
    expect(yamlPathLine(text, ["tools", 0, "it's"])).toBe(4);
    expect(yamlPathLine(text, ['tools', 0, 'ver"sion'])).toBe(5);
    expect(problemLine(text, "/tools/0/version")).toBe(6);
  });
});

describe("yamlPathLine: a JSON document with a key twice", () => {
  const text = lines("{", '  "repo_name": "acme/old",', '  "tools": [', "    {", '      "name": "React",', '      "version": 17,', '      "version": 18', "    }", "  ],", '  "repo_name": "acme/shop"', "}");

  it("gives the last's line, the one JSON.parse keeps", () => {
    expect(JSON.parse(text).repo_name).toBe("acme/shop");
    expect(problemLine(text, "/repo_name")).toBe(10);
    expect(problemLine(text, "/tools/0/version")).toBe(7);
    expectYamlsLines(text);
  });
});

/** Keys rich in what quoting must escape: quotes, backslashes, colons, hashes, dashes, spaces, tabs. */
const key = fc.string({ unit: fc.constantFrom("a", "b", "'", '"', "\\", ":", " ", "#", "-", "?", "\t", "é", "1", "{", "["), maxLength: 6 });
const data = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.oneof(fc.string({ maxLength: 4 }), fc.integer()),
    fc.dictionary(key, tie("node"), { maxKeys: 4 }),
    fc.array(tie("node"), { maxLength: 3 }),
  ),
})).node;
const topMapping = fc.dictionary(key, data, { minKeys: 1, maxKeys: 4 });

describe("yamlPathLine: any mapping, as yaml writes it and as JSON.stringify indents it", () => {
  it.each([["PLAIN"], ["QUOTE_SINGLE"], ["QUOTE_DOUBLE"]] as const)("yaml's writer, keys %s where it can", (keyType) => {
    fc.assert(
      fc.property(topMapping, (value) => {
        expectYamlsLines(stringify(value, { defaultKeyType: keyType, lineWidth: 0 }));
      }),
      { seed: 73, numRuns: 300 },
    );
  });

  it("JSON.stringify's indented layout", () => {
    fc.assert(
      fc.property(topMapping, (value) => {
        expectYamlsLines(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { seed: 73, numRuns: 300 },
    );
  });
});
