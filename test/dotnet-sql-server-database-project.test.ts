import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// A SQL Server Database Project (SSDT) targets the SQL Server release its schema provider names.
describe("SQL Server Database Project", () => {
  const sqlproj = (dsp: string) => `<?xml version="1.0" encoding="utf-8"?>
<Project DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003" ToolsVersion="4.0">
  <PropertyGroup>
    <Name>TrackDb</Name>
    <DSP>${dsp}</DSP>
    <OutputType>Database</OutputType>
    <TargetFrameworkVersion>v4.6.1</TargetFrameworkVersion>
  </PropertyGroup>
  <ItemGroup>
    <Build Include="track\\Tables\\Track.sql" />
  </ItemGroup>
</Project>
`;
  it("names Microsoft SQL Server at the schema provider's release", async () => {
    const { document } = await scan(new MemorySource({ "TrackDb/TrackDb.sqlproj": sqlproj("Microsoft.Data.Tools.Schema.Sql.Sql130DatabaseSchemaProvider") }), { git: false });
    expect(tool(document.tools, "Microsoft SQL Server")).toMatchObject({ version: "13.0", detection_source: "TrackDb/TrackDb.sqlproj" });
    const sql160 = await scan(new MemorySource({ "Db/Db.sqlproj": sqlproj("Microsoft.Data.Tools.Schema.Sql.Sql160DatabaseSchemaProvider") }), { git: false });
    expect(tool(sql160.document.tools, "Microsoft SQL Server")?.version).toBe("16.0");
  });

  it("SQL Server 2005's provider, Sql90, is 9.0", async () => {
    const { document } = await scan(new MemorySource({ "Db/Db.sqlproj": sqlproj("Microsoft.Data.Tools.Schema.Sql.Sql90DatabaseSchemaProvider") }), { git: false });
    expect(tool(document.tools, "Microsoft SQL Server")?.version).toBe("9.0");
  });

  it("an Azure schema provider names the Azure service it targets, with no release, and no SQL Server", async () => {
    const azure = await scan(new MemorySource({ "Db/Db.sqlproj": sqlproj("Microsoft.Data.Tools.Schema.Sql.SqlAzureV12DatabaseSchemaProvider") }), { git: false });
    expect(tool(azure.document.tools, "Microsoft SQL Server")).toBeUndefined();
    expect(tool(azure.document.tools, "Azure SQL Database")).toMatchObject({ detection_source: "Db/Db.sqlproj" });
    expect(tool(azure.document.tools, "Azure SQL Database")?.version).toBeUndefined();
    const pool = await scan(new MemorySource({ "Dw/Dw.sqlproj": sqlproj("Microsoft.Data.Tools.Schema.Sql.SqlDwDatabaseSchemaProvider") }), { git: false });
    expect(tool(pool.document.tools, "Azure Synapse")).toMatchObject({ detection_source: "Dw/Dw.sqlproj" });
    expect(tool(pool.document.tools, "Azure SQL Database")).toBeUndefined();
  });
});
