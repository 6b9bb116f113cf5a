import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/cli/main.ts" },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts" } },
  target: "node20",
  platform: "node",
  shims: true,
  clean: true,
  sourcemap: false,
  splitting: false,
  define: { __TECHSTACK_VERSION__: JSON.stringify(version) },
  // The catalog is compiled to dist/catalog.json after the bundle (scripts/build-catalog.mjs).
  onSuccess: "node scripts/build-catalog.mjs",
});
