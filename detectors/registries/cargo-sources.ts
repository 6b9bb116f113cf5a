import { blankHashCommentLines } from "../../src/kit.js";
import type { SourceReader } from "./found.js";

/** Cargo's registries and source replacements in `.cargo/config(.toml)`. */
export const CARGO_SOURCES: SourceReader = {
  takes: (file) => file.endsWith(".cargo/config") || file.endsWith(".cargo/config.toml"),
  find(_ctx, _file, clean, add) {
    // `index = "..."` in `[registries.acme]`, `registry = "..."` in `[source.mirror]`, or either in
    // an inline table (`acme = { index = "sparse+https://..." }`, as Cargo's book writes them)
    for (const m of blankHashCommentLines(clean).matchAll(/(?:^|[{,])[ \t]*(?:index|registry)[ \t]*=[ \t]*["']([^"']+)["']/gm)) add(m[1]!, m.index!);
  },
};
