import type { Detector } from "../../src/types.js";
import { textLines } from "../../src/kit.js";
import { PRISMA_FILES } from "../files.js";

/**
 * Prisma schemas: the database a `datasource` block names (`provider = "postgresql"`), from
 * schema.prisma or the files of a multi-file schema. `env("...")` and other non-literal
 * providers name no database.
 */
export const prismaDetector: Detector = {
  name: "prisma",
  files: PRISMA_FILES,
  async detect(ctx) {
    for (const file of ctx.files) {
      const text = await ctx.text(file);
      if (text === undefined) continue;
      for (const { provider, line } of readDatasources(text)) ctx.report({ ref: `prisma-provider:${provider}`, file, line });
    }
  },
};

/** The literal providers of a schema's `datasource` blocks, comments left out. */
export function readDatasources(text: string): Array<{ provider: string; line: number }> {
  const out: Array<{ provider: string; line: number }> = [];
  const lines = textLines(text);
  let inDatasource = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\/\/.*$/, "").trim();
    if (!inDatasource) {
      if (/^datasource\s+\w+\s*\{/.test(line)) inDatasource = !line.includes("}");
      continue;
    }
    if (line.startsWith("}")) {
      inDatasource = false;
      continue;
    }
    const m = /^provider\s*=\s*"([\w-]+)"/.exec(line);
    if (m) out.push({ provider: m[1]!.toLowerCase(), line: i + 1 });
  }
  return out;
}
