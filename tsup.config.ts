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
  // The library's ESM build and the command line in one build with code splitting: the CLI's commands
  // import the engine's chunks that index.js re-exports, rather than a copy of their own (5.0 -> 3.4 MB
  // of JavaScript), and `--version` still loads no command and no parser.
  {
    ...shared,
    entry: { index: "src/index.ts", cli: "src/cli/main.ts" },
    format: ["esm"],
    splitting: true,
    clean: false,
    // What the engine alone calls is marked @internal in the source and left out of the declarations
    // (test/public-declarations.test.ts lists what they export).
    dts: { entry: { index: "src/index.ts" }, compilerOptions: { stripInternal: true } },
    // Bundled CommonJS dependencies (enquirer's picker) call require() for Node built-ins, which an
    // ESM chunk lacks; each chunk gets one made for it.
    banner: { js: 'import { createRequire as __techstackRequire } from "node:module"; const require = __techstackRequire(import.meta.url ?? __filename);' },
    // The catalog is compiled to dist/catalog.json after the bundle (scripts/build-catalog.mjs).
    onSuccess: "node scripts/build-catalog.mjs",
  },
  // The library's CommonJS build: one file. (It cannot share the ESM chunks: require() of an ES module
  // needs Node.js 20.19, and the package supports every 20.x.) Its types, dist/index.d.cts, are the ESM
  // build's index.d.ts copied (scripts/cjs-types.mjs): a second declaration build wrote the same bytes
  // for about a third of the build's CPU.
  {
    ...shared,
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    clean: false,
    splitting: false,
  },
]);
