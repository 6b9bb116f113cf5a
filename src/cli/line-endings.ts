/**
 * A text file as written by `write`, whatever a checkout did to it: Git for Windows (and so a
 * Windows CI runner) checks files out with CRLF line endings, and some editors add a BOM.
 */
export function asWritten(text: string): string {
  return text.replace(/^\ufeff/, "").replace(/\r\n/g, "\n");
}

/** Whether two texts are the same file but for line endings and a BOM. */
export function sameText(a: string | undefined, b: string | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && asWritten(a) === asWritten(b));
}
