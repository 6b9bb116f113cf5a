import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

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
});
