import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// Kafdrop, the Kafka web UI (slug kafdrop, 5 stacks, under the import's floor), runs from the image
// its README gives, obsidiandynamics/kafdrop; the site names it from a compose service (held-out
// rajadilipkolli/kafka-experiments, beside Kafka and Kafka REST). It was named by nothing before.
const tools = async (files: Record<string, string>): Promise<Map<string, ToolEntry>> => {
  const { document } = await scan(new MemorySource(files), { git: false, disable: ["languages"] });
  return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
};

const compose = `version: '3.9'
services:
  broker:
    image: confluentinc/cp-kafka:7.6.0
  kafdrop:
    image: obsidiandynamics/kafdrop:4.0.1
    ports: ["9000:9000"]
    environment:
      KAFKA_BROKERCONNECT: "broker:29092"
`;

describe("Kafdrop", () => {
  it("its image names it, a Kafka tool, at the image's release", async () => {
    const found = await tools({ "docker-compose.yml": compose });
    expect(found.get("Kafdrop")).toMatchObject({ category: "Data Stores", sub_category: "Kafka Tools", detection_source: "docker-compose.yml", version: "4.0.1" });
    expect(found.get("Kafka")).toBeDefined();
  });

  it("untagged, as the site's file has it, it is named without a version", async () => {
    const found = await tools({ "docker-compose.yml": compose.replace(":4.0.1", "") });
    expect(found.get("Kafdrop")?.version).toBeUndefined();
    expect(found.get("Kafdrop")?.detection_source).toBe("docker-compose.yml");
  });
});
