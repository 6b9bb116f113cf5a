import { lineCounter } from "../../src/kit.js";

/**
 * The line of the first opening of a dependency at or after an offset (`{name,` in rebar.config,
 * `{:name,` in mix.exs; `opening` captures the name): the text is read once for all of them,
 * however many dependencies are looked up.
 */
export function openingLines(text: string, opening: RegExp): (name: string, from?: number) => number | undefined {
  // The openings come in the text's order, so one forward line count places them all.
  const lineAt = lineCounter(text);
  const openings = new Map<string, Array<{ offset: number; line: number }>>();
  for (const m of text.matchAll(opening)) {
    const list = openings.get(m[1]!) ?? [];
    list.push({ offset: m.index!, line: lineAt(m.index!) });
    openings.set(m[1]!, list);
  }
  return (name, from = 0) => openings.get(name)?.find((o) => o.offset >= from)?.line;
}
