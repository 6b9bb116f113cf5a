import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateCommand } from "../src/cli/commands/validate.js";
import { problemLine } from "../src/kit/yaml-lines.js";
import { call, tempDir } from "./helpers.js";

// The layouts of a stack document validate's line numbers met untested in stop 69's mutation round
// of src/cli/problem-lines.ts: a list key whose value is no list, a header key that entries also
// hold, comments and blank lines between entries, an entry written as a flow mapping, a list
// commented out above the real one, and JSON printed one entry a line or on one line.
const lines = (...text: string[]) => `${text.join("\n")}\n`;

describe("validate's line of a problem, by the document's layout", () => {
  it("a tools key written as a mapping (the dash forgotten): the key's own line", async () => {
    const file = join(tempDir(), "techstack.yml");
    writeFileSync(file, lines("repo_name: acme/shop", "tools:", "  name: React", "  version: 18.2.0"));
    const out = await call(validateCommand, [file]);
    expect(out.stdout).toContain(`${file}:2: /tools: must be array`);
  });

  it("the header's version, not an entry's, before the list or after it", () => {
    const before = lines("repo_name: acme/shop", 'version: "0.1"', "tools:", "- name: React", "  version: ^18", "- name: Vue.js", "  version: ^3.4");
    expect(problemLine(before, "/version")).toBe(2);
    const after = lines("repo_name: acme/shop", "tools:", "- name: React", "  version: ^18", 'version: "0.1"');
    expect(problemLine(after, "/version")).toBe(5);
  });

  it("entries parted by blank lines and comments", () => {
    const text = lines("repo_name: acme/shop", "tools:", "# Frontend", "- name: React", "  version: ^18", "", "# Backend", "- name: Express", "  version: 4");
    expect(problemLine(text, "/tools/1/version")).toBe(9);
  });

  it("an entry written as a flow mapping in a block list: the entry's line", () => {
    const text = lines("repo_name: acme/shop", "tools:", "- name: React", "- {name: Express, version: 4}");
    expect(problemLine(text, "/tools/1/version")).toBe(4);
  });

  it("a list commented out above the real one is not it", () => {
    const text = lines("repo_name: acme/shop", "# tools:", "# - name: Angular", "tools:", "- name: React", "  version: 18");
    expect(problemLine(text, "/tools/0/version")).toBe(6);
  });

  it("a document that starts with its list", () => {
    const text = lines("tools:", "- name: React", "  version: 18", "repo_name: acme/shop");
    expect(problemLine(text, "/tools/0/version")).toBe(3);
  });

  it("JSON printed one entry a line: each entry's line", () => {
    const text = lines("{", '  "repo_name": "acme/shop",', '  "tools": [', '    {"name": "React", "version": "18.2.0"},', '    {"name": "Vue.js", "version": 3}', "  ]", "}");
    expect(problemLine(text, "/tools/1/version")).toBe(5);
  });

  it("none where an entry shares its list's line: JSON on one line, a flow list's first entry", () => {
    expect(problemLine(JSON.stringify({ repo_name: "acme/shop", tools: [{ name: "React", version: 18 }] }), "/tools/0/version")).toBeUndefined();
    const flow = lines("repo_name: acme/shop", "tools: [{name: React},", "  {name: Vue.js, version: 3}]");
    expect(problemLine(flow, "/tools/0")).toBeUndefined();
  });

  it("validate names no line where the layout does not say", async () => {
    const file = join(tempDir(), "techstack.yml");
    writeFileSync(file, lines("repo_name: acme/shop", "tools: [{name: React}, {category: Libraries}]"));
    const out = await call(validateCommand, [file]);
    expect(out.stdout).toBe(`${file}: /tools/1: must have required property 'name'\n`);
  });
});
