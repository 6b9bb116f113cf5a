import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { detectorFindings, compact } from "./detector-findings.js";
import { observabilityDetector } from "../detectors/observability/index.js";
import { fixture, tool } from "./helpers.js";

// Monitoring configuration (detectors/observability): Alertmanager's receivers, Grafana's
// provisioned data sources and an OpenTelemetry Collector's exporters.
describe("monitoring configuration", () => {
  it("finding by finding: each receiver integration, data source type and exporter type once, at its line", async () => {
    const files = {
      "monitoring/alertmanager.yml": "receivers:\n  - name: a\n    slack_configs: []\n  - name: b\n    slack_configs: []\n    opsgenie_configs: []\n",
      "grafana/provisioning/datasources/ds.yaml": "datasources:\n  - name: P\n    type: prometheus\n  - name: Q\n    type: Prometheus\n",
      "otel-collector.yaml": "receivers:\n  otlp: {}\nexporters:\n  datadog/eu: {}\n  datadog/us: {}\nservice:\n  pipelines:\n    traces: {}\n",
    };
    const { findings, warnings } = await detectorFindings(observabilityDetector, files);
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual([
      "format:grafana-provisioning",
      "grafana-datasource:prometheus@3",
      "alertmanager-receiver:slack@3",
      "alertmanager-receiver:opsgenie@6",
      "format:otel-collector-config",
      "otel-exporter:datadog@4",
    ]);
  });

  it("a YAML file of another shape under those names names nothing", async () => {
    const { findings } = await detectorFindings(observabilityDetector, {
      "otel-collector-values.yaml": "mode: deployment\nimage:\n  repository: otel/opentelemetry-collector-contrib\n",
      "provisioning/datasources/notes.yml": "- a\n",
      "alertmanager.yml": "receivers: none\n",
    });
    expect(findings).toEqual([]);
  });

  it("a monitoring stack's repository: Prometheus, Grafana, Loki, OpenTelemetry and the places alerts and traces go", async () => {
    const { document, warnings } = await scan(fixture("observability-stack"), { git: false });
    expect(warnings).toEqual([]);
    const from = (name: string) => tool(document.tools, name)?.detection_source;
    expect(from("Slack")).toBe("monitoring/alertmanager.yml");
    expect(from("PagerDuty")).toBe("monitoring/alertmanager.yml");
    expect(from("Grafana")).toBe("grafana/provisioning/datasources/datasources.yml");
    expect(from("Loki")).toBe("grafana/provisioning/datasources/datasources.yml");
    expect(from("PostgreSQL")).toBe("grafana/provisioning/datasources/datasources.yml");
    expect(from("OpenTelemetry")).toBe("otel-collector-config.yaml");
    expect(from("Jaeger")).toBe("otel-collector-config.yaml");
    expect(from("Prometheus")).toBeDefined();
  });

  it("an exporter the catalog does not know (debug, otlphttp) names nothing more than the collector", async () => {
    const { document } = await scan(new MemorySource({ "otelcol.yaml": "receivers:\n  otlp: {}\nexporters:\n  debug: {}\n  otlphttp/x: {}\nservice:\n  pipelines:\n    logs: {}\n" }), { git: false });
    expect(document.tools.map((t) => t.name)).toEqual(["OpenTelemetry"]);
  });
});
