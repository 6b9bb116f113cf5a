import { describe, expect, it } from "vitest";
import { parseXml } from "../src/parse/xml.js";
import { parseYaml, parseYamlAll } from "../src/parse/yaml.js";

describe("format parsers", () => {
  it("XML: a DOCTYPE with an internal subset is cut, its entities stay as written, the rest is read", () => {
    const data = parseXml('<?xml version="1.0"?>\n<!DOCTYPE p [<!ENTITY e "expanded"><!ENTITY x SYSTEM "file:///etc/passwd">]>\n<project><name>&e;</name><id>&x;</id></project>') as { project: Array<{ name: string[]; id: string[] }> };
    expect(data.project[0]!.name[0]).toBe("&e;");
    expect(data.project[0]!.id[0]).toBe("&x;");
  });

  it("XML: a plain DOCTYPE is cut, text after it is kept, and values stay strings", () => {
    const data = parseXml('<!doctype html>\n<project version="1.10"><v>1.10</v></project>') as { project: Array<{ v: string[]; "@_version": string }> };
    expect(data.project[0]!.v[0]).toBe("1.10");
    expect(data.project[0]!["@_version"]).toBe("1.10");
  });

  it("YAML: scalars stay strings, and several documents come back in order", () => {
    expect(parseYaml("python-version: 3.10\non: 2024-01-01\n")).toEqual({ "python-version": "3.10", on: "2024-01-01" });
    expect(parseYamlAll("kind: A\n---\nkind: B\n")).toEqual([{ kind: "A" }, { kind: "B" }]);
    expect(() => parseYaml("a: [", "x.yml")).toThrow(/x\.yml/);
  });
});
