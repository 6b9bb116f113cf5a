import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { toYaml } from "../src/document/yaml.js";
import { corpusDir } from "./helpers.js";

const corpus = corpusDir();

describe("YAML writer", () => {
  it("quotes as Psych does", () => {
    const text = toYaml({ a: "2.2", b: "18.0.0", c: ".babelrc", d: "@apollo/client", e: "true", f: "06482f43", g: "Path: x", h: null, i: 0.1, j: "" });
    expect(text).toBe(["a: '2.2'", "b: 18.0.0", 'c: ".babelrc"', 'd: "@apollo/client"', "e: 'true'", "f: '06482f43'", "g: 'Path: x'", "h: ", "i: 0.1", "j: ''", ""].join("\n"));
  });

  it("folds long scalars after column 80 at a space", () => {
    const text = toYaml({ tools: [{ name: "x", description: "Lightweight, interpreted, object-oriented language with first-class functions" }] });
    expect(text).toBe(
      "tools:\n- name: x\n  description: Lightweight, interpreted, object-oriented language with first-class\n    functions\n",
    );
  });

  it.each([
    // Psych's YAML 1.1 types: booleans, ints with `_` and `,`, octal, hex, floats, timestamps, sexagesimal.
    ...["null", "Yes", "off", "y", "N", "0", "12", "1,000", "1_000", "017", "0_17", "08", "0719", "0x1F", "0x_a", "1.", "1.5", "1.5e3", "1,000.5e-3", "1.5E+3"].map((v) => [v, `'${v}'`]),
    ...["2024-1-5", "2024-01-15t10:20:30", "2024-01-15 1:02:03.5 +1", "2024-01-15T10:20:30Z", "2024-01-15T10:20:30 Z", "2024-01-15T10:20:30-05:00", "2024-01-15T10:20:30+0100"].map((v) => [v, `'${v}'`]),
    ...["1:30", "190:20:30.15", "1_000:30", "trailing ", "key: value", "ends:", "a #comment", ""].map((v) => [v, `'${v}'`]),
    // YAML 1.2 numbers Psych leaves as strings, but which parse() (the core schema) and other
    // YAML 1.2 readers take for numbers: quoted, so the file reads back as written.
    ...["1e3", "1E3", "12e+5", "0o17", "0b101", "0b1_0"].map((v) => [v, `'${v}'`]),
    // Strings that only look like those stay plain.
    ...["v0x1F", "1:30pm", "2024-01-15x", "0x1Fg", "1.5e3x", "nully", "yes sir", "12a", "a1:30", "ab:c", "a#b", "plain words", 'he said "hi"', "back\\slash"].map((v) => [v, v]),
    // A leading sign, dot or indicator, or a character YAML cannot print plain: double quotes and escapes.
    ["~", '"~"'],
    ["-12", '"-12"'],
    [".inf", '".inf"'],
    ["-dash", '"-dash"'],
    ["  leading", '"  leading"'],
    ['@scope "x"', `'@scope "x"'`],
    ["tab\there", '"tab\\there"'],
    ["line\nbreak", '"line\\nbreak"'],
    ["cr\rx", '"cr\\rx"'],
    ['say "hi"\n', '"say \\"hi\\"\\n"'],
    ["a\\b\t", '"a\\\\b\\t"'],
    ["\u2028", '"\\L"'],
    ["\u2029", '"\\P"'],
    ["x\u0085y", '"x\\Ny"'],
    ["\u0007bell", '"\\x07bell"'],
    ["\u001f", '"\\x1F"'],
    ["del\u007f", '"del\\x7F"'],
    ["\u{1F600} emoji", '"\\U0001F600 emoji"'],
    ["\ufeffbom", '"\\uFEFFbom"'],
  ])("writes %j as %s", (value, written) => {
    const text = toYaml({ k: value });
    expect(text).toBe(`k: ${written}\n`);
    expect(yaml.load(text)).toEqual({ k: value });
  });

  it("nests mappings and lists, writes empty lists and nil, leaves out undefined, and keeps times plain under time keys", () => {
    const text = toYaml({ list: [], map: { a: 1, b: { c: [null, "x", { d: "e", f: [] }] } }, skipped: undefined, n: null, t: true, last_updated_on: "2024-01-15 10:20:30", other: "2024-01-15 10:20:30" });
    expect(text).toBe(["list: []", "map:", "  a: 1", "  b:", "    c:", "    - ", "    - x", "    - d: e", "      f: []", "n: ", "t: true", "last_updated_on: 2024-01-15 10:20:30", "other: '2024-01-15 10:20:30'", ""].join("\n"));
    // A time key holding something that is not a time is quoted as usual.
    expect(toYaml({ last_updated_on: "yes" })).toBe("last_updated_on: 'yes'\n");
  });

  it("folds quoted scalars too, never at a double space or before the first word", () => {
    const long = "@" + "word ".repeat(20).trim();
    expect(toYaml({ description: long })).toBe(`description: "@word word word word word word word word word word word word word word\n  word word word word word word"\n`);
    const spaced = "x".repeat(78) + "  two spaces";
    expect(toYaml({ d: spaced })).toBe(`d: ${"x".repeat(78)}  two\n  spaces\n`);
    const single = "y".repeat(90);
    expect(toYaml({ d: `${single} tail` })).toBe(`d: ${single}\n  tail\n`);
  });

  it.runIf(corpus)("rewrites every corpus truth.yml as the site wrote it", () => {
    let files = 0;
    for (const name of readdirSync(corpus!)) {
      const text = readFileSync(join(corpus!, name, "truth.yml"), "utf8");
      const data = yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object;
      const out = toYaml(data);
      // The site writes a trailing space after some empty values and not after others.
      const trim = (s: string) => s.replace(/ +$/gm, "");
      expect(trim(out), name).toBe(trim(text));
      expect(yaml.load(out, { schema: yaml.CORE_SCHEMA }), name).toEqual(data);
      files++;
    }
    expect(files).toBeGreaterThan(50);
  });
});
