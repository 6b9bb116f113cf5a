import type { DetectContext } from "../../src/types.js";
import { lineCounter } from "../../src/kit.js";

/** A Kotlin script's (`*.main.kts`) dependencies, as Maven coordinates. */
export function reportKotlinScript(ctx: DetectContext, file: string, text: string): void {
  // A Kotlin script's dependencies: `@file:DependsOn("com.squareup.okhttp3:okhttp:4.12.0")`, one
  // or more coordinates an annotation.
  // An annotation's arguments run to the first `)` after it (as `\(([^)]*)\)` read them), and
  // one never closed ends the reading: no later one closes either, and reading on to the end
  // from each took minutes for 60,000 of them.
  // An opener inside the arguments of one before it is part of them.
  const lineAt = lineCounter(text);
  let close = -1;
  for (const m of text.matchAll(/^[ \t]*@file:DependsOn\(/gm)) {
    if (m.index < close) continue;
    close = text.indexOf(")", m.index + m[0].length);
    if (close < 0) break;
    for (const c of text.slice(m.index + m[0].length, close).matchAll(/"([\w.-]+):([\w.-]+):([^":\s]+)"/g)) {
      ctx.report({ ref: `maven:${c[1]}:${c[2]}`, file, line: lineAt(m.index), version: c[3], direct: true });
    }
  }
}
