/** Escapes shared by the Markdown writers (techstack.md and the diff's pull-request comment). */

/**
 * Text in a table cell or a link's label: a `|` would end the cell, `[`/`]` open a link, `<` raw
 * HTML, a line break end the row. A package name from a manifest is anyone's text; an ordinary one
 * is written unchanged.
 */
export function cell(text: string): string {
  return htmlText(String(text).replace(/[\r\n]+/g, " ").replace(/[|[\]]/g, (c) => `\\${c}`));
}

/** Text between HTML tags (a card's name and version): `<` and `>` are markup there. */
export function htmlText(text: string): string {
  return String(text).replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** One character as a URL writes it escaped: ` ` is `%20`. */
export function percentEncoded(c: string): string {
  return `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;
}

/**
 * A link's target in a table cell: white space and `(`/`)` would end the link, `|` the cell,
 * `<`/`>`, `[`/`]`, quotes and backticks be read as markup; each is percent-encoded.
 */
export function linkTarget(url: string): string {
  return url.replace(/[\s()<>|[\]"'`]/g, percentEncoded);
}
