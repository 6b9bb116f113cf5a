import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Rank 7b (src/document/rank.ts) for a compose file the docker detector knows by its content, whose
// findings it marks `variant`: Compose reads it only with `-f`, as it does docker-compose.dev.yml.
const tools = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return { byName: new Map(document.tools.map((t) => [t.name, t])) };
};

describe("a compose file known by its content", () => {
  it("a root compose file known by its content comes after the default compose file at its depth, as a named variant does", async () => {
    // Compose reads docker-compose.yml by default and dev.yml only when told to (`-f dev.yml`),
    // which sorts first by path; the site cites the default file (kinds.yml, variant-files).
    const files = { "docker-compose.yml": "services:\n  db:\n    image: postgres:16.1\n", "dev.yml": "services:\n  db:\n    image: postgres:16.2\n  cache:\n    image: redis:7.2\n" };
    const { byName } = await tools(files);
    expect(byName.get("PostgreSQL")).toMatchObject({ version: "16.1", detection_source: "docker-compose.yml" });
    expect(byName.get("Docker Compose")?.detection_source).toBe("docker-compose.yml");
    // A tool only it names is still its own, and a Dockerfile beside it is read by the site where it is not.
    expect(byName.get("Redis")).toMatchObject({ version: "7.2", detection_source: "dev.yml" });
    const beside = await tools({ Dockerfile: "FROM redis:7.0\n", "dev.yml": files["dev.yml"] });
    expect(beside.byName.get("Redis")).toMatchObject({ version: "7.0.0", detection_source: "Dockerfile" });
  });
});
