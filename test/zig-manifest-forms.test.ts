import { describe, expect, it } from "vitest";
import { zigDetector } from "../detectors/zig/index.js";
import { readBuildZon, sourceOf } from "../detectors/zig/build-zon.js";
import { parseZon, ZonError, type ZonValue } from "../detectors/zig/zon.js";
import { compact, detectorFindings } from "./detector-findings.js";

// build.zig.zon and .zigversion as people write them beside `zig init`'s layout: a dev build's
// release, a byte order mark and CRLF from a Windows editor, a manifest without dependencies or
// written on one line, a closing comment with no line end, URLs over ssh with a port, and the
// text forms of ZON that only hand-written files use (multiline strings, escapes, char literals).

const fields = (value: ZonValue) => (value.kind === "struct" ? value.fields : new Map());

describe("Zig's release", () => {
  it("a dev build's release from .zigversion (written on Windows: BOM and CRLF) and from .minimum_zig_version", async () => {
    const zon = '.{\n    .name = .tool,\n    .version = "0.0.1",\n    .minimum_zig_version = "0.15.0-dev.1380+e98aeeb73",\n    .paths = .{""},\n}\n';
    const { findings, warnings } = await detectorFindings(zigDetector, { ".zigversion": "\ufeff0.14.0-dev.3028+cdc9d65b0\r\n", "build.zig.zon": zon });
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual(["runtime:zig ->0.14.0-dev.3028+cdc9d65b0", "runtime:zig@4 >=0.15.0-dev.1380+e98aeeb73 ->0.15.0-dev.1380+e98aeeb73"]);
  });

  it("a minimum that is no release is kept as written, without a release", async () => {
    const { findings } = await detectorFindings(zigDetector, { "build.zig.zon": '.{ .name = .app, .version = "1.0.0", .minimum_zig_version = "master" }' });
    expect(compact(findings)).toEqual(["runtime:zig@1 master"]);
  });
});

describe("build.zig.zon's shapes", () => {
  it("no .dependencies, written on one line, a closing comment with no line end: read, no package", () => {
    const manifest = readBuildZon('.{.name=.cli,.version="0.2.0",.minimum_zig_version="0.13.0",.paths=.{"build.zig","src"}}\n// end of manifest');
    expect(manifest).toEqual({ minimumZigVersion: { text: "0.13.0", line: 1 }, dependencies: [] });
  });

  it("a dependency after a multiline description keeps its own line (CRLF, tab-indented)", () => {
    const text = [".{", "\t.name = .docs,", "\t.description =", "\t\t\\\\A static site", "\t\t\\\\generator.", "\t,", "\t.dependencies = .{", '\t\t.zine = .{ .url = "git+https://github.com/kristoff-it/zine#a1b2c3d" },', "\t},", "}", ""].join("\r\n");
    const root = parseZon(text);
    expect(fields(root).get("description")?.value).toEqual({ kind: "string", text: "A static site\ngenerator." });
    expect(readBuildZon(text).dependencies).toEqual([{ name: "zine", line: 8, source: "github.com/kristoff-it/zine" }]);
  });

  it("a file whose top is no struct is refused with words saying so", () => {
    expect(() => readBuildZon('"just a string"')).toThrow(new ZonError("the top-level value is not a struct `.{ ... }`"));
  });

  it("sources over http, ssh with a user and port, and archives of each kind", () => {
    const sources = {
      "http://mirror.example.org/zig-pkgs/known-folders/archive/main.tar.gz": "mirror.example.org/zig-pkgs/known-folders",
      "git+ssh://git@codeberg.org:2222/ziglings/exercises.git#4a2c6e1": "codeberg.org/ziglings/exercises",
      "https://git.sr.ht/~andrewrk/ziglang.tgz": "git.sr.ht/~andrewrk/ziglang",
      "https://github.com/zigimg/zigimg.zip": "github.com/zigimg/zigimg",
    };
    expect(Object.fromEntries(Object.keys(sources).map((url) => [url, sourceOf(url)]))).toStrictEqual(sources);
  });
});

describe("ZON text a reader meets", () => {
  it("two multiline strings in a row, escapes at the edges of Unicode, a char literal with an escape", () => {
    const value = parseZon('.{\n    .a =\n        \\\\one\n    ,\n    .b =\n        \\\\two\n    ,\n    .c = "\\u{0}\\u{10ffff}",\n    .d = .{ \'\\n\', \'\\u{e9}\' },\n}\n');
    expect(fields(value).get("a")?.value).toEqual({ kind: "string", text: "one" });
    expect(fields(value).get("b")).toEqual({ value: { kind: "string", text: "two" }, line: 5 });
    expect(fields(value).get("c")?.value).toEqual({ kind: "string", text: "\u{0}\u{10ffff}" });
    expect(fields(value).get("d")?.value).toEqual({ kind: "tuple", items: ["'\\n'", "'\\u{e9}'"].map((text) => ({ kind: "other", text })) });
    // A multiline string that is the whole file, its last line without a line end.
    expect(parseZon("\\\\only\n\\\\text")).toEqual({ kind: "string", text: "only\ntext" });
  });

  it("refuses each malformed form with its own words", () => {
    for (const [text, message] of [
      [".{ .name = ", "line 1: the file ends where a value was expected"],
      [".{ .name = .app", "line 1: the file ends inside `.{`"],
      [".{ .name = .1x }", "line 1: a name was expected after a dot"],
      [".{ .a = '' }", "line 1: a malformed character literal"],
      ['.{ .a = "open', "line 1: a string left unclosed"],
      ['.{\n    .a = "open,\n    .b = "x",\n}', "line 2: a string left unclosed"],
      ['.{ .a = "\\xZZ" }', "line 1: a string with an invalid escape"],
      ['.{ .a = "\\u{110000}" }', "line 1: a string with an invalid escape"],
      [".{ .a = \\ }", 'line 1: an unexpected "\\\\"'],
      [".{ ".repeat(100) + "1" + " }".repeat(100), "line 1: values nested more than 64 deep"],
    ] as const) expect(() => parseZon(text), text.slice(0, 30)).toThrow(new ZonError(message));
  });
});
