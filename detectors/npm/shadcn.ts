import type { DetectContext } from "../../src/types.js";
import { isRecord, lineOf } from "../../src/kit.js";

/**
 * shadcn/ui's components.json: the file its CLI (`npx shadcn init`) writes beside package.json to
 * say where it copies the components it adds. shadcn/ui ships no package of its own (the
 * components become the project's source, built on @radix-ui/*), so this file is what shows it.
 * `components.json` is a common name, so only one that points at shadcn's schema
 * (`https://ui.shadcn.com/schema.json`), or names no schema and holds its `style`, `tailwind` and
 * `aliases` settings together, counts; the Vue and Svelte ports' (their own schema, or shadcn-vue's
 * `framework` setting), any other, and one that does not parse are passed over without a warning.
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
  // A schema of another project (the community ports' shadcn-vue.com, shadcn-svelte.com) is theirs.
  if (data.$schema !== undefined && !(typeof data.$schema === "string" && /^https?:\/\/ui\.shadcn\.com\//.test(data.$schema))) return;
  const schema = data.$schema !== undefined;
  const settings = typeof data.style === "string" && isRecord(data.tailwind) && isRecord(data.aliases) && data.framework === undefined;
  if (!schema && !settings) return;
  ctx.report({ ref: "format:shadcn-components", file, line: schema ? lineOf(text, `"$schema"`) : lineOf(text, `"style"`) });
}
