import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";
import { readModuleImports } from "../detectors/npm/deno.js";
import { readDenoLockfile } from "../detectors/npm/lockfile/deno.js";
import { npmDetector } from "../detectors/npm/index.js";
import { compact, detectorFindings } from "./detector-findings.js";
import { expectFinishesWithin } from "./work-budget.js";

const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

describe("Deno's import maps: jsr: specifiers and deno.land/x modules", () => {
  it("a JSR package names its tool at the release deno.lock v4 resolved, with no package entry", async () => {
    const denoJson = JSON.stringify({
      imports: {
        hono: "jsr:@hono/hono@^4.6.5",
        "@supabase/supabase-js": "jsr:@supabase/supabase-js@^2.45.4",
        openai: "jsr:@openai/openai@^4.77.0",
        pg: "jsr:@db/postgres@^0.19.4",
        "@std/assert": "jsr:@std/assert@^1.0.6",
        "@nats-io/transport-deno": "jsr:@nats-io/transport-deno@^3.0.0",
      },
    });
    const lock = JSON.stringify({
      version: "4",
      specifiers: { "jsr:@hono/hono@^4.6.5": "4.6.7", "jsr:@supabase/supabase-js@^2.45.4": "2.45.6", "jsr:@openai/openai@^4.77.0": "4.77.3", "jsr:@db/postgres@^0.19.4": "0.19.4", "jsr:@std/assert@^1.0.6": "1.0.8" },
    });
    const { document, warnings } = await scan(new MemorySource({ "deno.json": denoJson, "deno.lock": lock }), opts);
    expect(warnings).toEqual([]);
    expect(tool(document.tools, "Supabase")).toMatchObject({ version: "2.45.6", detection_source: "deno.json", detection_source_url: "deno.lock" });
    expect(tool(document.tools, "OpenAI")?.version).toBe("4.77.3");
    // a client's release is not the database's
    expect(tool(document.tools, "PostgreSQL")).toMatchObject({ detection_source: "deno.json" });
    expect(tool(document.tools, "PostgreSQL")?.version).toBeUndefined();
    expect(tool(document.tools, "NATS")).toMatchObject({ detection_source: "deno.json" });
    expect(tool(document.tools, "NATS")?.version).toBeUndefined();
    // JSR is no registry of the site's: no package entries
    expect(document.tools.filter((t) => t.package_url).map((t) => t.name)).toEqual([]);
  });

  it("deno.lock v3 writes a JSR package's release as a specifier (`jsr:@supabase/supabase-js@2.39.3`)", async () => {
    const denoJson = JSON.stringify({ imports: { supabase: "jsr:@supabase/supabase-js@^2.39.0" } });
    const lock = JSON.stringify({ version: "3", packages: { specifiers: { "jsr:@supabase/supabase-js@^2.39.0": "jsr:@supabase/supabase-js@2.39.3" } } });
    const { document } = await scan(new MemorySource({ "deno.json": denoJson, "deno.lock": lock }), opts);
    expect(tool(document.tools, "Supabase")?.version).toBe("2.39.3");
  });

  it("deno.land/x modules of an import_map.json name their tools, at the release the URL names", async () => {
    const importMap = JSON.stringify({
      imports: {
        oak: "https://deno.land/x/oak@v12.6.1/mod.ts",
        mongo: "https://deno.land/x/mongo@v0.32.0/mod.ts",
        redis: "https://deno.land/x/redis/mod.ts",
        esbuild: "https://deno.land/x/esbuild@v0.20.1/mod.js",
        "std/": "https://deno.land/std@0.208.0/",
      },
    });
    const { document, warnings } = await scan(new MemorySource({ "deno.json": JSON.stringify({ importMap: "./import_map.json" }), "import_map.json": importMap }), opts);
    expect(warnings).toEqual([]);
    expect(tool(document.tools, "MongoDB")).toMatchObject({ detection_source: "import_map.json" });
    expect(tool(document.tools, "Redis")).toMatchObject({ detection_source: "import_map.json" });
    expect(tool(document.tools, "Esbuild")).toMatchObject({ version: "0.20.1", detection_source: "import_map.json" });
    expect(document.tools.filter((t) => t.package_url).map((t) => t.name)).toEqual([]);
  });

  it("a deno.land/x URL without a release takes the one deno.lock's redirects name", async () => {
    const denoJson = JSON.stringify({ imports: { sentry: "https://deno.land/x/sentry/index.mjs", "esbuild/": "https://deno.land/x/esbuild/" } });
    const lock = JSON.stringify({
      version: "3",
      redirects: {
        "https://deno.land/x/sentry/index.mjs": "https://deno.land/x/sentry@8.35.0/index.mjs",
        "https://deno.land/x/esbuild/mod.js": "https://deno.land/x/esbuild@v0.24.0/mod.js",
      },
      remote: {},
    });
    const { document } = await scan(new MemorySource({ "deno.json": denoJson, "deno.lock": lock }), opts);
    expect(tool(document.tools, "Esbuild")).toMatchObject({ version: "0.24.0", detection_source: "deno.json", detection_source_url: "deno.lock" });
    expect(tool(document.tools, "Sentry")).toMatchObject({ detection_source: "deno.json" });
  });

  it("the import map a deno.json's `importMap` names, under any name, is read as its own", async () => {
    const deno = JSON.stringify({ importMap: "./config/import-map.json", tasks: { start: "deno run -A main.ts" } });
    const importMap = JSON.stringify({ imports: { postgres: "https://deno.land/x/postgres@v0.17.0/mod.ts", zod: "npm:zod@^3.23.8" } });
    const lock = JSON.stringify({ version: "4", specifiers: { "npm:zod@^3.23.8": "3.23.8" } });
    const { document, warnings } = await scan(new MemorySource({ "deno.json": deno, "config/import-map.json": importMap, "deno.lock": lock }), opts);
    expect(warnings).toEqual([]);
    expect(tool(document.tools, "PostgreSQL")).toMatchObject({ detection_source: "config/import-map.json" });
    expect(document.tools.find((t) => t.package_url && t.name === "zod")).toMatchObject({ version: "3.23.8", detection_source_url: "deno.lock" });
    // a URL, or a file that is not there, is no import map to read
    const remote = await scan(new MemorySource({ "deno.json": JSON.stringify({ importMap: "https://example.com/import_map.json" }), "other/deno.json": JSON.stringify({ importMap: "../../outside.json" }) }), opts);
    expect(remote.warnings).toEqual([]);
    expect(tool(remote.document.tools, "Deno")).toBeDefined();
  });

  it("a Deno 1 project's deps.ts: its re-exported modules name their tools and the file names Deno; comments do not count", async () => {
    const deps = [
      "// the standard library",
      'export { serve } from "https://deno.land/std@0.203.0/http/server.ts";',
      "export {",
      "  Application,",
      "  Router,",
      '} from "https://deno.land/x/oak@v12.6.1/mod.ts";',
      'export { MongoClient } from "https://deno.land/x/mongo@v0.31.2/mod.ts";',
      'export { z } from "https://deno.land/x/zod@v3.22.4/mod.ts";',
      'export { default as dayjs } from "https://esm.sh/dayjs@1.11.10";',
      '// export { Client } from "https://deno.land/x/postgres@v0.17.0/mod.ts";',
      '/* import { connect } from "https://deno.land/x/redis@v0.31.0/mod.ts"; */',
      "",
    ].join("\n");
    const { document, warnings } = await scan(new MemorySource({ "deps.ts": deps, "src/app.ts": 'import { Application } from "../deps.ts";\n' }), opts);
    expect(warnings).toEqual([]);
    expect(tool(document.tools, "Deno")).toMatchObject({ detection_source: "deps.ts" });
    expect(tool(document.tools, "MongoDB")).toMatchObject({ detection_source: "deps.ts" });
    expect(tool(document.tools, "Zod")).toMatchObject({ version: "3.22.4", detection_source: "deps.ts" });
    expect(document.tools.find((t) => t.package_url && t.name === "dayjs")?.version).toBe("1.11.10");
    expect(tool(document.tools, "PostgreSQL")).toBeUndefined();
    expect(tool(document.tools, "Redis")).toBeUndefined();
    // a Node.js project's deps.ts (local and bare imports) is no Deno file
    const node = await scan(new MemorySource({ "src/deps.ts": 'export { debounce } from "lodash";\nexport * from "./util";\n', "package.json": JSON.stringify({ name: "x", dependencies: { lodash: "^4.17.21" } }) }), opts);
    expect(tool(node.document.tools, "Deno")).toBeUndefined();
  });

  it("a Deno 2 project's package.json takes its versions from deno.lock, which names Deno", async () => {
    const pkg = JSON.stringify({ name: "api", dependencies: { express: "^4.21.1", mongoose: "^8.8.1" } });
    const lock = JSON.stringify({
      version: "4",
      specifiers: { "npm:express@^4.21.1": "4.21.1", "npm:mongoose@^8.8.1": "8.8.2_mongodb@6.10.0" },
      workspace: { packageJson: { dependencies: ["npm:express@^4.21.1", "npm:mongoose@^8.8.1"] } },
    });
    const { document } = await scan(new MemorySource({ "package.json": pkg, "deno.lock": lock }), opts);
    expect(document.tools.find((t) => t.package_url && t.name === "mongoose")).toMatchObject({ version: "8.8.2", detection_source_url: "deno.lock" });
    expect(tool(document.tools, "Mongoose")?.version).toBe("8.8.2");
    expect(tool(document.tools, "Deno")).toMatchObject({ detection_source: "deno.lock" });
  });

  it("esm.sh URLs: its `stable/` build prefix, options after `&` in a prefix entry, and its GitHub paths, which are no npm package", async () => {
    const denoJson = JSON.stringify({
      imports: {
        preact: "https://esm.sh/stable/preact@10.19.2",
        "react-dom/": "https://esm.sh/react-dom@18.2.0&external=react/",
        "react/": "https://esm.sh/react@18&dev/",
        tool: "https://esm.sh/gh/owner/some-tool@v1.0.0/mod.ts",
      },
    });
    const { document } = await scan(new MemorySource({ "deno.json": denoJson }), opts);
    const packages = Object.fromEntries(document.tools.filter((t) => t.package_url).map((t) => [t.name, t.version]));
    expect(packages).toEqual({ preact: "10.19.2", "react-dom": "18.2.0", react: "18.0.0" });
  });

  it("deno.lock covers its own folder's package.json and its workspace members', not a Node.js project below it", async () => {
    const lock = JSON.stringify({ version: "4", specifiers: { "npm:typeorm@^0.3.0": "0.3.20" }, workspace: { members: { "apps/api": { packageJson: { dependencies: ["npm:@nestjs/typeorm@^10.0.2"] } } } } });
    const web = JSON.stringify({ name: "web", dependencies: { "@nestjs/typeorm": "^10.0.2" } });
    const below = await scan(new MemorySource({ "deno.json": JSON.stringify({ imports: {} }), "deno.lock": lock, "web/package.json": web }), opts);
    expect(tool(below.document.tools, "TypeORM")?.version).toBeUndefined();
    const member = await scan(new MemorySource({ "deno.json": JSON.stringify({ workspace: ["./apps/api"] }), "deno.lock": lock, "apps/api/package.json": web }), opts);
    expect(tool(member.document.tools, "TypeORM")).toMatchObject({ version: "0.3.20", detection_source_url: "deno.lock" });
  });

  it("npm's devEngines `runtime` naming Deno names it, at the release it pins", async () => {
    const pkg = JSON.stringify({ name: "x", devEngines: { runtime: [{ name: "node", version: ">=20" }, { name: "deno", version: "2.1.4" }] } });
    const { document } = await scan(new MemorySource({ "package.json": pkg }), opts);
    expect(tool(document.tools, "Deno")).toMatchObject({ version: "2.1.4", detection_source: "package.json" });
    expect(tool(document.tools, "Node.js")).toBeUndefined();
  });

  it("readModuleImports: static, type-only, side-effect and dynamic imports and re-exports, by line, outside comments", () => {
    const text = [
      'import type { Context } from "jsr:@oak/oak@^17";',
      'export { z } from "npm:zod@^3.23.8"; // "https://deno.land/x/ignored@1.0.0/mod.ts"',
      'import "https://deno.land/std@0.203.0/dotenv/load.ts";',
      "/* export * from 'https://deno.land/x/commented@1.0.0/mod.ts';",
      "*/ const mod = await import('https://deno.land/x/later@v1.2.0/mod.ts');",
      "/* never closed " + "/* ".repeat(2000),
      'import { x } from "https://deno.land/x/after-unclosed@1.0.0/mod.ts";',
    ].join("\n");
    expect(readModuleImports(text)).toEqual([
      { specifier: "jsr:@oak/oak@^17", line: 1 },
      { specifier: "npm:zod@^3.23.8", line: 2 },
      { specifier: "https://deno.land/std@0.203.0/dotenv/load.ts", line: 3 },
      { specifier: "https://deno.land/x/later@v1.2.0/mod.ts", line: 5 },
    ]);
  });
});

describe("Deno's files, hostile or large (review a38i)", () => {
  it("deps.ts: an esm.sh URL's `*` prefix (`https://esm.sh/*react`) opens no comment hiding the imports after it", async () => {
    const deps = [
      'export { default as React } from "https://esm.sh/*react@18.2.0";',
      'export { Application } from "https://deno.land/x/oak@v12.6.1/mod.ts";',
      'export { MongoClient } from "https://deno.land/x/mongo@v0.32.0/mod.ts";',
      'export { z } from "https://deno.land/x/zod@v3.22.4/mod.ts"; // "https://deno.land/x/redis@v0.31.0/mod.ts"',
      "",
    ].join("\n");
    expect(readModuleImports(deps).map((i) => i.line)).toEqual([1, 2, 3, 4]);
    const { document } = await scan(new MemorySource({ "deps.ts": deps }), opts);
    expect(tool(document.tools, "Deno")).toMatchObject({ detection_source: "deps.ts" });
    expect(tool(document.tools, "MongoDB")).toMatchObject({ detection_source: "deps.ts" });
    expect(tool(document.tools, "Zod")?.version).toBe("3.22.4");
    expect(tool(document.tools, "Redis")).toBeUndefined();
  });

  it("an import map of thousands of URLs beside thousands of deno.lock redirects is read in one pass", async () => {
    const imports: Record<string, string> = {};
    const redirects: Record<string, string> = {};
    for (let i = 0; i < 8000; i++) {
      imports[`m${i}`] = `https://deno.land/x/m${i}/mod.ts`;
      redirects[`https://deno.land/x/m${i}/mod.ts`] = `https://deno.land/x/m${i}@v1.0.${i}/mod.ts`;
    }
    imports.zod = "https://deno.land/x/zod/mod.ts";
    redirects["https://deno.land/x/zod/mod.ts"] = "https://deno.land/x/zod@v3.22.4/mod.ts";
    const files = { "deno.json": JSON.stringify({ imports }, null, 2), "deno.lock": JSON.stringify({ version: "3", redirects }) };
    const { document } = await expectFinishesWithin(() => scan(new MemorySource(files), opts), 15);
    expect(tool(document.tools, "Zod")).toMatchObject({ version: "3.22.4", detection_source_url: "deno.lock" });
  });

  it("an import map of tens of thousands of entries gives each its line in one pass, escaped ones too", async () => {
    const entries = Array.from({ length: 30000 }, (_, i) => `    "m${i}": "npm:m${i}@1.0.${i}"`);
    entries.push('    "zod": "npm:\\u007aod@3.22.4"');
    const text = `{\n  "imports": {\n${entries.join(",\n")}\n  }\n}\n`;
    const large = await expectFinishesWithin(() => detectorFindings(npmDetector, { "deno.json": text }, "as found"), 80);
    expect(compact(large.findings.filter((f) => f.ref === "npm:m29999" || f.ref === "npm:zod"))).toEqual(["npm:m29999@30002 1.0.29999 ->1.0.29999 direct", "npm:zod@30003 3.22.4 ->3.22.4 direct"]);
    // each entry's line, an escaped value's too (`\u007a` is `z`), a JSONC comment's quote no string
    const small = '{\n  // "npm:zod@3.22.4" was here\n  "imports": {\n    "a": "npm:preact@10.19.3",\n    "zod": "npm:\\u007aod@3.22.4"\n  }\n}\n';
    const { findings } = await detectorFindings(npmDetector, { "deno.jsonc": small });
    expect(compact(findings)).toEqual(["npm:preact@4 10.19.3 ->10.19.3 direct", "npm:zod@5 3.22.4 ->3.22.4 direct"]);
  });

  it("a package.json asking thousands of packages at any release (`*`) of a large deno.lock is resolved in one pass", () => {
    const specifiers: Record<string, string> = {};
    for (let i = 0; i < 8000; i++) specifiers[`npm:p${i}@^1.0.0`] = `1.0.${i}`;
    const lockfile = readDenoLockfile({ version: "4", specifiers });
    const versions = expectFinishesWithin(() => Array.from({ length: 8000 }, (_, i) => lockfile.resolve(`p${i}`, "*", "")?.version), 5);
    expect(versions).toEqual(Array.from({ length: 8000 }, (_, i) => `1.0.${i}`));
  });
});
