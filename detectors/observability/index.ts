import type { DetectContext, Detector } from "../../src/types.js";
import { baseName, isRecord, lineOf } from "../../src/kit.js";

/**
 * Monitoring configuration, read as data: the receivers an Alertmanager configuration notifies
 * (`slack_configs`, `pagerduty_configs`), the data sources Grafana is provisioned with (`type:
 * prometheus`), and the exporters an OpenTelemetry Collector ships to (`jaeger`, `datadog/eu`).
 * Each is a catalog key of its own kind; the files themselves name Prometheus, Grafana and
 * OpenTelemetry through the catalog's `file` globs and the collector's pipelines below.
 */
export const observabilityDetector: Detector = {
  name: "observability",
  files: ["alertmanager.{yml,yaml}", "**/provisioning/datasources/*.{yml,yaml}", "otel-collector*.{yml,yaml}", "otelcol*.{yml,yaml}", "*collector-config*.{yml,yaml}"],
  async detect(ctx) {
    for (const file of ctx.files) {
      const data = await ctx.yaml(file);
      if (!isRecord(data)) continue;
      const text = (await ctx.text(file)) ?? "";
      const base = baseName(file);
      if (/^alertmanager\.ya?ml$/.test(base)) readAlertmanager(ctx, file, data, text);
      else if (file.includes("provisioning/datasources/")) readGrafanaDatasources(ctx, file, data, text);
      else readCollector(ctx, file, data, text);
    }
  },
};

/** Alertmanager: each receiver's `<integration>_configs` (slack_configs, opsgenie_configs, msteams_configs). */
function readAlertmanager(ctx: DetectContext, file: string, data: Record<string, unknown>, text: string): void {
  const seen = new Set<string>();
  for (const receiver of Array.isArray(data.receivers) ? data.receivers : []) {
    if (!isRecord(receiver)) continue;
    for (const key of Object.keys(receiver)) {
      const m = /^([a-z0-9]+)_configs$/.exec(key);
      if (!m || seen.has(m[1]!)) continue;
      seen.add(m[1]!);
      ctx.report({ ref: `alertmanager-receiver:${m[1]}`, file, line: lineOf(text, key) });
    }
  }
}

/** Grafana's provisioned data sources: each `type` (prometheus, loki, grafana-clickhouse-datasource). */
function readGrafanaDatasources(ctx: DetectContext, file: string, data: Record<string, unknown>, text: string): void {
  if (!Array.isArray(data.datasources)) return;
  ctx.report({ ref: "format:grafana-provisioning", file });
  const seen = new Set<string>();
  for (const source of data.datasources) {
    const type = isRecord(source) && typeof source.type === "string" ? source.type.trim().toLowerCase() : "";
    if (!type || seen.has(type)) continue;
    seen.add(type);
    ctx.report({ ref: `grafana-datasource:${type}`, file, line: lineOf(text, source.type as string) });
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
  for (const id of Object.keys(data.exporters)) {
    const type = id.split("/")[0]!.toLowerCase();
    if (seen.has(type)) continue;
    seen.add(type);
    ctx.report({ ref: `otel-exporter:${type}`, file, line: lineOf(text, `${id}:`) });
  }
}
