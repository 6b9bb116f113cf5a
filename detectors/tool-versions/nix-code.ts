/**
 * Nix source with its comments and strings blanked: `#` and `/* *\/` comments, the contents of
 * `"..."` and indented `''...''` strings (their `${...}` interpolations too) become spaces, line
 * ends kept, so offsets and lines stay the file's and no bracket, brace or `;` inside a string or a
 * comment counts. The quotes stay, so a string still reads as one item. One pass, left to right,
 * with a stack for interpolations inside strings inside interpolations, never recursing; a string
 * or comment left open runs to the end.
 */
export function nixCode(text: string): string {
  const code: Blanking = { text, out: text.split(""), stack: [] };
  let i = 0;
  while (i < text.length) {
    const top = code.stack[code.stack.length - 1];
    i = top === undefined || top.kind === "${" ? stepInCode(code, i, top) : stepInString(code, i, top);
  }
  return code.out.join("");
}

/** An open context: a string (`"` or `''`), or an interpolation's code with its brace depth. */
type Context = { kind: '"' | "''" } | { kind: "${"; depth: number };

/** The text, its characters as they are written out, and the contexts open where the pass is. */
interface Blanking {
  readonly text: string;
  readonly out: string[];
  readonly stack: Context[];
}

/** Characters `from` to `to` made spaces, line ends kept; `to`, where the pass goes on. */
function blank(code: Blanking, from: number, to: number): number {
  const { out } = code;
  const n = code.text.length;
  for (let k = from; k < to && k < n; k++) if (out[k] !== "\n" && out[k] !== "\r") out[k] = " ";
  return to;
}

/** One step in code (the file's own, or an interpolation's, `top`): a comment, a string's opening, or one character. The offset after it. */
function stepInCode(code: Blanking, i: number, top: { kind: "${"; depth: number } | undefined): number {
  const { text } = code;
  const c = text[i]!;
  if (c === "#") {
    const end = text.indexOf("\n", i);
    return blank(code, i, end < 0 ? text.length : end);
  }
  if (c === "/" && text[i + 1] === "*") {
    const end = text.indexOf("*/", i + 2);
    return blank(code, i, end < 0 ? text.length : end + 2);
  }
  if (c === '"' || (c === "'" && text[i + 1] === "'")) {
    const kind = c === '"' ? '"' : "''";
    if (code.stack.length > 0) blank(code, i, i + kind.length);
    code.stack.push({ kind });
    return i + kind.length;
  }
  if (top !== undefined) {
    if (c === "{") top.depth++;
    else if (c === "}" && --top.depth === 0) code.stack.pop();
    blank(code, i, i + 1);
  }
  return i + 1;
}

/** One step inside a string (`top`): everything blanked but the outermost closing quote. The offset after it. */
function stepInString(code: Blanking, i: number, top: { kind: '"' | "''" }): number {
  const { text } = code;
  const c = text[i]!;
  if (c === "$" && text[i + 1] === "{") {
    code.stack.push({ kind: "${", depth: 1 });
    return blank(code, i, i + 2);
  }
  if (top.kind === '"' && c === "\\") return blank(code, i, i + 2);
  if (top.kind === '"' && c === '"') return closeString(code, i, 1);
  if (top.kind === "''" && c === "'" && text[i + 1] === "'") {
    // `'''`, `''$` and `''\x` are escapes inside an indented string, not its end.
    const next = text[i + 2];
    const escape = next === "'" || next === "$" ? 3 : next === "\\" ? 4 : 0;
    return escape ? blank(code, i, i + escape) : closeString(code, i, 2);
  }
  return blank(code, i, i + 1);
}

/** A string's closing quote (`length` characters) at `i`: kept for the outermost string, blanked inside an interpolation. */
function closeString(code: Blanking, i: number, length: number): number {
  code.stack.pop();
  if (code.stack.length > 0) blank(code, i, i + length);
  return i + length;
}
