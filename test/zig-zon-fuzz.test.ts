import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readBuildZon, sourceOf } from "../detectors/zig/build-zon.js";
import { parseZon, ZonError } from "../detectors/zig/zon.js";
import { nameOf, property, RUNS, SEED, TIMEOUT, version } from "./fuzz-structured-kit.js";

// Structure-aware fuzzing of the ZON reader (detectors/zig/zon.ts) and of build.zig.zon in a scan:
// manifests as `zig init` and `zig fetch --save` write them, with names quoted or bare, odd versions
// and URLs, comments anywhere a line may hold one, CRLF line ends and a byte order mark; and the same
// text cut short or with a character changed. The reader must read every well-formed file and give
// back its dependencies, and refuse any other with a ZonError, never another error.

/** A Zig string literal of `text`: quotes, backslashes and control characters escaped as Zig writes them. */
const zigString = (text: string) =>
  `"${[...text].map((c) => (c === '"' || c === "\\" ? `\\${c}` : c < " " || c === "\u007f" ? `\\u{${c.codePointAt(0)!.toString(16)}}` : c)).join("")}"`;
/** A field name: bare where Zig allows it, else `@"..."`. */
const fieldName = (name: string) => (/^[A-Za-z_]\w*$/.test(name) ? `.${name}` : `.@${zigString(name)}`);

const REPOS = ["karlseguin/pg.zig", "kristoff-it/zig-okredis", "castholm/SDL", "vrischmann/zig-sqlite", "zigzap/zap", "rockorager/zeit"];
const url = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...REPOS), fc.stringMatching(/^[0-9a-f]{7,40}$/)).map(([r, c]) => `git+https://github.com/${r}?ref=main#${c}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...REPOS), version).map(([r, v]) => `https://github.com/${r}/archive/refs/tags/${v}.tar.gz`) },
  { weight: 1, arbitrary: fc.oneof(version, fc.string({ maxLength: 20 })) },
);
const dependency = fc.record({ name: nameOf(["pg", "okredis", "sdl", "zig-sqlite", "known-folders"]), url: fc.option(url, { nil: undefined }), lazy: fc.boolean() });
const comment = fc.constantFrom("", " // Changing this has security and trust implications.", " //", " // .{ \"not\", = code }");

/** A build.zig.zon and what a reader should take from it: its minimum release and the sources of its fetched dependencies. */
const manifest = fc
  .record({
    enumName: fc.boolean(),
    name: fc.stringMatching(/^[a-z_][a-z0-9_]{0,10}$/),
    minimum: fc.option(version, { nil: undefined }),
    deps: fc.uniqueArray(dependency, { maxLength: 5, selector: (d) => d.name }),
    comments: fc.array(comment, { minLength: 12, maxLength: 12 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
  })
  .map(({ enumName, name, minimum, deps, comments, crlf, bom }) => {
    const c = (i: number) => comments[i]!;
    const lines = [
      `.{${c(0)}`,
      `    .name = ${enumName ? `.${name}` : zigString(name)},${c(1)}`,
      `    .version = "0.0.0",${c(2)}`,
      ...(enumName ? [`    .fingerprint = 0x1b2c3d4e5f607182,${c(3)}`] : []),
      ...(minimum !== undefined ? [`    .minimum_zig_version = ${zigString(minimum)},${c(4)}`] : []),
      `    .dependencies = .{${c(5)}`,
      ...deps.flatMap((d, i) => [
        `        ${fieldName(d.name)} = .{${c(6 + (i % 4))}`,
        d.url !== undefined ? `            .url = ${zigString(d.url)},` : `            .path = "../${d.name.replace(/[^\w]/g, "")}",`,
        ...(d.url !== undefined ? ['            .hash = "1220aabbccddeeff",'] : []),
        ...(d.lazy ? ["            .lazy = true,"] : []),
        "        },",
      ]),
      "    },",
      `    .paths = .{ "build.zig", "build.zig.zon", "src" },${c(11)}`,
      "}",
      "",
    ];
    const text = `${bom ? "\ufeff" : ""}${lines.join(crlf ? "\r\n" : "\n")}`;
    const sources = deps.flatMap((d) => (d.url !== undefined && sourceOf(d.url) ? [sourceOf(d.url)!] : []));
    const minimumText = minimum?.trim() ? minimum.trim() : undefined;
    return { text, sources, minimum: minimumText };
  });

describe("ZON reader, fuzzed", () => {
  it(`reads every generated build.zig.zon back: its minimum release and its fetched dependencies (${RUNS * 10} cases)`, () =>
    fc.assert(
      fc.property(manifest, ({ text, sources, minimum }) => {
        const read = readBuildZon(text);
        expect(read.minimumZigVersion?.text).toBe(minimum);
        expect(read.dependencies.map((d) => d.source)).toEqual(sources);
      }),
      { numRuns: RUNS * 10, seed: SEED },
    ));

  it(`refuses a manifest cut short or changed with a ZonError or reads it, never failing otherwise (${RUNS * 20} cases)`, () =>
    fc.assert(
      fc.property(manifest, fc.nat(), fc.constantFrom("", "{", "}", ".", '"', "\\", "=", ",", "/", "\n", "@", "'", "\\\\"), ({ text }, at, insert) => {
        const cut = at % (text.length + 1);
        for (const broken of [text.slice(0, cut), text.slice(0, cut) + insert + text.slice(cut + 1)]) {
          try {
            parseZon(broken);
          } catch (error) {
            expect(error).toBeInstanceOf(ZonError);
          }
        }
      }),
      { numRuns: RUNS * 20, seed: SEED },
    ));

  it(`build.zig.zon and .zigversion of any shape in a scan: no detector fails, the scan keeps its budget (${RUNS} cases)`, () =>
    property(
      fc.record({ manifest, pin: fc.oneof(version, fc.constantFrom("master", "0.14.0-dev.3028+cdc9d65b0\n", "\ufeff0.13.0\r\n")), cut: fc.nat(400) }).map(({ manifest: m, pin, cut }) => ({
        "build.zig.zon": m.text,
        "tools/build.zig.zon": m.text.slice(0, cut),
        "tools/.zigversion": pin,
        "deep/build.zig.zon": `.{ .a = ${".{ .b = ".repeat(200)}1${" }".repeat(200)} }`,
      })),
    ), TIMEOUT);
});
