import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";

// A platform's compose file that runs MySQL for the app, Redis for its cache and a PostgreSQL image
// preloaded with a sample database to connect to (DreamFactory's df-docker, December 2023).
const compose = [
  "version: '3'",
  "services:",
  "  mysql:",
  "    environment:",
  "      MYSQL_DATABASE: dreamfactory",
  "    image: mysql:5.7",
  "  example_data:",
  "    environment:",
  "      DATASETS: pagila",
  "      POSTGRES_PASSWORD: root_pw",
  "    image: aa8y/postgres-dataset",
  "  redis:",
  "    image: redis",
  "  web:",
  "    build: .",
  "    ports:",
  '      - "80:80"',
  "",
].join("\n");

describe("a compose service on a PostgreSQL image preloaded with sample data", () => {
  it("names PostgreSQL, without a release, beside the other services' stores", async () => {
    const { document } = await scan(new MemorySource({ "docker-compose.yml": compose }), { git: false });
    const tools = new Map(document.tools.map((t) => [t.name, t]));
    expect(tools.get("PostgreSQL")?.detection_source).toBe("docker-compose.yml");
    expect(tools.get("PostgreSQL")?.version).toBeUndefined();
    expect([...tools.keys()]).toEqual(expect.arrayContaining(["MySQL", "Redis", "PostgreSQL"]));
  });
});
