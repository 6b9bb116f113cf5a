import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// An Azure Functions app that names no Functions package: PowerShell's (and Java's, a JavaScript
// app of the v3 model, C# script) is known by its host.json, function.json and local.settings.json.
const scanned = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false }));

const host = JSON.stringify({ version: "2.0", managedDependency: { Enabled: true }, extensionBundle: { id: "Microsoft.Azure.Functions.ExtensionBundle", version: "[4.*, 5.0.0)" } });
const binding = JSON.stringify({ bindings: [{ authLevel: "function", type: "httpTrigger", direction: "in", name: "Request" }, { type: "http", direction: "out", name: "Response" }] });
const settings = '{\n  "IsEncrypted": false,\n  // Core Tools reads these\n  "Values": { "FUNCTIONS_WORKER_RUNTIME": "powershell" }\n}';

describe("Azure Functions app files", () => {
  it("host.json, a function.json with a trigger and local.settings.json each name Azure Functions, without a release", async () => {
    for (const [file, text] of [["host.json", host], ["HttpTrigger1/function.json", binding], ["local.settings.json", settings]] as const) {
      const { document, warnings } = await scanned({ [file]: text, "HttpTrigger1/run.ps1": "param($Request)\n" });
      expect(warnings, file).toEqual([]);
      expect(tool(document.tools, "Azure Functions"), file).toMatchObject({ detection_source: file });
      expect(tool(document.tools, "Azure Functions")?.version, file).toBeUndefined();
    }
  });

  it("not another tool's host.json or function.json, not a malformed one of another kind, not a copy under samples/", async () => {
    const { document, warnings } = await scanned({
      "host.json": JSON.stringify({ version: "1.4", port: 8080 }),
      "src/function.json": JSON.stringify({ name: "resize", runtime: "nodejs18.x" }),
      "config/host.json": "{ broken",
      "samples/fn/host.json": host,
      "local.settings.json": JSON.stringify({ Values: { NODE_ENV: "dev" } }),
      "index.js": "",
    });
    expect(warnings).toEqual([]);
    expect(tool(document.tools, "Azure Functions")).toBeUndefined();
    // The app's own host.json, beside them, is read.
    expect(tool((await scanned({ "host.json": host, "HttpTrigger1/run.ps1": "param($Request)\n" })).document.tools, "Azure Functions")).toBeDefined();
  });
});
