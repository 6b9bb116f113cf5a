import type { DetectContext } from "../../src/types.js";
import { isRecord, lineOf } from "../../src/kit.js";

/**
 * shadcn/ui's components.json: the file its CLI (`npx shadcn init`) writes beside package.json to
 * say where it copies the components it adds. shadcn/ui ships no package of its own (the
 * components become the project's source, built on @radix-ui/*), so this file is what shows it.
 * `components.json` is a common name, so only one that points at shadcn's schema
 * (`https://ui.shadcn.com/schema.json`), or holds its `style`, `tailwind` and `aliases` settings
 * together, counts; any other, or one that does not parse, is passed over without a warning.
 */
export async function readShadcnComponents(ctx: DetectContext, file: string): Promise<void> {
  const text = await ctx.peek(file);
  if (!text) return;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return;
  }
  if (!isRecord(data)) return;
  const schema = typeof data.$schema === "string" && /^https?:\/\/ui\.shadcn\.com\//.test(data.$schema);
  const settings = typeof data.style === "string" && isRecord(data.tailwind) && isRecord(data.aliases);
  if (!schema && !settings) return;
  ctx.report({ ref: "format:shadcn-components", file, line: schema ? lineOf(text, `"$schema"`) : lineOf(text, `"style"`) });
}
