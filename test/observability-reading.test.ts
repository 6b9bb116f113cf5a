import { describe, expect, it } from "vitest";
import { observabilityDetector } from "../detectors/observability/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// The monitoring reader finding by finding, one format at a time, on files laid out as their tools
// write them: Fluent Bit's classic .conf (as its packages install it) and its YAML form, td-agent-bit,
// Fluentd 0.12 and 1.x, Telegraf's tables, Alertmanager's receivers, Grafana's provisioning files and
// dashboards, Loki's and Promtail's configurations and an OpenTelemetry Collector's.

const found = async (files: Record<string, string>) => {
  const { findings, warnings } = await detectorFindings(observabilityDetector, files);
  expect(warnings).toEqual([]);
  return compact(findings);
};

describe("Fluent Bit's classic configuration", () => {
  it("each [OUTPUT]'s Name once at its line, whatever the case of the header or the key; other sections' names and comments skipped", async () => {
    const CONF = `[SERVICE]
    Flush        5
    Daemon       Off
    Log_Level    info
    Parsers_File parsers.conf

[INPUT]
    Name tail
    Path /var/log/containers/*.log

[MULTILINE_PARSER]
    name          multiline-regex
    type          regex

  [output]
    name  es
    Match kube.*
    Host  elasticsearch

[OUTPUT]
    # Name datadog
    Name  forward   
    Match *

[OUTPUT]
    Name  ES
    Name  azure_blob extra
    Name  http.0
`;
    expect(await found({ "fluent-bit.conf": CONF })).toEqual(["fluentbit-output:es@16", "fluentbit-output:forward@22", "fluentbit-output:http.0@28"]);
  });

  it("td-agent-bit.conf and a fluent-bit-*.conf are read alike; a name before any section is none", async () => {
    expect(await found({ "td-agent-bit.conf": "Name stdout\n[OUTPUT]\n\tName\tstdout\n" })).toEqual(["fluentbit-output:stdout@3"]);
    expect(await found({ "fluent-bit-output.conf": "[OUTPUT]\n    Name loki\n" })).toEqual(["fluentbit-output:loki@2"]);
  });
});

describe("Fluent Bit's YAML configuration", () => {
  it("each output at its own name: line, a flow map's at its name's next place, a repeated one once", async () => {
    const YAML = `service:
  flush: 1
  http_server: on
pipeline:
  inputs:
    - name: tail
      path: /var/log/es.log
      tag: app
  outputs:
    - name: "stdout"
      match: '*'
    - { name: es, match: app }
    - name:   loki # the logs
      match: '*'
    - name: stdout
`;
    expect(await found({ "fluent-bit.yaml": YAML })).toEqual(["fluentbit-output:stdout@10", "fluentbit-output:es@12", "fluentbit-output:loki@13"]);
  });

  it("an output's name that an earlier output's options mention is still at its own name: line", async () => {
    const YAML = "pipeline:\n  outputs:\n    - name: http\n      host: es.example.com\n      uri: /stdout\n    -  name: 'es'\n       match: '*'\n    - name:\tstdout\n";
    expect(await found({ "fluent-bit.yaml": YAML })).toEqual(["fluentbit-output:http@3", "fluentbit-output:es@6", "fluentbit-output:stdout@8"]);
  });

  it("flow-map outputs in order, each at its next place; a name not in the text gives the outputs: line, and so does every one after it", async () => {
    const YAML = "pipeline:\n  inputs: [{name: tail}]\n  outputs: [{name: http}, {name: es}, {name: \"s3\"}, {name: kafka}]\n";
    expect(await found({ "td-agent-bit.yml": YAML })).toEqual(["fluentbit-output:es@3", "fluentbit-output:http@3", "fluentbit-output:kafka@3", "fluentbit-output:s3@3"]);
    const spread = "pipeline:\n  inputs:\n    - {name: tail}\n  outputs:\n    - {name: es}\n    - {name: \"o\\u0070ensearch\"}\n    - {name: http}\n";
    expect(await found({ "fluent-bit.yml": spread })).toEqual(["fluentbit-output:http@4", "fluentbit-output:opensearch@4", "fluentbit-output:es@5"]);
  });

  it("without an outputs: key line (a flow map of the whole pipeline), a name's place in the text from the start", async () => {
    expect(await found({ "fluent-bit.yaml": "pipeline: {inputs: [{name: tail}], outputs: [{name: es}, {name: http}]}\n" })).toEqual([
      "fluentbit-output:es@1",
      "fluentbit-output:http@1",
    ]);
  });

  it("a pipeline without outputs, an output without a string name, or a file of another shape names nothing", async () => {
    expect(await found({ "fluent-bit.yaml": "pipeline:\n  inputs:\n    - name: tail\n" })).toEqual([]);
    expect(await found({ "fluent-bit.yaml": "pipeline:\n  outputs:\n    - match: '*'\n    - es\n" })).toEqual([]);
    expect(await found({ "fluent-bit.yaml": "outputs:\n  - name: es\n" })).toEqual([]);
    expect(await found({ "fluent-bit.yaml": "pipeline:\n  outputs: {name: es}\n" })).toEqual([]);
  });
});

describe("Fluentd", () => {
  it("the @type (or 0.12's type) of each <match> and its <store>s, once, at its line; <source>, <filter> and comments left out", async () => {
    const CONF = `<source>
  @type forward
  port 24224
</source>

<filter app.**>
  @type record_transformer
</filter>

  <match app.**>
    # @type kafka2
    @type copy
    <store>
      @type  elasticsearch  
      host es
    </store>
    <store>
      type s3
    </store>
    <store>
      @type elasticsearch
    </store>
    @type kafka extra
  </match>
<match fluent.**>
  @type null
  </match>
<source>
  @type tail
</source>
`;
    expect(await found({ "fluent.conf": CONF })).toEqual([
      "fluentd-output:copy@12",
      "fluentd-output:elasticsearch@14",
      "fluentd-output:s3@18",
      "fluentd-output:null@26",
    ]);
  });

  it("td-agent.conf and fluentd.conf are Fluentd's too; a <matcher> tag is no <match>", async () => {
    expect(await found({ "td-agent.conf": "<match **>\n  @type stdout\n</match>\n" })).toEqual(["fluentd-output:stdout@2"]);
    expect(await found({ "fluentd.conf": "<matcher>\n  @type stdout\n</matcher>\n<match *>\n  @type Forward\n</match>\n" })).toEqual(["fluentd-output:forward@5"]);
  });
});

describe("Telegraf", () => {
  it("outputs and inputs at their table lines, spaced brackets too; single-bracket tables and commented ones left out", async () => {
    const CONF = `[global_tags]
  dc = "eu-1"
[agent]
  interval = "10s"
[[ outputs.influxdb_v2 ]]
  urls = ["http://influxdb:8086"]
  [[inputs.postgresql]]
    address = "host=db"
[outputs.file]
# [[outputs.kafka]]
[[inputs.postgresql]]
[[inputs.Redis]]
[[processors.rename]]
`;
    expect(await found({ "telegraf.conf": CONF })).toEqual(["telegraf-output:influxdb_v2@5", "telegraf-input:postgresql@7"]);
    expect(await found({ "etc/telegraf.d/outputs.conf": "[[outputs.prometheus_client]]\n" })).toEqual(["telegraf-output:prometheus_client@1"]);
  });
});

describe("Alertmanager", () => {
  it("each receiver's integrations once, at their key's line; a receiver that is no map, and keys of another form, skipped", async () => {
    const YAML = `route:
  receiver: team
receivers:
  - name: team
    email_configs:
      - to: team@example.com
    webhook_configs:
      - url: http://bot
  - name: blackhole
  - pager
  - name: oncall
    pagerduty_configs:
      - routing_key: x
    email_configs: []
    Slack_configs: []
    ms-teams_configs: []
    configs: []
`;
    expect(await found({ "alertmanager.yaml": YAML })).toEqual(["alertmanager-receiver:email@5", "alertmanager-receiver:webhook@7", "alertmanager-receiver:pagerduty@12"]);
  });

  it("an integration whose key text first comes earlier (in a template) still gets a line", async () => {
    const YAML = "templates:\n  - slack_configs.tmpl\nreceivers:\n  - name: a\n    slack_configs: []\n    opsgenie_configs: []\n";
    expect(await found({ "alertmanager.yml": YAML })).toEqual(["alertmanager-receiver:slack@2", "alertmanager-receiver:opsgenie@6"]);
  });
});

describe("Grafana", () => {
  it("provisioned data sources: each type once, trimmed and lower-cased, at its line; one without a string type skipped", async () => {
    const YAML = `apiVersion: 1
datasources:
  - name: Prometheus
    type: prometheus
    url: http://prometheus:9090
  - name: Logs
    type: " Loki"
  - name: broken
    type: [prometheus]
  - just-a-string
  - name: Tempo
    type: tempo
  - name: Prom2
    type: PROMETHEUS
`;
    expect(await found({ "grafana/provisioning/datasources/all.yaml": YAML })).toEqual([
      "format:grafana-provisioning",
      "grafana-datasource:prometheus@4",
      "grafana-datasource:loki@7",
      "grafana-datasource:tempo@12",
    ]);
    expect(await found({ "provisioning/datasources/x.yml": "apiVersion: 1\ndatasources: {}\n" })).toEqual([]);
  });

  it("each provisioning folder by its own list: providers, apps, notifiers, and alerting's groups, contact points, policies, templates and mute timings", async () => {
    const provisioning = (folder: string, key: string) => found({ [`grafana/provisioning/${folder}/x.yaml`]: `apiVersion: 1\n${key}:\n  - name: a\n` });
    expect(await provisioning("dashboards", "providers")).toEqual(["format:grafana-provisioning"]);
    expect(await provisioning("plugins", "apps")).toEqual(["format:grafana-provisioning"]);
    expect(await provisioning("notifiers", "notifiers")).toEqual(["format:grafana-provisioning"]);
    for (const key of ["groups", "contactPoints", "policies", "templates", "muteTimes"]) expect(await provisioning("alerting", key)).toEqual(["format:grafana-provisioning"]);
    // Another folder's list, a list under another name or a map is no provisioning file.
    expect(await provisioning("dashboards", "apps")).toEqual([]);
    expect(await provisioning("plugins", "providers")).toEqual([]);
    expect(await provisioning("alerting", "rules")).toEqual([]);
    expect(await found({ "grafana/provisioning/dashboards/x.yaml": "providers: {}\n" })).toEqual([]);
  });

  it("a dashboard's JSON model: panels or (before Grafana 5) rows beside a numeric schemaVersion, bare or wrapped as the HTTP API exports it", async () => {
    const dash = (data: unknown) => found({ "dashboards/x.json": JSON.stringify(data) });
    expect(await dash({ schemaVersion: 39, panels: [] })).toEqual(["format:grafana-dashboard"]);
    expect(await dash({ schemaVersion: 14, rows: [] })).toEqual(["format:grafana-dashboard"]);
    expect(await dash({ dashboard: { schemaVersion: 39, panels: [] }, overwrite: true })).toEqual(["format:grafana-dashboard"]);
    expect(await dash({ schemaVersion: "39", panels: [] })).toEqual([]);
    expect(await dash({ schemaVersion: 39, panels: {} })).toEqual([]);
    expect(await dash({ schemaVersion: 39 })).toEqual([]);
    expect(await dash({ dashboard: "x", schemaVersion: 39, panels: [] })).toEqual(["format:grafana-dashboard"]);
    expect(await dash([{ schemaVersion: 39, panels: [] }])).toEqual([]);
  });
});

describe("malformed files", () => {
  it("a dashboard JSON or a YAML configuration that does not parse, and holds no template, is warned about", async () => {
    const { findings, warnings } = await detectorFindings(observabilityDetector, {
      "dashboards/broken.json": '{ "schemaVersion": 39, "panels": [',
      "alertmanager.yml": "receivers:\n  - name: a\n   slack_configs: [\n",
    });
    expect(findings).toEqual([]);
    expect(warnings.map((w) => w.split(":")[0])).toEqual(["alertmanager.yml", "dashboards/broken.json"].sort());
  });

  it("a provisioning folder at the repository's root is read as one below it", async () => {
    expect(await found({ "provisioning/plugins/apps.yaml": "apiVersion: 1\napps:\n  - type: grafana-clock-panel\n" })).toEqual(["format:grafana-provisioning"]);
  });
});

describe("Loki and Promtail", () => {
  it("a Loki configuration by its schema_config, or its server beside any of Loki's own blocks", async () => {
    const loki = (text: string) => found({ "loki-config.yaml": text });
    expect(await loki("schema_config:\n  configs:\n    - from: 2024-04-01\n      store: tsdb\n")).toEqual(["format:loki-config"]);
    for (const block of ["ingester", "common", "limits_config", "storage_config", "query_range"]) {
      expect(await loki(`server:\n  http_listen_port: 3100\n${block}:\n  x: 1\n`)).toEqual(["format:loki-config"]);
    }
    expect(await loki("schema_config:\n  configs: {}\n")).toEqual([]);
    expect(await loki("server:\n  http_listen_port: 3100\nruler:\n  x: 1\n")).toEqual([]);
    expect(await loki("server: 3100\ncommon:\n  x: 1\n")).toEqual([]);
    expect(await loki("server:\n  x: 1\ncommon: on\n")).toEqual([]);
  });

  it("a Promtail configuration by a client with a url beside its scrape_configs", async () => {
    const promtail = (text: string) => found({ "promtail.yaml": text });
    expect(await promtail("clients:\n  - url: http://loki:3100/loki/api/v1/push\nscrape_configs: []\n")).toEqual(["format:promtail-config"]);
    expect(await promtail("clients:\n  - url: http://loki:3100\nscrape_configs: {}\n")).toEqual([]);
    expect(await promtail("clients:\n  - urls: [x]\nscrape_configs: []\n")).toEqual([]);
    expect(await promtail("clients:\n  - http://loki:3100\nscrape_configs: []\n")).toEqual([]);
    expect(await promtail("clients: {url: http://loki}\nscrape_configs: []\n")).toEqual([]);
  });
});

describe("an OpenTelemetry Collector's configuration", () => {
  it("each exporter type once (the part before its slash, lower-cased), at its id's line", async () => {
    const YAML = `receivers:
  otlp:
    protocols:
      grpc: {}
processors:
  batch: {}
exporters:
  otlphttp/honeycomb:
    endpoint: https://api.honeycomb.io
  Datadog:
    api:
      key: x
  otlphttp/grafana: {}
service:
  pipelines:
    traces:
      exporters: [otlphttp/honeycomb, Datadog]
`;
    expect(await found({ "otel-collector-config.yaml": YAML })).toEqual(["format:otel-collector-config", "otel-exporter:otlphttp@8", "otel-exporter:datadog@10"]);
  });

  it("is one only with receivers, exporters and a service's pipelines, each a map", async () => {
    const base = { receivers: "receivers:\n  otlp: {}\n", exporters: "exporters:\n  debug: {}\n", service: "service:\n  pipelines:\n    logs: {}\n" };
    expect(await found({ "collector.yaml": Object.values(base).join("") })).toEqual(["format:otel-collector-config", "otel-exporter:debug@4"]);
    expect(await found({ "collector.yaml": base.exporters + base.service })).toEqual([]);
    expect(await found({ "collector.yaml": "receivers: [otlp]\n" + base.exporters + base.service })).toEqual([]);
    expect(await found({ "collector.yaml": base.receivers + "exporters: [debug]\n" + base.service })).toEqual([]);
    expect(await found({ "collector.yaml": base.receivers + base.exporters + "service: on\n" })).toEqual([]);
    expect(await found({ "collector.yaml": base.receivers + base.exporters + "service:\n  pipelines: [logs]\n" })).toEqual([]);
  });

  it("a manifest of several documents is read document by document; a document that is no map is skipped", async () => {
    const YAML = "- a list\n---\nreceivers:\n  otlp: {}\nexporters:\n  zipkin: {}\nservice:\n  pipelines:\n    traces: {}\n";
    expect(await found({ "otel.yaml": YAML })).toEqual(["format:otel-collector-config", "otel-exporter:zipkin@6"]);
  });
});
