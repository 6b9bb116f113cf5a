/**
 * Text from a scanned repository (a file or folder name, a manifest's words quoted in a parser's
 * error, a tool name in techstack.yml) made safe to print on one line of a terminal or a CI log:
 * each control character is written as an escape a reader can see, so that the text can neither
 * split a line (a newline in a folder name opening a line with `::error::`, which GitHub's runner
 * takes for a workflow command) nor drive the terminal (`\x1b[2J` clears it, `\x1b]0;...\x07`
 * sets its title), nor show itself reordered (a right-to-left override inside a path).
 *
 * Escaped: every C0 control, the tab too (in a name it is invisible, and no message of techstack's
 * holds one): `\n`, `\r` and `\t` by those names, the rest as `\x1b`; DEL and the C1 controls
 * (`\x7f`, `\x9b`, a terminal's one-byte escape); the Unicode line and paragraph separators and
 * the bidirectional formatting characters as `\u202e`. A backslash is left as it is: doubling it
 * would make every Windows-style path or quoted regular expression in a message harder to read,
 * for names that hold a backslash before an `n` far more rarely than a newline.
 */
export function printable(text: string): string {
  return UNPRINTABLE.test(text) ? text.replace(UNPRINTABLES, escapeOf) : text;
}

/** `printable` for a text of several lines (an error message and its usage): each line made printable, its line breaks kept. */
export function printableLines(text: string): string {
  return text.split("\n").map(printable).join("\n");
}

const CHARACTERS = "\\x00-\\x1f\\x7f-\\x9f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069";
const UNPRINTABLE = new RegExp(`[${CHARACTERS}]`);
const UNPRINTABLES = new RegExp(`[${CHARACTERS}]`, "g");
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeOf(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
