/** The files the observability detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
export const OBSERVABILITY_FILES = [
  "alertmanager.{yml,yaml}",
  "**/provisioning/{datasources,dashboards,alerting,plugins,notifiers}/*.{yml,yaml}",
  "**/dashboards/**/*.json",
  // the collector's configuration under its usual names (otel-collector-config.yaml, otelcol.yaml,
  // otel-config.yaml, otel-agent-config.yaml, collector.yaml), read for its shape
  "otel*.{yml,yaml}",
  "collector*.{yml,yaml}",
  "*collector-config*.{yml,yaml}",
  "*{loki,promtail}*.{yml,yaml}",
  "**/{loki,promtail}/*.{yml,yaml}",
  // log and metric shippers' configurations, read as text for the places they send to
  "telegraf*.conf",
  "**/telegraf.d/*.conf",
  "{fluent-bit,td-agent-bit}*.{conf,yaml,yml}",
  "{fluent,fluentd,td-agent}.conf",
];
