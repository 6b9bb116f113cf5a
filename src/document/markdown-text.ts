/** Escapes and text forms shared by the Markdown writers (techstack.md and the diff's pull-request comment). */

import type { ToolEntry } from "../types.js";

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

/**
 * An HTML attribute's value (quoted with ' or "): a quote would end it (`alt='Let's Encrypt'`),
 * and `<`/`>` would be markup, or end the comment around the README snippets.
 */
export function attribute(text: string): string {
  return String(text).replace(/['"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const NO_IMAGE = "https://img.stackshare.io/no-img-open-source.png";

/** A tool's logo as an attribute's value: the site's placeholder for a tool without one. */
export function imageSource(tool: ToolEntry): string {
  return attribute(tool.image_url ?? NO_IMAGE);
}

/** `2024-01-31T...` or `2024-01-31 10:00:00 Z` -> `01/31/24`. */
export function shortDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${m[2]}/${m[3]}/${m[1]!.slice(2)}` : value;
}
