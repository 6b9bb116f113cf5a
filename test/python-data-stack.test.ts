import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

const opts = { git: false } as const;
const named = (tools: import("../src/types.js").ToolEntry[], name: string) => tools.find((t) => t.name.toLowerCase() === name.toLowerCase());

describe("data stack packages", () => {
  it("dbt adapters beyond the warehouse ones (DuckDB, Spark, Trino, SQL Server, Fabric, Athena, ClickHouse) mean dbt", async () => {
    for (const adapter of ["dbt-duckdb", "dbt-spark", "dbt-trino", "dbt-sqlserver", "dbt-fabric", "dbt-athena-community", "dbt-clickhouse"]) {
      const { document } = await scan(new MemorySource({ "requirements.txt": `${adapter}==1.8.1\n` }), opts);
      expect(named(document.tools, "dbt"), adapter).toMatchObject({ version: "1.8.1", detection_source: "requirements.txt" });
    }
  });
});
