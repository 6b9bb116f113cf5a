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

export function parseXml(text: string): unknown {
  // A DOCTYPE is never needed to read a manifest, and is where entity bombs and external
  // entities live: it is cut before parsing, so entity references stay as written.
  return parser.parse(text.replace(/<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>/i, ""));
}
