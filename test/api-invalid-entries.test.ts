import { describe, expect, it } from "vitest";
import { coded } from "../src/errors.js";
import { diff, formatDiff, parse, render, toMarkdown, type StackDocument } from "../src/index.js";

// A caller's document can hold anything `parse` read from a hand-edited file: parse does not
// validate. The functions that read its entries say which entry they cannot read, as a TypeError
// naming the function (README "Use it from code"), not a property read of null deep inside.
const good = parse("repo_name: acme/app\ntools:\n- name: React\n  version: 18.3.1\n");
const nameless = parse("repo_name: acme/app\ntools:\n- name: React\n- category: Monitoring\n");
const blank = parse("repo_name: acme/app\ntools:\n- \n");
const numbered = { ...good, tools: [{ name: "React", package_url: 5 }] } as unknown as StackDocument;

describe("an entry the document functions cannot read", () => {
  it("diff names the document and the entry", () => {
    expect(() => diff(nameless, good)).toThrow(coded(new TypeError("diff: before's /tools/1: a tool entry needs a name (a string)"), "TECHSTACK_INVALID_DOCUMENT"));
    expect(() => diff(good, blank)).toThrow(coded(new TypeError("diff: after's /tools/0: a tool entry must be a mapping"), "TECHSTACK_INVALID_DOCUMENT"));
    expect(() => diff(good, numbered)).toThrow(coded(new TypeError("diff: after's /tools/0: package_url must be a string"), "TECHSTACK_INVALID_DOCUMENT"));
    expect(diff(good, good)).toEqual({ added: [], removed: [], changed: [] });
  });

  it("render, in every format, and toMarkdown name the entry", () => {
    for (const format of ["yaml", "json", "markdown"] as const) {
      expect(() => render(nameless, format)).toThrow(coded(new TypeError("render: /tools/1: a tool entry needs a name (a string)"), "TECHSTACK_INVALID_DOCUMENT"));
      expect(() => render(blank, format)).toThrow(coded(new TypeError("render: /tools/0: a tool entry must be a mapping"), "TECHSTACK_INVALID_DOCUMENT"));
    }
    expect(() => toMarkdown(nameless)).toThrow(coded(new TypeError("toMarkdown: /tools/1: a tool entry needs a name (a string)"), "TECHSTACK_INVALID_DOCUMENT"));
    expect(render(good, "yaml")).toContain("- name: React\n");
  });

  it("formatDiff names the list and the entry of a diff made by hand", () => {
    const empty = { added: [], removed: [], changed: [] };
    expect(() => formatDiff({ ...empty, added: [null] } as never)).toThrow(coded(new TypeError("formatDiff: added[0]: a tool entry must be a mapping"), "TECHSTACK_BAD_ARGUMENT"));
    expect(() => formatDiff({ ...empty, removed: [{ version: "1" }] } as never, "markdown")).toThrow(coded(new TypeError("formatDiff: removed[0]: a tool entry needs a name (a string)"), "TECHSTACK_BAD_ARGUMENT"));
    expect(() => formatDiff({ ...empty, changed: [{}] } as never)).toThrow(coded(new TypeError("formatDiff: changed[0]: a tool entry needs a name (a string)"), "TECHSTACK_BAD_ARGUMENT"));
    expect(formatDiff({ ...empty, changed: [{ name: "React", from: "18.2.0", to: "18.3.1" }] })).toBe("~ React 18.2.0 -> 18.3.1\n");
  });
});
