import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// Azure's client libraries for the rest of Azure Storage (queues, file shares, Data Lake, tables)
// name Azure Storage as the Blob clients do; Durable Functions' SDKs name Azure Functions.
const scanned = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false })).document;

describe("Azure Storage's other clients, Durable Functions", () => {
  it("npm's @azure/storage-queue, @azure/data-tables and durable-functions", async () => {
    for (const pkg of ["@azure/storage-queue", "@azure/storage-file-share", "@azure/storage-file-datalake", "@azure/data-tables"]) {
      const doc = await scanned({ "package.json": JSON.stringify({ name: "app", dependencies: { [pkg]: "^12.0.0" } }) });
      expect(tool(doc.tools, "Azure Storage"), pkg).toMatchObject({ detection_source: "package.json" });
      expect(tool(doc.tools, "Microsoft Azure"), pkg).toBeUndefined();
    }
    const durable = await scanned({ "package.json": JSON.stringify({ name: "app", dependencies: { "durable-functions": "^3.1.0" } }) });
    expect(tool(durable.tools, "Azure Functions")).toMatchObject({ detection_source: "package.json" });
  });

  it("PyPI's azure-data-tables, azure-storage-file-datalake and azure-functions-durable", async () => {
    const doc = await scanned({ "requirements.txt": "azure-data-tables==12.5.0\nazure-storage-file-datalake==12.14.0\nazure-functions-durable==1.2.9\n" });
    expect(tool(doc.tools, "Azure Storage")).toMatchObject({ detection_source: "requirements.txt" });
    expect(tool(doc.tools, "Azure Functions")).toMatchObject({ detection_source: "requirements.txt" });
  });
});
