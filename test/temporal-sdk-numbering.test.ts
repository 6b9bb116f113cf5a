import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// Temporal's SDKs are released apart from its server (Go SDK 1.29, TypeScript 1.11 and Java 1.26 beside
// server 1.25), as the Python SDK's matcher already says: a worker names Temporal, the SDK lends it no
// release, and the server image's tag still does.
const goMod = "module github.com/acme/billing\n\ngo 1.23.2\n\nrequire (\n\tgo.temporal.io/api v1.38.0\n\tgo.temporal.io/sdk v1.29.1\n)\n";
const packageJson = JSON.stringify({ name: "worker", version: "1.0.0", dependencies: { "@temporalio/client": "1.11.2", "@temporalio/worker": "1.11.2" } });
const pom = `<project><modelVersion>4.0.0</modelVersion><groupId>a</groupId><artifactId>b</artifactId><version>1</version>
<dependencies><dependency><groupId>io.temporal</groupId><artifactId>temporal-sdk</artifactId><version>1.26.0</version></dependency></dependencies></project>`;

describe("Temporal's SDKs", () => {
  for (const [label, files] of [
    ["the Go SDK", { "go.mod": goMod }],
    ["the TypeScript SDK", { "package.json": packageJson }],
    ["the Java SDK", { "pom.xml": pom }],
  ] as const) {
    it(`${label} names Temporal without the SDK's release`, async () => {
      const { document } = await scan(new MemorySource(files), { git: false });
      expect(tool(document.tools, "Temporal")).toBeDefined();
      expect(tool(document.tools, "Temporal")?.version).toBeUndefined();
    });
  }

  it("the server image beside the Go SDK gives Temporal its release", async () => {
    const compose = "services:\n  temporal:\n    image: temporalio/auto-setup:1.25.1\n";
    const { document } = await scan(new MemorySource({ "go.mod": goMod, "docker-compose.yml": compose }), { git: false });
    expect(tool(document.tools, "Temporal")?.version).toBe("1.25.1");
  });
});
