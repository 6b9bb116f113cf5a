import { expect } from "vitest";
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node } from "yaml";
import { yamlPathLine } from "../src/kit/yaml-lines.js";

// The `yaml` package's reading of a text, to hold src/kit/yaml-lines.ts (which reads the layout alone)
// to: every key and list item yaml finds, at the line yaml puts its node on.

/** Each path yaml finds in `text`, with its 1-based line: a key's own line, a list item's node's. A key written twice: its last. */
export function linesByYaml(text: string): Map<string, { path: (string | number)[]; line: number }> {
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
export function expectYamlsLines(text: string): void {
  const found = [...linesByYaml(text).values()];
  expect(found.length).toBeGreaterThan(0);
  for (const { path, line } of found) expect({ path, line: yamlPathLine(text, path) }).toEqual({ path, line });
}
