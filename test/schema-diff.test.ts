import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diff, formatDiff, parse, ParseError, render, toYaml, validate, scan } from "../src/index.js";
import type { StackDocument } from "../src/types.js";
import { corpusDir, fixture } from "./helpers.js";

const corpus = corpusDir();

describe("schema and parse", () => {
  it.runIf(corpus)("every corpus truth.yml validates and round-trips", () => {
    let n = 0;
    for (const name of readdirSync(corpus!)) {
      const text = readFileSync(join(corpus!, name, "truth.yml"), "utf8");
      const doc = parse(text);
      expect(validate(doc), name).toEqual([]);
      expect(parse(toYaml(doc)), name).toEqual(doc);
      n++;
    }
    expect(n).toBeGreaterThan(50);
  });

  it("our own documents validate", async () => {
    const { document } = await scan(fixture("spring-multimodule"), { git: false });
    expect(document.tools.map((t) => t.name)).toContain("MapStruct");
    expect(validate(document)).toEqual([]);
    expect(validate(JSON.parse(JSON.stringify(document)))).toEqual([]);
    // The validator does refuse: a document whose tools are no list.
    expect(validate({ ...document, tools: "none" })).not.toEqual([]);
  });

  it("reports what is wrong, with its path", () => {
    const errors = validate({ repo_name: "x", detected_tools_count: -1, tools: [{ name: "", version: true, colour: "red" }] });
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(["/detected_tools_count", "/tools/0/name", "/tools/0/version", "/tools/0"]));
    expect(() => parse("- a\n- b\n")).toThrow(/mapping/);
  });

  it("parse throws one exported error type, with the line and column when the parser knows them", () => {
    const thrown = (text: string): unknown => {
      try {
        parse(text);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const yamlError = thrown("repo_name: a\ntools: [\n");
    expect(yamlError).toBeInstanceOf(ParseError);
    expect(yamlError).toMatchObject({ name: "ParseError", line: 3, column: 1 });
    expect((yamlError as Error).message).not.toContain("\n");
    expect(thrown('{"repo_name": ')).toBeInstanceOf(ParseError);
    expect(thrown("- a\n")).toBeInstanceOf(ParseError);
  });

  it("render refuses a format it does not know instead of writing YAML", () => {
    const doc = parse("repo_name: a/b\ntools: []\n");
    expect(() => render(doc, "xml" as "yaml")).toThrow(TypeError);
    expect(render(doc, "yaml")).toMatch(/^repo_name: a\/b/);
  });
});

describe("diff", () => {
  const doc = (tools: StackDocument["tools"]): StackDocument => ({ repo_name: "a/b", report_id: "", version: 0.1, repo_type: "Public", timestamp: "", requested_by: "", provider: "github", branch: "main", detected_tools_count: tools.length, tools });
  it("added, removed and changed tools and packages", () => {
    const before = doc([{ name: "React", version: "17.0.2" }, { name: "Lodash" }, { name: "react", package_url: "https://www.npmjs.com/react", version: "17.0.2" }]);
    const after = doc([{ name: "React", version: "18.2.0" }, { name: "Vite" }, { name: "react", package_url: "https://www.npmjs.com/react", version: "18.2.0" }]);
    const d = diff(before, after);
    expect(d.added.map((t) => t.name)).toEqual(["Vite"]);
    expect(d.removed.map((t) => t.name)).toEqual(["Lodash"]);
    expect(d.changed).toEqual([
      { name: "React", from: "17.0.2", to: "18.2.0", direction: "upgrade" },
      { name: "react", package_url: "https://www.npmjs.com/react", from: "17.0.2", to: "18.2.0", direction: "upgrade" },
    ]);
    expect(formatDiff(d)).toBe("+ Vite\n- Lodash\n~ React 17.0.2 -> 18.2.0\n~ react 17.0.2 -> 18.2.0 (package)\n");
    expect(formatDiff(d, "markdown")).toContain("| ➕ added | Vite |");
    expect(formatDiff(diff(after, after))).toBe("no changes\n");
  });

  it("Markdown for a pull-request comment: tools, then packages linked to their registry and folded away", () => {
    const before = doc([
      { name: "React", version: "17.0.2" },
      { name: "react", package_url: "https://www.npmjs.com/react", version: "17.0.2" },
      { name: "org.slf4j:slf4j-api", version: "1.7.0" },
      { name: "odd|name", package_url: "https://www.npmjs.com/odd(name)" },
    ]);
    const after = doc([
      { name: "React", version: "18.2.0" },
      { name: "Zod", version: "3.22.4" },
      { name: "zod", package_url: "https://www.npmjs.com/zod", version: "3.22.4" },
      { name: "react", package_url: "https://www.npmjs.com/react", version: "18.2.0" },
      { name: "org.slf4j:slf4j-api", version: "2.0.0" },
    ]);
    expect(formatDiff(diff(before, after), "markdown")).toBe(
      [
        "### Tech stack changes",
        "",
        "| | Tool | Version |",
        "|:--|:--|:--|",
        "| ➕ added | Zod | 3.22.4 |",
        "| ⬆️ upgraded | React | 17.0.2 → 18.2.0 |",
        "",
        "<details><summary>Packages: 1 added, 1 removed, 2 upgraded</summary>",
        "",
        "| | Package | Version |",
        "|:--|:--|:--|",
        "| ➕ added | [zod](https://www.npmjs.com/zod) | 3.22.4 |",
        "| ➖ removed | [odd\\|name](https://www.npmjs.com/odd%28name%29) | N/A |",
        "| ⬆️ upgraded | [react](https://www.npmjs.com/react) | 17.0.2 → 18.2.0 |",
        "| ⬆️ upgraded | org.slf4j:slf4j-api | 1.7.0 → 2.0.0 |",
        "",
        "</details>",
        "",
      ].join("\n"),
    );
    // Only packages changed: their table is shown, not folded.
    const onlyPackages = formatDiff(diff(doc([]), doc([{ name: "zod", package_url: "https://www.npmjs.com/zod" }])), "markdown");
    expect(onlyPackages).toContain("Packages: 1 added\n\n| | Package | Version |");
    expect(onlyPackages).not.toContain("<details>");
    // A comment has a size limit: at most 200 rows a table.
    const many = doc(Array.from({ length: 250 }, (_, i) => ({ name: `p${i}`, package_url: `https://www.npmjs.com/p${i}` })));
    const big = formatDiff(diff(doc([]), many), "markdown");
    expect(big.split("\n").filter((l) => l.startsWith("| ➕"))).toHaveLength(200);
    expect(big).toContain("| | … and 50 more | |");
    expect(() => formatDiff(diff(before, after), "html" as "text")).toThrow(TypeError);
  });
});
