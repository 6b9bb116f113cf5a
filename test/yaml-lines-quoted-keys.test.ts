import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { stringify } from "yaml";
import { problemLine, yamlPathLine } from "../src/kit/yaml-lines.js";
import { expectYamlsLines } from "./yaml-lines-oracle.js";

// yamlPathLine reads a key's line from the text's layout alone. These tests hold it to the `yaml`
// package's own reading of the same text: every key and list item it finds, at the line yaml puts
// its node on. Quoted keys with escapes (`'it''s':`, `"say \"hi\"":`) and JSON's repeated key (the
// last stands, as JSON.parse keeps it) are where the layout reading once went wrong.
const lines = (...text: string[]) => `${text.join("\n")}\n`;

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

/** A scalar as flow YAML may hold it: plain where it is a word, else as JSON quotes it (a YAML double-quoted scalar). */
const scalarText = (value: unknown): string => (typeof value === "string" && /^[a-z][a-z-]*$/.test(value) ? value : JSON.stringify(value));

/**
 * A mapping whose values are written as flow collections spread over lines as people break them: a
 * line break, `indent` deeper a level, after a `[`, `{` or comma and before a `]` or `}` wherever
 * `breaks` (read in turn, round and round) says, so a list's first item may follow its `[`, several
 * items share a line, and a `]` closes the last item's line or one of its own.
 */
function flowOverLines(value: Record<string, unknown>, breaks: readonly boolean[]): string {
  let turn = 0;
  const breakHere = () => breaks.length > 0 && breaks[turn++ % breaks.length]!;
  const write = (node: unknown, depth: number): string => {
    const isList = Array.isArray(node);
    if (!isList && (typeof node !== "object" || node === null)) return scalarText(node);
    const members = isList ? node.map((item) => write(item, depth + 1)) : Object.entries(node).map(([k, v]) => `${scalarText(k)}: ${write(v, depth + 1)}`);
    const gap = (space: string) => (breakHere() ? `\n${"  ".repeat(depth + 1)}` : space);
    const [open, close] = isList ? ["[", "]"] : ["{", "}"];
    return `${open}${members.map((m, i) => (i === 0 ? gap("") : gap(" ")) + m + (i < members.length - 1 ? "," : "")).join("")}${gap("")}${close}`;
  };
  return Object.entries(value)
    .map(([k, v]) => `${scalarText(k)}: ${write(Array.isArray(v) || (typeof v === "object" && v !== null) ? v : [v], 0)}\n`)
    .join("");
}

describe("yamlPathLine: any mapping, as yaml writes it and as JSON.stringify indents it", () => {
  it.each([["PLAIN"], ["QUOTE_SINGLE"], ["QUOTE_DOUBLE"]] as const)("yaml's writer, keys %s where it can", (keyType) => {
    fc.assert(
      fc.property(topMapping, (value) => {
        expectYamlsLines(stringify(value, { defaultKeyType: keyType, lineWidth: 0 }));
      }),
      { seed: 73, numRuns: 300 },
    );
  });

  it("yaml's writer, every collection in flow style, spread over lines", () => {
    fc.assert(
      // Narrower than 20, yaml's writer folds a double-quoted scalar into text it cannot read back.
      fc.property(topMapping, fc.integer({ min: 20, max: 60 }), (value, width) => {
        expectYamlsLines(stringify(value, { collectionStyle: "flow", lineWidth: width }));
      }),
      { seed: 73, numRuns: 200 },
    );
  });

  it("flow collections broken over lines anywhere between their members", () => {
    fc.assert(
      fc.property(topMapping, fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), (value, breaks) => {
        expectYamlsLines(flowOverLines(value, breaks));
      }),
      { seed: 73, numRuns: 200 },
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
