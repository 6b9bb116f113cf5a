// Lists the tests whose every assertion states an absence (`.not.toContain(…)`, `toBeUndefined()`,
// `toHaveLength(0)`, `toEqual([])`, `toBe("")`…; `.not.toEqual([])` is a presence): such a test also passes when the detector is broken or the
// fixture is never read. Static: each `it`/`test` body is parsed with the TypeScript compiler API;
// a call to a function of test/ that itself calls `expect` counts as a presence check (the helper is
// not read further), so the list errs on the side of leaving a test out.
// Usage: node scripts/absence-only-tests.mjs [--counts] [FILE...]   (default: every test/*.test.ts)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { byCodeUnits } from "./code-units.mjs";

const TEST_DIR = "test";
const TEST_CALLEES = new Set(["it", "test"]);
const EMPTY_MATCHERS = new Set(["toBeUndefined", "toBeNull", "toBeFalsy"]);

const args = process.argv.slice(2);
const countsOnly = args.includes("--counts");
const named = args.filter((a) => !a.startsWith("--"));
const files = named.length > 0 ? named : readdirSync(TEST_DIR).filter((f) => f.endsWith(".test.ts")).sort(byCodeUnits).map((f) => join(TEST_DIR, f));

// The test/ files that are no test files: helpers any test file may import.
const shared = readdirSync(TEST_DIR).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).map((f) => join(TEST_DIR, f));
const found = [];
let tests = 0;
for (const file of files) {
  const source = parse(file);
  const asserting = helpersThatAssert([...shared, file]);
  visit(source, (node) => {
    const body = testBody(node);
    if (!body) return;
    tests += 1;
    const kinds = assertionKinds(body, asserting);
    if (kinds.length > 0 && kinds.every((k) => k === "absence")) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({ file, line, name: testName(node, source) });
    }
  });
}

if (!countsOnly) for (const t of found) console.log(`${t.file}:${t.line}\t${t.name}`);
console.log(`${found.length} absence-only tests of ${tests} in ${files.length} files`);

function parse(file) {
  return ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

function visit(node, fn) {
  fn(node);
  node.forEachChild((child) => visit(child, fn));
}

/** The callback of `it(...)`, `it.only/skip/runIf(c)(...)`, `it.each(t)(...)`, or undefined. */
function testBody(node) {
  if (!ts.isCallExpression(node) || !isTestCallee(node.expression)) return undefined;
  const fn = [...node.arguments].reverse().find((a) => ts.isArrowFunction(a) || ts.isFunctionExpression(a));
  return fn?.body;
}

function isTestCallee(callee) {
  if (ts.isIdentifier(callee)) return TEST_CALLEES.has(callee.text);
  if (ts.isPropertyAccessExpression(callee)) return isTestCallee(callee.expression);
  if (ts.isCallExpression(callee)) return isTestCallee(callee.expression);
  return false;
}

function testName(node, source) {
  const first = node.arguments[0];
  return first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) ? first.text : first?.getText(source) ?? "";
}

/** "absence" or "presence" for each assertion in `body`; a call to an asserting helper is "presence". */
function assertionKinds(body, asserting) {
  const kinds = [];
  visit(body, (node) => {
    if (!ts.isCallExpression(node)) return;
    const callee = node.expression;
    if (ts.isIdentifier(callee) && asserting.has(callee.text)) kinds.push("presence");
    if (!ts.isPropertyAccessExpression(callee)) return;
    const chain = expectChain(callee);
    if (!chain) return;
    // `.not` turns an emptiness check into a presence one (`.not.toEqual([])`) and any other into an absence.
    kinds.push(chain.negated !== isEmptyMatcher(callee.name.text, node.arguments) ? "absence" : "presence");
  });
  return kinds;
}

/** For `expect(x).a.b.matcher`, whether `.not` is in the chain; undefined when not rooted at expect(). */
function expectChain(access) {
  let negated = false;
  let node = access.expression;
  while (ts.isPropertyAccessExpression(node)) {
    if (node.name.text === "not") negated = true;
    node = node.expression;
  }
  if (!ts.isCallExpression(node)) return undefined;
  const root = node.expression;
  const isExpect = (ts.isIdentifier(root) && root.text === "expect") ||
    (ts.isPropertyAccessExpression(root) && ts.isIdentifier(root.expression) && root.expression.text === "expect");
  return isExpect ? { negated } : undefined;
}

function isEmptyMatcher(matcher, args) {
  if (EMPTY_MATCHERS.has(matcher)) return true;
  const [arg] = args;
  if (matcher === "toHaveLength") return arg !== undefined && ts.isNumericLiteral(arg) && arg.text === "0";
  if ((matcher === "toBe" || matcher === "toEqual") && arg !== undefined && ts.isStringLiteral(arg) && arg.text === "") return true;
  if (matcher === "toEqual" || matcher === "toStrictEqual") {
    return arg !== undefined && ((ts.isArrayLiteralExpression(arg) && arg.elements.length === 0) || (ts.isObjectLiteralExpression(arg) && arg.properties.length === 0));
  }
  return false;
}

/** Names of the functions declared in `paths` that call expect() or, in turn, such a function. */
function helpersThatAssert(paths) {
  const bodies = new Map();
  for (const path of paths) {
    visit(parse(path), (node) => {
      let name;
      let body;
      if (ts.isFunctionDeclaration(node) && node.name) [name, body] = [node.name.text, node.body];
      else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer &&
        (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))) [name, body] = [node.name.text, node.initializer.body];
      if (name && body) bodies.set(name, `${bodies.get(name) ?? ""}\n${body.getText()}`);
    });
  }
  const names = new Set([...bodies].filter(([, text]) => /\bexpect(\.\w+)?\(/.test(text)).map(([name]) => name));
  for (let grown = true; grown; ) {
    grown = false;
    for (const [name, text] of bodies) {
      if (!names.has(name) && [...names].some((n) => new RegExp(`\\b${n}\\(`).test(text))) [grown] = [true, names.add(name)];
    }
  }
  return names;
}
