import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// The collector images OpenTelemetry publishes under otel/ (catalog/matchers/saas-ops.yml): each
// distribution, and the nightly builds of main, runs the OpenTelemetry Collector.
const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

async function named(files: Record<string, string>): Promise<Map<string, string | undefined>> {
  const { document } = await scan(new MemorySource(files), opts);
  return new Map(document.tools.map((t) => [t.name, t.detection_source]));
}

// Modelled on mvisonneau/gitlab-ci-pipelines-exporter's examples/opentelemetry/docker-compose.yml:
// the exporter sends its traces through a collector's nightly contrib build to Jaeger.
const tracingExample = [
  "---",
  "version: '3.8'",
  "services:",
  "  redis:",
  "    image: docker.io/bitnami/redis:6.2",
  "  jaeger:",
  "    image: docker.io/jaegertracing/all-in-one:1.33",
  "    ports:",
  "      - 16686:16686",
  "  otel-collector:",
  "    image: docker.io/otel/opentelemetry-collector-contrib-dev:latest",
  '    command: ["--config=/etc/otel-collector-config.yml"]',
  "    volumes:",
  "      - ./otel-collector-config.yml:/etc/otel-collector-config.yml",
  "  exporter:",
  "    image: quay.io/mvisonneau/gitlab-ci-pipelines-exporter:v0.5.3",
  "    links:",
  "      - redis",
  "      - otel-collector",
  "",
].join("\n");

describe("OpenTelemetry Collector images", () => {
  it("a compose service on the collector's nightly contrib build names OpenTelemetry", async () => {
    const tools = await named({ "examples/opentelemetry/docker-compose.yml": tracingExample });
    expect(tools.get("OpenTelemetry")).toBe("examples/opentelemetry/docker-compose.yml");
    expect(tools.has("Jaeger")).toBe(true);
    expect(tools.has("Redis")).toBe(true);
  });

  it("each collector distribution and nightly build names it, and no other image of the otel organization does", async () => {
    const images = [
      "otel/opentelemetry-collector:0.102.0",
      "otel/opentelemetry-collector-contrib:0.102.0",
      "otel/opentelemetry-collector-k8s:0.102.0",
      "otel/opentelemetry-collector-otlp:0.102.0",
      "otel/opentelemetry-collector-dev:latest",
    ];
    for (const image of images) {
      const tools = await named({ "docker-compose.yml": `services:\n  collector:\n    image: ${image}\n` });
      expect(tools.has("OpenTelemetry"), image).toBe(true);
    }
    const demo = await named({ "docker-compose.yml": "services:\n  demo:\n    image: otel/demo:1.11.1\n" });
    expect(demo.has("OpenTelemetry")).toBe(false);
  });
});
