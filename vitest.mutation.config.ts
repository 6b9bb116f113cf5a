import { defineConfig } from "vitest/config";

// The unit tests that exercise the parsers and the catalog matcher, for mutation testing
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
    ],
    testTimeout: 30_000,
  },
});
