import { defineConfig } from "vitest/config";

// The unit tests that exercise the parsers, the catalog matcher and the document core, for mutation testing
// (npm run mutate); the end-to-end CLI tests are left out to keep each mutant's run short.
export default defineConfig({
  test: {
    include: [
      "test/npm-lockfiles.test.ts",
      "test/npm-detector.test.ts",
      "test/python.test.ts",
      "test/php-go-ruby-rust.test.ts",
      "test/php-go-rust.test.ts",
      "test/ruby.test.ts",
      "test/docker-ci.test.ts",
      "test/versions.test.ts",
      "test/catalog.test.ts",
      "test/parser-edges.test.ts",
      "test/parse-formats.test.ts",
      "test/yaml-writer.test.ts",
      // The document core: findings to entries, versions, Markdown and diff.
      "test/document.test.ts",
      "test/rank.test.ts",
      "test/version-rules.test.ts",
      "test/pinned-declarations.test.ts",
      "test/numbered-apart.test.ts",
      "test/client-numbering.test.ts",
      "test/markdown.test.ts",
      "test/markdown-escaping.test.ts",
      "test/schema-diff.test.ts",
      "test/diff.test.ts",
      "test/iso-date.test.ts",
      "test/order.test.ts",
      "test/names.test.ts",
      "test/build.test.ts",
      "test/markdown-layout.test.ts",
      "test/library-arguments.test.ts",
    ],
    testTimeout: 30_000,
  },
});
