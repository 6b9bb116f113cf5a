import { describe, expect, it } from "vitest";
import { toolVersions } from "./helpers.js";

// The Helm charts and Terraform providers site tools publish themselves (or that are the de-facto
// ones: Bitnami's application charts), as real repositories declare them. A chart's or provider's
// version is its own numbering, so each tool is expected without one ("-"); "missing" is no tool.
const detect = (files: Record<string, string>) => toolVersions(files);
const expectTools = (found: Record<string, string>, names: string[]) =>
  expect(Object.fromEntries(names.map((n) => [n, found[n] ?? "missing"]))).toEqual(Object.fromEntries(names.map((n) => [n, "-"])));

describe("official Helm charts of site tools", () => {
  it("a platform chart's dependencies: vendors' operator charts and Bitnami's", async () => {
    const chart = [
      "apiVersion: v2",
      "name: platform",
      "type: application",
      "version: 0.4.2",
      "dependencies:",
      ...[
        ["airbyte", "0.50.3", "https://airbytehq.github.io/helm-charts"],
        ["altinity-clickhouse-operator", "0.23.3", "https://docs.altinity.com/clickhouse-operator/"],
        ["camunda-platform", "9.3.2", "https://helm.camunda.io"],
        ["confluent-for-kubernetes", "0.921.2", "https://packages.confluent.io/helm"],
        ["eck-stack", "0.9.0", "https://helm.elastic.co"],
        ["k8ssandra-operator", "1.14.0", "https://helm.k8ssandra.io/stable"],
        ["jupyterhub", "3.2.1", "https://hub.jupyter.org/helm-chart/"],
        ["teleport-cluster", "15.0.2", "https://charts.releases.teleport.dev"],
        ["opensearch-operator", "2.5.1", "https://opensearch-project.github.io/opensearch-k8s-operator/"],
        ["pulumi-kubernetes-operator", "0.7.2", "oci://ghcr.io/pulumi/helm-charts"],
        ["apache", "10.5.2", "oci://registry-1.docker.io/bitnamicharts"],
        ["nginx-ingress-controller", "11.3.0", "oci://registry-1.docker.io/bitnamicharts"],
        ["scylla-operator", "v1.12.0", "https://scylla-operator-charts.storage.googleapis.com/stable"],
        ["haproxy", "1.39.0", "https://haproxytech.github.io/helm-charts"],
        ["dask", "2024.1.1", "https://helm.dask.org/"],
        ["mailhog", "5.2.3", "https://codecentric.github.io/helm-charts"],
      ].map(([name, version, repository]) => `  - name: ${name}\n    version: ${version}\n    repository: ${repository}`),
      "",
    ].join("\n");
    const found = await detect({ "deploy/platform/Chart.yaml": chart });
    expectTools(found, ["Airbyte", "Clickhouse", "Camunda", "Confluent", "Elasticsearch", "Kibana", "Cassandra", "Jupyter", "Teleport", "OpenSearch", "Pulumi", "Apache HTTP Server", "NGINX", "ScyllaDB", "HAProxy", "Dask", "MailHog"]);
  });

  it("a helmfile's releases of business applications", async () => {
    const helmfile = [
      "repositories:",
      "  - name: bitnami",
      "    url: https://charts.bitnami.com/bitnami",
      "  - name: n8n",
      "    url: https://8gears.container-registry.com/chartrepo/library",
      "releases:",
      ...[
        ["blog", "bitnami/wordpress", "19.2.5"],
        ["shop", "bitnami/magento", "25.4.1"],
        ["analytics", "oci://registry-1.docker.io/bitnamicharts/matomo", "5.1.3"],
        ["wiki", "bitnami/mediawiki", "19.1.2"],
        ["automation", "n8n/n8n", "0.23.1"],
        ["erp", "bitnami/odoo", "25.2.1"],
        ["tracker", "bitnami/redmine", "28.0.1"],
        ["forum", "bitnami/discourse", "13.0.2"],
      ].map(([name, chart, version]) => `  - name: ${name}\n    namespace: web\n    chart: ${chart}\n    version: ${version}`),
      "",
    ].join("\n");
    const found = await detect({ "helmfile.yaml": helmfile });
    expectTools(found, ["WordPress", "Magento", "Matomo", "MediaWiki", "n8n", "Odoo", "Redmine", "Discourse"]);
  });

  it("Argo CD Applications of monitoring and collaboration charts", async () => {
    const app = (name: string, repoURL: string, chart: string, version: string) =>
      `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${name}\n  namespace: argocd\nspec:\n  project: default\n  source:\n    repoURL: ${repoURL}\n    chart: ${chart}\n    targetRevision: ${version}\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: ${name}\n`;
    const found = await detect({
      "apps/platform.yaml": [
        app("newrelic-logging", "https://helm-charts.newrelic.com", "newrelic-logging", "1.19.2"),
        app("chat", "https://helm.mattermost.com", "mattermost-operator", "1.0.1"),
        app("tailscale", "https://pkgs.tailscale.com/helmcharts", "tailscale-operator", "1.58.2"),
        app("logs", "registry-1.docker.io/bitnamicharts", "grafana-loki", "2.11.9"),
        app("rocketchat", "https://rocketchat.github.io/helm-charts", "rocketchat", "6.8.0"),
        app("sumologic", "https://sumologic.github.io/sumologic-kubernetes-collection", "sumologic", "4.4.0"),
        app("instana", "https://agents.instana.io/helm", "instana-agent", "1.2.66"),
        app("signalfx", "https://dl.signalfx.com/helm-repo", "signalfx-agent", "1.17.0"),
        app("sysdig", "https://charts.sysdig.com", "sysdig-deploy", "1.37.5"),
      ].join("---\n"),
    });
    expectTools(found, ["New Relic", "Mattermost", "Tailscale", "Loki", "RocketChat", "Sumo Logic", "Instana", "SignalFx", "Sysdig"]);
  });
});

describe("official Terraform providers of site tools", () => {
  it("required_providers of the vendors' own namespaces", async () => {
    const providers: Array<[string, string]> = [
      ["circleci", "CircleCI-Public/circleci"],
      ["teamcity", "jetbrains/teamcity"],
      ["buildkite", "buildkite/buildkite"],
      ["octopusdeploy", "OctopusDeployLabs/octopusdeploy"],
      ["gitea", "go-gitea/gitea"],
      ["harbor", "goharbor/harbor"],
      ["ngrok", "ngrok/ngrok"],
      ["opensearch", "opensearch-project/opensearch"],
      ["clickhouse", "ClickHouse/clickhouse"],
      ["cockroach", "cockroachdb/cockroach"],
      ["dbtcloud", "dbt-labs/dbtcloud"],
      ["rollbar", "rollbar/rollbar"],
      ["logzio", "logzio/logzio"],
      ["signalfx", "splunk-terraform/signalfx"],
      ["mailgun", "wgebis/mailgun"],
    ];
    const main = `terraform {\n  required_version = ">= 1.5.0"\n  required_providers {\n${providers.map(([name, source]) => `    ${name} = {\n      source  = "${source}"\n      version = "~> 1.2"\n    }`).join("\n")}\n  }\n}\n`;
    const found = await detect({ "infra/versions.tf": main });
    expectTools(found, ["CircleCI", "TeamCity", "Buildkite", "Octopus Deploy", "Gitea", "Harbor", "ngrok", "OpenSearch", "Clickhouse", "CockroachDB", "dbt", "Rollbar", "logz.io", "SignalFx", "Mailgun"]);
  });

  it("a Terraform 0.12 configuration's providers without a source (hashicorp/<name>)", async () => {
    const main = [
      'provider "github" {\n  organization = "acme"\n}',
      'provider "cloudflare" {\n  version = "~> 2.0"\n}',
      'provider "pagerduty" {}',
      'provider "datadog" {}',
      'provider "postgresql" {\n  host = "db.internal"\n}',
      'provider "gitlab" {}',
      'provider "opsgenie" {}',
      'resource "github_repository" "api" {\n  name = "api"\n}',
      "",
    ].join("\n\n");
    const found = await detect({ "infra/main.tf": main });
    expectTools(found, ["GitHub", "CloudFlare", "PagerDuty", "Datadog", "PostgreSQL", "GitLab", "OpsGenie", "Terraform"]);
  });
});
