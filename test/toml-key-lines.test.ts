import { describe, expect, it } from "vitest";
import { tomlKeyLines } from "../src/kit.js";
import { declarationLines, readPyproject } from "../detectors/python/pyproject.js";
import { parseToml } from "../src/parse/toml.js";
import { expectFinishesWithin } from "./work-budget.js";

describe("tomlKeyLines: the line that declares a key of a table", () => {
  const text = [
    '[tool.poetry]', //                                   1
    'description = """', //                               2
    'django = "not a key: inside a string"', //          3
    '"""', //                                             4
    '[tool.poetry.dependencies]', //                      5
    'python = "^3.11"', //                                6
    '  django = { version = "5.0", extras = ["argon2"] }  # the web app', // 7
    '"typing-extensions" = "*"', //                       8
    'celery.version = "5.4.0"', //                        9
    'django = "4.2"', //                                  10: given twice: the first stands
    '[ tool . poetry . group . "dev" . dependencies ]', // 11
    "'pytest' = '8.2.0'", //                              12
    '[tool.poetry.dependencies.psycopg]', //              13
    'version = "3.1.19"', //                              14
    '[[tool.mypy.overrides]]', //                         15
    'module = "x"', //                                    16
    "notes = '''", //                                     17
    "[tool.poetry.dependencies]", //                      18: inside a string, no header
    "'''", //                                             19
  ].join("\r\n");
  const line = tomlKeyLines(text);

  it("finds bare, quoted and dotted keys under their table, the first of two, and a sub-table's header", () => {
    expect(line(["tool", "poetry", "dependencies"], "python")).toBe(6);
    expect(line(["tool", "poetry", "dependencies"], "django")).toBe(7);
    expect(line(["tool", "poetry", "dependencies"], "typing-extensions")).toBe(8);
    expect(line(["tool", "poetry", "dependencies"], "celery")).toBe(9);
    expect(line(["tool", "poetry", "group", "dev", "dependencies"], "pytest")).toBe(12);
    expect(line(["tool", "poetry", "dependencies"], "psycopg")).toBe(13);
    expect(line(["tool", "poetry", "dependencies", "psycopg"], "version")).toBe(14);
    expect(line(["tool", "mypy", "overrides"], "module")).toBe(16);
  });

  it("reads no key or header inside a multi-line string, and none it was not given", () => {
    expect(line(["tool", "poetry"], "django")).toBeUndefined();
    expect(line(["tool", "poetry", "dependencies"], "flask")).toBeUndefined();
    expect(line(["tool", "poetry"], "description")).toBe(2);
    expect(line(["tool", "mypy", "overrides"], "notes")).toBe(17);
  });
});

describe("declarationLines: a pyproject.toml's dependencies at their lines", () => {
  it("an array's strings in either quotes, a name given in two groups at each one's line", () => {
    const text = `[project]
name = "api"
description = "uses fastapi==0.111.0 a lot"
dependencies = [
  'fastapi==0.111.0',
  "pytest>=8",
]
[project.optional-dependencies]
test = ["pytest>=8"]
`;
    const lineOf = declarationLines(text);
    const lines = readPyproject(parseToml(text)).dependencies.map((d) => [d.name, lineOf(d.at)]);
    expect(lines).toEqual([["fastapi", 5], ["pytest", 6], ["pytest", 9]]);
    expect(lineOf(undefined)).toBeUndefined();
  });
});


describe("tomlKeyLines on hostile text", () => {
  it("a line of 100,000 dotted parts with no `=`, an unclosed header and 50,000 keys are each read in linear time", () => {
    const dotted = `${"a.".repeat(100_000)}a`;
    const header = `[${"x.".repeat(100_000)}`;
    const keys = Array.from({ length: 50_000 }, (_, i) => `k${i} = ${i}`).join("\n");
    const text = `${dotted}\n${header}\n[deps]\n${keys}\n`;
    const line = expectFinishesWithin(() => {
      const lineOf = tomlKeyLines(text);
      return [lineOf(["deps"], "k0"), lineOf(["deps"], "k49999")];
    }, 5);
    expect(line).toEqual([4, 50_003]);
  });
});
