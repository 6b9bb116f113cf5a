import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "detectors/**/*.test.ts", "src/**/*.test.ts"],
    testTimeout: 30_000,
    pool: "threads",
  },
});
