import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// NuGet packages that reveal a tool as surely as the keys the catalog already had: EF Core's
// providers from other vendors beside Microsoft's, MassTransit's transports, Serilog's sinks to a
// service, the AWS SDK's service clients beside their npm namesakes.
const csproj = (...refs: [string, string][]) =>
  [
    '<Project Sdk="Microsoft.NET.Sdk.Web">',
    "  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>",
    "  <ItemGroup>",
    ...refs.map(([name, version]) => `    <PackageReference Include="${name}" Version="${version}" />`),
    "  </ItemGroup>",
    "</Project>",
  ].join("\n");

describe(".NET providers, transports and SDKs", () => {
  it("an EF Core provider names the database and EF Core, a transport its broker, a sink its service; none takes the package's release", async () => {
    const project = csproj(
      ["Pomelo.EntityFrameworkCore.MySql", "8.0.2"],
      ["MassTransit.RabbitMQ", "8.2.2"],
      ["Serilog.Sinks.Elasticsearch", "10.0.0"],
      ["NATS.Net", "2.2.0"],
    );
    const { document } = await scan(new MemorySource({ "Orders/Orders.csproj": project }), { git: false });
    for (const name of ["MySQL", "Entity Framework Core", "Entity Framework", "RabbitMQ", "MassTransit", "Elasticsearch", "Serilog", "NATS"]) {
      expect(tool(document.tools, name), name).toMatchObject({ detection_source: "Orders/Orders.csproj" });
    }
    // NATS.Net 2.2 is the client's release, not the NATS server's.
    for (const name of ["MySQL", "Entity Framework Core", "Elasticsearch", "Serilog", "NATS"]) expect(tool(document.tools, name)?.version, name).toBeUndefined();
    // The transport is released with MassTransit.
    expect(tool(document.tools, "MassTransit")?.version).toBe("8.2.2");
  });

  it("service clients of the AWS SDK for .NET and the AWS CDK name their service, with no AWS umbrella", async () => {
    const project = csproj(["AWSSDK.SecretsManager", "3.7.302"], ["AWSSDK.Lambda", "3.7.305"], ["Amazon.CDK.Lib", "2.140.0"]);
    const { document } = await scan(new MemorySource({ "Infra/Infra.csproj": project }), { git: false });
    expect(tool(document.tools, "AWS Secrets Manager")).toBeDefined();
    expect(tool(document.tools, "AWS Lambda")).toBeDefined();
    expect(tool(document.tools, "AWS Cloud Development Kit")?.version).toBe("2.140.0");
    expect(tool(document.tools, "Amazon Web Services")).toBeUndefined();
  });
});
