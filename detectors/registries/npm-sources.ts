import { blankHashCommentLines, isRecord } from "../../src/kit.js";
import type { SourceReader } from "./found.js";

/** npm's, Yarn's and Bun's registry settings, and package.json's `publishConfig`. */
export const NPM_SOURCES: readonly SourceReader[] = [
  {
    takes: (_, base) => base === ".npmrc",
    find(_ctx, _file, clean, add) {
      for (const m of clean.matchAll(/^[ \t]*(?:@[\w.-]+:)?registry[ \t]*=[ \t]*["']?(\S+?)["']?[ \t]*$/gm)) add(m[1]!, m.index!);
      for (const m of clean.matchAll(/^[ \t]*(\/\/[^\s:/]+(?::\d+)?(?:\/[^\s:]*)?):[\w-]+[ \t]*=/gm)) add(m[1]!, m.index!);
    },
  },
  {
    takes: (_, base) => base === ".yarnrc",
    find(_ctx, _file, clean, add) {
      for (const m of clean.matchAll(/^[ \t]*["']?(?:@[\w.-]+:)?registry["']?[ \t]+["']?([^\s"']+)["']?/gm)) add(m[1]!, m.index!);
    },
  },
  {
    takes: (_, base) => base === ".yarnrc.yml",
    find(_ctx, _file, clean, add) {
      const live = blankHashCommentLines(clean);
      for (const m of live.matchAll(/\bnpm(?:RegistryServer|PublishRegistry)[ \t]*:[ \t]*["']?([^\s"']+)/g)) add(m[1]!, m.index!);
      for (const m of live.matchAll(/^[ \t]+["']?((?:https?:)?\/\/[^\s"']+)["']?[ \t]*:[ \t]*$/gm)) add(m[1]!, m.index!);
    },
  },
  {
    takes: (_, base) => base === "bunfig.toml",
    // Bun's `[install] registry` and `[install.scopes]`: a URL, or a table with its `url` (and a token).
    async find(ctx, file, clean, add) {
      for (const url of bunRegistries(await ctx.toml(file))) add(url, () => Math.max(0, clean.indexOf(url)));
    },
  },
  {
    takes: (_, base) => base === "package.json",
    async find(ctx, file, clean, add) {
      const data = await ctx.json(file);
      const registry = isRecord(data) && isRecord(data.publishConfig) ? data.publishConfig.registry : undefined;
      if (typeof registry === "string") add(registry, Math.max(0, clean.indexOf(registry)));
    },
  },
];

/** The registry URLs a bunfig.toml's `[install]` table names: its `registry` and each of its `scopes`, a URL or `{ url = ... }`. */
function bunRegistries(data: unknown): string[] {
  const install = isRecord(data) ? data.install : undefined;
  if (!isRecord(install)) return [];
  const url = (value: unknown) => (typeof value === "string" ? value : isRecord(value) && typeof value.url === "string" ? value.url : undefined);
  const scopes = isRecord(install.scopes) ? Object.values(install.scopes) : [];
  return [install.registry, ...scopes].map(url).filter((u): u is string => u !== undefined && u.trim() !== "");
}
