/**
 * Turns a manifest's bytes into text: UTF-8 with or without BOM, UTF-16 and UTF-32 with a BOM, and
 * Latin-1 as the fallback for bytes that are not UTF-8. Files with NUL bytes (outside UTF-16 and
 * UTF-32) are binary; one whose every other byte is NUL is said to look like UTF-16 without a BOM.
 */
export type Decoded = { text: string; note?: string } | { binary: true; hint?: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function decodeText(bytes: Uint8Array): Decoded {
  // UTF-32's BOMs first: the little-endian one opens with UTF-16LE's. (`iconv -t UTF-32` writes
  // one; decoded rather than refused, since the BOM leaves no doubt and the manifest means what it says.)
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return { text: utf32(bytes.subarray(4), true) };
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return { text: utf32(bytes.subarray(4), false) };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = start ? bytes.subarray(start) : bytes;
  if (body.indexOf(0) >= 0) return looksLikeUtf16(body) ? { binary: true, hint: UTF16_HINT } : { binary: true };
  try {
    return { text: utf8.decode(body) };
  } catch {
    const text = new TextDecoder("latin1").decode(body);
    // An XML file that declares a Latin-1 encoding (an older pom's `encoding="ISO-8859-1"`) is
    // read as it says, with nothing to warn of.
    return DECLARED_LATIN1.test(text) ? { text } : { text, note: "not UTF-8, read as Latin-1" };
  }
}

const UTF16_HINT = "it reads as UTF-16 without a byte-order mark: save it as UTF-8";

/** UTF-32 code units (after the BOM) as text; a unit that is no character (a surrogate, past U+10FFFF) or a last one cut short reads as U+FFFD. */
function utf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const units = Math.floor(bytes.length / 4);
  const parts: string[] = [];
  // A few thousand characters a call: no string grown one character at a time, no argument list past the engine's.
  for (let start = 0; start < units; start += 4096) {
    const codes: number[] = [];
    for (let i = start; i < Math.min(units, start + 4096); i++) {
      const code = view.getUint32(i * 4, littleEndian);
      codes.push(code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? 0xfffd : code);
    }
    parts.push(String.fromCodePoint(...codes));
  }
  if (bytes.length % 4) parts.push("\uFFFD");
  return parts.join("");
}

/**
 * Whether bytes with a NUL in them read as UTF-16 text saved without a BOM: in their first 512
 * bytes, one of each pair of bytes is always NUL and the other never is (`{\0"\0n\0`, as
 * PowerShell 5's `Out-File -Encoding Unicode` minus its BOM, or a converter's UTF-16LE, writes ASCII).
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 512) & ~1;
  if (end < 4) return false;
  for (const zero of [0, 1]) {
    let pairs = 0;
    for (let i = 0; i < end && bytes[i + zero] === 0 && bytes[i + 1 - zero] !== 0; i += 2) pairs++;
    if (pairs === end / 2) return true;
  }
  return false;
}

const DECLARED_LATIN1 = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["'](?:iso[-_]?8859[-_]?(?:1|15)|latin-?1|l1|windows-1252|cp1252)["']/i;

/**
 * The text of a file's bytes decoded by its BOM where it opens with one (a UTF-8 BOM dropped, and
 * bytes after it that are not UTF-8 read as Latin-1, as `decodeText` reads a manifest; UTF-16 and
 * UTF-32 read as such), else as UTF-8 (invalid bytes as U+FFFD), as a file of the user's own
 * (a configuration, a techstack.yml, a list) was read: a Windows editor or PowerShell's `>` saves
 * one with a BOM.
 */
export function textByBom(bytes: Uint8Array): string {
  const bom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff);
  const decoded = bom ? decodeText(bytes) : undefined;
  return decoded && "text" in decoded ? decoded.text : new TextDecoder().decode(bytes);
}
