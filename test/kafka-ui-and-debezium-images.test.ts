import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// A change-data-capture playground: Debezium's images of ZooKeeper, Kafka and Kafka Connect beside
// PostgreSQL, with Kowl as the web UI (modelled on a Kotlin Spring Boot Kafka Streams proof of concept).
const compose = `version: '3'

services:
  postgres:
    image: postgres:13.4
    command: ["postgres", "-c", "wal_level=logical"]
  zookeeper:
    image: debezium/zookeeper:1.7
    ports: ["2181:2181"]
  kafka:
    image: debezium/kafka:1.7
    depends_on: [zookeeper]
    environment:
      - ZOOKEEPER_CONNECT=zookeeper:2181
  connect:
    image: debezium/connect:1.7
    depends_on: [kafka, postgres]
  kowl:
    image: quay.io/cloudhut/kowl:master
    ports: ["9001:8080"]
    environment:
      - KAFKA_BROKERS=kafka:9092
`;

describe("Kafka's web UI and Debezium's images", () => {
  it("names Kowl, and Kafka and ZooKeeper from Debezium's images without Debezium's release", async () => {
    const { document } = await scan(new MemorySource({ "docker-compose.yml": compose, "db/init.sql": "create table t (id int);\n" }), { git: false });
    expect(tool(document.tools, "Kowl")).toMatchObject({ category: "Data Stores", sub_category: "Kafka Tools", detection_source: "docker-compose.yml" });
    const zookeeper = tool(document.tools, "Zookeeper");
    expect(zookeeper).toMatchObject({ detection_source: "docker-compose.yml" });
    expect(zookeeper?.version).toBeUndefined();
    expect(tool(document.tools, "Kafka")).toBeDefined();
    expect(tool(document.tools, "Kafka")?.version).toBeUndefined();
    expect(tool(document.tools, "Debezium")).toMatchObject({ version: "1.7" });
    expect(tool(document.tools, "PostgreSQL")).toMatchObject({ version: "13.4" });
  });
});
