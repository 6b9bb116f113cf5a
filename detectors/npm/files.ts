/** Deno's configuration files and the import map file older projects point them at. */
export const DENO_CONFIGS = ["deno.json", "deno.jsonc", "import_map.json"];

/**
 * The modules where a Deno 1 project gathers its remote imports, as Deno's manual advised before
 * import maps: `deps.ts` re-exports them for the code, `dev_deps.ts` and `test_deps.ts` for the tests.
 */
export const DENO_DEPS_FILES = ["deps.ts", "dev_deps.ts", "test_deps.ts"];

/** electron-builder's configuration files, beside the `build` table of a package.json. */
export const ELECTRON_BUILDER_CONFIGS = ["electron-builder.yml", "electron-builder.yaml", "electron-builder.json", "electron-builder.json5"];

/**
 * Lockfiles by preference when a folder has several (npm itself ignores package-lock.json beside
 * npm-shrinkwrap.json; bun reads bun.lock before the binary bun.lockb it wrote before 1.2). Deno 2
 * installs a package.json's dependencies itself and locks them in deno.lock, the last resort.
 */
export const LOCKFILES = ["npm-shrinkwrap.json", "package-lock.json", "pnpm-lock.yaml", "yarn.lock", "bun.lock", "bun.lockb", "deno.lock"] as const;

/** The files the npm detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
export const NPM_FILES = ["package.json", ...LOCKFILES, "pnpm-workspace.yaml", "rush.json", ".yarnrc.yml", ".yarnrc", "eas.json", ".nvmrc", ".node-version", ...DENO_CONFIGS, ...DENO_DEPS_FILES, "**/.meteor/release", "index.html", "components.json", ...ELECTRON_BUILDER_CONFIGS];

/** The files the prisma detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
export const PRISMA_FILES = ["*.prisma"];
