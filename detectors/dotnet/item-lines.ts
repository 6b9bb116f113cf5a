import { offsetLines } from "../../src/kit.js";

/**
 * Where an MSBuild file declares each package item: the 1-based line of the first
 * `<PackageReference>`, `<PackageVersion>` or `<GlobalPackageReference>` whose `Include` (or
 * `Update`) names the id, compared without case as NuGet compares ids (asked again, the next such
 * item's, the last one's once none is left: a package referenced once per target framework); undefined where none does
 * (a package known only from a HintPath). Comments are skipped. The text is read once, at the first question.
 */
export function packageItemLines(text: string): (id: string) => number | undefined {
  let lines: Map<string, number[]> | undefined;
  return (id) => {
    const each = (lines ??= readLines(text)).get(id.toLowerCase());
    return each && each.length > 1 ? each.shift() : each?.[0];
  };
}

function readLines(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const lineAt = offsetLines(text);
  const item = /<!--[\s\S]*?(?:-->|$)|<(?:Global)?Package(?:Reference|Version)\b[^>]{0,4000}?\b(?:Include|Update)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = item.exec(text); m; m = item.exec(text)) {
    const id = (m[1] ?? m[2])?.trim().toLowerCase();
    if (!id) continue;
    const lines = out.get(id);
    if (lines) lines.push(lineAt(m.index));
    else out.set(id, [lineAt(m.index)]);
  }
  return out;
}
