import { readFileSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const shared: Options = {
  target: "node20",
  platform: "node",
  shims: true,
  sourcemap: false,
  define: { __TECHSTACK_VERSION__: JSON.stringify(version) },
  // Dependencies are bundled: one file loads faster than dozens resolved from node_modules.
  noExternal: [/.*/],
  // Which packages the bundles carry, for dist/THIRD-PARTY-LICENSES.md (scripts/third-party-licenses.mjs).
  metafile: true,
};

export default defineConfig([
  // The library: one ESM and one CJS bundle with types.
  {
    ...shared,
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: false,
    splitting: false,
  },
  // The command line: ESM with code splitting, so `--version` loads no command and no parser.
  {
    ...shared,
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    splitting: true,
    clean: false,
    // Bundled CommonJS dependencies (enquirer's picker) call require() for Node built-ins, which an
    // ESM chunk lacks; each chunk gets one made for it.
    banner: { js: 'import { createRequire as __techstackRequire } from "node:module"; const require = __techstackRequire(import.meta.url);' },
    // The catalog is compiled to dist/catalog.json after the bundle (scripts/build-catalog.mjs).
    onSuccess: "node scripts/build-catalog.mjs",
  },
]);
