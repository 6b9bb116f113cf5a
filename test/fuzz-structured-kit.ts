import fc from "fast-check";
import { expect } from "vitest";
import { MemorySource, scan, validate } from "../src/index.js";
import { expectFinishesWithin } from "./work-budget.js";

// The pieces structure-aware fuzzing shares (test/fuzz-structured.test.ts, test/fuzz-ecosystems.test.ts):
// the check every generated tree must pass, and hostile keys and values written as JSON, YAML, TOML
// and XML text. FUZZ_RUNS sets the cases per generator (the suite's default is small; a long run may
// set thousands), FUZZ_SEED the seed (each failure prints its own).

export const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
export const SEED = Number(process.env.FUZZ_SEED ?? 20261205);
/** A case takes 10-40 ms of CPU, up to a second on the clock on the loaded 2-core machine. */
export const TIMEOUT = 30_000 + RUNS * 1_500;
/** CPU budget of one scan of a small tree, in units of work-budget's reference job (about 20-30 ms). */
export const UNITS = 20;
export const options = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;
export const GOOD: Record<string, string> = {
  "good/package.json": JSON.stringify({ dependencies: { express: "4.18.2" } }),
  "good/requirements.txt": "django==4.2.9\n",
};

export type Tree = Record<string, string>;

/** What V8 says of a type error: a value used as what it is not. */
const JS_ERRORS = /Cannot convert object to primitive value|is not iterable|is not a function|Cannot read properties of|Cannot convert undefined or null|Maximum call stack size exceeded|Invalid array length/;

/** Scans `tree` beside the good manifests and checks what must hold for any input. */
export async function check(tree: Tree): Promise<Awaited<ReturnType<typeof scan>>> {
  const files = { ...tree, ...GOOD };
  const label = Object.keys(tree).join(", ");
  const result = await expectFinishesWithin(() => scan(new MemorySource(files), options), UNITS, label);
  expect(result.warnings.filter((w) => /^detector .* failed/.test(w.message)).map((w) => `${w.file}: ${w.message}`), label).toEqual([]);
  // Nor a reader that caught its own crash and left the file unread: a warning that carries a
  // JavaScript error's text is a bug in the reader, not a fault of the file.
  expect(result.warnings.filter((w) => JS_ERRORS.test(w.message)).map((w) => `${w.file}: ${w.message}`), label).toEqual([]);
  for (const w of result.warnings) {
    expect(w.file in files || Object.keys(files).some((p) => p.startsWith(`${w.file}/`)), `warning's file ${w.file}`).toBe(true);
    expect(w.message.length).toBeGreaterThan(5);
  }
  expect(validate(result.document), label).toEqual([]);
  // A tree that names the good packages itself may rightly take their names (a workspace package or
  // a lockfile's local package called express is the repository's own, in every manifest).
  const names = result.document.tools.map((t) => t.name);
  const text = Object.values(tree).join("\n").toLowerCase();
  if (!text.includes("express")) expect(names, label).toContain("ExpressJS");
  if (!text.includes("django")) expect(names, label).toContain("django"); // a package entry from requirements.txt
  return result;
}

export const property = (tree: fc.Arbitrary<Tree>) => fc.assert(fc.asyncProperty(tree, async (t) => void (await check(t))), { numRuns: RUNS, seed: SEED });

// ---------------------------------------------------------------------------------------------
// Shared pieces: names, versions, hostile keys and values, written as each format's text.

/** Keys an object already has, or that a path join or a prefix test could trip on. */
export const TRICKY_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "", " ", "@", "@scope/", "/", ".", "..", "node_modules", "node_modules/", "a/../../b", "\u00fc", "\u{1d4b3}", "0", "-1", "1e3", "null", "true", "${a}", "$(A)", "%s", "*"];
export const tricky = fc.constantFrom(...TRICKY_KEYS);
export const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);

/** Version texts as ranges, pins, protocols and junk write them. */
export const VERSIONS = [
  "1.2.3", "^1.2.3", "~4.18.2", "4.18.2", "*", "latest", "", " ", "workspace:*", "workspace:^", "workspace:../x", "npm:preact@^10", "npm:@scope/x@1.0.0", "file:../x", "link:../x",
  "git+https://github.com/a/b.git#v1.2.3", "github:a/b#semver:^2", "1.2.3 - 2.0.0", ">=1 <2 || ^3", "x", "1.x", "v1.2.3", "=1.0.0", "catalog:", "catalog:react18", "http://x/y.tgz",
  "0", "00.01.02", "99999999999999999999.0.0", "1.2.3-beta.1+build.5", "1.0.0(react@18.2.0)", "1.0.0_react@18.2.0", "[1.0,2.0)", "(,1.0]", "1.0.+", "+", "latest.release", "${v}", "$(V)", "${a}${a}${a}${a}",
] as const;
export const version = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...VERSIONS) }, { weight: 1, arbitrary: fc.string({ maxLength: 16 }) }, { weight: 1, arbitrary: fc.tuple(fc.nat(30), fc.nat(30), fc.nat(300)).map(([a, b, c]) => `${a}.${b}.${c}`) });

/** A key of a map of names: a real name most of the time, else a tricky or random one. */
export const nameOf = (real: readonly string[]) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...real) }, { weight: 2, arbitrary: tricky }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });

// JSON: text written by hand so that a key may come twice and `__proto__` is an own key.
export const jsonKey = (key: string) => JSON.stringify(key);
export const jsonObject = (pairs: ReadonlyArray<readonly [string, string]>) => `{${pairs.map(([k, v]) => `${jsonKey(k)}:${v}`).join(",")}}`;
export const { value: jsonValue } = fc.letrec<{ value: string; array: string; object: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom("null", "true", "false", "0", "-1", "1.5", "1e400", "-0", '""', '"1.2.3"', '"^4.0.0"', "{}", "[]"),
    version.map((v) => JSON.stringify(v)),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => JSON.stringify(d)),
    tie("array"),
    tie("object"),
  ),
  array: fc.array(tie("value"), { maxLength: 4 }).map((xs) => `[${xs.join(",")}]`),
  object: fc.array(fc.tuple(fc.oneof(tricky, word, fc.string({ maxLength: 8 })), tie("value")), { maxLength: 4 }).map(jsonObject),
}));
/** A JSON map of names to versions, or now and then any value. */
export const jsonDeps = (real: readonly string[]) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.array(fc.tuple(nameOf(real), fc.oneof({ weight: 4, arbitrary: version.map((v) => JSON.stringify(v)) }, { weight: 1, arbitrary: jsonValue })), { maxLength: 8 }).map(jsonObject) },
    { weight: 1, arbitrary: jsonValue },
  );

// YAML: scalars written double-quoted (JSON's form, which YAML reads), values in flow or block form.
export const yamlScalar = (s: string) => JSON.stringify(s);
export const { node: yamlFlow } = fc.letrec<{ node: string; seq: string; map: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom("null", "~", "true", "0", "1.10", "''", "[]", "{}", "!Ref x", "!!str 1", "!include a.yml"),
    version.map(yamlScalar),
    tie("seq"),
    tie("map"),
  ),
  seq: fc.array(tie("node"), { maxLength: 4 }).map((xs) => `[${xs.join(", ")}]`),
  map: fc.array(fc.tuple(fc.oneof(tricky, word), tie("node")), { maxLength: 4 }).map((kv) => `{${kv.map(([k, v]) => `${yamlScalar(k)}: ${v}`).join(", ")}}`),
}));

// TOML: keys quoted, values inline.
export const tomlKey = (k: string) => (/^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k));
export const { value: tomlValue } = fc.letrec<{ value: string; array: string; table: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom("0", "-1", "1.5", "inf", "nan", "true", "false", "1979-05-27", "1979-05-27T07:32:00Z", '""', "[]", "{}"),
    version.map((v) => JSON.stringify(v)),
    tie("array"),
    tie("table"),
  ),
  array: fc.array(tie("value"), { maxLength: 4 }).map((xs) => `[${xs.join(", ")}]`),
  table: fc.uniqueArray(fc.tuple(fc.oneof(tricky, word), tie("value")), { maxLength: 4, selector: ([k]) => k }).map((kv) => `{ ${kv.map(([k, v]) => `${tomlKey(k)} = ${v}`).join(", ")} }`),
}));
/** Lines `key = value` of a TOML table, keys unique (a key written twice is a syntax error, byte fuzzing's ground). */
export const tomlLines = (key: fc.Arbitrary<string>, value: fc.Arbitrary<string>) =>
  fc.uniqueArray(fc.tuple(key, fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: tomlValue })), { maxLength: 8, selector: ([k]) => k }).map((kv) => kv.map(([k, v]) => `${tomlKey(k)} = ${v}`).join("\n"));

// XML: text escaped, element names from a set, hostile shapes.
export const xmlEscape = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
export const xmlText = fc.oneof(
  { weight: 4, arbitrary: version.map(xmlEscape) },
  { weight: 1, arbitrary: fc.constantFrom("&amp;", "&#x41;", "&#0;", "&lt;x&gt;", "<![CDATA[1.0]]>", "<!-- c -->", "&unknown;", "${a}", "${${a}}", "$(A)", "$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)../'))") },
);
export const xmlAttr = (v: string) => `"${v.replace(/&(?!amp;|lt;|gt;|quot;|#)/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;")}"`;
