import { describe, expect, it } from "vitest";
import { parse, ParseError, validate } from "../src/index.js";
import { parseComparable, parseData } from "../src/document/parse.js";
import { toolsOf } from "./helpers.js";

// Reading an existing techstack.yml (the site's, or one edited by hand) and checking it: what
// `check`, `write` and `diff` read before they compare, and `validate` before it reports.

const thrown = (f: () => unknown): ParseError => {
  try {
    f();
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error("nothing thrown");
};

describe("parse", () => {
  it("a document without tools, or with an empty tools, gets an empty list; tools that are not a list are kept for validate to report", () => {
    expect(parse("repo_name: acme/shop\nversion: 0.1\n").tools).toEqual([]);
    expect(parse("repo_name: acme/shop\ntools: 5\n").tools).toBe(5);
    expect(parse("repo_name: acme/shop\ntools:\n").tools).toEqual([]);
    // A list of tools is read.
    expect(toolsOf(parse("repo_name: acme/shop\ntools:\n- name: Ruby\n")).map((t) => t.name)).toEqual(["Ruby"]);
  });

  it("parseData keeps the top mapping as written: no tools list added", () => {
    expect(parseData("repo_name: acme/shop\n")).toEqual({ repo_name: "acme/shop" });
    expect(parseData('  {"repo_name": "acme/shop"}')).toEqual({ repo_name: "acme/shop" });
  });

  it("booleans in string fields become their text too, flags elsewhere stay booleans", () => {
    const doc = parse("repo_name: acme/shop\ntools:\n- name: Yarn\n  open_source: true\n  license: false\n  category: true\n");
    const tool = toolsOf(doc)[0] as unknown as Record<string, unknown>;
    expect(tool.license).toBe("false");
    expect(tool.category).toBe("true");
    expect(tool.open_source).toBe(true);
  });

  it("JSON: a number in a string field is the number's text; leading blanks before the brace are still JSON", () => {
    expect(toolsOf(parse('{"repo_name":"a/b","tools":[{"name":"Go","version":1.10}]}'))[0]!.version).toBe("1.1");
    expect(toolsOf(parse('\n  {"repo_name":"a/b","tools":[{"name":"Go","version":1.20}]}'))[0]!.version).toBe("1.2");
  });

  it("entries that are not mappings are left alone, the entries after them still read as written", () => {
    const doc = parse("repo_name: a/b\ntools:\n-\n- just text\n- name: Python\n  version: 3.10\n");
    expect(toolsOf(doc).map((t) => (t && typeof t === "object" ? [t.name, t.version] : t))).toEqual([null, "just text", ["Python", "3.10"]]);
  });

  it("vulnerabilities: each entry's own written text, entries that are not mappings skipped", () => {
    const doc = parse(
      "repo_name: a/b\ntools:\n- name: lodash\n  vulnerabilities:\n  - ~\n  - name: Prototype Pollution\n    first_patched: 4.10\n    severity: 1\n- name: minimist\n  vulnerabilities: none\n",
    );
    const [lodash, minimist] = toolsOf(doc);
    expect(lodash!.vulnerabilities).toEqual([null, { name: "Prototype Pollution", first_patched: "4.10", severity: "1" }]);
    expect(minimist!.vulnerabilities).toBe("none");
  });

  it("JSON: a vulnerability's number is its text too; YAML dates stay the text written", () => {
    const json = parse('{"repo_name":"a/b","tools":[{"name":"lodash","vulnerabilities":[{"name":"x","first_patched":5}]}]}');
    expect(toolsOf(json)[0]!.vulnerabilities![0]!.first_patched).toBe("5");
    const yaml = parse("repo_name: a/b\ntimestamp: 2024-05-01T12:00:00Z\ntools:\n- name: React\n  last_updated_on: 2024-05-01\n");
    expect(toolsOf(yaml)[0]!.last_updated_on).toBe("2024-05-01");
    expect(yaml.timestamp).toBe("2024-05-01T12:00:00Z");
  });

  it("a document's string facts keep their text; its numbers stay numbers", () => {
    const doc = parse("repo_name: 2048\nreport_id: 1.50\nversion: 0.1\ndetected_tools_count: 3\ntools: []\n");
    expect(doc.repo_name).toBe("2048");
    expect(doc.report_id).toBe("1.50");
    expect(doc.version).toBe(0.1);
    expect(doc.detected_tools_count).toBe(3);
  });
});

describe("ParseError", () => {
  it("YAML: the line and column of the problem, counted from 1, and the parser's error as its cause", () => {
    const error = thrown(() => parse("repo_name: a/b\ntools:\n  - name: React\n   version: 18\n"));
    expect(error.name).toBe("ParseError");
    expect(error.line).toBe(4);
    expect(error.column).toBeGreaterThan(1);
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.message).toBe(String((error.cause as Error).message).split("\n")[0]);
  });

  it("JSON: the parser's message, no line or column", () => {
    const error = thrown(() => parse('{"repo_name": "a/b",'));
    expect(error.line).toBeUndefined();
    expect(error.column).toBeUndefined();
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it("a top that is not a mapping: a scalar, a list, nothing at all", () => {
    for (const text of ["just text\n", "- a\n", "", "42", "null\n"]) {
      const error = thrown(() => parse(text));
      expect(error.message, JSON.stringify(text)).toBe("not a stack document: expected a mapping at the top");
      expect(error.cause).toBeUndefined();
      expect(error.line).toBeUndefined();
    }
  });

  it("input that is not text says what it was", () => {
    expect(() => parse(null as never)).toThrow("parse: expected the text of a techstack.yml (a string), not null");
    expect(() => parse(42 as never)).toThrow("not number");
    expect(() => parse(42 as never)).toThrow(TypeError);
    expect(parse(new TextEncoder().encode("repo_name: a/b\n") as never).repo_name).toBe("a/b");
  });
});

describe("parseComparable", () => {
  const doc = (tools: string) => `repo_name: a/b\ntools:\n${tools}`;
  it("accepts entries with a name, a string package_url or none", () => {
    const parsed = parseComparable(doc("- name: React\n- name: react\n  package_url: https://www.npmjs.com/react\n- name: Lodash\n  package_url: ~\n- name: 3.10\n"));
    expect(parsed.tools.map((t) => t.name)).toEqual(["React", "react", "Lodash", "3.10"]);
  });

  it("refuses a mapping without a tools list (a package.json given by mistake), or whose tools is not a list; an empty tools: is an empty stack", () => {
    expect(thrown(() => parseComparable('{"name":"x","dependencies":{"react":"^18.2.0"}}')).message).toBe("not a stack document: it has no tools list");
    expect(thrown(() => parseComparable("repo_name: a/b\n")).message).toBe("not a stack document: it has no tools list");
    expect(thrown(() => parseComparable("repo_name: a/b\ntools: React\n")).message).toBe("not a stack document: tools is not a list");
    expect(thrown(() => parseComparable("repo_name: a/b\ntools: {name: React}\n")).message).toBe("not a stack document: tools is not a list");
    expect(parseComparable("repo_name: a/b\ntools:\n").tools).toEqual([]);
    expect(parseComparable("repo_name: a/b\ntools: []\n").tools).toEqual([]);
  });

  it("names the first entry that cannot be compared, and why", () => {
    const cases: Array<[string, string]> = [
      ["- name: React\n- just text\n", "/tools/1: a tool entry must be a mapping"],
      ["-\n", "/tools/0: a tool entry must be a mapping"],
      ["- [React]\n", "/tools/0: a tool entry must be a mapping"],
      ["- version: 18.2.0\n", "/tools/0: a tool entry needs a name (a string)"],
      ["- name: '  '\n", "/tools/0: a tool entry needs a name (a string)"],
      ["- name: [React]\n", "/tools/0: a tool entry needs a name (a string)"],
      ["- name: React\n- name: react\n  package_url: [https://www.npmjs.com/react]\n", "/tools/1: package_url must be a string"],
    ];
    for (const [tools, message] of cases) {
      const error = thrown(() => parseComparable(doc(tools)));
      expect(error.message, tools).toBe(message);
    }
  });
});

describe("validate", () => {
  it("the top itself is the path '/'; an extra property is named", () => {
    expect(validate("repo_name: a/b")).toEqual([{ path: "/", message: "must be object" }]);
    expect(validate({ tools: [] })).toEqual([{ path: "/", message: "must have required property 'repo_name'" }]);
    expect(validate({ repo_name: "a/b", tools: [{ name: "React", colour: "red" }] })).toEqual([{ path: "/tools/0", message: "must NOT have additional properties: colour" }]);
  });

  it("every problem at once, and none for a valid document checked twice", () => {
    const errors = validate({ repo_name: 5, tools: [{ name: 1 }, { version: "1" }] });
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(["/repo_name", "/tools/0/name", "/tools/1"]));
    expect(errors.length).toBeGreaterThanOrEqual(3);
    const good = { repo_name: "a/b", tools: [{ name: "React" }] };
    expect(validate(good)).toEqual([]);
    expect(validate(good)).toEqual([]);
  });

  it("the header's tool count must be the number of entries (a hand-added tool without its count)", () => {
    const tools = [{ name: "React" }, { name: "Sentry", detection_source: "manual" }];
    expect(validate({ repo_name: "a/b", detected_tools_count: 2, tools })).toEqual([]);
    expect(validate({ repo_name: "a/b", detected_tools_count: 1, tools })).toEqual([{ path: "/detected_tools_count", message: "must equal the number of tools listed (2), not 1" }]);
    // A count of the wrong type is the schema's error alone.
    expect(validate({ repo_name: "a/b", detected_tools_count: "2", tools }).map((e) => e.path)).toEqual(["/detected_tools_count"]);
  });
});
