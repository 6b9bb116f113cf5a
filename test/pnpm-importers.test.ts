import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readImportersSection } from "../detectors/npm/lockfile/pnpm-importers.js";
import { parseYaml } from "../src/parse/yaml.js";
import { fixture } from "./helpers.js";

/** What the YAML reader makes of an `importers` section, or "refused". */
function reference(body: string): string {
  try {
    return JSON.stringify((parseYaml(body) as { importers: unknown }).importers);
  } catch {
    return "refused";
  }
}

/** The quick reader's Maps as the objects the YAML reader makes. */
function asObjects(value: unknown): unknown {
  return value instanceof Map ? Object.fromEntries([...value].map(([k, v]) => [k, asObjects(v)])) : value;
}

/** The `importers` section of a lockfile, as the pnpm reader cuts it out (up to the next top-level key). */
function importersOf(lockfile: string): string {
  const start = lockfile.indexOf("\nimporters:\n") + 1;
  const next = /\n[A-Za-z][\w-]*:/g;
  next.lastIndex = start + 1;
  const end = next.exec(lockfile)?.index;
  return lockfile.slice(start, end === undefined ? undefined : end + 1);
}

describe("the quick reader of pnpm's importers section", () => {
  it("reads a monorepo's section as the YAML reader does", () => {
    const body = importersOf(readFileSync(join(fixture("pnpm-monorepo"), "pnpm-lock.yaml"), "utf8"));
    const quick = readImportersSection(body);
    expect(quick).toBeDefined();
    expect(JSON.stringify(asObjects(quick))).toBe(reference(body));
  });

  it("reads pnpm's forms: quoted names, peer suffixes, links, empty projects, a key written twice", () => {
    const body = [
      "importers:",
      "",
      "  .:",
      "    devDependencies:",
      "      turbo:",
      "        specifier: ^1.12.0",
      "        version: 1.12.3",
      "",
      "  apps/web:",
      "    dependencies:",
      "      '@acme/ui':",
      "        specifier: workspace:*",
      "        version: link:../../packages/ui",
      "      next:",
      "        specifier: '>=14.0.0 <15'",
      "        version: 14.1.0(react-dom@18.2.0(react@18.2.0))(react@18.2.0)",
      "      \"left-pad\": 1.3.0",
      "      next:",
      "        version: 14.2.0",
      "      __proto__: 1.0.0",
      "    optionalDependencies:",
      "",
      "  packages/ui: {}",
      "",
    ].join("\n");
    const quick = readImportersSection(body);
    expect(quick).toBeDefined();
    expect(JSON.stringify(asObjects(quick))).toBe(reference(body));
  });

  it("leaves every other form to the YAML reader", () => {
    for (const line of [
      "  # a comment",
      "  .: # a comment",
      "  .: &anchor",
      "  .: !tag x",
      "  .: [a]",
      "  .: {a: 1}",
      "  .: |",
      "  .: 'it''s'",
      '  .: "a\\tb"',
      "  .:  two spaces",
      "  .: a: b",
      "  @scope/x: 1",
      "   odd: 1",
      "\t.: 1",
      "  .: 1\r",
      "---",
    ]) {
      expect(readImportersSection(`importers:\n${line}\n`), line).toBeUndefined();
    }
    expect(readImportersSection("importers:\n\n")).toBeUndefined();
    expect(readImportersSection("importers: {}\n")).toBeUndefined();
    expect(readImportersSection("importers:\n  a: 1\n      b: 2\n")).toBeUndefined();
    // pnpm's own form of the same line is read.
    expect(readImportersSection("importers:\n  .: {}\n")).toBeInstanceOf(Map);
  });

  it("gives what the YAML reader gives whenever it reads a section, and reads none the YAML reader refuses", () => {
    const goodKey = fc.constantFrom(".", "apps/web", "packages/ui", "dependencies", "devDependencies", "specifier", "version", "react", "'@scope/pkg'", '"quoted"', "é", "<<", "a#b");
    const oddKey = fc.constantFrom(
      "__proto__", "'it''s'", "a b", "a:b", "a #b", "#c", "-x", "- x", "@x", "~", "123", "1.5", "true", "null", "''", "x ", " x",
      "'a: b'", "?x", "[x]", "{x}", "x,y", "x:", "'x'y", '"a\\b"',
    );
    const goodValue = fc.constantFrom("", "", "", "{}", "1.2.3", "1.10", "link:../x", "'^1.0.0'", "^1.0.0", "workspace:*", ">=1 <2", "x#c", "a:b", "1.0.0(react@18.2.0)", "~", "-1", "null", "'#'", '"x"', "'x'");
    const oddValue = fc.constantFrom(
      "*", "*a", "&a x", "!t x", "!!str x", "|", ">", "x # c", "a: b", "[1]", "{a: 1}", "'a''b'", '"a\\nb"', " x", "x  y", "x ", "- x",
      "'", '"', "{}x", "x:", "%x", "@x", "`x`", "x: ", "? x", ",x", "]x",
    );
    const key = fc.oneof({ weight: 9, arbitrary: goodKey }, { weight: 1, arbitrary: oddKey });
    const value = fc.oneof({ weight: 9, arbitrary: goodValue }, { weight: 1, arbitrary: oddValue });
    const odd = fc.constantFrom("", "   ", "  # c", "# c", "---", "...", "\t", "  a: 1\r", "  - x", "  x", "  'x':1", "  a\u0001: 1", "  a:\tb");
    // Mostly well nested (a line at most one level below a `key:` line above it), now and then not.
    const step = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.oneof({ weight: 15, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 11 }) }), key, value, fc.oneof({ weight: 30, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: odd }));
    const body = fc.array(step, { minLength: 1, maxLength: 8 }).map((steps) => {
      let deepest = 0;
      return steps.map(([wanted, indent, k, v, raw]) => {
        if (raw !== null) return raw;
        const level = Math.min(wanted, deepest);
        deepest = v === "" ? level + 1 : level;
        return `${" ".repeat(indent ?? 2 * (level + 1))}${k}:${v === "" ? "" : ` ${v}`}`;
      });
    });
    let read = 0;
    fc.assert(
      fc.property(body, (lines) => {
        const body = `importers:\n${lines.join("\n")}\n`;
        const quick = readImportersSection(body);
        if (quick === undefined) return;
        read++;
        expect(JSON.stringify(asObjects(quick))).toBe(reference(body));
      }),
      { seed: 7, numRuns: 20_000 },
    );
    expect(read).toBeGreaterThan(1000); // the property says something
  });
});
