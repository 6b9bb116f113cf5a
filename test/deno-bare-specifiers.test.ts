import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// An import map entry without a version (`"zod": "npm:zod"`) is locked by deno.lock v4 and v5 under
// the any-version range Deno gives it, and by v3 as written.
describe("deno.lock and a bare npm: specifier", () => {
  const denoJson = JSON.stringify({ imports: { zod: "npm:zod", preact: "npm:preact@^10.22.0" } });

  it("v4: `npm:zod@*`", async () => {
    const lock = JSON.stringify({ version: "4", specifiers: { "npm:zod@*": "3.23.8", "npm:preact@^10.22.0": "10.24.3" } });
    const { document } = await scan(new MemorySource({ "deno.json": denoJson, "deno.lock": lock }), { git: false });
    expect(document.tools.find((t) => t.package_url && t.name === "zod")).toMatchObject({ version: "3.23.8", detection_source_url: "deno.lock" });
    expect(document.tools.find((t) => t.package_url && t.name === "preact")?.version).toBe("10.24.3");
  });

  it("v3: `npm:zod`", async () => {
    const lock = JSON.stringify({ version: "3", packages: { specifiers: { "npm:zod": "npm:zod@3.22.4" } } });
    const { document } = await scan(new MemorySource({ "deno.json": denoJson, "deno.lock": lock }), { git: false });
    expect(document.tools.find((t) => t.package_url && t.name === "zod")?.version).toBe("3.22.4");
  });
});
