import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// SQL is named from its .sql files, and the site cites the first of them by path (as bytes), at any
// depth: held-out kalwabed/memoar (a Nuxt app with Supabase migrations beside a seed file) cites
// supabase/migrations/20230709021817_create_users_table.sql over supabase/seed.sql, and corpus
// hantsy/spring6-sandbox boot-data-jdbc/src/main/resources/data.sql over pg-initdb.d/init.sql;
// the corpus's other four (24amcoder-sb, 2lambda123 three times, Wladoo) cite their first as well.
const sql = "create table users (id uuid primary key);\n";

describe("SQL's source is its first .sql file by path", () => {
  it("a migration deeper down over a seed file nearer the top", async () => {
    const { document } = await scan(
      new MemorySource({
        "package.json": JSON.stringify({ name: "memoar", private: true, devDependencies: { nuxt: "^3.6.5" } }),
        "supabase/config.toml": "project_id = \"memoar\"\n",
        "supabase/seed.sql": sql,
        "supabase/migrations/20230709021817_create_users_table.sql": sql,
        "supabase/migrations/20230709024834_add_posts_table.sql": sql,
      }),
      { git: false },
    );
    expect(tool(document.tools, "SQL")).toMatchObject({ detection_source: "supabase/migrations/20230709021817_create_users_table.sql" });
  });

  it("a module's resources over a root folder's init script", async () => {
    const { document } = await scan(
      new MemorySource({
        "pg-initdb.d/init.sql": sql,
        "boot-data-jdbc/src/main/resources/data.sql": sql,
        "boot-data-jdbc/src/main/resources/schema.sql": sql,
      }),
      { git: false },
    );
    expect(tool(document.tools, "SQL")?.detection_source).toBe("boot-data-jdbc/src/main/resources/data.sql");
  });
});
