import { offsetLines } from "../../src/kit.js";

/** Where an MSBuild file writes one package item: the line its element opens on, and the line of its version where that is another. */
export interface ItemLines {
  line: number;
  /** A `Version`/`VersionOverride` attribute on a later line of the tag, or a child `<Version>`/`<VersionOverride>` element. */
  version?: number;
}

/**
 * Where an MSBuild file declares each package item: the first `<PackageReference>`,
 * `<PackageVersion>` or `<GlobalPackageReference>` whose `Include` (or `Update`) names the id,
 * compared without case as NuGet compares ids (asked again, the next such item's, the last one's
 * once none is left: a package referenced once per target framework); undefined where none does
 * (a package known only from a HintPath). Comments are skipped. The text is read once, at the first question.
 */
export function packageItemDeclarations(text: string): (id: string) => ItemLines | undefined {
  let lines: Map<string, ItemLines[]> | undefined;
  return (id) => {
    const each = (lines ??= readLines(text)).get(id.toLowerCase());
    return each && each.length > 1 ? each.shift() : each?.[0];
  };
}

/** packageItemDeclarations' items, by the line each opens on. */
export function packageItemLines(text: string): (id: string) => number | undefined {
  const declarations = packageItemDeclarations(text);
  return (id) => declarations(id)?.line;
}

function readLines(text: string): Map<string, ItemLines[]> {
  const out = new Map<string, ItemLines[]>();
  const lineAt = offsetLines(text);
  const item = /<!--[\s\S]*?(?:-->|$)|<((?:Global)?Package(?:Reference|Version))\b[^>]{0,4000}?\b(?:Include|Update)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = item.exec(text); m; m = item.exec(text)) {
    const id = (m[2] ?? m[3])?.trim().toLowerCase();
    if (!id) continue;
    const line = lineAt(m.index);
    const version = versionAt(text, m.index, m[1]!);
    const at: ItemLines = { line, ...(version === undefined || lineAt(version) === line ? {} : { version: lineAt(version) }) };
    const lines = out.get(id);
    if (lines) lines.push(at);
    else out.set(id, [at]);
  }
  return out;
}

/**
 * The offset of an item's version: its `Version`/`VersionOverride` attribute, else (an element
 * with a body) its child `<Version>` or `<VersionOverride>` element before the closing tag.
 * Bounded, as the item's own scan is: a tag of 4,000 characters, a body of 4,000.
 */
function versionAt(text: string, start: number, element: string): number | undefined {
  const tagEnd = text.indexOf(">", start);
  if (tagEnd < 0 || tagEnd - start > 4000) return undefined;
  const tag = text.slice(start, tagEnd);
  const attribute = /\sVersion(?:Override)?\s*=/.exec(tag);
  if (attribute) return start + attribute.index + 1;
  if (text[tagEnd - 1] === "/") return undefined;
  const close = text.indexOf(`</${element}`, tagEnd);
  const body = text.slice(tagEnd + 1, close < 0 ? tagEnd + 4001 : Math.min(close, tagEnd + 4001));
  const child = /<Version(?:Override)?\s*>/.exec(body);
  return child ? tagEnd + 1 + child.index : undefined;
}
