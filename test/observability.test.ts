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
    // An Alertmanager file of its own shape under the same name is read.
    const alerts = await detectorFindings(observabilityDetector, { "alertmanager.yml": "receivers:\n  - name: a\n    slack_configs: []\n" });
    expect(compact(alerts.findings)).toEqual(["alertmanager-receiver:slack@3"]);
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
  it("an otel-collector.yaml holding several Kubernetes documents is read without a warning", async () => {
    const manifest = [
      "apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: otel-conf", "data:", "  config: |", "    receivers: {}",
      "---",
      "receivers:", "  otlp: {}", "exporters:", "  datadog: {}", "service:", "  pipelines:", "    traces: {}",
      "",
    ].join("\n");
    const { findings, warnings } = await detectorFindings(observabilityDetector, { "k8s/otel-collector.yaml": manifest });
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual(["format:otel-collector-config", "otel-exporter:datadog@12"]);
  });

  it("Grafana's dashboard providers, alerting and plugin provisioning files and a dashboard's JSON model name Grafana", async () => {
    const { findings, warnings } = await detectorFindings(observabilityDetector, {
      "grafana/provisioning/dashboards/default.yml": "apiVersion: 1\nproviders:\n  - name: default\n    type: file\n    options:\n      path: /var/lib/grafana/dashboards\n",
      "grafana/provisioning/alerting/contact-points.yaml": "apiVersion: 1\ncontactPoints:\n  - orgId: 1\n    name: team\n",
      "grafana/provisioning/plugins/apps.yaml": "apiVersion: 1\napps:\n  - type: grafana-oncall-app\n",
      "grafana/dashboards/node.json": JSON.stringify({ title: "Node", schemaVersion: 39, panels: [{ type: "timeseries" }] }),
      "monitoring/dashboards/api/export.json": JSON.stringify({ dashboard: { title: "API", schemaVersion: 16, rows: [] }, overwrite: true }),
    });
    expect(warnings).toEqual([]);
    expect(compact(findings).sort()).toEqual(["format:grafana-dashboard", "format:grafana-dashboard", "format:grafana-provisioning", "format:grafana-provisioning", "format:grafana-provisioning"]);
    const { document } = await scan(new MemorySource({ "grafana/provisioning/dashboards/default.yml": "apiVersion: 1\nproviders:\n  - name: default\n" }), { git: false });
    expect(tool(document.tools, "Grafana")?.detection_source).toBe("grafana/provisioning/dashboards/default.yml");
  });

  it("a Loki server's and a Promtail agent's configuration name Loki", async () => {
    const { document, warnings } = await scan(
      new MemorySource({
        "loki/loki-config.yaml": "auth_enabled: false\nserver:\n  http_listen_port: 3100\nschema_config:\n  configs:\n    - from: 2024-01-01\n      store: tsdb\n      object_store: filesystem\n      schema: v13\n",
        "promtail/promtail-config.yml": "server:\n  http_listen_port: 9080\npositions:\n  filename: /tmp/positions.yaml\nclients:\n  - url: http://loki:3100/loki/api/v1/push\nscrape_configs:\n  - job_name: system\n",
      }),
      { git: false },
    );
    expect(warnings).toEqual([]);
    expect(document.tools.map((t) => `${t.name} ${t.detection_source}`)).toEqual(["Loki loki/loki-config.yaml"]);
    const promtail = await scan(new MemorySource({ "promtail.yaml": "clients:\n  - url: http://loki:3100/loki/api/v1/push\nscrape_configs: []\n" }), { git: false });
    expect(promtail.document.tools.map((t) => t.name)).toEqual(["Loki"]);
  });

  it("other files under those names name nothing: a chart's loki-values.yaml, a JSON of a dashboards folder that is no Grafana model, a provisioning file of another shape", async () => {
    const { findings, warnings } = await detectorFindings(observabilityDetector, {
      "helm/loki-values.yaml": "loki:\n  auth_enabled: false\n  commonConfig:\n    replication_factor: 1\n",
      "promtail-values.yaml": "config:\n  clients:\n    - url: http://loki/loki/api/v1/push\n",
      "src/dashboards/mock.json": JSON.stringify({ panels: [{ id: 1 }], title: "mock" }),
      "grafana/provisioning/dashboards/README.yml": "note: see the docs\n",
    });
    expect(warnings).toEqual([]);
    expect(findings).toEqual([]);
    // A Grafana model in the same dashboards folder is read.
    const model = await detectorFindings(observabilityDetector, { "src/dashboards/node.json": JSON.stringify({ schemaVersion: 39, panels: [{ id: 1 }], title: "node" }) });
    expect(compact(model.findings)).toEqual(["format:grafana-dashboard"]);
  });
  it("Helm templates under these names are passed over without a warning; an Alertmanager file's template strings still parse", async () => {
    const { findings, warnings } = await detectorFindings(observabilityDetector, {
      "charts/obs/templates/otel-collector.yaml": 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "obs.fullname" . }}-collector\n  labels:\n    {{- include "obs.labels" . | nindent 4 }}\n',
      "charts/obs/templates/loki-config.yaml": "apiVersion: v1\nkind: ConfigMap\ndata:\n  loki.yaml: |\n    {{- toYaml .Values.loki.config | nindent 4 }}\n",
      "alertmanager.yml": "receivers:\n  - name: team\n    slack_configs:\n      - channel: '#alerts'\n        text: '{{ template \"slack.default.text\" . }}'\n",
    });
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual(["alertmanager-receiver:slack@3"]);
  });

  it("a collector configuration under another usual name (otel-config.yaml, collector.yaml) names OpenTelemetry and its backends", async () => {
    const config = "receivers:\n  otlp: {}\nexporters:\n  zipkin: {}\nservice:\n  pipelines:\n    traces: {}\n";
    const { findings, warnings } = await detectorFindings(observabilityDetector, { "deploy/otel-config.yaml": config, "collector.yaml": config, "otel/otel-agent-config.yml": config });
    expect(warnings).toEqual([]);
    expect(compact(findings).filter((f) => f.startsWith("format:")).length).toBe(3);
  });
  it("more data source plugins, collector exporters and Alertmanager 0.28's integrations name their services", async () => {
    const { document, warnings } = await scan(
      new MemorySource({
        "grafana/provisioning/datasources/ds.yaml": "apiVersion: 1\ndatasources:\n  - name: AM\n    type: alertmanager\n  - name: CH\n    type: vertamedia-clickhouse-datasource\n  - name: XR\n    type: grafana-x-ray-datasource\n",
        "otel-collector-config.yaml": "receivers:\n  otlp: {}\nexporters:\n  awsemf: {}\n  influxdb: {}\n  carbon: {}\nservice:\n  pipelines:\n    metrics: {}\n",
        "alertmanager.yml": "receivers:\n  - name: ops\n    rocketchat_configs: []\n    msteamsv2_configs: []\n",
      }),
      { git: false },
    );
    expect(warnings).toEqual([]);
    const names = document.tools.map((t) => t.name);
    for (const name of ["Prometheus", "Clickhouse", "AWS X-Ray", "Amazon CloudWatch", "InfluxDB", "Graphite", "RocketChat", "Microsoft Teams"]) expect(names).toContain(name);
  });
  it("where Telegraf, Fluent Bit and Fluentd send: their outputs (and Telegraf's inputs), not commented-out sections", async () => {
    const { findings, warnings } = await detectorFindings(observabilityDetector, {
      "telegraf/telegraf.conf": "[agent]\n  interval = \"10s\"\n[[inputs.mysql]]\n  servers = []\n[[outputs.influxdb_v2]]\n  urls = []\n# [[outputs.kafka]]\n",
      "fluent-bit/fluent-bit.conf": "[INPUT]\n    Name tail\n[OUTPUT]\n    Name  es\n    Match *\n#[OUTPUT]\n#    Name datadog\n",
      "fluent-bit.yaml": "pipeline:\n  inputs:\n    - name: tail\n  outputs:\n    - name: loki\n      match: '*'\n",
      "fluentd/fluent.conf": "<source>\n  @type forward\n</source>\n<match app.**>\n  @type copy\n  <store>\n    @type elasticsearch\n  </store>\n  <store>\n    @type s3\n  </store>\n</match>\n",
    });
    expect(warnings).toEqual([]);
    expect(compact(findings).sort()).toEqual([
      "fluentbit-output:es@4",
      "fluentbit-output:loki@5",
      "fluentd-output:copy@5",
      "fluentd-output:elasticsearch@7",
      "fluentd-output:s3@10",
      "telegraf-input:mysql@3",
      "telegraf-output:influxdb_v2@5",
    ]);
    // A YAML output's line is its own `name:` line, not the name's first place in the file.
    const yaml = "service:\n  http_server: on\npipeline:\n  inputs:\n    - name: tail\n      path: /var/log/messages\n  outputs:\n    - name: es\n      match: '*'\n    - name: http\n      match: '*'\n";
    expect(compact((await detectorFindings(observabilityDetector, { "fluent-bit.yaml": yaml })).findings).sort()).toEqual(["fluentbit-output:es@8", "fluentbit-output:http@10"]);
    const { document } = await scan(new MemorySource({ "telegraf.conf": "[[outputs.influxdb_v2]]\n  urls = []\n" }), { git: false });
    expect(document.tools.map((t) => `${t.name} ${t.detection_source}`).sort()).toEqual(["InfluxDB telegraf.conf", "Telegraf telegraf.conf"]);
  });
  it("Telegraf's inputs name the servers they read (PostgreSQL, Redis, an MQTT broker), not the host's metrics nor commented-out ones", async () => {
    const conf = [
      "[agent]",
      '  interval = "10s"',
      "[[outputs.influxdb_v2]]",
      '  urls = ["http://influxdb:8086"]',
      "[[inputs.cpu]]",
      "  percpu = true",
      "[[inputs.disk]]",
      "[[inputs.mem]]",
      "[[inputs.statsd]]",
      "[[inputs.prometheus]]",
      "[[inputs.postgresql]]",
      '  address = "host=postgres user=telegraf"',
      "[[inputs.redis]]",
      '  servers = ["tcp://redis:6379"]',
      "[[inputs.mqtt_consumer]]",
      '  servers = ["tcp://mosquitto:1883"]',
      "# [[inputs.mongodb]]",
      '#   servers = ["mongodb://127.0.0.1:27017"]',
      "",
    ].join("\n");
    const { document, warnings } = await scan(new MemorySource({ "telegraf/telegraf.conf": conf, "telegraf/telegraf.d/mysql.conf": "[[inputs.mysql]]\n  servers = []\n" }), { git: false });
    expect(warnings).toEqual([]);
    expect(document.tools.map((t) => `${t.name} ${t.version ?? "-"} ${t.detection_source}`).sort()).toEqual([
      "InfluxDB - telegraf/telegraf.conf",
      "MQTT - telegraf/telegraf.conf",
      "MySQL - telegraf/telegraf.d/mysql.conf",
      "PostgreSQL - telegraf/telegraf.conf",
      "Redis - telegraf/telegraf.conf",
      "Telegraf - telegraf/telegraf.conf",
    ]);
  });
  it("a Kubernetes manifest named fluent-bit.yaml (several documents, or a Helm template) is read without a warning", async () => {
    const { findings, warnings } = await detectorFindings(observabilityDetector, {
      "k8s/fluent-bit.yaml": "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: fluent-bit\n---\napiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: fluent-bit\n",
      "charts/logs/templates/fluent-bit.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-fluent-bit\n",
    });
    expect(warnings).toEqual([]);
    expect(findings).toEqual([]);
    // Fluent Bit's own YAML configuration under the name is read.
    const config = await detectorFindings(observabilityDetector, { "k8s/fluent-bit.yaml": "pipeline:\n  outputs:\n    - name: es\n      match: '*'\n" });
    expect(config.findings).not.toEqual([]);
  });
  it("a dashboard's {{instance}} legends still parse; a Helm-templated dashboard JSON is passed over without a warning", async () => {
    const { findings, warnings } = await detectorFindings(observabilityDetector, {
      "dashboards/node.json": JSON.stringify({ schemaVersion: 39, panels: [{ targets: [{ legendFormat: "{{instance}}" }] }] }),
      "charts/mon/dashboards/api.json": '{ "uid": {{ .Values.uid | quote }}, "schemaVersion": 39, "panels": [] }',
    });
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual(["format:grafana-dashboard"]);
  });
  it("a Loki or Promtail configuration in a folder of that name (loki/config.yaml) names Loki; a chart's values there do not", async () => {
    const { findings, warnings } = await detectorFindings(observabilityDetector, {
      "monitoring/loki/config.yaml": "auth_enabled: false\nserver:\n  http_listen_port: 3100\ncommon:\n  path_prefix: /loki\n",
      "monitoring/promtail/config.yml": "clients:\n  - url: http://loki:3100/loki/api/v1/push\nscrape_configs: []\n",
      "charts/loki/values.yaml": "loki:\n  auth_enabled: false\nserver: {}\n",
    });
    expect(warnings).toEqual([]);
    expect(compact(findings).sort()).toEqual(["format:loki-config", "format:promtail-config"]);
  });
});
