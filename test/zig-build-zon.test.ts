import { describe, expect, it } from "vitest";
import { zigDetector } from "../detectors/zig/index.js";
import { readBuildZon, sourceOf } from "../detectors/zig/build-zon.js";
import { parseZon, ZonError } from "../detectors/zig/zon.js";
import { MemorySource, detect } from "../src/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// build.zig.zon as `zig init` (0.14 and later) writes it, comments kept, with a dependency
// `zig fetch --save` added from a git URL and one from a tag's archive, a lazy one and a local path.
const INIT_014 = [
  ".{",
  "    // This is the default name used by packages depending on this one.",
  "    .name = .notes_api,",
  "",
  '    .version = "0.1.0",',
  "",
  "    .fingerprint = 0x9c4d2b1ea8f03e77, // Changing this has security and trust implications.",
  "",
  "    // Tracks the earliest Zig version that the package considers to be a",
  "    // supported use case.",
  '    .minimum_zig_version = "0.14.0",',
  "",
  "    .dependencies = .{",
  "        .pg = .{",
  '            .url = "git+https://github.com/karlseguin/pg.zig?ref=master#e0f7a8c4f1d2b3a4c5d6e7f8091a2b3c4d5e6f70",',
  '            .hash = "pg-0.0.0-Wp_7gag6BgD_QAZrPhNNEGpnUZR_LEkKT40Ar_GAkilz",',
  "        },",
  '        .@"zig-okredis" = .{',
  '            .url = "https://github.com/kristoff-it/zig-okredis/archive/refs/tags/v0.3.0.tar.gz",',
  '            .hash = "okredis-0.3.0-AAAAAGq2AQCQlU0Xl2KJxBrjc4eBpVLkIbMhNI0a5gGR",',
  "            .lazy = true,",
  "        },",
  "        .shared = .{",
  '            .path = "../shared",',
  "        },",
  "    },",
  "",
  "    .paths = .{",
  '        "build.zig",',
  '        "build.zig.zon",',
  '        "src",',
  "        // For example...",
  '        //"LICENSE",',
  "    },",
  "}",
  "",
].join("\n");

// The 0.11-0.13 form: the name a string, no fingerprint, no minimum release, a commented-out dependency.
const INIT_012 = [
  ".{",
  '    .name = "snake",',
  '    .version = "0.0.0",',
  "    .dependencies = .{",
  "        .sdl = .{",
  '            .url = "git+https://github.com/castholm/SDL.git?ref=v0.2.1%2B3.2.10#b1913e7c31ad72ecfd3ab04aeac387027754cfaf",',
  '            .hash = "1220a2bd0b3a1b1a7e9b7ac08c1e6e0e4bdb4e42c2c8fa6bd0b7e1dc5a8a6f6f6f6f",',
  "        },",
  "        // .sqlite = .{",
  '        //     .url = "git+https://github.com/vrischmann/zig-sqlite#91e5fedd15c5ea3cb42ccceefb3d0f4bb9bad68f",',
  "        // },",
  "    },",
  '    .paths = .{""},',
  "}",
  "",
].join("\n");

describe("build.zig.zon, finding by finding", () => {
  it("0.14's file: Zig at its minimum release, on that line; each fetched package by host and repository; a local path none", async () => {
    const { findings, warnings } = await detectorFindings(zigDetector, { "build.zig.zon": INIT_014 });
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual(["runtime:zig@11 >=0.14.0 ->0.14.0", "zig-package:github.com/karlseguin/pg.zig@14", "zig-package:github.com/kristoff-it/zig-okredis@18"]);
  });

  it("the older file without a minimum release: Zig without one; a commented-out dependency is not read", async () => {
    const { findings, warnings } = await detectorFindings(zigDetector, { "build.zig.zon": INIT_012 });
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual(["runtime:zig", "zig-package:github.com/castholm/sdl@5"]);
  });

  it("a .zigversion's release; `master` gives none", async () => {
    const { findings, warnings } = await detectorFindings(zigDetector, { ".zigversion": "0.13.0\n", "tools/gen/.zigversion": "master\n" });
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual(["runtime:zig ->0.13.0", "runtime:zig"]);
  });

  it("a file cut short is a warning naming it, and the scan goes on", async () => {
    const { findings, warnings } = await detectorFindings(zigDetector, { "build.zig.zon": INIT_014.slice(0, INIT_014.indexOf('        .@"zig-okredis"')), "lib/build.zig.zon": INIT_012 });
    expect(warnings).toEqual(["build.zig.zon: not a build.zig.zon Zig can read (line 18: the file ends inside `.{`)"]);
    expect(compact(findings)).toEqual(["runtime:zig", "zig-package:github.com/castholm/sdl@5"]);
  });

  it("in a scan: Zig at the minimum release, PostgreSQL and Redis from their Zig clients", async () => {
    const document = await detect(new MemorySource({ "build.zig.zon": INIT_014, "src/main.zig": 'const std = @import("std");\n' }), { git: false });
    const tools = document.tools.filter((t) => !t.package_url).map((t) => `${t.name} ${t.version ?? "-"}`);
    expect(tools).toEqual(expect.arrayContaining(["Zig 0.14.0", "PostgreSQL -", "Redis -"]));
  });

  it("in a scan, a pin of one release beats the manifest's minimum, wherever its file sorts: .zigversion, mise.toml, .tool-versions", async () => {
    for (const [file, text] of [[".zigversion", "0.13.0\n"], ["mise.toml", '[tools]\nzig = "0.13.0"\n'], [".tool-versions", "zig 0.13.0\n"]] as const) {
      const document = await detect(new MemorySource({ "build.zig.zon": INIT_014, [file]: text }), { git: false });
      expect(document.tools.find((t) => t.name === "Zig")?.version, file).toBe("0.13.0");
    }
  });
});

describe("ZON text", () => {
  it("reads escapes, multiline strings, tuples, enum literals and comments", () => {
    const value = parseZon('.{ .a = "x\\"\\x41\\u{1F600}\\n", .b = \\\\one\n  \\\\two\n, .c = .{ 1, -2.5e3, 0xff, \'z\', .lit, true, null }, .@"d e" = .{} }');
    expect(value.kind).toBe("struct");
    const fields = value.kind === "struct" ? value.fields : new Map();
    expect(fields.get("a")?.value).toEqual({ kind: "string", text: 'x"A\u{1F600}\n' });
    expect(fields.get("b")?.value).toEqual({ kind: "string", text: "one\ntwo" });
    expect(fields.get("c")?.value).toEqual({ kind: "tuple", items: ["1", "-2.5e3", "0xff", "'z'", "lit", "true", "null"].map((text) => ({ kind: "other", text })) });
    expect(fields.get("d e")?.value).toEqual({ kind: "struct", fields: new Map() });
  });

  it("refuses what is not ZON, naming the line, and nesting past its limit", () => {
    for (const [text, message] of [
      ['.{ .a = "open }', "line 1: a string left unclosed"],
      [".{ .a = 1 .b = 2 }", 'line 1: expected "," or "}", found "."'],
      ['.{\n .a = 1,\n "b" }', "line 3: a struct mixes fields with bare values"],
      [".{} .{}", "line 1: text after the top-level value"],
      ['{ "a": 1 }', 'line 1: an unexpected "{"'],
      [".{ .a = ".repeat(100) + "1" + " }".repeat(100), "line 1: values nested more than 64 deep"],
    ] as const) expect(() => parseZon(text), text.slice(0, 30)).toThrow(new ZonError(message));
    expect(() => readBuildZon('"just a string"')).toThrow(ZonError);
  });

  it("a dependency's source: git and archive URLs alike, `.git` and archive suffixes dropped; a path or other text none", () => {
    const sources = {
      "git+https://github.com/rockorager/zeit?ref=v0.4.4#5041c7cac243f0d05f4578a334f52e12bb450e55": "github.com/rockorager/zeit",
      "https://github.com/zigzap/zap/archive/refs/tags/v0.9.1.tar.gz": "github.com/zigzap/zap",
      "git+https://codeberg.org/Someone/Lib.git#abc": "codeberg.org/someone/lib",
      "https://example.com/lib.tar.gz": undefined,
      "../shared": undefined,
    };
    expect(Object.fromEntries(Object.keys(sources).map((url) => [url, sourceOf(url)]))).toStrictEqual(sources);
  });
});

describe("Zig in a GitHub Actions workflow", () => {
  it("mlugg/setup-zig and goto-bus-stop/setup-zig name Zig, at the release their `version` installs; `master` gives none", async () => {
    const workflow = (action: string, version: string) =>
      ["name: ci", "on: [push]", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4", `      - uses: ${action}`, "        with:", `          version: ${version}`, "      - run: zig build test", ""].join("\n");
    for (const [action, version, expected] of [["mlugg/setup-zig@v2", "0.14.1", "0.14.1"], ["goto-bus-stop/setup-zig@v2", "0.11.0", "0.11.0"], ["mlugg/setup-zig@v2", "master", undefined]] as const) {
      const document = await detect(new MemorySource({ ".github/workflows/ci.yml": workflow(action, version) }), { git: false });
      expect(document.tools.find((t) => t.name === "Zig")?.version, `${action} ${version}`).toBe(expected);
      expect(document.tools.some((t) => t.name === "Zig"), action).toBe(true);
    }
  });
});
