import { composerSources } from "./composer-repositories.js";
import type { SourceReader } from "./found.js";

/** composer.json's `repositories`: registries, forges and version-control systems (composer-repositories.ts). */
export const COMPOSER_SOURCES: SourceReader = {
  takes: (_, base) => base === "composer.json",
  async find(ctx, file, clean, add) {
    for (const { kind, name, written } of composerSources(await ctx.json(file))) add(name, () => Math.max(0, clean.indexOf(written)), kind);
  },
};
