import { describe, expect, it } from "vitest";
import { npmDetector } from "../detectors/npm/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// deno.ts's findings one by one, read by the npm detector alone: a Deno workspace's members and
// the npm packages of its own, deps.ts files and the modules other files import, deno.land/x
// releases written as tags or branches.

const read = async (files: Record<string, string>) => {
  const { findings, warnings } = await detectorFindings(npmDetector, files);
  return { found: compact(findings), warnings };
};

describe("a Deno workspace's own packages", () => {
  // A Deno 2 workspace as `deno init` and JSR's publishing guide lay it out: a root deno.json
  // naming its members, each member a JSR package by its deno.json `name`, beside an npm package
  // of the repository's own.
  const files = {
    "deno.json": JSON.stringify({ workspace: ["./packages/core", "./packages/cli"] }, null, 2),
    "packages/core/deno.json": JSON.stringify({ name: "@acme/core", version: "0.3.0", exports: "./mod.ts", imports: { "@std/path": "jsr:@std/path@^1.0.8" } }, null, 2),
    "packages/cli/deno.json": JSON.stringify(
      {
        name: "@acme/cli",
        version: "0.3.0",
        exports: "./main.ts",
        imports: {
          "@acme/core": "jsr:@acme/core@^0.3.0",
          "@acme/ui": "npm:@acme/ui@^1.2.0",
          "@acme/ui-cdn": "https://esm.sh/@acme/ui@1.2.0",
          "@std/cli": "jsr:@std/cli@^1.0.6",
          chalk: "npm:chalk@^5.3.0",
        },
      },
      null,
      2,
    ),
    "web/package.json": JSON.stringify({ name: "@acme/ui", version: "1.2.0" }, null, 2),
  };

  it("names the JSR and npm packages they import, not a member nor an npm package of the repository's own", async () => {
    const { found, warnings } = await read(files);
    expect(warnings).toEqual([]);
    expect(found.filter((f) => /^(?:jsr|npm):/.test(f))).toEqual([
      "jsr:@std/cli@9 ^1.0.6 ->1.0.6 direct",
      "npm:chalk@10 ^5.3.0 ->5.3.0 direct",
      "jsr:@std/path@6 ^1.0.8 ->1.0.8 direct",
    ]);
  });

  it("reads the other configs when one is no JSON", async () => {
    const { found, warnings } = await read({ ...files, "tools/deno.json": '{ "imports": { "x": ' });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^tools\/deno\.json: /);
    expect(found.filter((f) => f.startsWith("jsr:"))).toEqual(["jsr:@std/cli@9 ^1.0.6 ->1.0.6 direct", "jsr:@std/path@6 ^1.0.8 ->1.0.8 direct"]);
  });
});

describe("deps.ts and the modules beside it", () => {
  it("reads deps.ts only, and names Deno only where a specifier only Deno resolves", async () => {
    const { found, warnings } = await read({
      // A Deno 1 app's deps.ts importing from an npm CDN only: any runtime loads these.
      "deps.ts": ['export { default as dayjs } from "https://esm.sh/dayjs@1.11.10";', 'export * as React from "https://esm.sh/react@18.2.0";', ""].join("\n"),
      // A page's module script imports by specifier too, but is no dependency list.
      "index.html": ['<script type="module">', '  import { serve } from "jsr:@std/http@1.0.9";', "</script>", ""].join("\n"),
    });
    expect(warnings).toEqual([]);
    expect(found).toEqual(["npm:dayjs@1 1.11.10 ->1.11.10 direct", "npm:react@2 18.2.0 ->18.2.0 direct"]);
  });
});

describe("deno.land/x releases", () => {
  it("a tag of numbers is the release, a branch or a name is none", async () => {
    const importMap = {
      imports: {
        oak: "https://deno.land/x/oak@v12.6.1/mod.ts",
        mongo: "https://deno.land/x/mongo@main/mod.ts",
        redis: "https://deno.land/x/redis@latest/mod.ts",
        postgres: "https://deno.land/x/postgres/mod.ts",
      },
    };
    const { found } = await read({ "import_map.json": JSON.stringify(importMap, null, 2) });
    expect(found).toEqual([
      "deno-land:oak@3 v12.6.1 ->12.6.1 direct",
      "deno-land:mongo@4 main direct",
      "deno-land:redis@5 latest direct",
      "deno-land:postgres@6 direct",
    ]);
  });
});
