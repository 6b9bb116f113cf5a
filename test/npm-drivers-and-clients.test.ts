import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// package.json files in the shapes real Node services write them, whose store, broker or
// coordination server shows only through a driver, an ORM's dialect package or a queue library.
const toolsOf = async (files: Record<string, string>): Promise<Map<string, ToolEntry>> => {
  const { document } = await scan(new MemorySource(files), { git: false, disable: ["languages"] });
  return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
};
const manifest = (name: string, dependencies: Record<string, string>) => JSON.stringify({ name, version: "1.0.0", private: true, dependencies });

describe("npm drivers, ORM dialects and queue clients name the server they talk to", () => {
  it("a MikroORM dialect package or a Prisma driver adapter names the database too, the ORM keeping the version", async () => {
    // A NestJS API on MikroORM's PostgreSQL driver (no `pg` declared: the dialect brings it).
    const nest = manifest("api", { "@mikro-orm/core": "^6.3.0", "@mikro-orm/nestjs": "^6.0.2", "@mikro-orm/postgresql": "^6.3.0", "@nestjs/core": "^10.4.1" });
    const a = await toolsOf({ "package.json": nest });
    expect(a.get("MikroORM")?.version).toMatch(/^6\.3/);
    expect(a.get("PostgreSQL")).toBeDefined();
    expect(a.get("PostgreSQL")?.version).toBeUndefined();
    // An edge app on Prisma's Neon and libSQL adapters, and a desktop app on MikroORM's SQLite driver.
    const edge = manifest("web", { "@prisma/adapter-neon": "^5.22.0", "@neondatabase/serverless": "^0.10.1", "@prisma/client": "^5.22.0" });
    const b = await toolsOf({ "package.json": edge, "desktop/package.json": manifest("desktop", { "@mikro-orm/better-sqlite": "^6.3.0" }) });
    expect([...b.keys()]).toEqual(expect.arrayContaining(["Prisma", "PostgreSQL", "Neon Database", "MikroORM", "SQLite"]));
    // Neon's driver names the hosted service beside PostgreSQL, without the driver's release.
    expect(b.get("Neon Database")).toMatchObject({ category: "Data Stores", detection_source: "package.json" });
    expect(b.get("Neon Database")?.version).toBeUndefined();
    expect(b.get("SQLite")?.version).toBeUndefined();
  });

  it("Postgres drivers and job queues beyond `pg`, other MySQL, MongoDB and SQLite clients, and search front-ends", async () => {
    const worker = manifest("worker", { "pg-promise": "^11.5.4", "pg-boss": "^9.0.3", "mongojs": "^3.1.0", "serverless-mysql": "^1.5.5" });
    const app = manifest("mobile", { "expo": "~50.0.0", "expo-sqlite": "~13.4.0" });
    const docs = manifest("docs", { "@docsearch/react": "^3.6.0", "@meilisearch/instant-meilisearch": "^0.13.6", "typesense-instantsearch-adapter": "^2.7.1", "solr-client": "^0.10.0" });
    const t = await toolsOf({ "worker/package.json": worker, "mobile/package.json": app, "docs/package.json": docs });
    expect([...t.keys()]).toEqual(expect.arrayContaining(["PostgreSQL", "MongoDB", "MySQL", "SQLite", "Algolia", "MeiliSearch", "Typesense", "Solr"]));
    expect(t.get("SQLite")?.version).toBeUndefined();
  });

  it("broker, queue and coordination clients name RabbitMQ, Kafka, NATS, BullMQ, Consul, Vault and ZooKeeper", async () => {
    const svc = manifest("orders", {
      "@golevelup/nestjs-rabbitmq": "^5.3.0", "@confluentinc/kafka-javascript": "^0.2.1", "@nats-io/transport-node": "^3.0.0",
      "@nestjs/bullmq": "^10.2.1", "consul": "^1.2.0", "node-vault": "^0.10.2", "node-zookeeper-client": "^1.1.3",
    });
    const t = await toolsOf({ "package.json": svc });
    expect([...t.keys()]).toEqual(expect.arrayContaining(["RabbitMQ", "Kafka", "NATS", "BullMQ", "Consul", "Vault", "Zookeeper"]));
    // BullMQ's Nest module is numbered apart from BullMQ.
    expect(t.get("BullMQ")?.version).toBeUndefined();
  });

  it("sqs-consumer, hot-shots and etcd3 name Amazon SQS, StatsD and etcd without lending their releases (packages the site does not know)", async () => {
    // Modelled on corpus artilleryio's packages/artillery and configu's ts/packages/node.
    const t = await toolsOf({ "package.json": manifest("runner", { "sqs-consumer": "5.8.0", "hot-shots": "^6.0.1", "etcd3": "^1.1.2" }) });
    for (const name of ["Amazon SQS", "StatsD", "etcd"]) {
      expect(t.has(name), name).toBe(true);
      expect(t.get(name), name).toBeDefined();
      expect(t.get(name)?.version, name).toBeUndefined();
    }
  });
});
