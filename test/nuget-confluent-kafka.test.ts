import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// Confluent's .NET client names Confluent beside Kafka (catalog/matchers/dotnet.yml), neither with
// the client's release (librdkafka's numbering, not Kafka's nor Confluent Platform's).
const project = [
  '<Project Sdk="Microsoft.NET.Sdk">',
  "  <PropertyGroup><TargetFramework>net7.0</TargetFramework></PropertyGroup>",
  "  <ItemGroup>",
  '    <PackageReference Include="Confluent.Kafka" Version="2.1.1" />',
  '    <PackageReference Include="Microsoft.EntityFrameworkCore" Version="7.0.5" />',
  "  </ItemGroup>",
  "</Project>",
].join("\n");

describe("Confluent.Kafka", () => {
  it("names Kafka and Confluent from the csproj", async () => {
    const { document } = await scan(new MemorySource({ "src/App.DataAccess/App.DataAccess.csproj": project }), { git: false });
    for (const name of ["Kafka", "Confluent"]) {
      expect(tool(document.tools, name), name).toMatchObject({ detection_source: "src/App.DataAccess/App.DataAccess.csproj" });
      expect(tool(document.tools, name)?.version, name).toBeUndefined();
    }
  });
});
