import { describe, expect, it } from "vitest";
import { parseXml, unclosedElement } from "../src/parse/xml.js";
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

  it("XML: a document cut after a closing tag gives what was read, and a warning", () => {
    const pom =
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- moved to <parent> and <modules> -->\n<project xmlns="http://maven.apache.org/POM/4.0.0" a=">" b=\'<x\'>\n' +
      "  <modelVersion>4.0.0</modelVersion>\n  <build><resources/><![CDATA[<not><tags>]]></build>\n  <dependencies>\n" +
      "    <dependency><groupId>com.google.guava</groupId><artifactId>guava</artifactId><version>33.0.0-jre</version></dependency>\n" +
      "    <dependency><groupId>junit</groupId><artifactId>junit</artifactId></dependency>\n  </dependencies>\n</project>\n";
    const warnings: string[] = [];
    parseXml(pom, (m) => warnings.push(m));
    expect(warnings).toEqual([]);
    expect(unclosedElement(pom)).toBeUndefined();

    const cut = pom.slice(0, pom.indexOf("</dependency>") + "</dependency>".length);
    const data = parseXml(cut, (m) => warnings.push(m)) as { project: Array<{ dependencies: Array<{ dependency: Array<{ artifactId: string[] }> }> }> };
    expect(data.project[0]!.dependencies[0]!.dependency.map((d) => d.artifactId[0])).toEqual(["guava"]);
    expect(warnings).toEqual(["truncated XML: <project> is never closed, only the part before the end was read"]);
    expect(unclosedElement("<Project><ItemGroup><PackageReference Include=\"Serilog\" Version=\"3.1.1\" /></ItemGroup>")).toBe("Project");
    // A close tag closes what the elements opened since its own opening tag, left unclosed.
    expect(unclosedElement("<a><b><c></b></a>")).toBeUndefined();
    expect(unclosedElement("<a></x>")).toBe("a");
    // Without a listener the partial data still comes back.
    expect(parseXml("<project><name>x</name>")).toEqual({ project: [{ name: ["x"] }] });
  });

  it("YAML: a duplicated key keeps the last value, as JSON does, instead of failing the file", () => {
    expect(parseYaml("image: node:18\nimage: node:20\n")).toEqual({ image: "node:20" });
    expect(parseYamlAll("image: a\nimage: b\n---\nversion: 3.10\n")).toEqual([{ image: "b" }, { version: "3.10" }]);
  });

  it("YAML: local tags (CloudFormation's !Ref, GitLab CI's !reference) read as the value they tag", () => {
    expect(parseYaml("Resource: !GetAtt Table.Arn\nName: !Sub '${AWS::StackName}-q'\nEmpty: !Ref\n")).toEqual({ Resource: "Table.Arn", Name: "${AWS::StackName}-q", Empty: "" });
    expect(parseYaml("test:\n  image: node:20\n  script:\n    - !reference [.setup, script]\n    - npm test\n")).toEqual({ test: { image: "node:20", script: [[".setup", "script"], "npm test"] } });
    expect(parseYaml("Policies: !If [IsProd, {Ref: A}, !Ref AWS::NoValue]\n")).toEqual({ Policies: ["IsProd", { Ref: "A" }, "AWS::NoValue"] });
  });

  it("YAML: scalars stay strings, and several documents come back in order", () => {
    expect(parseYaml("python-version: 3.10\non: 2024-01-01\n")).toEqual({ "python-version": "3.10", on: "2024-01-01" });
    expect(parseYamlAll("kind: A\n---\nkind: B\n")).toEqual([{ kind: "A" }, { kind: "B" }]);
    expect(() => parseYaml("a: [", "x.yml")).toThrow(/x\.yml/);
  });
});
