import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// TypeScript and Docker are cited as "Repo Metadata" where the language bar counts them, as the site
// cites them (catalog/overrides.yml: cited_files ["Repo Metadata"]), though package.json's
// `typescript` or a Dockerfile and a compose file name them too: TypeScript in 25 of 25 corpus stack
// files whose .ts files count and 6 held-out ones; Docker in 11 of 11 corpus repositories holding a
// Dockerfile and held-out ayuda-client. package.json still gives TypeScript's release and URL. A
// TypeScript the bar does not count (only under docs/) keeps its file; SQL keeps its first .sql file.
const appTs = "export const answer: number = 42;\n";

describe("TypeScript and Docker, counted by the language bar, are cited as Repo Metadata", () => {
  it("TypeScript: Repo Metadata, package.json's release and URL", async () => {
    const { document } = await scan(
      new MemorySource({
        "package.json": JSON.stringify({ name: "app", devDependencies: { typescript: "5.1.3" } }),
        "src/main.ts": appTs,
        "src/app.ts": appTs,
      }),
      { git: false },
    );
    expect(tool(document.tools, "TypeScript")).toMatchObject({ detection_source: "Repo Metadata", version: "5.1.3", detection_source_url: "package.json" });
  });

  it("Docker: Repo Metadata beside the Dockerfile and a compose file", async () => {
    const { document } = await scan(
      new MemorySource({
        Dockerfile: "FROM node:18-alpine\nCOPY . .\nCMD [\"node\", \"index.js\"]\n",
        "docker-compose.yml": "services:\n  app:\n    build: .\n",
        "index.js": "console.log(1);\n",
      }),
      { git: false },
    );
    expect(tool(document.tools, "Docker")?.detection_source).toBe("Repo Metadata");
  });

  it("a language the bar does not count keeps its file (TypeScript only under docs/)", async () => {
    const { document } = await scan(
      new MemorySource({
        "docs/workshop/app/package.json": JSON.stringify({ name: "app", devDependencies: { typescript: "~4.1.3" } }),
        "docs/workshop/app/src/main.ts": appTs,
      }),
      { git: false },
    );
    expect(tool(document.tools, "TypeScript")).toMatchObject({ detection_source: "docs/workshop/app/package.json", version: "4.1.3" });
  });

  it("SQL keeps its first .sql file", async () => {
    const { document } = await scan(new MemorySource({ "db/b.sql": "select 1;\n", "db/a.sql": "select 1;\n", "db/c.sql": "select 1;\n" }), { git: false });
    expect(tool(document.tools, "SQL")?.detection_source).toBe("db/a.sql");
  });
});
