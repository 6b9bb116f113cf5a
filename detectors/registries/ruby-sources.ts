import { blankHashCommentLines } from "../../src/kit.js";
import type { SourceReader } from "./found.js";

/** A Gemfile's `source` and a gemspec's `allowed_push_host`. */
export const RUBY_SOURCES: readonly SourceReader[] = [
  {
    takes: (_, base) => base === "Gemfile" || base === "gems.rb",
    find(_ctx, _file, clean, add) {
      for (const m of clean.matchAll(/^[ \t]*source[ \t(]+["']([^"']+)["']/gm)) add(m[1]!, m.index!);
    },
  },
  {
    takes: (_, base) => base.endsWith(".gemspec"),
    find(_ctx, _file, clean, add) {
      for (const m of blankHashCommentLines(clean).matchAll(/allowed_push_host["']?\s*(?:\]\s*)?(?:=|=>|:)\s*["']([^"']+)["']/g)) add(m[1]!, m.index!);
    },
  },
];
