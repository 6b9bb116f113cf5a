/**
 * JSON as manifests write it: strict first, then JSONC (comments, trailing commas) as
 * tsconfig.json, .eslintrc and devcontainer.json allow.
 */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Text without comments or trailing commas fails again, with the same error.
    return JSON.parse(stripJsonComments(text));
  }
}

/**
 * Removes comments and trailing commas outside strings. The text between them is kept in runs, each
 * copied once (a character added at a time made a string of millions of pieces, seconds of garbage
 * collection for a malformed file of megabytes).
 */
export function stripJsonComments(text: string): string {
  const parts: string[] = [];
  /** Where the run of text kept as it is starts. */
  let kept = 0;
  const drop = (from: number, to: number): void => {
    parts.push(text.slice(kept, from));
    kept = to;
  };
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '"') {
      i++;
      while (i < n && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
      i++;
    } else if (c === "/" && text[i + 1] === "/") {
      const start = i;
      while (i < n && text[i] !== "\n") i++;
      drop(start, i);
    } else if (c === "/" && text[i + 1] === "*") {
      const start = i;
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? n : end + 2;
      drop(start, i);
    } else if (c === ",") {
      // A trailing comma: only whitespace and comments before the closing bracket.
      let j = i + 1;
      for (;;) {
        while (j < n && /\s/.test(text[j]!)) j++;
        if (text[j] === "/" && text[j + 1] === "/") while (j < n && text[j] !== "\n") j++;
        else if (text[j] === "/" && text[j + 1] === "*") j = text.indexOf("*/", j + 2) < 0 ? n : text.indexOf("*/", j + 2) + 2;
        else break;
      }
      if (text[j] === "}" || text[j] === "]") drop(i, i + 1);
      i++;
    } else {
      i++;
    }
  }
  if (kept < n) parts.push(text.slice(kept));
  return parts.join("");
}
