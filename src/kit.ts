/** Small helpers detectors share. */

/** The folder of a path ("" at the root). */
export function dirOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}

/** The base name of a path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** The 1-based line of the first occurrence of `needle` in `text`, if any. */
export function lineOf(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle);
  if (at < 0) return undefined;
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < at; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** `a/b` + `../c.txt` -> `a/c.txt`; undefined when the result would leave the repository root. */
export function joinInside(dir: string, relative: string): string | undefined {
  if (relative.startsWith("/")) return undefined;
  const parts = dir ? dir.split("/") : [];
  for (const part of relative.split(/[\\/]/)) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}
