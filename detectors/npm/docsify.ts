import type { DetectContext } from "../../src/types.js";

/**
 * A Docsify site's page: Docsify needs no build and no package.json, only an index.html (at the
 * root or in docs/) that sets `window.$docsify` and loads the library from an npm CDN
 * (`//cdn.jsdelivr.net/npm/docsify@4`, unpkg). Its release where the script pins a whole one
 * (`docsify@4.13.1`); a major alone (`docsify@4`) names none.
 */
export async function readDocsifyPage(ctx: DetectContext, file: string): Promise<void> {
  const text = await ctx.peek(file);
  if (!text) return;
  const global = /window\.\$docsify\s*=/.exec(text);
  if (!global) return;
  const line = text.slice(0, global.index).split("\n").length;
  const pinned = /\/docsify@(\d+\.\d+\.\d+)\//.exec(text)?.[1] ?? /\/docsify@(\d+\.\d+\.\d+)["'/]/.exec(text)?.[1];
  ctx.report({ ref: "format:docsify-page", file, line, ...(pinned ? { version: pinned } : {}) });
}

/** The pages a Docsify site keeps its index.html in: the root, or a folder (docs/) one or two deep. */
export function isSitePage(file: string): boolean {
  return /^(?:[^/]+\/){0,2}index\.html$/.test(file);
}
