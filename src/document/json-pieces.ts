/** About this many tools make one piece of `jsonPieces`. */
const TOOLS_PER_PIECE = 400;

/** The document's own `tools` key as `JSON.stringify(..., null, 2)` writes an empty list under it; no string holds a line break unescaped. */
const EMPTY_TOOLS = '\n  "tools": []';

/**
 * `JSON.stringify(document, null, 2) + "\n"` in pieces: the document around its tools list, and the
 * tools some hundreds at a time, each written as the whole text writes it at its depth (an item's
 * lines indented by four spaces). A document of 300,000 tools was one text of 130 MB.
 */
export function* jsonPieces(document: { tools: readonly unknown[] }): Generator<string> {
  const tools = document.tools;
  // The other keys in their own order, the tools' list left empty where it stands.
  const frame = tools.length === 0 ? "" : JSON.stringify({ ...document, tools: [] }, null, 2);
  const found = frame.indexOf(EMPTY_TOOLS);
  // No list to write apart (or a document whose own toJSON writes it otherwise): the text whole.
  if (found < 0) {
    yield JSON.stringify(document, null, 2) + "\n";
    return;
  }
  const at = found + EMPTY_TOOLS.length - 1;
  yield frame.slice(0, at);
  for (let start = 0; start < tools.length; start += TOOLS_PER_PIECE) {
    let piece = "";
    const end = Math.min(start + TOOLS_PER_PIECE, tools.length);
    for (let i = start; i < end; i++) piece += `${i === 0 ? "" : ","}\n    ${(JSON.stringify(tools[i], null, 2) ?? "null").replaceAll("\n", "\n    ")}`;
    yield piece;
  }
  yield "\n  " + frame.slice(at) + "\n";
}
