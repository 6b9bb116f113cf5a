import type { SourceReader } from "./found.js";
import { xmlBlocks } from "./xml-blocks.js";

/** NuGet.config's `packageSources`. */
export const NUGET_SOURCES: SourceReader = {
  takes: (_, base) => /^nuget\.config$/i.test(base),
  find(_ctx, _file, clean, add) {
    for (const block of xmlBlocks(clean, ["packageSources"])) {
      for (const m of block.body.matchAll(/<add\b[^<>]*\bvalue\s*=\s*["']([^"']+)["']/gi)) add(m[1]!, block.at + m.index!);
    }
  },
};
