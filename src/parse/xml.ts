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
});

/**
 * `warn` hears of a document cut short (a file truncated after a closing tag parses without an
 * error, into part of its content): what was read is still returned.
 */
export function parseXml(text: string, warn?: (message: string) => void): unknown {
  // A DOCTYPE is never needed to read a manifest, and is where entity bombs and external
  // entities live: it is cut before parsing, so entity references stay as written.
  const body = text.replace(/<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>/i, "");
  const data = parser.parse(body);
  if (warn) {
    const open = unclosedElement(body);
    if (open) warn(`truncated XML: <${open}> is never closed, only the part before the end was read`);
  }
  return data;
}

/** The outermost element a document opens and never closes, if any. */
export function unclosedElement(text: string): string | undefined {
  const open: string[] = [];
  const tag = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>|<(\/?)([^\s/>]+)(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>/g;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    const name = m[2];
    if (!name || m[3]) continue;
    if (!m[1]) open.push(name);
    else {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
    }
  }
  return open[0];
}
