import { blankComments, blankText, replaceBlockComments } from "../../src/kit.js";
import type { SourceReader } from "./found.js";
import { xmlBlocks } from "./xml-blocks.js";

/** Maven's repositories, mirrors and distributionManagement, Gradle's `maven { url }`, and Jib's target image in either. */
export const JVM_SOURCES: readonly SourceReader[] = [
  {
    takes: (_, base) => base === "pom.xml" || base === "settings.xml",
    find(_ctx, _file, clean, add) {
      const bare = replaceBlockComments(clean, blankText, "<!--", "-->");
      for (const block of xmlBlocks(bare, ["repositories", "pluginRepositories", "distributionManagement", "mirrors"])) {
        for (const m of block.body.matchAll(/<url>\s*([^<\s]+)\s*<\/url>/g)) add(m[1]!, block.at + m.index!);
      }
      // Jib's target image (`<to><image>gcr.io/acme/app</image></to>`): where the build pushes
      for (const m of bare.matchAll(/<to>\s*<image>\s*([^<\s]+)\s*<\/image>/g)) add(m[1]!, m.index!);
    },
  },
  {
    takes: (_, base) => base.endsWith(".gradle") || base.endsWith(".gradle.kts"),
    find(_ctx, _file, clean, add) {
      // Comments blanked, not removed: an offset in the code is one in the text (for its line)
      const bare = blankComments(clean, { line: ["//"], block: ["/*", "*/"], quotes: "\"'" });
      for (const m of bare.matchAll(/\bmaven\s*\(\s*(?:url\s*=\s*)?(?:uri\s*\(\s*)?["']([^"']+)["']/g)) add(m[1]!, m.index!);
      // `maven { url = uri("...") }`, the url before or after a nested `credentials { }` block
      for (const m of bare.matchAll(/\bmaven\s*\{/g)) {
        const body = bare.slice(m.index! + m[0].length, m.index! + m[0].length + 600);
        const url = /^(?:[^{}]|\{[^{}]*\})*?\b(?:url|setUrl)\b\s*(?:=\s*)?\(?\s*(?:uri\s*\(\s*)?["']([^"']+)["']/.exec(body);
        if (url) add(url[1]!, m.index! + m[0].length + url.index + url[0].indexOf(url[1]!));
      }
      // Jib's target image (`jib { to { image = "gcr.io/acme/app" } }`, `jib.to.image = "..."`, the
      // Kotlin DSL's `to.image = "..."` inside `jib { }`), at the image's line (the match ends with its quote)
      for (const m of bare.matchAll(/\bto\s*(?:\{\s*|\.)image\s*=\s*["']([^"']+)["']/g)) add(m[1]!, m.index! + m[0].length - m[1]!.length - 1);
    },
  },
];
