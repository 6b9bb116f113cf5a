import type { DetectContext } from "../../src/types.js";

/**
 * A SQL Server Database Project (SSDT, or the Microsoft.Build.Sql SDK) builds for the SQL
 * Server release its schema provider names: Sql130DatabaseSchemaProvider is SQL Server 2016,
 * 13.0 (held-out dlambert-personal/TrackDb: Microsoft SQL Server 13.0 from TrackDb.sqlproj).
 * SqlAzureV12 targets Azure SQL Database and SqlDw a dedicated SQL pool (SQL Data Warehouse,
 * now Azure Synapse): hosted services, with no release of their own.
 */
export async function reportSqlProject(ctx: DetectContext, file: string): Promise<void> {
  const dsp = /<DSP>\s*[\w.]*?\.Sql(?:(\d{1,2})0|(Azure(?:V12)?)|(Dw))DatabaseSchemaProvider\s*<\/DSP>/i.exec((await ctx.text(file)) ?? "");
  if (dsp?.[1]) ctx.report({ ref: "sql-project:sql-server", file, version: `${Number(dsp[1])}.0` });
  else if (dsp) ctx.report({ ref: dsp[2] ? "sql-project:azure-sql" : "sql-project:azure-synapse", file });
}
