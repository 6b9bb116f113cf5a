import type { DetectContext, Detector } from "../../src/types.js";
import { baseName, isRecord, lineCounter, lineOf, lineOfEach } from "../../src/kit.js";
import { OBSERVABILITY_FILES } from "../files.js";
import { readDocuments } from "./documents.js";
import { readShipper } from "./shippers.js";

/**
 * Monitoring configuration, read as data: the receivers an Alertmanager configuration notifies
 * (`slack_configs`, `pagerduty_configs`), the data sources Grafana is provisioned with (`type:
 * prometheus`), and the exporters an OpenTelemetry Collector ships to (`jaeger`, `datadog/eu`).
 * Each is a catalog key of its own kind; the files themselves name Prometheus, Grafana and
 * OpenTelemetry through the catalog's `file` globs and the collector's pipelines below. Grafana's
 * other provisioning files (dashboard providers, alerting, plugins) and its dashboards' JSON name
 * Grafana; a Loki server's or a Promtail agent's configuration names Loki.
 */
export const observabilityDetector: Detector = {
  name: "observability",
  files: OBSERVABILITY_FILES,
  async detect(ctx) {
    for (const file of ctx.files) {
      if (file.endsWith(".conf") || /^(fluent-bit|td-agent-bit)/.test(baseName(file))) {
        await readShipper(ctx, file);
        continue;
      }
      if (file.endsWith(".json")) {
        // A chart's dashboard templated by Helm (`"uid": {{ .Values.uid }}`) is no JSON until rendered:
        // passed over without a warning (a dashboard's own `{{instance}}` legends are strings and parse).
        const raw = (await ctx.text(file)) ?? "";
        let data: unknown;
        if (raw.includes("{{")) {
          try {
            data = JSON.parse(raw);
          } catch {
            continue;
          }
        } else data = await ctx.json(file);
        if (isGrafanaDashboard(data)) ctx.report({ ref: "format:grafana-dashboard", file });
        continue;
      }
      const text = (await ctx.text(file)) ?? "";
      // A Kubernetes manifest of several documents under one of these names (`otel-collector.yaml`
      // holding a ConfigMap and a Deployment) is valid YAML, read document by document. A Helm
      // template (`templates/otel-collector.yaml`, `{{ .Values.x }}`) is no YAML until rendered: one
      // that does not parse is passed over without a warning (an Alertmanager file's quoted
      // `{{ template "slack.text" . }}` strings still parse).
      for (const data of (await readDocuments(ctx, file, text)) ?? []) {
        if (!isRecord(data)) continue;
        const base = baseName(file);
        if (/^alertmanager\.ya?ml$/.test(base)) readAlertmanager(ctx, file, data, text);
        else if (file.includes("provisioning/datasources/")) readGrafanaDatasources(ctx, file, data, text);
        else if (/(^|\/)provisioning\/[a-z]+\//.test(file)) readGrafanaProvisioning(ctx, file, data);
        else if (/promtail/.test(file) && isPromtailConfig(data)) ctx.report({ ref: "format:promtail-config", file });
        else if (/loki/.test(file) && isLokiConfig(data)) ctx.report({ ref: "format:loki-config", file });
        else readCollector(ctx, file, data, text);
      }
    }
  },
};

/**
 * Grafana's other provisioning files, by the list each holds: dashboard `providers`, plugin `apps`,
 * legacy alert `notifiers`, and unified alerting's rule `groups`, `contactPoints` and `policies`.
 */
function readGrafanaProvisioning(ctx: DetectContext, file: string, data: Record<string, unknown>): void {
  const lists: Record<string, readonly string[]> = {
    dashboards: ["providers"],
    plugins: ["apps"],
    notifiers: ["notifiers"],
    alerting: ["groups", "contactPoints", "policies", "templates", "muteTimes"],
  };
  const folder = /provisioning\/([a-z]+)\//.exec(file)?.[1] ?? "";
  if ((lists[folder] ?? []).some((key) => Array.isArray(data[key]))) ctx.report({ ref: "format:grafana-provisioning", file });
}

/** A Grafana dashboard's JSON model: its `panels` (or, before Grafana 5, `rows`) and a numeric `schemaVersion`. */
function isGrafanaDashboard(data: unknown): boolean {
  if (!isRecord(data)) return false;
  // An export made for sharing wraps the model in `dashboard` (the HTTP API's form).
  const model = isRecord(data.dashboard) ? data.dashboard : data;
  return typeof model.schemaVersion === "number" && (Array.isArray(model.panels) || Array.isArray(model.rows));
}

/** Promtail's configuration: the Loki `clients` it pushes to (each with a `url`) and its `scrape_configs`. */
function isPromtailConfig(data: Record<string, unknown>): boolean {
  return Array.isArray(data.clients) && data.clients.some((c) => isRecord(c) && typeof c.url === "string") && Array.isArray(data.scrape_configs);
}

/** A Loki server's configuration: its index `schema_config`, or its `server` beside Loki's own blocks. */
function isLokiConfig(data: Record<string, unknown>): boolean {
  if (isRecord(data.schema_config) && Array.isArray(data.schema_config.configs)) return true;
  return isRecord(data.server) && ["ingester", "common", "limits_config", "storage_config", "query_range"].some((k) => isRecord(data[k]));
}

/**
 * The lines of names met in the order they are written (receivers' keys, data sources' types): each
 * searched from the last one's place, so the text is walked once. A name not found there is looked
 * for from the start; after a hundred such, names get no line (a line per name from the start, for
 * 40,000 names in 0.9 MB, took 13 s).
 */
function orderedLines(text: string): (needle: string) => number | undefined {
  let cursor = 0;
  let fallbacks = 100;
  const lineAt = lineCounter(text);
  return (needle) => {
    if (fallbacks <= 0) return undefined;
    const at = text.indexOf(needle, cursor);
    if (at < 0) return fallbacks-- > 0 ? lineOf(text, needle) : undefined;
    cursor = at + needle.length;
    return lineAt(at);
  };
}

/** Alertmanager: each receiver's `<integration>_configs` (slack_configs, opsgenie_configs, msteams_configs). */
function readAlertmanager(ctx: DetectContext, file: string, data: Record<string, unknown>, text: string): void {
  const seen = new Set<string>();
  const lineOfNext = orderedLines(text);
  for (const receiver of Array.isArray(data.receivers) ? data.receivers : []) {
    if (!isRecord(receiver)) continue;
    for (const key of Object.keys(receiver)) {
      const m = /^([a-z0-9]+)_configs$/.exec(key);
      if (!m || seen.has(m[1]!)) continue;
      seen.add(m[1]!);
      ctx.report({ ref: `alertmanager-receiver:${m[1]}`, file, line: lineOfNext(key) });
    }
  }
}

/** Grafana's provisioned data sources: each `type` (prometheus, loki, grafana-clickhouse-datasource). */
function readGrafanaDatasources(ctx: DetectContext, file: string, data: Record<string, unknown>, text: string): void {
  if (!Array.isArray(data.datasources)) return;
  ctx.report({ ref: "format:grafana-provisioning", file });
  const seen = new Set<string>();
  const lineOfNext = orderedLines(text);
  for (const source of data.datasources) {
    const type = isRecord(source) && typeof source.type === "string" ? source.type.trim().toLowerCase() : "";
    if (!type || seen.has(type)) continue;
    seen.add(type);
    ctx.report({ ref: `grafana-datasource:${type}`, file, line: lineOfNext(source.type as string) });
  }
}

/**
 * An OpenTelemetry Collector configuration (top-level `receivers`, `exporters` and a `service`
 * with `pipelines`): the collector itself, and each exporter by its type, the part of its id
 * before a slash (`otlphttp/honeycomb` is otlphttp).
 */
function readCollector(ctx: DetectContext, file: string, data: Record<string, unknown>, text: string): void {
  if (!isRecord(data.receivers) || !isRecord(data.exporters) || !isRecord(data.service) || !isRecord(data.service.pipelines)) return;
  ctx.report({ ref: "format:otel-collector-config", file });
  const seen = new Set<string>();
  const lineOfId = lineOfEach(text);
  for (const id of Object.keys(data.exporters)) {
    const type = id.split("/")[0]!.toLowerCase();
    if (seen.has(type)) continue;
    seen.add(type);
    ctx.report({ ref: `otel-exporter:${type}`, file, line: lineOfId(`${id}:`) });
  }
}
