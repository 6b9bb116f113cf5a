/**
 * A quick reader for the `importers` section of a pnpm-lock.yaml as pnpm writes it: two spaces a
 * level, four levels (project, section, package, field), one `key: value`, `key: {}` or `key:` a
 * line, keys and values plain or quoted on one line. It returns what the YAML reader returns for
 * the section, with Maps for its mappings (every scalar a string, a key written twice taking its
 * later value), at a small part of its cost on the hundreds of kilobytes a large monorepo's
 * section holds. Anything else (a
 * comment, another indentation, a flow collection other than `{}`, an anchor, alias, tag or merge key, a
 * block or multi-line scalar, an escape, a tab or a carriage return) returns undefined: the caller
 * then hands the section to the YAML reader.
 */
export function readImportersSection(body: string): Map<string, unknown> | undefined {
  if (!body.startsWith(HEADER) || body.includes("\t") || body.includes("\r") || NON_PRINTABLE.test(body)) return undefined;
  const importers = new Map<string, unknown>();
  // At each level, the mapping its lines go into, or the `key:` line above that opens one.
  const mappings: Array<Map<string, unknown> | undefined> = [importers, undefined, undefined, undefined, undefined];
  const openers: Array<Map<string, unknown> | undefined> = [undefined, undefined, undefined, undefined, undefined];
  const openKeys: string[] = ["", "", "", "", ""];
  let lines = 0;
  LINE.lastIndex = HEADER.length;
  while (LINE.lastIndex < body.length) {
    const at = LINE.lastIndex;
    const m = LINE.exec(body);
    // A line of another form, or one that does not reach the line's end: the YAML reader's.
    if (!m || m.index !== at) return undefined;
    if (m[1] === undefined) continue; // a blank line
    const level = m[1].length / 2 - 1;
    if (!Number.isInteger(level) || level < 0 || level >= LEVELS) return undefined;
    let mapping = mappings[level];
    if (!mapping) {
      const parent = openers[level];
      if (!parent) return undefined;
      mapping = new Map();
      parent.set(openKeys[level]!, mapping);
      mappings[level] = mapping;
      openers[level] = undefined;
    }
    const key = m[2] ?? m[3] ?? m[4]!;
    // A plain `<<` is YAML's merge key, which the YAML reader merges; pnpm writes none.
    if (m[4] === "<<") return undefined;
    for (let deeper = level + 1; deeper <= LEVELS; deeper++) mappings[deeper] = openers[deeper] = undefined;
    if (m[5] === undefined) {
      // `key:` and nothing more: a mapping follows, made by its first line; with nothing below, null.
      mapping.set(key, null);
      openers[level + 1] = mapping;
      openKeys[level + 1] = key;
    } else {
      mapping.set(key, m[5] === "{}" ? new Map() : (m[6] ?? m[7] ?? m[8]!));
    }
    lines++;
  }
  return lines > 0 ? importers : undefined;
}

const HEADER = "importers:\n";
const LEVELS = 4;
/** What the YAML reader refuses anywhere in its input (its own test). */
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
/** Characters a plain scalar may not start with (YAML's indicators), nor a space. */
const PLAIN_START = String.raw`[^\s\-?:,[\]{}#&*!|>'"%@${"`"}]`;
/** A character inside plain text: no space, colon or flow bracket (a colon is allowed before one in a value). */
const CHAR = String.raw`[^\s:{}[\]]`;
/** What may follow a space inside plain text: a character, not ` #` (a comment). */
const AFTER_SPACE = String.raw`[^\s:{}[\]#]`;
/**
 * One line of the section: blank, or indentation, a key (single-quoted with no quote inside,
 * double-quoted with no quote or escape inside, or plain), a colon, and either nothing, `{}`, or
 * one space and a value (quoted as keys are, or plain). Plain text as pnpm writes it: no leading
 * indicator, single spaces between words, none at either end, no ` #`, no flow bracket, and a
 * colon only inside a value and not before a space or at its end.
 */
const LINE = new RegExp(
  String.raw`(?: *\n|( +)(?:'([^'\n]*)'|"([^"\\\n]*)"|(${PLAIN_START}(?:${CHAR}| (?=${AFTER_SPACE}))*)):(?: (\{\}|'([^'\n]*)'|"([^"\\\n]*)"|(${PLAIN_START}(?:${CHAR}| (?=${AFTER_SPACE})|:(?=${CHAR}))*)))?(?:\n|$))`,
  "y",
);
