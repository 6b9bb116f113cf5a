import type { DetectContext } from "../../src/types.js";
import { compareCodeUnits } from "../../src/kit.js";
import { headerLanguage } from "./headers.js";
import type { TreeWalk } from "./tree-walk.js";

/** At most this many extensionless scripts have their first line read per scan. */
const MAX_SHEBANG_READS = 200;
/** At most this many template files (catalog kind `template-extension`) have their first line read per scan. */
const MAX_TEMPLATE_READS = 200;
/** At most this many `.h` files have their text read per scan (a sample; the rest take its usual language). */
const MAX_HEADER_READS = 500;

/**
 * The files the walk set aside, counted by what their text says: extensionless scripts by their
 * interpreter line, templates by theirs (else their extension's languages), `.h` headers by their
 * marks of C++ or Objective-C. Each kind in sorted path order, so that the same files are read
 * whichever order the source lists them in; read together (the engine bounds how many are open at once).
 */
export async function countReadFiles(ctx: DetectContext, walk: TreeWalk): Promise<void> {
  const { tally } = walk;
  // A glance: a binary or a big data file without an extension is no script, and no warning.
  const scriptTexts = await Promise.all([...walk.scripts.sort(compareCodeUnits), ...walk.otherScripts.sort(compareCodeUnits)].slice(0, MAX_SHEBANG_READS).map((path) => ctx.peek(path)));
  for (const text of scriptTexts) {
    const ids = interpreterLanguages(ctx, text);
    if (ids.length === 0) continue;
    tally.counted++;
    tally.add(ids);
  }
  // Past the bound a template counts as its extension's language, as does one without an interpreter line.
  const templates = walk.templates.sort((a, b) => compareCodeUnits(a.path, b.path));
  const templateTexts = await Promise.all(templates.slice(0, MAX_TEMPLATE_READS).map((t) => ctx.peek(t.path)));
  templates.forEach((template, i) => {
    const byInterpreter = interpreterLanguages(ctx, templateTexts[i]); // none past the bound: unread
    const ids = byInterpreter.length ? byInterpreter : template.ids;
    tally.counted++;
    tally.add(ids);
  });
  for (const language of await headerLanguages(ctx, walk.headers)) {
    tally.counted++;
    tally.add(ctx.lookup("language", language));
  }
}

/**
 * The language of each header, by its text. Past MAX_HEADER_READS, a sample spread evenly over the
 * sorted paths is read (the same whichever order the source lists them in), and each header left
 * unread takes the sample's most common language: a C++ library of 20,000 headers does not put C on
 * its bar because most of them went unread.
 */
async function headerLanguages(ctx: DetectContext, headers: string[]): Promise<string[]> {
  headers.sort(compareCodeUnits);
  const step = headers.length / MAX_HEADER_READS;
  const sample = step <= 1 ? headers : Array.from({ length: MAX_HEADER_READS }, (_, k) => headers[Math.floor(k * step)]!);
  const texts = await Promise.all(sample.map((path) => ctx.peek(path)));
  const read = new Map(sample.map((path, k) => [path, headerLanguage(texts[k]) ?? "c"]));
  const tally = new Map<string, number>();
  for (const language of read.values()) tally.set(language, (tally.get(language) ?? 0) + 1);
  const usual = [...tally].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]))[0]?.[0] ?? "c";
  return headers.map((path) => read.get(path) ?? usual);
}

/** The languages a file's `#!` line names by its interpreter (catalog kind `interpreter`); none without one. */
function interpreterLanguages(ctx: DetectContext, text: string | undefined): readonly string[] {
  const interpreter = interpreterOf(text);
  return interpreter ? ctx.lookup("interpreter", interpreter) : [];
}

/** The interpreter a script's `#!` line names (`/usr/bin/env python3` gives `python3`). */
export function interpreterOf(text: string | undefined): string | undefined {
  if (!text?.startsWith("#!")) return undefined;
  const line = text.slice(2, text.indexOf("\n") === -1 ? undefined : text.indexOf("\n")).trim();
  const words = line.split(/\s+/).filter((w) => w && !w.startsWith("-") && !w.includes("="));
  let command = words[0]?.split("/").pop();
  if (command === "env") command = words[1]?.split("/").pop();
  return command?.toLowerCase().replace(/^(python|ruby|perl|php)[\d.]*$/, (_, name: string) => name) || undefined;
}
