/**
 * Turns a manifest's bytes into text: UTF-8 with or without BOM, UTF-16 with a BOM, and Latin-1
 * as the fallback for bytes that are not UTF-8. Files with NUL bytes (outside UTF-16) are binary.
 */
export type Decoded = { text: string; note?: string } | { binary: true };

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = start ? bytes.subarray(start) : bytes;
  if (body.indexOf(0) >= 0) return { binary: true };
  try {
    return { text: utf8.decode(body) };
  } catch {
    const text = new TextDecoder("latin1").decode(body);
    // An XML file that declares a Latin-1 encoding (an older pom's `encoding="ISO-8859-1"`) is
    // read as it says, with nothing to warn of.
    return DECLARED_LATIN1.test(text) ? { text } : { text, note: "not UTF-8, read as Latin-1" };
  }
}

const DECLARED_LATIN1 = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["'](?:iso[-_]?8859[-_]?(?:1|15)|latin-?1|l1|windows-1252|cp1252)["']/i;

/**
 * The text of a file's bytes decoded by its BOM where it opens with one (a UTF-8 BOM dropped, and
 * bytes after it that are not UTF-8 read as Latin-1, as `decodeText` reads a manifest; UTF-16 read as
 * UTF-16), else as UTF-8 (invalid bytes as U+FFFD), as a file of the user's own
 * (a configuration, a techstack.yml, a list) was read: a Windows editor or PowerShell's `>` saves
 * one with a BOM.
 */
export function textByBom(bytes: Uint8Array): string {
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const decoded = bom ? decodeText(bytes) : undefined;
  return decoded && "text" in decoded ? decoded.text : new TextDecoder().decode(bytes);
}
