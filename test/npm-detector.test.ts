import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { fixture, readTree } from "./helpers.js";
import { detectorFindings } from "./detector-findings.js";
import { npmDetector } from "../detectors/npm/index.js";

const byName = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name);
const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;


/** A package-lock.json (v3) of `manifest` with these packages installed at the top of node_modules. */
function installed(manifest: { name: string }, versions: Record<string, string>) {
  const packages: Record<string, unknown> = { "": manifest };
  for (const [name, version] of Object.entries(versions)) packages[`node_modules/${name}`] = { version };
  return { name: manifest.name, lockfileVersion: 3, packages };
}
describe("npm detector", () => {
  it("a Next.js app: versions from package-lock v3, ignored folders skipped", async () => {
    const { document, warnings } = await scan(fixture("nextjs-app"), opts);
    expect(warnings).toEqual([]);
    const swr = byName(document.tools, "swr")!;
    expect(swr).toMatchObject({
      package_url: "https://www.npmjs.com/swr",
      version: "2.2.4",
      license: "MIT",
      detection_source: "package.json",
      detection_source_url: "package-lock.json",
    });
    expect(byName(document.tools, "left-pad")).toBeUndefined(); // only in build/ and .next/
  });

  it("npm is cited from package.json, never from the package-lock.json or npm-shrinkwrap.json beside it", async () => {
    const manifest = { name: "shop", dependencies: { express: "^4.18.2" } };
    for (const lock of ["package-lock.json", "npm-shrinkwrap.json"]) {
      const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest), [lock]: JSON.stringify(installed(manifest, { express: "4.18.2" })) }), opts);
      expect(byName(document.tools, "npm")).toMatchObject({ detection_source: "package.json", detection_source_url: "package.json" });
      expect(byName(document.tools, "express")).toMatchObject({ version: "4.18.2", detection_source_url: lock });
    }
  });

  it("Volta's pinned Node.js release is Node's version; a pin that is not a release is not", async () => {
    const pinned = await scan(new MemorySource({ "package.json": JSON.stringify({ name: "site", devDependencies: { astro: "^4.0.0" }, volta: { node: "18.17.1", yarn: "1.22.19" } }) }), opts);
    expect(byName(pinned.document.tools, "Node.js")).toMatchObject({ version: "18.17.1", detection_source: "package.json" });
    const major = await scan(new MemorySource({ "package.json": JSON.stringify({ name: "site", volta: { node: "20" } }) }), opts);
    expect(byName(major.document.tools, "Node.js")?.version).toBe("20.0.0");
    const extended = await scan(new MemorySource({ "package.json": JSON.stringify({ name: "site", volta: { extends: "../package.json", node: "lts" } }) }), opts);
    expect(byName(extended.document.tools, "Node.js")?.version).toBeUndefined();
  });

  it("the root package.json's `renovate` and `release` tables name Renovate and semantic-release, with no release; a nested one's and a non-table do not, nor by default the development tools' tables", async () => {
    const root = {
      name: "api", scripts: { release: "semantic-release", renovate: "renovate-config-validator" }, dependencies: { express: "^4.19.2" },
      renovate: { extends: ["config:recommended"] }, release: { branches: ["main"] },
      eslintConfig: { extends: ["react-app"] }, standard: { env: ["mocha"] }, nodemonConfig: { watch: ["src"] }, jest: { verbose: true },
    };
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(root, null, 2) }), opts);
    expect(byName(document.tools, "Renovate")).toMatchObject({ detection_source: "package.json" });
    expect(byName(document.tools, "Renovate")?.version).toBeUndefined();
    expect(byName(document.tools, "semantic-release")).toMatchObject({ detection_source: "package.json" });
    expect(byName(document.tools, "semantic-release")?.version).toBeUndefined();
    for (const name of ["ESLint", "Standard JS", "nodemon", "Jest"]) expect(byName(document.tools, name), name).toBeUndefined();
    const nested = await scan(new MemorySource({
      "package.json": JSON.stringify({ name: "create-acme", renovate: "config:base" }),
      "templates/starter/package.json": JSON.stringify({ name: "starter", renovate: { extends: ["config:base"] }, release: { branches: ["main"] } }),
    }), opts);
    expect(byName(nested.document.tools, "Renovate")).toBeUndefined();
    expect(byName(nested.document.tools, "semantic-release")).toBeUndefined();
    const { findings } = await detectorFindings(npmDetector, { "package.json": JSON.stringify(root, null, 2) });
    expect(findings.filter((f) => /^manifest-key:npm:re/.test(f.ref)).map((f) => `${f.ref}@${f.line}`)).toEqual(["manifest-key:npm:renovate@10", "manifest-key:npm:release@15"]);
    // A development tool's own table names it where all tools are asked for, as a pyproject's [tool.*] does.
    const all = await scan(new MemorySource({ "package.json": JSON.stringify(root, null, 2) }), { ...opts, allTools: true });
    for (const name of ["ESLint", "Standard JS", "nodemon", "Jest"]) expect(byName(all.document.tools, name), name).toMatchObject({ detection_source: "package.json" });
  });

  it("Volta's pin of a package manager gives no release where packageManager names another release of it (Volta's Yarn 1 launching the project's Berry)", async () => {
    const berry = await scan(new MemorySource({ "package.json": JSON.stringify({ name: "web", dependencies: { vue: "3.4.21" }, packageManager: "yarn@3.6.4", volta: { node: "20.11.1", yarn: "1.22.19" } }) }), opts);
    expect(byName(berry.document.tools, "Yarn")).toMatchObject({ version: "3.6.4", detection_source: "package.json" });
    expect(byName(berry.document.tools, "Node.js")?.version).toBe("20.11.1");
    const same = await scan(new MemorySource({ "package.json": JSON.stringify({ name: "web", packageManager: "pnpm@8.15.4", volta: { pnpm: "8.15.4" } }) }), opts);
    expect(byName(same.document.tools, "pnpm")?.version).toBe("8.15.4");
    const other = await scan(new MemorySource({ "package.json": JSON.stringify({ name: "web", packageManager: "pnpm@9.1.0", volta: { yarn: "1.22.19" } }) }), opts);
    expect(byName(other.document.tools, "Yarn")?.version).toBe("1.22.19");
  });

  it("engines and npm's devEngines name the package manager (engines wins), with a release only where one is pinned; a Node.js range in either names no Node.js", async () => {
    const devEngines = { runtime: { name: "node", version: ">=20.11.0", onFail: "error" }, packageManager: [{ name: "pnpm", version: "^9.15.0" }] };
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify({ name: "app", devEngines }) }), opts);
    expect(byName(document.tools, "Node.js")).toBeUndefined();
    expect(byName(document.tools, "pnpm")).toBeDefined();
    expect(byName(document.tools, "pnpm")?.version).toBeUndefined();
    const both = await scan(new MemorySource({ "package.json": JSON.stringify({ name: "app", engines: { node: ">=22", pnpm: "9.1.0" }, devEngines }) }), opts);
    expect(byName(both.document.tools, "Node.js")).toBeUndefined();
    expect(byName(both.document.tools, "pnpm")?.version).toBe("9.1.0");
    // A floor is not the release in use (the site gives Yarn none for `>= 0.18.0`).
    const floor = await scan(new MemorySource({ "package.json": JSON.stringify({ name: "api", engines: { node: "^11.0.0", yarn: ">= 0.18.0" } }) }), opts);
    expect(byName(floor.document.tools, "Yarn")).toMatchObject({ detection_source: "package.json" });
    expect(byName(floor.document.tools, "Yarn")?.version).toBeUndefined();
    const bun = await scan(new MemorySource({ "package.json": JSON.stringify({ name: "app", engines: { bun: ">=1.1.0" } }) }), opts);
    expect(byName(bun.document.tools, "Bun")).toBeDefined();
    expect(byName(bun.document.tools, "Bun")?.version).toBeUndefined();
    const exact = await scan(new MemorySource({ "package.json": JSON.stringify({ name: "app", engines: { npm: "=10.2.4" } }) }), opts);
    expect(byName(exact.document.tools, "npm")?.version).toBe("10.2.4");
    // What the code itself runs on Node with still names it, the range giving it no release.
    const fetching = await scan(new MemorySource({ "package.json": JSON.stringify({ name: "app", engines: { node: ">=18" }, dependencies: { "node-fetch": "^2.6.7" } }) }), opts);
    expect(byName(fetching.document.tools, "Node.js")).toMatchObject({ detection_source: "package.json" });
    expect(byName(fetching.document.tools, "Node.js")?.version).toBeUndefined();
  });

  it("packageManager's release (the one Corepack runs, a hash after it) over an engines pin of another; an engines pin stands beside another manager's packageManager", async () => {
    const manifest = { name: "app", engines: { node: ">=18", yarn: "1.22.19", npm: "please-use-yarn" }, packageManager: "yarn@1.22.22+sha512.a6b2f7906b721bba3d67d4aff083df04" };
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), opts);
    expect(byName(document.tools, "Yarn")).toMatchObject({ version: "1.22.22", detection_source: "package.json" });
    const other = await scan(new MemorySource({ "package.json": JSON.stringify({ name: "app", engines: { npm: "10.2.4" }, packageManager: "pnpm@9.1.0" }) }), opts);
    expect(byName(other.document.tools, "npm")?.version).toBe("10.2.4");
    expect(byName(other.document.tools, "pnpm")?.version).toBe("9.1.0");
  });

  it("an OpenTelemetry exporter reveals its backend without its release; the SDK names no OpenTelemetry tool", async () => {
    const pkg = JSON.stringify({ dependencies: { "@opentelemetry/sdk-node": "0.52.1", "@opentelemetry/api": "1.9.0", "@opentelemetry/exporter-zipkin": "1.25.1", "@opentelemetry/exporter-prometheus": "0.52.1" } });
    const { document } = await scan(new MemorySource({ "package.json": pkg }), opts);
    expect(byName(document.tools, "Zipkin")).toBeDefined();
    expect(byName(document.tools, "Zipkin")?.version).toBeUndefined();
    expect(byName(document.tools, "Prometheus")).toBeDefined();
    expect(byName(document.tools, "Prometheus")?.version).toBeUndefined();
    // The site lists the SDK's packages and names no OpenTelemetry from them (npm and Go alike).
    expect(document.tools.find((t) => t.name === "OpenTelemetry")).toBeUndefined();
  });

  it("Yarn catalogs (4.10+): `catalog:` and `catalog:<name>` take the range .yarnrc.yml names, and yarn.lock, keyed by that range, its release", async () => {
    const files = {
      ".yarnrc.yml": "nodeLinker: node-modules\n\ncatalog:\n  lodash: ^4.17.21\n  typescript: ~5.6.2\n\ncatalogs:\n  react18:\n    react: ^18.3.1\n",
      "package.json": JSON.stringify({ name: "root", private: true, workspaces: ["apps/*"], packageManager: "yarn@4.10.3", devDependencies: { typescript: "catalog:" } }),
      "apps/web/package.json": JSON.stringify({ name: "web", dependencies: { react: "catalog:react18", lodash: "catalog:", zod: "catalog:" } }),
      "yarn.lock": [
        "__metadata:",
        "  version: 8",
        "  cacheKey: 10c0",
        "",
        '"lodash@npm:^4.17.21":',
        "  version: 4.17.21",
        '  resolution: "lodash@npm:4.17.21"',
        "",
        '"lodash@npm:^3.10.0":',
        "  version: 3.10.1",
        '  resolution: "lodash@npm:3.10.1"',
        "",
        '"react@npm:^18.3.1":',
        "  version: 18.3.1",
        '  resolution: "react@npm:18.3.1"',
        "",
        '"react@npm:^17.0.2":',
        "  version: 17.0.2",
        '  resolution: "react@npm:17.0.2"',
        "",
        '"typescript@npm:~5.6.2":',
        "  version: 5.6.3",
        '  resolution: "typescript@npm:5.6.3"',
        "",
      ].join("\n"),
    };
    const { document, warnings } = await scan(new MemorySource(files), opts);
    expect(warnings).toEqual([]);
    const pkg = (name: string) => document.tools.find((t) => t.package_url === `https://www.npmjs.com/${name}`);
    expect(pkg("react")).toMatchObject({ version: "18.3.1", detection_source_url: "yarn.lock" });
    expect(pkg("lodash")).toMatchObject({ version: "4.17.21", detection_source_url: "yarn.lock" });
    expect(pkg("typescript")).toMatchObject({ version: "5.6.3", detection_source: "package.json", detection_source_url: "yarn.lock" });
    // A name no catalog lists has no range to read.
    expect(pkg("zod")).toBeDefined();
    expect(pkg("zod")?.version).toBeUndefined();
  });

  it("pnpm catalogs: `catalog:` and `catalog:<name>` take the range pnpm-workspace.yaml names; a lockfile still gives the installed release", async () => {
    const files = {
      "pnpm-workspace.yaml": "packages:\n  - apps/*\ncatalog:\n  react: ^18.2.0\n  zod: ~3.23.8\ncatalogs:\n  legacy:\n    react: ^17.0.2\n",
      "package.json": JSON.stringify({ name: "root", private: true, devDependencies: { typescript: "5.4.5" } }),
      "apps/web/package.json": JSON.stringify({ name: "web", dependencies: { react: "catalog:", zod: "catalog:default" } }),
      "apps/old/package.json": JSON.stringify({ name: "old", dependencies: { react: "catalog:legacy", lodash: "catalog:" } }),
    };
    const { document, warnings } = await scan(new MemorySource(files), opts);
    expect(warnings).toEqual([]);
    const pkgs = document.tools.filter((t) => t.package_url);
    expect(pkgs.find((t) => t.name === "zod")?.version).toBe("3.23.8");
    // Two projects, two catalogs: the shallowest file's entry speaks for React (apps/old before apps/web).
    expect(byName(document.tools, "React")).toMatchObject({ version: "17.0.2", detection_source: "apps/old/package.json" });
    // A name no catalog lists has no range to read.
    expect(pkgs.find((t) => t.name === "lodash")).toBeDefined();
    expect(pkgs.find((t) => t.name === "lodash")?.version).toBeUndefined();

    const lock = [
      "lockfileVersion: '9.0'",
      "catalogs:",
      "  default:",
      "    react:",
      "      specifier: ^18.2.0",
      "      version: 18.3.1",
      "importers:",
      "  .:",
      "    devDependencies:",
      "      typescript:",
      "        specifier: 5.4.5",
      "        version: 5.4.5",
      "  apps/web:",
      "    dependencies:",
      "      react:",
      "        specifier: 'catalog:'",
      "        version: 18.3.1",
      "",
    ].join("\n");
    const web = { "pnpm-workspace.yaml": files["pnpm-workspace.yaml"], "package.json": files["package.json"], "apps/web/package.json": JSON.stringify({ name: "web", dependencies: { react: "catalog:" } }), "pnpm-lock.yaml": lock };
    const locked = await scan(new MemorySource(web), opts);
    expect(byName(locked.document.tools, "React")).toMatchObject({ version: "18.3.1", detection_source_url: "pnpm-lock.yaml" });
  });

  it("Deno: npm packages of deno.json's import map; jsr and deno.land imports are not npm's", async () => {
    const denoJson = JSON.stringify({
      tasks: { dev: "vite" },
      imports: {
        fresh: "jsr:@fresh/core@^2.0.0",
        preact: "npm:preact@^10.27.1",
        "@preact/signals": "npm:@preact/signals@^2.2.1",
        vite: "npm:vite@^7.1.3",
        "std/": "https://deno.land/std@0.224.0/",
        lodash: "npm:lodash",
      },
    });
    const { document } = await scan(new MemorySource({ "deno.json": denoJson, "main.ts": "" }), opts);
    expect(byName(document.tools, "Preact")).toMatchObject({ version: "10.27.1", detection_source: "deno.json" });
    expect(byName(document.tools, "Vite")?.version).toBe("7.1.3");
    expect(byName(document.tools, "@preact/signals")?.version).toBe("2.2.1");
    expect(byName(document.tools, "lodash")).toBeDefined();
    expect(byName(document.tools, "lodash")?.version).toBeUndefined();
    expect(byName(document.tools, "Lodash")).toBeDefined();
    expect(document.tools.some((t) => t.name.includes("fresh") || t.name.includes("std"))).toBe(false);
  });

  it("Deno: deno.lock gives an npm: import its resolved version, in each lockfile format", async () => {
    const denoJson = JSON.stringify({ imports: { "@std/assert": "jsr:@std/assert@^1.0.14", zod: "npm:zod@^3.22.4", "react-dom": "npm:react-dom@^18.2.0", chalk: "npm:chalk" } });
    const v4 = {
      version: "4",
      specifiers: { "jsr:@std/assert@^1.0.14": "1.0.19", "npm:zod@^3.22.4": "3.23.8", "npm:react-dom@^18.2.0": "18.3.1_react@18.3.1", "npm:chalk@*": "5.3.0", "npm:chalk": "5.3.0" },
      npm: { "zod@3.23.8": { integrity: "sha512-x" } },
    };
    const v3 = { version: "3", packages: { specifiers: { "npm:zod@^3.22.4": "npm:zod@3.23.8", "npm:react-dom@^18.2.0": "npm:react-dom@18.3.1_react@18.3.1" }, npm: {} } };
    const v2 = { version: "2", npm: { specifiers: { "zod@^3.22.4": "zod@3.23.8", "react-dom@^18.2.0": "react-dom@18.3.1_react@18.3.1" }, packages: {} } };
    for (const lock of [v4, v3, v2]) {
      const { document } = await scan(new MemorySource({ "deno.json": denoJson, "deno.lock": JSON.stringify(lock), "main.ts": "" }), opts);
      expect(byName(document.tools, "zod"), `deno.lock v${lock.version}`).toMatchObject({ version: "3.23.8", detection_source: "deno.json", detection_source_url: "deno.lock" });
      expect(byName(document.tools, "react-dom")?.version, `deno.lock v${lock.version}`).toBe("18.3.1");
    }
    const v4Chalk = await scan(new MemorySource({ "deno.json": denoJson, "deno.lock": JSON.stringify(v4) }), opts);
    expect(byName(v4Chalk.document.tools, "chalk")?.version).toBe("5.3.0");
    // A member of a workspace uses the lockfile at the root; without one the range's lowest release.
    const member = await scan(new MemorySource({ "api/deno.jsonc": `// the API\n${denoJson}`, "deno.lock": JSON.stringify(v4) }), opts);
    expect(byName(member.document.tools, "zod")).toMatchObject({ version: "3.23.8", detection_source: "api/deno.jsonc", detection_source_url: "deno.lock" });
    const unlocked = await scan(new MemorySource({ "deno.json": denoJson }), opts);
    expect(byName(unlocked.document.tools, "zod")).toMatchObject({ version: "3.22.4", detection_source_url: "deno.json" });
  });

  it("Deno and import maps: npm packages served by a CDN (esm.sh, Skypack, unpkg, jsDelivr) are npm's", async () => {
    const importMap = JSON.stringify({
      imports: {
        preact: "https://esm.sh/preact@10.22.0",
        "preact/": "https://esm.sh/preact@10.22.0/",
        "@preact/signals": "https://esm.sh/*@preact/signals@1.2.2",
        "preact-render-to-string": "https://esm.sh/v135/preact-render-to-string@6.5.5?external=preact",
        lodash: "https://cdn.skypack.dev/lodash@4.17.21",
        vue: "https://unpkg.com/vue@3.4.21/dist/vue.esm-browser.js",
        three: "https://cdn.jsdelivr.net/npm/three@0.160.0/build/three.module.js",
        "$std/": "https://deno.land/std@0.216.0/",
        "$fresh/": "https://deno.land/x/fresh@1.7.3/",
      },
    });
    const { document } = await scan(new MemorySource({ "deno.json": JSON.stringify({ importMap: "./import_map.json" }), "import_map.json": importMap }), opts);
    expect(byName(document.tools, "Preact")).toMatchObject({ version: "10.22.0", detection_source: "import_map.json" });
    expect(byName(document.tools, "@preact/signals")?.version).toBe("1.2.2");
    expect(byName(document.tools, "preact-render-to-string")?.version).toBe("6.5.5");
    expect(byName(document.tools, "lodash")?.version).toBe("4.17.21");
    expect(byName(document.tools, "Vue.js")?.version).toBe("3.4.21");
    expect(byName(document.tools, "three")?.version).toBe("0.160.0");
    expect(document.tools.filter((t) => t.package_url).map((t) => t.name).sort()).toEqual(["@preact/signals", "lodash", "preact", "preact-render-to-string", "three", "vue"]);
  });

  it("vitest.config.ts names Vitest, as jest.config names Jest; the vitest package entry stays beside it", async () => {
    const manifest = { name: "app", devDependencies: { vitest: "^1.6.0" } };
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest), "vitest.config.ts": "export default {};\n" }), opts);
    expect(document.tools.find((t) => t.name === "Vitest" && !t.package_url)?.version).toBe("1.6.0");
    expect(document.tools.find((t) => t.name === "vitest" && t.package_url)).toBeDefined();
    const configOnly = await scan(new MemorySource({ "web/vitest.config.mts": "export default {};\n" }), opts);
    expect(configOnly.document.tools.find((t) => t.name === "Vitest" && !t.package_url)).toMatchObject({ detection_source: "web/vitest.config.mts" });
  });

  it("a tool its config file shows takes the version of its own dev package in that project (Vitest from vitest.config.ts)", async () => {
    const withConfig = opts;
    const manifest = { name: "app", devDependencies: { vitest: "^1.6.0", typescript: "^5.4.0" } };
    const lock = { name: "app", lockfileVersion: 3, packages: { "": manifest, "node_modules/vitest": { version: "1.6.1", dev: true }, "node_modules/typescript": { version: "5.4.5", dev: true } } };
    const files = { "package.json": JSON.stringify(manifest), "package-lock.json": JSON.stringify(lock), "vitest.config.ts": "export default {};\n" };
    const { document } = await scan(new MemorySource(files), withConfig);
    expect(document.tools.find((t) => t.name === "Vitest" && !t.package_url)).toMatchObject({ version: "1.6.1", detection_source: "package.json", detection_source_url: "package-lock.json" });
    // Another project's manifest says nothing of this configuration's release.
    const elsewhere = await scan(new MemorySource({ "vitest.config.ts": "export default {};\n", "templates/worker/package.json": JSON.stringify({ name: "worker", devDependencies: { vitest: "0.28.3" } }) }), withConfig);
    // (the worker's own vitest names Vitest with its release, from its manifest)
    expect(elsewhere.document.tools.find((t) => t.name === "Vitest" && !t.package_url)).toMatchObject({ detection_source: "templates/worker/package.json", version: "0.28.3" });
  });

  it("a closed hosted service takes no version from its SDK or adapter; the package entry keeps it", async () => {
    const manifest = { name: "shop", dependencies: { firebase: "^10.7.0", "@sentry/sveltekit": "^10.39.0" }, devDependencies: { "@sveltejs/adapter-cloudflare": "^7.2.8" } };
    const lock = {
      name: "shop",
      lockfileVersion: 3,
      packages: {
        "": manifest,
        "node_modules/firebase": { version: "10.7.2", license: "Apache-2.0" },
        "node_modules/@sentry/sveltekit": { version: "10.40.0", license: "MIT" },
        "node_modules/@sveltejs/adapter-cloudflare": { version: "7.2.8", dev: true, license: "MIT" },
      },
    };
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest), "package-lock.json": JSON.stringify(lock) }), opts);
    const tool = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    expect(tool("Firebase")).toMatchObject({ detection_source: "package.json", detection_source_url: "package.json" });
    expect(tool("Firebase")?.version).toBeUndefined();
    expect(tool("Cloudflare Pages")).toBeDefined();
    expect(tool("Cloudflare Pages")?.version).toBeUndefined();
    expect(byName(document.tools, "firebase")).toMatchObject({ version: "10.7.2", package_url: "https://www.npmjs.com/firebase" });
    expect(byName(document.tools, "@sveltejs/adapter-cloudflare")?.version).toBe("7.2.8");
    // Sentry publishes its code: the SDK release still stands for it, as for any open-source tool.
    expect(tool("Sentry")).toMatchObject({ version: "10.40.0", detection_source_url: "package-lock.json" });
  });

  it("ESLint takes the version of `eslint`, not of its rule set @eslint/js released beside it", async () => {
    const manifest = { name: "site", type: "module", devDependencies: { "@eslint/js": "^9.0.0", eslint: "^9.0.0", "chart.js": "^4.4.0" } };
    const lock = {
      name: "site",
      lockfileVersion: 3,
      packages: {
        "": manifest,
        "node_modules/@eslint/js": { version: "9.39.1", dev: true },
        "node_modules/eslint": { version: "9.39.3", dev: true },
        "node_modules/chart.js": { version: "4.4.1", dev: true },
      },
    };
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest), "package-lock.json": JSON.stringify(lock) }), opts);
    expect(document.tools.find((t) => t.name === "ESLint" && !t.package_url)?.version).toBe("9.39.3");
    expect(document.tools.find((t) => t.name === "Chart.js" && !t.package_url)?.version).toBe("4.4.1");
  });

  it("sass-embedded, Dart Sass's embedded compiler, is Sass with its own release number", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify({ name: "site", dependencies: { nuxt: "3.16.2", "sass-embedded": "1.86.3" } }) }), opts);
    expect(document.tools.find((t) => t.name === "Sass" && !t.package_url)).toMatchObject({ version: "1.86.3", detection_source: "package.json" });
  });

  it("a plugin or CLI on its own numbering reveals its tool without giving it a version", async () => {
    const lock = (deps: Record<string, string>) => ({
      name: "app",
      lockfileVersion: 3,
      packages: { "": { name: "app", devDependencies: deps }, ...Object.fromEntries(Object.entries(deps).map(([n, v]) => [`node_modules/${n}`, { version: v.slice(1) }])) },
    });
    const scanDeps = async (deps: Record<string, string>) =>
      (await scan(new MemorySource({ "package.json": JSON.stringify({ name: "app", devDependencies: deps }), "package-lock.json": JSON.stringify(lock(deps)) }), opts)).document.tools;
    const alone = await scanDeps({ "webpack-cli": "^5.1.4", "ts-node": "^10.9.1", "eslint-config-prettier": "^10.1.8", "passport-jwt": "^4.0.1", "react-chartjs-2": "^5.2.0", "mongodb-memory-server": "^9.1.6" });
    for (const name of ["Webpack", "TypeScript", "ESLint", "Passport", "Chart.js", "MongoDB"]) {
      expect(alone.find((t) => t.name === name && !t.package_url), name).toMatchObject({ detection_source: "package.json", detection_source_url: "package.json" });
      expect(alone.find((t) => t.name === name && !t.package_url)?.version, name).toBeUndefined();
    }
    expect(byName(alone, "webpack-cli")?.version).toBe("5.1.4");
    const beside = await scanDeps({ webpack: "^5.101.0", "webpack-cli": "^5.1.4" });
    expect(beside.find((t) => t.name === "Webpack" && !t.package_url)?.version).toBe("5.101.0");
  });

  it("gulp's JSHint plugin and JSHint's reporter reveal JSHint without their own releases (a Grunt build of an AngularJS app; Grunt's own task: test/spacy-and-grunt-jshint.test.ts)", async () => {
    const deps = { "grunt-cli": "^0.1.13", "jshint-stylish": "^0.4.0", "gulp-jshint": "^2.1.0" };
    for (const [name, range] of Object.entries(deps).slice(1)) {
      const manifest = { name: "ui", devDependencies: { "grunt-cli": deps["grunt-cli"], [name]: range } };
      const tools = (await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), opts)).document.tools;
      const jshint = tools.find((t) => t.name === "JSHint" && !t.package_url);
      expect(jshint, name).toMatchObject({ detection_source: "package.json" });
      expect(jshint?.version, name).toBeUndefined();
      expect(byName(tools, name)?.package_url, name).toBe(`https://www.npmjs.com/${name}`);
    }
  });

  it("font-awesome and hammerjs, declared by Angular apps, stay package entries and name no tool", async () => {
    const manifest = { name: "material-app", dependencies: { "@angular/core": "^4.3.2", "@angular/material": "^2.0.0-beta.8", hammerjs: "^2.0.8", "font-awesome": "^4.7.0" } };
    const tools = (await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), opts)).document.tools;
    expect(tools.filter((t) => !t.package_url).map((t) => t.name)).not.toEqual(expect.arrayContaining(["hammer.js"]));
    expect(tools.find((t) => t.name === "Font Awesome")).toBeUndefined();
    expect(byName(tools, "hammerjs")?.package_url).toBe("https://www.npmjs.com/hammerjs");
    expect(byName(tools, "Angular")).toBeDefined();
  });

  it("@react-navigation/* in an Expo app name React Navigation, numbered by @react-navigation/native (a package the site does not know)", async () => {
    const manifest = {
      name: "meal-app",
      main: "node_modules/expo/AppEntry.js",
      dependencies: {
        "@react-navigation/native": "^6.1.6",
        "@react-navigation/native-stack": "^6.9.12",
        "@react-navigation/drawer": "^6.3.1",
        expo: "~48.0.19",
        react: "18.2.0",
        "react-native": "0.71.8",
      },
    };
    const tools = (await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), opts)).document.tools;
    expect(tools.find((t) => t.name === "React Navigation" && !t.package_url)?.version).toBe("6.1.6");
    expect(byName(tools, "@react-navigation/native")?.package_url).toBe("https://www.npmjs.com/@react-navigation/native");
    expect(byName(tools, "React Native")).toBeDefined();
  });

  it("flow-bin stays a package entry and names no Flow (JS); a .flowconfig still does", async () => {
    const manifest = { name: "@scope/schemata", devDependencies: { "@babel/core": "^7.23.6", "@babel/preset-flow": "^7.23.3", "flow-bin": "^0.224.0", jest: "^29.7.0" } };
    const tools = (await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), opts)).document.tools;
    expect(tools.find((t) => t.name === "Flow (JS)")).toBeUndefined();
    expect(byName(tools, "flow-bin")?.package_url).toBe("https://www.npmjs.com/flow-bin");
    const withConfig = (await scan(new MemorySource({ "package.json": JSON.stringify(manifest), ".flowconfig": "[ignore]\n\n[options]\n" }), opts)).document.tools;
    expect(withConfig.find((t) => t.name === "Flow (JS)")).toMatchObject({ detection_source: ".flowconfig" });
  });

  it("@vue/cli-plugin-babel in a Vue CLI project stays a package entry and names no Vue CLI", async () => {
    const manifest = {
      name: "vue-shop",
      scripts: { serve: "vue-cli-service serve", build: "vue-cli-service build" },
      dependencies: { vue: "^2.6.10", vuex: "^3.1.2", "core-js": "^3.4.3" },
      devDependencies: { "@vue/cli-plugin-babel": "^4.1.0", "@vue/cli-plugin-eslint": "^4.1.0", "@vue/cli-service": "^4.1.0", eslint: "^5.16.0" },
    };
    const tools = (await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), opts)).document.tools;
    expect(tools.find((t) => t.name === "Vue CLI")).toBeUndefined();
    expect(byName(tools, "@vue/cli-plugin-babel")?.package_url).toBe("https://www.npmjs.com/@vue/cli-plugin-babel");
    expect(byName(tools, "Vue.js")).toBeDefined();
  });

  it("@ngrx/* in an Angular app stay package entries and name no NGRX for Angular", async () => {
    const manifest = {
      name: "forms-example",
      dependencies: {
        "@angular/core": "~10.2.0",
        "@angular/forms": "~10.2.0",
        "@ngrx/effects": "^10.0.1",
        "@ngrx/store": "^10.0.1",
        "@ngrx/store-devtools": "^10.0.1",
        rxjs: "~6.6.3",
      },
    };
    const tools = (await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), opts)).document.tools;
    expect(tools.find((t) => t.name === "NGRX for Angular")).toBeUndefined();
    expect(byName(tools, "@ngrx/store")?.package_url).toBe("https://www.npmjs.com/@ngrx/store");
    expect(byName(tools, "Angular")).toBeDefined();
  });

  it("@chakra-ui/react names Chakra UI (a package the site does not know); prism-react-renderer stays a package entry naming no Prism", async () => {
    const manifest = {
      name: "docs",
      dependencies: {
        "@chakra-ui/react": "2.1.0",
        "@emotion/react": "^11.8.2",
        "@emotion/styled": "^11.8.1",
        "framer-motion": "^6.3.3",
        next: "^12.1.6",
        "prism-react-renderer": "^1.3.1",
        react: "^18.1.0",
        "react-dom": "^18.1.0",
      },
    };
    const tools = (await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), opts)).document.tools;
    expect(tools.find((t) => t.name === "Chakra UI")?.version).toBe("2.1.0");
    expect(tools.find((t) => t.name === "Prism")).toBeUndefined();
    expect(byName(tools, "@chakra-ui/react")?.package_url).toBe("https://www.npmjs.com/@chakra-ui/react");
    expect(byName(tools, "prism-react-renderer")?.package_url).toBe("https://www.npmjs.com/prism-react-renderer");
    expect(byName(tools, "Next.js")).toBeDefined();
  });

  it("@radix-ui/* and react-hook-form in a shadcn/ui Next.js app name Radix Primitives and React Hook Form (packages the site does not know)", async () => {
    // modelled on held-out Drakkarrr/D-prompt-AI: the site names Next.js and Autoprefixer from it, and neither
    // these tools nor their packages
    const manifest = {
      name: "my-app",
      dependencies: {
        "@hookform/resolvers": "^3.1.1",
        "@radix-ui/react-dialog": "^1.0.4",
        "@radix-ui/react-label": "^2.0.2",
        "@radix-ui/react-slot": "^1.0.2",
        autoprefixer: "10.4.14",
        "class-variance-authority": "^0.7.0",
        next: "13.4.10",
        react: "18.2.0",
        "react-dom": "18.2.0",
        "react-hook-form": "^7.45.2",
        zod: "^3.21.4",
      },
    };
    const tools = (await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), opts)).document.tools;
    const named = tools.filter((t) => !t.package_url).map((t) => t.name);
    expect(named).toEqual(expect.arrayContaining(["Radix Primitives", "React Hook Form"]));
    expect(tools.find((t) => t.name === "Radix Primitives")?.version).toBeUndefined(); // each primitive has its own numbering
    expect(tools.find((t) => t.name === "React Hook Form")?.version).toBe("7.45.2");
    expect(byName(tools, "@radix-ui/react-dialog")?.package_url).toBe("https://www.npmjs.com/@radix-ui/react-dialog");
    expect(byName(tools, "react-hook-form")?.package_url).toBe("https://www.npmjs.com/react-hook-form");
    expect(byName(tools, "Next.js")).toBeDefined();
    expect(byName(tools, "Autoprefixer")).toBeDefined();
  });

  it("unocss and @unocss/* in a Vue 3 app name UnoCSS (packages the site does not know)", async () => {
    // modelled on held-out kalwabed/ykka-chat: the site names Vue.js, Firebase, ESLint and Prettier, and neither
    // UnoCSS nor its packages
    const manifest = {
      name: "chat",
      private: true,
      scripts: { dev: "vite", build: "vite build" },
      dependencies: { "@unocss/reset": "^0.55.3", firebase: "^10.3.0", vue: "^3.3.4" },
      devDependencies: { eslint: "^8.48.0", prettier: "^3.0.3", unocss: "^0.55.3", vite: "^4.4.9" },
    };
    const source = () => new MemorySource({ "package.json": JSON.stringify(manifest), "uno.config.ts": "" });
    const tools = (await scan(source(), opts)).document.tools;
    expect(tools.find((t) => t.name === "UnoCSS" && !t.package_url)?.version).toBe("0.55.3");
    expect(byName(tools, "unocss")?.package_url).toBe("https://www.npmjs.com/unocss");
    expect(byName(tools, "@unocss/reset")?.package_url).toBe("https://www.npmjs.com/@unocss/reset");
    expect(byName(tools, "Vue.js")).toBeDefined();
    const reset = (await scan(new MemorySource({ "package.json": JSON.stringify({ name: "x", dependencies: { "@unocss/reset": "^0.55.3" } }) }), opts)).document.tools;
    expect(reset.find((t) => t.name === "UnoCSS" && !t.package_url)).toBeDefined();
  });

  it("@strapi/strapi in a Strapi 4 app names Strapi (a package the site does not know)", async () => {
    const manifest = {
      name: "blog-cms",
      scripts: { develop: "strapi develop", build: "strapi build", strapi: "strapi" },
      dependencies: {
        "@strapi/plugin-i18n": "4.21.1",
        "@strapi/plugin-users-permissions": "4.21.1",
        "@strapi/strapi": "4.21.1",
        "better-sqlite3": "8.6.0",
        react: "^18.0.0",
      },
    };
    const tools = (await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), opts)).document.tools;
    expect(tools.find((t) => t.name === "Strapi" && !t.package_url)?.version).toBe("4.21.1");
    expect(byName(tools, "@strapi/strapi")?.package_url).toBe("https://www.npmjs.com/@strapi/strapi");
  });

  it("AngularJS 1.x's angular and its modules stay package entries and name no AngularJS; gulp, Karma and Mocha still name theirs", async () => {
    const manifest = {
      name: "ng6-starter",
      dependencies: { angular: "^1.6.1", "angular-animate": "^1.6.1", "angular-messages": "^1.6.1", "angular-mocks": "^1.6.1", webpack: "^1.14.0" },
      devDependencies: { gulp: "^3.9.0", karma: "^0.13.9", mocha: "^2.3.0", chai: "^3.4.0" },
    };
    const tools = (await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), opts)).document.tools;
    expect(tools.find((t) => t.name === "AngularJS")).toBeUndefined();
    for (const name of ["angular", "angular-animate", "angular-mocks"]) expect(byName(tools, name)?.package_url, name).toBe(`https://www.npmjs.com/${name}`);
    for (const name of ["gulp", "Karma", "Mocha", "Webpack"]) expect(byName(tools, name), name).toBeDefined();
  });

  it("browser-sync, a gulp build's live-reload server, stays a package entry and names no BrowserSync", async () => {
    const manifest = { name: "site", devDependencies: { gulp: "^4.0.2", "browser-sync": "^2.29.3", sass: "^1.69.5" } };
    const tools = (await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), opts)).document.tools;
    expect(tools.find((t) => t.name === "BrowserSync")).toBeUndefined();
    expect(byName(tools, "browser-sync")?.package_url).toBe("https://www.npmjs.com/browser-sync");
    expect(byName(tools, "gulp")).toBeDefined();
  });

  it("nyc and its TypeScript preset stay package entries; the istanbul package still names Istanbul", async () => {
    const scanDeps = async (devDependencies: Record<string, string>) =>
      (await scan(new MemorySource({ "package.json": JSON.stringify({ name: "api", devDependencies }) }), opts)).document.tools;
    const nyc = await scanDeps({ nyc: "^15.1.0", "@istanbuljs/nyc-config-typescript": "^1.0.2", mocha: "^10.2.0" });
    expect(nyc.find((t) => t.name === "Istanbul")).toBeUndefined();
    expect(byName(nyc, "nyc")?.package_url).toBe("https://www.npmjs.com/nyc");
    expect(byName(nyc, "Mocha")).toBeDefined();
    const istanbul = await scanDeps({ istanbul: "^0.4.5", nyc: "^15.1.0" });
    expect(istanbul.find((t) => t.name === "Istanbul" && !t.package_url)).toMatchObject({ version: "0.4.5" });
  });

  it("Redux Toolkit and React Redux reveal Redux without lending it their own release numbers", async () => {
    const redux = (tools: ToolEntry[]) => tools.find((t) => t.name === "Redux" && !t.package_url);
    const declare = (deps: Record<string, string>) => scan(new MemorySource({ "package.json": JSON.stringify({ name: "app", dependencies: deps }) }), opts);
    const rtk = (await declare({ "@reduxjs/toolkit": "^1.9.1", "react-redux": "^8.0.1", react: "^18.2.0" })).document.tools;
    expect(redux(rtk)).toBeDefined();
    expect(redux(rtk)?.version).toBeUndefined(); // not 1.9.1 (the toolkit) nor 8.0.1 (the bindings)
    expect(byName(rtk, "@reduxjs/toolkit")?.version).toBe("1.9.1");
    const core = (await declare({ "react-redux": "^8.0.1", redux: "^4.2.1" })).document.tools;
    expect(redux(core)?.version).toBe("4.2.1");
  });

  it("Sentry's CLI and bundler plugins reveal Sentry but the SDK's release is its version", async () => {
    const sentry = (tools: ToolEntry[]) => tools.find((t) => t.name === "Sentry" && !t.package_url);
    const declare = (deps: Record<string, string>, devDeps: Record<string, string>) =>
      scan(new MemorySource({ "package.json": JSON.stringify({ name: "app", dependencies: deps, devDependencies: devDeps }) }), opts);
    const app = (await declare({ "@sentry/react": "^7.83.0", "@sentry/vite-plugin": "^2.15.0" }, { "@sentry/cli": "^2.22.3" })).document.tools;
    expect(sentry(app)?.version).toBe("7.83.0");
    expect(byName(app, "@sentry/cli")?.version).toBe("2.22.3");
    const toolsOnly = (await declare({}, { "@sentry/cli": "^2.22.3", "@sentry/webpack-plugin": "^2.16.0" })).document.tools;
    expect(sentry(toolsOnly)).toBeDefined();
    expect(sentry(toolsOnly)?.version).toBeUndefined();
  });

  it("a tool takes the version of its own package, not of a plugin, loader or typings beside it", async () => {
    // yarn.lock lists webpack@^2.2.0 (2.7.0) before the declared webpack@^3.12.0 (3.12.0).
    const { document } = await scan(fixture("vue2-yarn-app"), opts);
    const tool = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    expect(tool("Vue.js")?.version).toBe("2.6.14"); // not @vue/test-utils 1.0.0
    expect(tool("Webpack")?.version).toBe("3.12.0"); // not vue-loader 14.2.4, not the first webpack entry
    expect(tool("ESLint")?.version).toBe("4.19.1"); // not eslint-plugin-vue 4.7.1
    expect(tool("Node.js")).toBeDefined();
    expect(tool("Node.js")?.version).toBeUndefined(); // @types/node 10.17.60 is not the Node.js in use
    expect(byName(document.tools, "@types/node")?.version).toBe("10.17.60"); // the package entry keeps it
  });

  it("libraries serving Swagger UI from an API are package entries only; the swagger-ui package names it", async () => {
    const tools = async (deps: Record<string, string>) =>
      (await scan(new MemorySource({ "package.json": JSON.stringify({ name: "api", dependencies: deps }) }), opts)).document.tools;
    const wrappers = await tools({ "@nestjs/swagger": "^7.1.8", "swagger-ui-express": "^4.1.4", "swagger-jsdoc": "^6.2.8" });
    expect(wrappers.find((t) => t.name === "Swagger UI")).toBeUndefined();
    expect(wrappers.filter((t) => t.package_url).map((t) => t.name).sort()).toEqual(["@nestjs/swagger", "swagger-jsdoc", "swagger-ui-express"]);
    expect((await tools({ "swagger-ui": "^5.9.0" })).find((t) => t.name === "Swagger UI" && !t.package_url)).toBeDefined();
  });

  it("a tool takes the version of its own package over a scoped wrapper named after it", async () => {
    const source = new MemorySource({
      "package.json": JSON.stringify({
        name: "api",
        dependencies: { "@nestjs/core": "8.2.6", "@nestjs/typeorm": "8.0.3", typeorm: "0.2.41", "@nestjs/swagger": "5.2.0" },
      }),
    });
    const { document } = await scan(source, opts);
    const tool = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    expect(tool("TypeORM")?.version).toBe("0.2.41"); // not @nestjs/typeorm 8.0.3
    expect(tool("NestJS")?.version).toBe("8.2.6"); // @nestjs/core still speaks for NestJS
  });

  it("a wrapper alone reveals the tool but not its version when the registry has the tool's own package", async () => {
    const deps = (d: Record<string, string>) => new MemorySource({ "package.json": JSON.stringify({ name: "api", dependencies: d }) });
    const only = await scan(deps({ "@nestjs/core": "8.2.6", "@nestjs/platform-express": "8.2.6" }), opts);
    const express = only.document.tools.find((t) => t.name === "ExpressJS" && !t.package_url);
    expect(express).toBeDefined();
    expect(express?.version).toBeUndefined(); // Express has never had an 8.2.6
    // Named after the tool, but on its own numbering: @nestjs/typeorm 8.0.3 goes with TypeORM 0.2.
    const named = await scan(deps({ "@nestjs/core": "8.2.6", "@nestjs/typeorm": "8.0.3", "@nestjs/mongoose": "9.2.1" }), opts);
    const typeorm = named.document.tools.find((t) => t.name === "TypeORM" && !t.package_url);
    expect(typeorm).toBeDefined();
    expect(typeorm?.version).toBeUndefined();
    expect(named.document.tools.find((t) => t.name === "Mongoose" && !t.package_url)).toBeDefined();
    expect(named.document.tools.find((t) => t.name === "Mongoose" && !t.package_url)?.version).toBeUndefined();
    expect(named.document.tools.find((t) => t.name === "@nestjs/typeorm")?.version).toBe("8.0.3"); // the package entry keeps it
    const both = await scan(deps({ "@nestjs/platform-express": "8.2.6", express: "4.18.2" }), opts);
    expect(both.document.tools.find((t) => t.name === "ExpressJS" && !t.package_url)?.version).toBe("4.18.2");
    // A service's SDKs are its only packages: Sentry keeps the SDK's version.
    const sdk = await scan(deps({ "@sentry/node": "7.22.0" }), opts);
    expect(sdk.document.tools.find((t) => t.name === "Sentry")?.version).toBe("7.22.0");
  });

  it("a wrapped tool takes its own package's release from the lockfile (@nestjs/platform-express installs express)", async () => {
    const manifest = { name: "api", dependencies: { "@nestjs/core": "^8.0.0", "@nestjs/platform-express": "^8.0.0", "@nestjs/typeorm": "^8.0.2", "@types/node": "^16.0.0" } };
    const lock = installed(manifest, { "@nestjs/core": "8.2.3", "@nestjs/platform-express": "8.2.3", "@nestjs/typeorm": "8.0.2", express: "4.17.1", typeorm: "0.2.36", node: "16.13.0" });
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest), "package-lock.json": JSON.stringify(lock) }), opts);
    const tool = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    expect(tool("ExpressJS")).toMatchObject({ version: "4.17.1", detection_source: "package.json", detection_source_url: "package-lock.json" });
    expect(tool("TypeORM")?.version).toBe("0.2.36");
    expect(tool("NestJS")?.version).toBe("8.2.3");
    expect(tool("Node.js")).toBeDefined();
    expect(tool("Node.js")?.version).toBeUndefined(); // typings are not a wrapper of the node package
    // The installed package is not a dependency the project declares: no package entry of its own.
    expect(document.tools.some((t) => t.package_url?.endsWith("/express"))).toBe(false);
    expect(document.tools.find((t) => t.name === "@nestjs/platform-express")?.version).toBe("8.2.3");
    // A framework's binding installs the library it binds: react-redux 8 beside redux 4.2.1.
    const bound = { name: "web", dependencies: { react: "^18.2.0", "react-redux": "^8.1.3", "react-i18next": "^13.5.0" } };
    const boundLock = installed(bound, { react: "18.2.0", "react-redux": "8.1.3", redux: "4.2.1", "react-i18next": "13.5.0", i18next: "23.7.11" });
    const web = (await scan(new MemorySource({ "package.json": JSON.stringify(bound), "package-lock.json": JSON.stringify(boundLock) }), opts)).document.tools;
    expect(web.find((t) => t.name === "Redux" && !t.package_url)).toMatchObject({ version: "4.2.1", detection_source_url: "package-lock.json" });
    expect(web.find((t) => t.name === "i18next" && !t.package_url)?.version).toBe("23.7.11");
    expect(web.find((t) => t.name === "React" && !t.package_url)?.version).toBe("18.2.0");
    // Without a lockfile the wrapper still gives the tool no version.
    const bare = await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), opts);
    expect(bare.document.tools.find((t) => t.name === "ExpressJS" && !t.package_url)?.version).toBeUndefined();
  });

  it("a tool shown only without a version takes the release the lockfile installed of its own package", async () => {
    // Laravel Mix's front end: vue-loader shows Webpack on its own numbering; laravel-mix installs webpack.
    const mix = { name: "app", devDependencies: { "laravel-mix": "^6.0.6", "vue-loader": "^15.9.7", vue: "^2.6.12", "mongodb-memory-server": "^9.1.6", "graphql-tag": "^2.12.6" } };
    const mixLock = installed(mix, { "laravel-mix": "6.0.41", "vue-loader": "15.9.7", vue: "2.6.14", webpack: "5.68.0", mongodb: "6.3.0", graphql: "16.8.1", react: "18.2.0", "mongodb-memory-server": "9.1.6", "graphql-tag": "2.12.6" });
    const files = { "package.json": JSON.stringify(mix), "package-lock.json": JSON.stringify(mixLock) };
    const { document } = await scan(new MemorySource(files), opts);
    const tool = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    expect(tool("Webpack")).toMatchObject({ version: "5.68.0", detection_source: "package.json", detection_source_url: "package-lock.json" });
    expect(tool("MongoDB")).toBeDefined();
    expect(tool("MongoDB")?.version).toBeUndefined(); // the driver's release is not the server's
    expect(tool("GraphQL")).toBeDefined();
    expect(tool("GraphQL")?.version).toBeUndefined(); // graphql-js is numbered apart from the language
    expect(tool("React")).toBeUndefined(); // an installed package reveals nothing by itself
    expect(document.tools.some((t) => t.package_url?.endsWith("/webpack"))).toBe(false); // nor is it a package entry
    // A server shown by an untagged image takes no release from a client the lockfile installed
    // under a queue library (bull installs redis 4.6): the version rules judge installs too.
    const queue = { name: "worker", dependencies: { bull: "^4.11.0" } };
    const queueLock = installed(queue, { bull: "4.11.5", redis: "4.6.12" });
    const compose = "services:\n  cache:\n    image: redis\n";
    const worker = (await scan(new MemorySource({ "package.json": JSON.stringify(queue), "package-lock.json": JSON.stringify(queueLock), "docker-compose.yml": compose }), opts)).document.tools;
    expect(worker.find((t) => t.name === "Redis" && !t.package_url)).toMatchObject({ detection_source: "docker-compose.yml" });
    expect(worker.find((t) => t.name === "Redis" && !t.package_url)?.version).toBeUndefined();
    // Without the lockfile the plugin still gives Webpack no version.
    const bare = await scan(new MemorySource({ "package.json": files["package.json"] }), opts);
    expect(bare.document.tools.find((t) => t.name === "Webpack" && !t.package_url)?.version).toBeUndefined();

    // yarn.lock says which release only when it holds one: two webpack versions leave the tool without.
    const yarnEntry = (spec: string, version: string) => `${spec}:\n  version "${version}"\n  resolved "https://registry.yarnpkg.com/x.tgz"\n`;
    const yarnLock = (webpack: string[]) =>
      ["# yarn lockfile v1", "", yarnEntry('"laravel-mix@^6.0.6"', "6.0.41"), yarnEntry('"vue-loader@^15.9.7"', "15.9.7"), ...webpack.map((v) => yarnEntry(`webpack@^${v}`, v))].join("\n");
    const withYarn = (lock: string) => scan(new MemorySource({ "package.json": files["package.json"], "yarn.lock": lock }), opts);
    const one = (await withYarn(yarnLock(["5.68.0"]))).document.tools.find((t) => t.name === "Webpack" && !t.package_url);
    expect(one).toMatchObject({ version: "5.68.0", detection_source_url: "yarn.lock" });
    const two = (await withYarn(yarnLock(["4.46.0", "5.68.0"]))).document.tools.find((t) => t.name === "Webpack" && !t.package_url);
    expect(two).toBeDefined();
    expect(two?.version).toBeUndefined();

    // A config file in a workspace package: its own node_modules before the hoisted install, and the
    // config file stays the source.
    const root = { name: "mono", private: true, workspaces: ["packages/*"], devDependencies: { typescript: "^5.0.0" } };
    const site = { name: "site", dependencies: { "@docusaurus/core": "^2.4.1" } };
    const monoLock = {
      name: "mono",
      lockfileVersion: 3,
      packages: {
        "": root,
        "packages/site": site,
        "node_modules/@babel/core": { version: "7.22.9" },
        "node_modules/typescript": { version: "5.1.6" },
        "packages/site/node_modules/@babel/core": { version: "7.22.5" },
        "packages/site/node_modules/@docusaurus/core": { version: "2.4.1" },
      },
    };
    const mono = await scan(
      new MemorySource({
        "package.json": JSON.stringify(root),
        "package-lock.json": JSON.stringify(monoLock),
        "packages/site/package.json": JSON.stringify(site),
        "packages/site/babel.config.js": "module.exports = { presets: [] };\n",
      }),
      opts,
    );
    expect(mono.document.tools.find((t) => t.name === "Babel" && !t.package_url)).toMatchObject({
      version: "7.22.5",
      detection_source: "packages/site/babel.config.js",
      detection_source_url: "package-lock.json",
    });
  });

  it("a Prisma schema's datasource names the database; env() and commented providers do not", async () => {
    const schema = [
      "generator client {",
      '  provider = "prisma-client-js"',
      "}",
      "",
      "datasource db {",
      '  // provider = "sqlite"',
      '  provider     = "mysql"',
      '  url          = env("DATABASE_URL")',
      "}",
      "",
      "model User {",
      '  provider String @default("postgresql")',
      "}",
    ].join("\n");
    const source = new MemorySource({
      "package.json": JSON.stringify({ name: "web", dependencies: { "@prisma/client": "^4.13.0" } }),
      "prisma/schema.prisma": schema,
      "other/schema.prisma": 'datasource db {\n  provider = env("DB_PROVIDER")\n}\n',
    });
    const { document } = await scan(source, opts);
    const tool = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    expect(tool("MySQL")).toMatchObject({ detection_source: "prisma/schema.prisma" });
    expect(tool("SQLite")).toBeUndefined();
    expect(tool("PostgreSQL")).toBeUndefined();
    expect(tool("Prisma")?.version).toBe("4.13.0");
  });

  it("a package declared twice takes the locked version over the lowest a range allows", async () => {
    const source = new MemorySource({
      "package.json": JSON.stringify({ name: "site", devDependencies: { lodash: "^4.17.0" } }),
      "server/package.json": JSON.stringify({ name: "server", dependencies: { lodash: "^4.17.15" } }),
      "server/package-lock.json": JSON.stringify({
        lockfileVersion: 3,
        packages: { "": { dependencies: { lodash: "^4.17.15" } }, "node_modules/lodash": { version: "4.17.21", license: "MIT" } },
      }),
    });
    const { document } = await scan(source, opts);
    expect(document.tools.find((t) => t.package_url?.endsWith("/lodash"))).toMatchObject({ version: "4.17.21", detection_source_url: "server/package-lock.json" });
    expect(document.tools.find((t) => t.name === "Lodash")?.version).toBe("4.17.21");
  });

  it("a multi-project tree: a project without a lockfile takes nothing from a sibling project's lockfile", async () => {
    // Book-style trees (one project per chapter): a sibling's yarn.lock holds express and jest as
    // dependencies of its dev server and test runner, at releases this project never installed.
    const siblingLock = [
      "# yarn lockfile v1",
      "",
      'express@^4.17.3:\n  version "4.18.2"\n',
      'jest@^27.4.3:\n  version "27.5.1"\n',
      '"@babel/core@^7.21.0":\n  version "7.21.4"\n',
      'webpack@^5.78.0:\n  version "5.78.0"\n',
    ].join("\n");
    const files = {
      "chapter06/css-modules/package.json": JSON.stringify({ name: "css-modules", devDependencies: { webpack: "^5.78.0" } }),
      "chapter06/css-modules/yarn.lock": siblingLock,
      "chapter12/data-fetching/package.json": JSON.stringify({ name: "data-fetching", dependencies: { express: "^4.17.1" } }),
      "chapter16/events/package.json": JSON.stringify({ name: "events", devDependencies: { jest: "^27.0.0" } }),
      "chapter16/events/.babelrc": '{ "presets": [] }\n',
    };
    const tools = (await scan(new MemorySource(files), opts)).document.tools;
    const tool = (name: string) => tools.find((t) => t.name === name && !t.package_url);
    expect(tool("ExpressJS")).toMatchObject({ version: "4.17.1", detection_source: "chapter12/data-fetching/package.json", detection_source_url: "chapter12/data-fetching/package.json" });
    expect(tool("Jest")).toMatchObject({ version: "27.0.0", detection_source_url: "chapter16/events/package.json" });
    expect(tool("Babel")).toMatchObject({ detection_source: "chapter16/events/.babelrc" });
    expect(tool("Babel")?.version).toBeUndefined();
    expect(tool("Webpack")).toMatchObject({ version: "5.78.0", detection_source_url: "chapter06/css-modules/yarn.lock" });
  });

  it("a project named like the package it installs keeps that dependency; a sibling package's name is still a link", async () => {
    // A tutorial folder `webpack` whose package.json (`yarn init` in that folder) is named webpack
    // and installs webpack: a package never depends on itself, so this is the registry's webpack.
    const files = {
      "webpack/package.json": JSON.stringify({ name: "webpack", version: "1.0.0", license: "MIT", devDependencies: { webpack: "^4.41.2", "webpack-cli": "^3.3.9" } }),
      "webpack/webpack.config.js": "module.exports = {};\n",
      // A workspace: app depends on its sibling `@acme/ui` by a plain range, a link all the same.
      "ws/package.json": JSON.stringify({ name: "ws-root", private: true, workspaces: ["packages/*"] }),
      "ws/packages/ui/package.json": JSON.stringify({ name: "@acme/ui", version: "1.0.0", dependencies: { react: "^18.2.0" } }),
      "ws/packages/app/package.json": JSON.stringify({ name: "app", dependencies: { "@acme/ui": "^1.0.0" } }),
      // Side by side with no root above both, a project named jest is no link for another one's jest.
      "jest/package.json": JSON.stringify({ name: "jest", version: "1.0.0" }),
      "api/package.json": JSON.stringify({ name: "api", devDependencies: { jest: "^29.7.0" } }),
    };
    const tools = (await scan(new MemorySource(files), opts)).document.tools;
    expect(tools.find((t) => t.name === "Webpack" && !t.package_url)).toMatchObject({ version: "4.41.2", detection_source: "webpack/package.json" });
    expect(tools.find((t) => t.package_url?.endsWith("/webpack"))).toMatchObject({ version: "4.41.2" });
    expect(tools.some((t) => t.name === "@acme/ui")).toBe(false);
    expect(tools.find((t) => t.name === "Jest" && !t.package_url)).toMatchObject({ version: "29.7.0", detection_source: "api/package.json" });
    // Under a shared root (a lerna.json above both), the same name is a link.
    const lerna = (await scan(new MemorySource({ "lerna.json": "{}", "packages/jest/package.json": files["jest/package.json"], "packages/api/package.json": files["api/package.json"] }), opts)).document.tools;
    expect(lerna.some((t) => t.name === "Jest" || t.name === "jest")).toBe(false);
  });

  it(".nvmrc: the Node.js version as written, a lone major padded", async () => {
    const node = async (files: Record<string, string>) =>
      (await scan(new MemorySource(files), opts)).document.tools.find((t) => t.name === "Node.js")?.version;
    expect(await node({ ".nvmrc": "v18.12\n" })).toBe("18.12");
    expect(await node({ ".nvmrc": "20.11.1" })).toBe("20.11.1");
    expect(await node({ ".node-version": "20\n" })).toBe("20.0.0");
    // An LTS line by its code name is that line's major, padded; `lts/*` and `node` say none.
    expect(await node({ ".nvmrc": "lts/iron" })).toBe("20.0.0");
    expect(await node({ ".nvmrc": "lts/Hydrogen\n" })).toBe("18.0.0");
    expect(await node({ ".nvmrc": "lts/*" })).toBeUndefined();
    expect(await node({ ".nvmrc": "node" })).toBeUndefined();
    expect(await node({ ".nvmrc": "lts/nonesuch" })).toBeUndefined();
    expect(await node({ ".nvmrc": "lts/constructor" })).toBeUndefined();
  });

  it(".nvmrc: comments (`#` to the line's end) and blank lines are no version, as nvm reads the file", async () => {
    const node = async (files: Record<string, string>) =>
      (await scan(new MemorySource(files), opts)).document.tools.find((t) => t.name === "Node.js")?.version;
    expect(await node({ ".nvmrc": "# the LTS line the Lambda runtime uses\n\n20.11.0\n" })).toBe("20.11.0");
    expect(await node({ ".nvmrc": "v18 # Hydrogen\n" })).toBe("18.0.0");
    expect(await node({ ".nvmrc": "#20.11.0\nlts/*\n" })).toBeUndefined();
    const { findings } = await detectorFindings(npmDetector, { ".nvmrc": "# pinned\n  v20.11.0  \n" });
    expect(findings).toEqual([{ ref: "engine:node", file: ".nvmrc", line: 2, version: "20.11.0" }]);
  });

  it("an old npm v1 lockfile project", async () => {
    const { document } = await scan(fixture("npm-v1-app"), opts);
    expect(byName(document.tools, "body-parser")?.version).toBe("1.18.3");
  });

  it("a yarn berry workspace monorepo: each workspace resolved, workspace links left out", async () => {
    const { document } = await scan(fixture("yarn-berry-monorepo"), opts);
    const pg = byName(document.tools, "pg")!;
    expect(pg.version).toBe("8.11.3");
    expect(pg.detection_source).toBe("packages/api/package.json");
    expect(pg.detection_source_url).toBe("yarn.lock");
    expect(document.tools.some((t) => t.name.startsWith("@orbit/"))).toBe(false);
  });

  it("a pnpm monorepo: importer-specific versions", async () => {
    const { document } = await scan(fixture("pnpm-monorepo"), opts);
    expect(byName(document.tools, "turbo")?.version).toBe("1.12.3");
    expect(byName(document.tools, "@sveltejs/kit")?.version).toBe("2.5.0");
  });

  it("without a lockfile, the lowest version the range allows", async () => {
    const source = new MemorySource({
      "package.json": JSON.stringify({ dependencies: { "date-fns": "^2.30.0", leftpad: "latest", local: "file:../x" } }),
    });
    const { document } = await scan(source, opts);
    expect(byName(document.tools, "date-fns")?.version).toBe("2.30.0");
    expect(byName(document.tools, "leftpad")).toBeDefined();
    expect(byName(document.tools, "leftpad")?.version).toBeUndefined();
    expect(byName(document.tools, "local")).toBeUndefined();
  });

  it("a package.json with comments is read; a truncated one is a warning naming it", async () => {
    const { document, warnings } = await scan(fixture("broken-package-json"), opts);
    expect(byName(document.tools, "express")?.version).toBe("4.18.2");
    expect(warnings).toEqual([expect.objectContaining({ file: "sub/package.json", message: expect.stringMatching(/malformed JSON/) })]);
    expect(byName(document.tools, "koa")).toBeUndefined();
  });

  it("a malformed lockfile is a warning; the manifest is still reported", async () => {
    const source = new MemorySource({
      "package.json": JSON.stringify({ dependencies: { react: "^18.2.0" } }),
      "pnpm-lock.yaml": "importers:\n  .:\n    dependencies: [unclosed\n",
    });
    const { document, warnings } = await scan(source, opts);
    expect(byName(document.tools, "react")?.version).toBe("18.2.0");
    expect(warnings.map((w) => w.file)).toEqual(["pnpm-lock.yaml"]);
  });

  it("reads the same tree the same way from memory", async () => {
    const fromDir = await scan(fixture("pnpm-monorepo"), opts);
    const fromMemory = await scan(new MemorySource(readTree(fixture("pnpm-monorepo"))), {
      ...opts,
      repo: { repo_name: "pnpm-monorepo" },
    });
    expect(fromMemory.document).toEqual(fromDir.document);
  });
});
