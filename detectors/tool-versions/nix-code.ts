/**
 * Nix source with its comments and strings blanked: `#` and `/* *\/` comments, the contents of
 * `"..."` and indented `''...''` strings (their `${...}` interpolations too) become spaces, line
 * ends kept, so offsets and lines stay the file's and no bracket, brace or `;` inside a string or a
 * comment counts. The quotes stay, so a string still reads as one item. One pass, left to right,
 * with a stack for interpolations inside strings inside interpolations, never recursing; a string
 * or comment left open runs to the end.
 */
export function nixCode(text: string): string {
  const out = text.split("");
  const n = text.length;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to && k < n; k++) if (out[k] !== "\n" && out[k] !== "\r") out[k] = " ";
  };
  // Each open context: a string (`"` or `''`), or an interpolation's code with its brace depth.
  const stack: Array<{ kind: '"' | "''" } | { kind: "${"; depth: number }> = [];
  let i = 0;
  while (i < n) {
    const top = stack[stack.length - 1];
    const c = text[i]!;
    if (top === undefined || top.kind === "${") {
      if (c === "#") {
        const end = text.indexOf("\n", i);
        const stop = end < 0 ? n : end;
        blank(i, stop);
        i = stop;
      } else if (c === "/" && text[i + 1] === "*") {
        const end = text.indexOf("*/", i + 2);
        const stop = end < 0 ? n : end + 2;
        blank(i, stop);
        i = stop;
      } else if (c === '"' || (c === "'" && text[i + 1] === "'")) {
        const kind = c === '"' ? '"' : "''";
        if (stack.length > 0) blank(i, i + kind.length);
        stack.push({ kind });
        i += kind.length;
      } else {
        if (top !== undefined) {
          if (c === "{") top.depth++;
          else if (c === "}" && --top.depth === 0) stack.pop();
          blank(i, i + 1);
        }
        i++;
      }
      continue;
    }
    // Inside a string: everything blanked but the outermost closing quote.
    if (c === "$" && text[i + 1] === "{") {
      blank(i, i + 2);
      stack.push({ kind: "${", depth: 1 });
      i += 2;
    } else if (top.kind === '"' && c === "\\") {
      blank(i, i + 2);
      i += 2;
    } else if (top.kind === '"' && c === '"') {
      stack.pop();
      if (stack.length > 0) blank(i, i + 1);
      i++;
    } else if (top.kind === "''" && c === "'" && text[i + 1] === "'") {
      // `'''`, `''$` and `''\x` are escapes inside an indented string, not its end.
      const next = text[i + 2];
      const escape = next === "'" || next === "$" ? 3 : next === "\\" ? 4 : 0;
      if (escape) {
        blank(i, i + escape);
        i += escape;
      } else {
        stack.pop();
        if (stack.length > 0) blank(i, i + 2);
        i += 2;
      }
    } else {
      blank(i, i + 1);
      i++;
    }
  }
  return out.join("");
}
