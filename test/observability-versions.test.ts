import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Monitoring SDKs and images across registries: which package gives a tool its release. A client,
// instrumentation or exporter numbered apart from the tool names it without one; the tool's own
// core package (or server image) versions it.
const scanned = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false, disable: ["languages"] })).document;
const toolsOf = async (files: Record<string, string>) => new Map((await scanned(files)).tools.filter((t) => !t.package_url).map((t) => [t.name, t]));

describe("monitoring tools' versions from their SDKs and images", () => {
  it("PyPI's statsd is the Python client (4.x): StatsD without its release", async () => {
    const tools = await toolsOf({ "requirements.txt": "Django==5.0.6\nstatsd==4.0.1\n" });
    expect(tools.has("StatsD")).toBe(true);
    expect(tools.get("StatsD")?.version).toBeUndefined();
  });

  it("Python's OpenTelemetry distro and instrumentations name it; only the API/SDK version it", async () => {
    const only = await toolsOf({ "requirements.txt": "opentelemetry-distro==0.46b0\nopentelemetry-instrumentation-django==0.46b0\nopentelemetry-exporter-otlp==1.25.0\n" });
    expect(only.has("OpenTelemetry")).toBe(true);
    expect(only.get("OpenTelemetry")?.version).toBeUndefined();
    const withSdk = await toolsOf({ "requirements.txt": "opentelemetry-instrumentation-django==0.46b0\nopentelemetry-sdk==1.25.0\n" });
    expect(withSdk.get("OpenTelemetry")?.version).toBe("1.25.0");
  });

  it("a Rails app's OpenTelemetry takes the SDK gem's release, not the API's or an instrumentation's", async () => {
    const gemfile = 'source "https://rubygems.org"\ngem "rails", "~> 7.1.3"\ngem "opentelemetry-instrumentation-all"\ngem "opentelemetry-sdk"\n';
    const lock = [
      "GEM", "  remote: https://rubygems.org/", "  specs:",
      "    opentelemetry-api (1.2.5)",
      "    opentelemetry-instrumentation-all (0.62.0)",
      "    opentelemetry-sdk (1.5.0)", "      opentelemetry-api (~> 1.1)",
      "    rails (7.1.3.4)", "",
      "PLATFORMS", "  x86_64-linux", "",
      "DEPENDENCIES", "  opentelemetry-instrumentation-all", "  opentelemetry-sdk", "  rails (~> 7.1.3)", "",
    ].join("\n");
    const tools = await toolsOf({ Gemfile: gemfile, "Gemfile.lock": lock });
    expect(tools.get("OpenTelemetry")?.version).toBe("1.5.0");
    const noSdk = await toolsOf({ Gemfile: 'source "https://rubygems.org"\ngem "opentelemetry-instrumentation-all"\n', "Gemfile.lock": lock.replace("  opentelemetry-sdk\n", "") });
    expect(noSdk.has("OpenTelemetry")).toBe(true);
    expect(noSdk.get("OpenTelemetry")?.version).toBeUndefined();
  });

  it("a Laravel app's OpenTelemetry SDK and PromPHP client name OpenTelemetry (at the SDK's release) and Prometheus", async () => {
    const composer = JSON.stringify({
      name: "acme/shop",
      require: { php: "^8.2", "open-telemetry/opentelemetry-auto-laravel": "^0.0.25", "open-telemetry/sdk": "^1.0", "promphp/prometheus_client_php": "^2.10" },
    });
    const lock = JSON.stringify({
      packages: [
        { name: "open-telemetry/api", version: "1.0.3" },
        { name: "open-telemetry/opentelemetry-auto-laravel", version: "0.0.25" },
        { name: "open-telemetry/sdk", version: "1.0.8" },
        { name: "promphp/prometheus_client_php", version: "v2.10.0" },
      ],
      "packages-dev": [],
    });
    const tools = await toolsOf({ "composer.json": composer, "composer.lock": lock });
    expect(tools.get("OpenTelemetry")?.version).toBe("1.0.8");
    expect(tools.has("Prometheus")).toBe(true);
    expect(tools.get("Prometheus")?.version).toBeUndefined();
    const auto = await toolsOf({ "composer.json": JSON.stringify({ require: { "open-telemetry/opentelemetry-auto-laravel": "^0.0.25" } }) });
    expect(auto.has("OpenTelemetry")).toBe(true);
    expect(auto.get("OpenTelemetry")?.version).toBeUndefined();
  });

  it("a .NET worker's OpenTelemetry instrumentations (their own betas) name it without a release; the SDK package versions it", async () => {
    const csproj = (refs: string) => `<Project Sdk="Microsoft.NET.Sdk.Worker"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup><ItemGroup>${refs}</ItemGroup></Project>`;
    const efcore = '<PackageReference Include="OpenTelemetry.Instrumentation.EntityFrameworkCore" Version="1.0.0-beta.12" />';
    const only = await toolsOf({ "Worker.csproj": csproj(efcore) });
    expect(only.has("OpenTelemetry")).toBe(true);
    expect(only.get("OpenTelemetry")?.version).toBeUndefined();
    const withSdk = await toolsOf({ "Worker.csproj": csproj(efcore + '<PackageReference Include="OpenTelemetry.Extensions.Hosting" Version="1.9.0" />') });
    expect(withSdk.get("OpenTelemetry")?.version).toBe("1.9.0");
  });

  it("Rust's opentelemetry_sdk versions OpenTelemetry; the OTLP exporter crate names it without its 0.16", async () => {
    const cargo = (deps: string) => `[package]\nname = "svc"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n${deps}`;
    const otlp = await toolsOf({ "Cargo.toml": cargo('opentelemetry-otlp = "0.16.0"\n') });
    expect(otlp.has("OpenTelemetry")).toBe(true);
    expect(otlp.get("OpenTelemetry")?.version).toBeUndefined();
    const sdk = await toolsOf({ "Cargo.toml": cargo('opentelemetry_sdk = "0.23.0"\nopentelemetry-otlp = "0.16.0"\n') });
    expect(sdk.get("OpenTelemetry")?.version).toBe("0.23.0");
  });

  it("Elixir's opentelemetry_* packages name OpenTelemetry without their own releases", async () => {
    const mix = 'defmodule App.MixProject do\n  use Mix.Project\n  defp deps do\n    [\n      {:opentelemetry_phoenix, "~> 1.2"},\n      {:opentelemetry_exporter, "~> 1.7"}\n    ]\n  end\nend\n';
    const tools = await toolsOf({ "mix.exs": mix });
    expect(tools.has("OpenTelemetry")).toBe(true);
    expect(tools.get("OpenTelemetry")?.version).toBeUndefined();
  });

  it("Grafana's Faro web SDK names Grafana without its 1.x; @grafana/ui, released with Grafana, versions it", async () => {
    const pkg = (deps: Record<string, string>) => JSON.stringify({ name: "web", version: "1.0.0", dependencies: deps });
    const lock = (deps: Record<string, string>) =>
      JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "": { name: "web", dependencies: deps }, ...Object.fromEntries(Object.entries(deps).map(([n, v]) => [`node_modules/${n}`, { version: v.replace("^", "") }])) } });
    const faro = { "@grafana/faro-web-sdk": "^1.8.2" };
    const tools = await toolsOf({ "package.json": pkg(faro), "package-lock.json": lock(faro) });
    expect(tools.has("Grafana")).toBe(true);
    expect(tools.get("Grafana")?.version).toBeUndefined();
    const plugin = { "@grafana/ui": "^11.1.0" };
    const pluginTools = await toolsOf({ "package.json": pkg(plugin), "package-lock.json": lock(plugin) });
    expect(pluginTools.get("Grafana")?.version).toBe("11.1.0");
  });

  it("Brave and Zipkin's reporters name Zipkin without their releases; Zipkin's own library versions it", async () => {
    const pom = (deps: string) => `<project><modelVersion>4.0.0</modelVersion><groupId>com.acme</groupId><artifactId>svc</artifactId><version>1.0</version><dependencies>${deps}</dependencies></project>`;
    const dep = (g: string, a: string, v: string) => `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId><version>${v}</version></dependency>`;
    const brave = await toolsOf({ "pom.xml": pom(dep("io.zipkin.brave", "brave", "6.0.3") + dep("io.zipkin.reporter2", "zipkin-reporter-brave", "3.4.0")) });
    expect(brave.has("Zipkin")).toBe(true);
    expect(brave.get("Zipkin")?.version).toBeUndefined();
    const core = await toolsOf({ "pom.xml": pom(dep("io.zipkin.zipkin2", "zipkin", "3.4.0")) });
    expect(core.get("Zipkin")?.version).toBe("3.4.0");
  });

  it("Uptime Kuma, Grafana Mimir and VictoriaMetrics from their images (at the tag) and charts; the Datadog Agent's datadog.yaml names Datadog", async () => {
    const compose = [
      "services:",
      "  kuma:", "    image: louislam/uptime-kuma:1.23.13",
      "  mimir:", "    image: grafana/mimir:2.12.0",
      "  vm:", "    image: victoriametrics/victoria-metrics:v1.101.0",
      "  agent:", "    image: victoriametrics/vmagent:v1.101.0",
      "",
    ].join("\n");
    const tools = await toolsOf({ "docker-compose.yml": compose, "datadog/datadog.yaml": "api_key: ${DD_API_KEY}\nlogs_enabled: true\n" });
    expect(tools.get("Uptime Kuma")?.version).toBe("1.23.13");
    expect(tools.get("Uptime Kuma")?.category).toBe("Monitoring");
    expect(tools.get("Grafana Mimir")?.version).toBe("2.12.0");
    expect(tools.get("VictoriaMetrics DB")?.version).toBe("1.101.0");
    expect(tools.get("Datadog")?.detection_source).toBe("datadog/datadog.yaml");
    expect(tools.get("Datadog")?.version).toBeUndefined();
    const chart = "apiVersion: v2\nname: monitoring\nversion: 0.1.0\ndependencies:\n  - name: uptime-kuma\n    version: 2.19.0\n    repository: https://helm.irsigler.cloud\n  - name: mimir-distributed\n    version: 5.3.0\n    repository: https://grafana.github.io/helm-charts\n  - name: victoria-metrics-single\n    version: 0.9.22\n    repository: https://victoriametrics.github.io/helm-charts\n";
    const charted = await toolsOf({ "Chart.yaml": chart });
    expect(["Uptime Kuma", "Grafana Mimir", "VictoriaMetrics DB"].every((n) => charted.has(n))).toBe(true);
  });
  it("the web frameworks' Prometheus exporters and Yabeda's adapter name Prometheus; Honeycomb's and New Relic's Java artifacts name their services", async () => {
    const python = await toolsOf({ "requirements.txt": "django-prometheus==2.3.1\n" });
    expect(python.has("Prometheus")).toBe(true);
    expect(python.get("Prometheus")?.version).toBeUndefined();
    const fastapi = await toolsOf({ "requirements.txt": "prometheus-fastapi-instrumentator==7.0.0\nprometheus-flask-exporter==0.23.0\n" });
    expect(fastapi.get("Prometheus")?.version).toBeUndefined();
    expect(fastapi.has("Prometheus")).toBe(true);
    const ruby = await toolsOf({ Gemfile: 'source "https://rubygems.org"\ngem "yabeda-prometheus"\n' });
    expect(ruby.has("Prometheus")).toBe(true);
    const gradle = [
      "plugins { java }",
      "dependencies {",
      '    implementation("io.honeycomb:honeycomb-opentelemetry-sdk:1.7.0")',
      '    implementation("com.newrelic.telemetry:micrometer-registry-new-relic:0.10.0")',
      "}",
      "",
    ].join("\n");
    const jvm = await toolsOf({ "build.gradle.kts": gradle });
    expect(jvm.has("Honeycomb")).toBe(true);
    expect(jvm.has("New Relic")).toBe(true);
    expect(jvm.get("New Relic")?.version).toBeUndefined();
  });
  it("a Dockerfile that downloads Datadog's tracer, New Relic's agent and sentry-cli from their hosts names the services", async () => {
    const dockerfile = [
      "FROM eclipse-temurin:21-jre",
      "ADD https://dtdg.co/latest-java-tracer /opt/dd-java-agent.jar",
      "RUN curl -fsSL -o /opt/nr.zip https://download.newrelic.com/newrelic/java-agent/newrelic-agent/current/newrelic-java.zip \\",
      " && unzip /opt/nr.zip -d /opt",
      'RUN curl -sL https://sentry.io/get-cli/ | SENTRY_CLI_VERSION="2.32.1" sh',
      'ENTRYPOINT ["java", "-javaagent:/opt/dd-java-agent.jar", "-jar", "app.jar"]',
      "",
    ].join("\n");
    const tools = await toolsOf({ Dockerfile: dockerfile });
    expect(tools.get("Datadog")?.detection_source).toBe("Dockerfile");
    expect(tools.has("New Relic")).toBe(true);
    expect(tools.has("Sentry")).toBe(true);
    expect(tools.get("Sentry")?.version).toBeUndefined();
  });
  it("the services' own integration packages name them: Datadog's Serverless plugin, CDK constructs and Lambda library, New Relic's enrichers, sentry-rust's integration crates", async () => {
    const npm = await toolsOf({ "package.json": JSON.stringify({ name: "fn", version: "1.0.0", devDependencies: { "serverless-plugin-datadog": "^5.65.0" } }) });
    expect(npm.has("Datadog")).toBe(true);
    const cdk = await toolsOf({ "package.json": JSON.stringify({ name: "infra", version: "1.0.0", dependencies: { "datadog-cdk-constructs-v2": "^1.14.0" } }) });
    expect(cdk.has("Datadog")).toBe(true);
    expect((await toolsOf({ "requirements.txt": "datadog-lambda==5.96.0\n" })).has("Datadog")).toBe(true);
    expect((await toolsOf({ "composer.json": JSON.stringify({ require: { "newrelic/monolog-enricher": "^2.0" } }) })).has("New Relic")).toBe(true);
    const csproj = '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup><ItemGroup><PackageReference Include="NewRelic.LogEnrichers.Serilog" Version="1.2.0" /></ItemGroup></Project>';
    expect((await toolsOf({ "Api.csproj": csproj })).has("New Relic")).toBe(true);
    const rust = await toolsOf({ "Cargo.toml": '[package]\nname = "svc"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nsentry-tracing = "0.34.0"\n' });
    expect(rust.get("Sentry")?.version).toBe("0.34.0");
  });
  it("the Prometheus project's and prometheus-community's exporter images and charts name Prometheus without their releases", async () => {
    const compose = "services:\n  pg:\n    image: quay.io/prometheuscommunity/postgres-exporter:v0.15.0\n  snmp:\n    image: prom/snmp-exporter:v0.26.0\n";
    const tools = await toolsOf({ "docker-compose.yml": compose });
    expect(tools.has("Prometheus")).toBe(true);
    expect(tools.get("Prometheus")?.version).toBeUndefined();
    const chart = "apiVersion: v2\nname: db\nversion: 0.1.0\ndependencies:\n  - name: prometheus-postgres-exporter\n    version: 6.0.0\n    repository: https://prometheus-community.github.io/helm-charts\n";
    expect((await toolsOf({ "Chart.yaml": chart })).has("Prometheus")).toBe(true);
    const python = await toolsOf({ "requirements.txt": "honeycomb-opentelemetry==0.5.0b0\n" });
    expect(python.has("Honeycomb")).toBe(true);
    expect(python.has("OpenTelemetry")).toBe(true);
    expect(python.get("OpenTelemetry")?.version).toBeUndefined();
  });
  it("the New Relic .NET agent's newrelic.config names New Relic", async () => {
    const tools = await toolsOf({ "src/Api/newrelic.config": '<?xml version="1.0"?>\n<configuration xmlns="urn:newrelic-config" agentEnabled="true">\n  <service licenseKey="x" />\n</configuration>\n' });
    expect(tools.get("New Relic")?.detection_source).toBe("src/Api/newrelic.config");
  });
  it("sentry-laravel names Sentry without its own 4.6; the PHP SDK in composer.lock gives Sentry's release", async () => {
    const composer = JSON.stringify({ name: "acme/shop", require: { php: "^8.2", "sentry/sentry-laravel": "^4.6" } });
    const lock = JSON.stringify({ packages: [{ name: "sentry/sentry-laravel", version: "4.6.1" }, { name: "sentry/sentry", version: "4.8.0" }], "packages-dev": [] });
    const tools = await toolsOf({ "composer.json": composer, "composer.lock": lock });
    expect(tools.get("Sentry")?.version).toBe("4.8.0");
    const bare = await toolsOf({ "composer.json": JSON.stringify({ require: { "sentry/sentry-symfony": "^5.0" } }), "composer.lock": JSON.stringify({ packages: [{ name: "sentry/sentry-symfony", version: "5.0.1" }], "packages-dev": [] }) });
    expect(bare.has("Sentry")).toBe(true);
    expect(bare.get("Sentry")?.version).toBeUndefined();
  });
  it("Jaeger's Java and C# clients and zipkin-js name their tracers without the clients' releases", async () => {
    const pom = '<project><modelVersion>4.0.0</modelVersion><groupId>a</groupId><artifactId>b</artifactId><version>1</version><dependencies><dependency><groupId>io.jaegertracing</groupId><artifactId>jaeger-client</artifactId><version>1.8.1</version></dependency></dependencies></project>';
    const java = await toolsOf({ "pom.xml": pom });
    expect(java.has("Jaeger")).toBe(true);
    expect(java.get("Jaeger")?.version).toBeUndefined();
    const csproj = '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup><ItemGroup><PackageReference Include="Jaeger" Version="1.0.3" /></ItemGroup></Project>';
    expect((await toolsOf({ "App.csproj": csproj })).get("Jaeger")).toBeDefined();
    expect((await toolsOf({ "App.csproj": csproj })).get("Jaeger")?.version).toBeUndefined();
    const pkg = JSON.stringify({ name: "svc", version: "1.0.0", dependencies: { zipkin: "^0.22.0" } });
    const lock = JSON.stringify({ name: "svc", lockfileVersion: 3, packages: { "": { name: "svc", dependencies: { zipkin: "^0.22.0" } }, "node_modules/zipkin": { version: "0.22.0" } } });
    const js = await toolsOf({ "package.json": pkg, "package-lock.json": lock });
    expect(js.has("Zipkin")).toBe(true);
    expect(js.get("Zipkin")?.version).toBeUndefined();
  });
  it("Datadog's and Honeycomb's own GitHub Actions name the services", async () => {
    const workflow = "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: DataDog/synthetics-ci-github-action@v1.4.0\n      - uses: honeycombio/gha-buildevents@v2\n";
    const tools = await toolsOf({ ".github/workflows/ci.yml": workflow });
    expect(tools.get("Datadog")?.detection_source).toBe(".github/workflows/ci.yml");
    expect(tools.has("Honeycomb")).toBe(true);
  });
});
