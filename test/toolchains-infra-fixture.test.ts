import { describe, expect, it } from "vitest";
import { scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { fixture } from "./helpers.js";

// A service repository modelled on real ones: asdf pins, a composite setup action, Serverless with
// CloudFormation tags, a pnpm catalog without a lockfile, a Deno edge function, a Helm chart with
// Bitnami's Redis, a conda analysis environment and a compose file named local.yml.
describe("fixtures/toolchains-and-infra", () => {
  const result = scan(fixture("toolchains-and-infra"), { git: false, timestamp: "2024-01-01T00:00:00+00:00" });
  const tool = async (name: string): Promise<ToolEntry | undefined> => (await result).document.tools.find((t) => t.name === name && !t.package_url);
  const pkg = async (name: string): Promise<ToolEntry | undefined> => (await result).document.tools.find((t) => t.name === name && t.package_url);

  it("reads every file without a warning", async () => {
    expect((await result).warnings).toEqual([]);
    // And it reads them: 12 of the fixture's 13 files.
    expect((await result).stats.filesRead).toBeGreaterThanOrEqual(12);
  });

  it("runtimes come from the version manager's pins", async () => {
    expect(await tool("Node.js")).toMatchObject({ version: "20.11.1", detection_source: ".tool-versions" });
    expect(await tool("Python")).toMatchObject({ version: "3.12.2", detection_source: ".tool-versions" });
    expect((await tool("Terraform"))?.version).toBe("1.7.5");
    expect((await tool("pnpm"))?.version).toBe("8.15.4");
  });

  it("servers take their image's release, never a chart's or a client's", async () => {
    expect(await tool("Redis")).toMatchObject({ version: "7.2.4", detection_source: "charts/orders/values.yaml" });
    expect(await tool("PostgreSQL")).toMatchObject({ version: "16.2", detection_source: "local.yml" });
    expect(await tool("Amazon DynamoDB")).toBeDefined();
    expect((await tool("Amazon DynamoDB"))?.version).toBeUndefined();
    expect((await pkg("@aws-sdk/client-dynamodb"))?.version).toBe("3.540.0");
  });

  it("Serverless's CloudFormation resources and runtime, through !Ref and !GetAtt", async () => {
    expect((await tool("Amazon SQS"))?.detection_source).toBe("serverless.yml");
    expect((await tool("AWS Lambda"))?.detection_source).toBe("serverless.yml");
    expect(await tool("Amazon Web Services (AWS)")).toBeDefined();
  });

  it("catalog: specs, deno.lock and conda packages", async () => {
    expect(await pkg("zod")).toMatchObject({ version: "3.22.4" });
    expect(await pkg("hono")).toMatchObject({ version: "4.2.4", detection_source: "edge/deno.json", detection_source_url: "edge/deno.lock" });
    expect(await tool("Pandas")).toMatchObject({ version: "2.2.1", detection_source: "analysis/environment.yml" });
    // conda's own packages are not PyPI's; the pip section's are.
    expect(await pkg("pandas")).toBeUndefined();
    expect((await pkg("requests"))?.version).toBe("2.31.0");
  });

  it("CI: the composite action's steps and the workflow's", async () => {
    expect((await tool("GitHub Actions"))?.detection_source).toBe(".github/workflows/ci.yml");
    expect(await tool("Docker Compose")).toMatchObject({ detection_source: "local.yml" });
  });
});
