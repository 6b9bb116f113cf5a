import { parseRequirement, type Requirement } from "./pep508.js";
import { textLines } from "../../src/kit.js";
import { isDevelopmentExtra } from "./dev-extras.js";

/** A setup file's requirement; `packageOnly` where a development section declares it (a package entry, no tool). */
export type SetupRequirement = Requirement & { packageOnly?: boolean };

/**
 * The literal `install_requires=[...]` (and `tests_require`, `setup_requires`, `extras_require` values,
 * written in place or held in a variable assigned a literal) of a setup.py, read as text: only string
 * literals inside the brackets count; nothing is evaluated. `tests_require` and the extras named for
 * development (`tests`, `docs`: dev-extras.ts) are development sections.
 */
export function readSetupPy(text: string): SetupRequirement[] {
  // Loops, not push(...list): a list of 200,000 strings would overflow the call stack.
  const out: SetupRequirement[] = [];
  const keyword = /\b(install_requires|tests_require|setup_requires)\s*=\s*(?:([[(])|([A-Za-z_]\w*)\s*[,)\n])/g;
  for (let m = keyword.exec(text); m; m = keyword.exec(text)) {
    // `install_requires=REQUIRES` with `REQUIRES = [...]` a literal list at the start of a line.
    const open = m[2] ? m.index + m[0].length - 1 : assignedAt(text, m[3]!, "[[(]");
    if (open === undefined) continue;
    const packageOnly = m[1] === "tests_require";
    for (const r of stringsIn(listBody(text, open))) out.push(packageOnly ? { ...r, packageOnly } : r);
  }
  // `extras_require={...}`, or `extras_require=EXTRAS` with `EXTRAS = {...}`: each extra's list by
  // its key; also built by `dict(tests=[...], docs=[...])`, in place or in the variable.
  const extras = /\bextras_require\s*=\s*(?:(\{|dict\s*\()|([A-Za-z_]\w*)\s*[,)\n])/.exec(text);
  const open = !extras ? undefined : extras[1] ? extras.index + extras[0].length - 1 : assignedAt(text, extras[2]!, "(?:\\{|dict\\s*\\()");
  if (open === undefined) return out;
  for (const entry of topLevelEntries(listBody(text, open))) {
    // The key after any comments: `'tests': [...]`, or `tests=[...]` in dict(...).
    const head = withoutLeadingComments(entry);
    const key = /^(?:(["'])([^"'\n]*)\1\s*:|([A-Za-z_]\w*)\s*=(?!=))/.exec(head);
    const value = key ? head.slice(key[0].length) : head;
    const packageOnly = key ? isDevelopmentExtra(key[2] ?? key[3]!) : false;
    for (const r of stringsIn(value)) out.push(packageOnly ? { ...r, packageOnly } : r);
  }
  return out;
}

/**
 * The Python versions a package supports, as setup.py (`python_requires=">=3.9"`) or setup.cfg's
 * [options] (`python_requires = >=3.9`) write them, as pyproject.toml's `requires-python` does.
 */
export function readPythonRequires(text: string, cfg: boolean): { specifier: string; line: number } | undefined {
  const lines = textLines(text);
  // The value to the line's end, its trailing blanks trimmed after (a lazy value before `\s*$`
  // tried each end in a run of 100,000 spaces: 18 s); a line here holds no CR or U+2028.
  const pattern = cfg ? /^python_requires\s*[=:]\s*(\S.*)$/ : /\bpython_requires\s*=\s*(["'])([^"'\n]+)\1/;
  for (let i = 0; i < lines.length; i++) {
    // setup.cfg's comments are cut as readSetupCfg cuts them
    const m = pattern.exec(cfg ? lines[i]!.replace(/[#;].*$/, "") : lines[i]!);
    if (m) return { specifier: (cfg ? m[1] : m[2])!.trim(), line: i + 1 };
  }
  return undefined;
}

/**
 * The distribution's own name: setup.cfg's `[metadata] name`, or a setup.py's `name="..."` keyword
 * written on its own line. An extra may name the project itself to pull in its other extras
 * (`all = mypkg[dev,serve]`): that is no dependency.
 */
export function readSetupName(text: string, cfg: boolean): string | undefined {
  let section = "";
  for (const raw of textLines(text)) {
    if (cfg) {
      const line = raw.replace(/[#;].*$/, "");
      const header = /^\s*\[([^\]]+)\]/.exec(line);
      if (header) section = header[1]!.trim();
      const m = section === "metadata" ? /^name\s*[=:]\s*([A-Za-z0-9][\w.-]*)\s*$/.exec(line) : null;
      if (m) return m[1];
    } else {
      const m = /^\s*name\s*=\s*(["'])([A-Za-z0-9][\w.-]*)\1\s*(?:,\s*)?(?:#.*)?$/.exec(raw);
      if (m) return m[2];
    }
  }
  return undefined;
}

/** Where the literal a variable is given at the start of a line (`NAME = [`) opens, `bracket` a pattern. */
function assignedAt(text: string, name: string, bracket: string): number | undefined {
  const assignment = new RegExp(`^${name}\\s*=\\s*${bracket}`, "m").exec(text);
  return assignment ? assignment.index + assignment[0].length - 1 : undefined;
}

/** The text between the bracket at `open` and its match, string literals and comments skipped over. */
function listBody(text: string, open: number): string {
  let close = text.length;
  codeCharacters(text, open, (c, i, depth) => {
    if (depth > 0 || !"])}".includes(c)) return false;
    close = i;
    return true;
  });
  return text.slice(open + 1, close);
}

/** A dict's or call's text split at its top-level commas (string literals, comments and nested brackets skipped over). */
function topLevelEntries(body: string): string[] {
  const entries: string[] = [];
  let start = 0;
  codeCharacters(body, 0, (c, i, depth) => {
    if (c === "," && depth === 0) {
      entries.push(body.slice(start, i));
      start = i + 1;
    }
    return false;
  });
  entries.push(body.slice(start));
  return entries;
}

/** A text from its first character that is neither blank nor in a `#` comment. */
function withoutLeadingComments(text: string): string {
  let rest = text.trimStart();
  while (rest.startsWith("#")) {
    const eol = rest.indexOf("\n");
    rest = eol < 0 ? "" : rest.slice(eol + 1).trimStart();
  }
  return rest;
}

/**
 * Calls `visit` with each character of `text` from `from` that is code (not in a string literal or a
 * `#` comment) and the bracket depth after it, until `visit` returns true; and `literal` with where
 * each string literal starts and ends (past its closing quote, or the end of its line if unclosed).
 */
function codeCharacters(text: string, from: number, visit: (c: string, i: number, depth: number) => boolean, literal?: (start: number, end: number) => void): void {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === "#") {
      const eol = text.indexOf("\n", i);
      i = eol < 0 ? text.length : eol;
      continue;
    }
    if (c === '"' || c === "'") {
      const start = i;
      for (i++; i < text.length && text[i] !== c && text[i] !== "\n"; i++) if (text[i] === "\\") i++;
      literal?.(start, Math.min(i + 1, text.length));
      continue;
    }
    if ("[({".includes(c)) depth++;
    else if ("])}".includes(c)) depth--;
    if (visit(c, i, depth)) return;
  }
}

/**
 * The requirements of the string literals in a list's text; a `#` comment is skipped, a `#` inside a
 * string (`...git#egg=x`) is not one. A call's argument is no requirement:
 * `[l.strip() for l in open("requirements.txt")]`, `open("dev.txt").read().splitlines()` name files
 * (read at install time, and read here as files); the builders of literals (`dict(dev=[...])`,
 * `list(...)`, `tuple(...)`) are no calls here.
 */
function stringsIn(body: string): Requirement[] {
  const out: Requirement[] = [];
  const stack: boolean[] = [];
  let calls = 0;
  const code = (c: string, i: number): boolean => {
    if (c === "(" || c === "[" || c === "{") {
      const before = body.slice(Math.max(0, i - 40), i);
      const call = c === "(" && /[\w\])]\s*$/.test(before) && !/(?:^|[^\w.])(?:dict|list|tuple|set|sorted)\s*$/.test(before);
      stack.push(call);
      if (call) calls++;
    } else if ((c === ")" || c === "]" || c === "}") && stack.pop()) calls--;
    return false;
  };
  codeCharacters(body, 0, code, (start, end) => {
    if (calls || !isPlainLiteral(body, start, end)) return;
    const r = parseRequirement(body.slice(start + 1, end - 1));
    if (r) out.push(r);
  });
  return out;
}

/**
 * Whether a literal is a closed plain string (an `r`, `b` or `u` prefix at most, no f-string) standing
 * on its own: at the start, or after `,`, `[`, `(` or a space.
 */
function isPlainLiteral(body: string, start: number, end: number): boolean {
  if (end - start < 2 || body[end - 1] !== body[start]) return false;
  for (let p = start; p >= start - 2 && p >= 0; p--) {
    if (p === 0 || /[,[\s(]/.test(body[p - 1]!)) return true;
    if (!/[rbuRBU]/.test(body[p - 1]!)) return false;
  }
  return false;
}

/** `install_requires` (and `extras_require` sections) of a setup.cfg: one requirement a line. */
export function readSetupCfg(text: string): SetupRequirement[] {
  const out: SetupRequirement[] = [];
  let section = "";
  let inList = false;
  let packageOnly = false;
  for (const raw of textLines(text)) {
    const line = raw.replace(/[#;].*$/, "");
    const header = /^\s*\[([^\]]+)\]/.exec(line);
    if (header) {
      section = header[1]!.trim();
      inList = false;
      continue;
    }
    const key = /^(\S[^=]*)=\s*(.*)$/.exec(line);
    if (key) {
      const extra = section === "options.extras_require";
      inList = (section === "options" && key[1]!.trimEnd() === "install_requires") || extra;
      packageOnly = extra && isDevelopmentExtra(key[1]!.trim());
      if (inList && key[2]) pushRequirement(out, key[2], packageOnly);
      continue;
    }
    if (inList && /^\s+\S/.test(line)) pushRequirement(out, line.trim(), packageOnly);
  }
  return out;
}

function pushRequirement(out: SetupRequirement[], text: string, packageOnly: boolean): void {
  const r = parseRequirement(text);
  if (r) out.push(packageOnly ? { ...r, packageOnly } : r);
}
