import { XMLParser } from "fast-xml-parser";

/**
 * XML with values kept as strings (`1.10` stays `1.10`), attributes under `@_`, every element an
 * array (so one child and many read the same way), and no entity expansion or DTD processing.
 */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: true,
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
  jPath: false,
});

/**
 * `warn` hears of a document cut short (a file truncated after a closing tag parses without an
 * error, into part of its content): what was read is still returned.
 */
export function parseXml(text: string, warn?: (message: string) => void): unknown {
  // A DOCTYPE is never needed to read a manifest, and is where entity bombs and external
  // entities live: it is cut before parsing, so entity references stay as written.
  const body = withoutDoctype(text);
  const data = parser.parse(body);
  if (warn) {
    const open = unclosedElement(body);
    if (open) warn(`truncated XML: <${open}> is never closed, only the part before the end was read`);
  }
  return data;
}

/**
 * The text without its DOCTYPE declaration (internal subset included), by one pass that skips
 * quoted values and comments, where `]` and `>` do not end it. A regular expression did this
 * before and backtracked exponentially on an unclosed DOCTYPE of bracketed parts.
 */
function withoutDoctype(text: string): string {
  const start = doctypeStart(text);
  if (start < 0) return text;
  let inSubset = false;
  for (let i = start + 9; i < text.length; i++) {
    const c = text[i];
    if (inSubset && text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i + 4);
      if (end < 0) break;
      i = end + 2;
    } else if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0) break;
      i = end;
    } else if (c === "[") inSubset = true;
    else if (c === "]") inSubset = false;
    else if (c === ">" && !inSubset) return text.slice(0, start) + text.slice(i + 1);
  }
  throw new Error("the DOCTYPE declaration is never closed");
}

/**
 * Where the DOCTYPE declaration starts, -1 without one: `<!DOCTYPE` in a comment or a CDATA
 * section (`<!-- no <!DOCTYPE here -->`) is text, not a declaration to cut.
 */
function doctypeStart(text: string): number {
  for (let i = text.indexOf("<!"); i >= 0; i = text.indexOf("<!", i + 2)) {
    if (text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i + 4);
      if (end < 0) return -1;
      i = end + 1;
    } else if (text.startsWith("<![CDATA[", i)) {
      const end = text.indexOf("]]>", i + 9);
      if (end < 0) return -1;
      i = end + 1;
    } else if (/^<!DOCTYPE/i.test(text.slice(i, i + 9))) return i;
  }
  return -1;
}

/**
 * The outermost element a document opens and never closes, if any: one pass over the tags,
 * comments, CDATA sections and declarations skipped whole (a regular expression did this before
 * and backtracked cubically on openers that never close).
 */
export function unclosedElement(text: string): string | undefined {
  const open: string[] = [];
  for (let i = text.indexOf("<"); i >= 0; i = text.indexOf("<", i)) {
    const skip = (closer: string, from: number): number => {
      const end = text.indexOf(closer, from);
      return end < 0 ? -1 : end + closer.length;
    };
    let next: number;
    if (text.startsWith("<!--", i)) next = skip("-->", i + 4);
    else if (text.startsWith("<![CDATA[", i)) next = skip("]]>", i + 9);
    else if (text[i + 1] === "?" || text[i + 1] === "!") next = skip(">", i + 2);
    else {
      const closing = text[i + 1] === "/";
      const name = /^[^\s/>]+/.exec(text.slice(i + (closing ? 2 : 1), i + 1000))?.[0];
      if (!name) {
        i++;
        continue;
      }
      // Up to the tag's '>', quoted attribute values skipped.
      let end = i + (closing ? 2 : 1) + name.length;
      for (; end < text.length && text[end] !== ">"; end++) {
        if (text[end] === '"' || text[end] === "'") {
          const close = text.indexOf(text[end]!, end + 1);
          if (close < 0) return open[0];
          end = close;
        }
      }
      if (end >= text.length) break;
      if (!closing && text[end - 1] !== "/") open.push(name);
      else if (closing) {
        const at = open.lastIndexOf(name);
        if (at >= 0) open.length = at;
      }
      next = end + 1;
    }
    if (next < 0) break;
    i = next;
  }
  return open[0];
}
