import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// Images, charts, custom resources, providers, modules, remote bases and pipes that reveal a tool
// as surely as the keys the catalog already had for it (bitnami/postgresql beside
// bitnami/postgresql-repmgr, postgresql.cnpg.io beside postgres-operator.crunchydata.com).
const detect = async (files: Record<string, string>): Promise<Map<string, ToolEntry>> => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
};

describe("infrastructure keys by analogy", () => {
  it("a compose file's vendor images name their servers, with the tag's release only where it is the server's", async () => {
    const compose = [
      "services:",
      "  db:",
      "    image: docker.io/bitnami/postgresql-repmgr:16.1.0",
      "  cache:",
      "    image: bitnami/redis-cluster:7.2",
      "  broker:",
      "    image: quay.io/strimzi/kafka:0.39.0-kafka-3.6.1",
      "  grafana:",
      "    image: grafana/grafana-oss:10.2.3",
      "  alerts:",
      "    image: quay.io/prometheus/alertmanager:v0.26.0",
      "  mssql:",
      "    image: mcr.microsoft.com/azure-sql-edge:1.0.7",
      "  oracle:",
      "    image: container-registry.oracle.com/database/free:23.3.0.0",
      "  storage-init:",
      "    image: minio/mc:RELEASE.2024-01-05T05-04-32Z",
      "  browser:",
      "    image: selenium/node-chrome:4.16.1",
    ].join("\n");
    const tools = await detect({ "docker-compose.yml": compose + "\n" });
    expect(tools.get("PostgreSQL")?.version).toBe("16.1.0");
    expect(tools.get("Redis")?.version).toBe("7.2");
    expect(tools.get("Grafana")?.version).toBe("10.2.3");
    expect(tools.get("Selenium")?.version).toBe("4.16.1");
    expect(tools.get("Oracle")?.version).toBe("23.3.0");
    // Strimzi's tag, Alertmanager's and Azure SQL Edge's releases are their own.
    for (const name of ["Kafka", "Prometheus", "Microsoft SQL Server", "Minio"]) {
      expect(tools.get(name), name).toBeDefined();
      expect(tools.get(name)?.version, name).toBeUndefined();
    }
  });

  it("Dockerfile base images of language vendors and function hosts", async () => {
    const tools = await detect({
      "api/Dockerfile": "FROM mcr.microsoft.com/azure-functions/node:4-node18\nCOPY . /home/site/wwwroot\n",
      "svc/Dockerfile": "FROM azul/zulu-openjdk-alpine:17\nCOPY app.jar /app.jar\n",
      "web/Dockerfile": "FROM hexpm/elixir:1.15.7-erlang-26.1.2-alpine-3.18.4 AS build\nRUN mix release\n",
      "e2e/kind/Dockerfile": "FROM kindest/node:v1.29.2\n",
    });
    expect(tools.get("Azure Functions")).toBeDefined();
    expect(tools.get("Node.js")).toBeDefined();
    expect(tools.get("Node.js")?.version).toBeUndefined(); // 4-node18: the Functions host's major first
    expect(tools.get("Java")?.version).toBe("17.0.0");
    expect(tools.get("Elixir")?.version).toBe("1.15.7");
    expect(tools.get("Kubernetes")?.version).toBe("1.29.2");
  });

  it("Helm chart dependencies of operators and stacks name what they run", async () => {
    const chart = [
      "apiVersion: v2",
      "name: platform",
      "version: 0.1.0",
      "dependencies:",
      "  - name: kube-prometheus-stack",
      "    version: 55.5.0",
      "    repository: https://prometheus-community.github.io/helm-charts",
      "  - name: strimzi-kafka-operator",
      "    version: 0.39.0",
      "    repository: https://strimzi.io/charts/",
      "  - name: cloudnative-pg",
      "    version: 0.20.0",
      "    repository: https://cloudnative-pg.github.io/charts",
      "  - name: mariadb-galera",
      "    version: 11.0.1",
      "    repository: oci://registry-1.docker.io/bitnamicharts",
      "  - name: vault",
      "    version: 0.27.0",
      "    repository: https://helm.releases.hashicorp.com",
      "",
    ].join("\n");
    const tools = await detect({ "deploy/platform/Chart.yaml": chart });
    for (const name of ["Prometheus", "Grafana", "Kafka", "PostgreSQL", "Galera Cluster", "MariaDB", "Vault"]) {
      expect(tools.get(name), name).toBeDefined();
      expect(tools.get(name)?.version, name).toBeUndefined(); // a chart's version is the chart's
    }
  });

  it("custom resources of operators and OpenShift name their tools", async () => {
    const manifests = [
      "apiVersion: postgres-operator.crunchydata.com/v1beta1\nkind: PostgresCluster\nmetadata:\n  name: hippo\n",
      "apiVersion: route.openshift.io/v1\nkind: Route\nmetadata:\n  name: web\nspec:\n  to:\n    kind: Service\n    name: web\n",
      "apiVersion: k8s.keycloak.org/v2alpha1\nkind: Keycloak\nmetadata:\n  name: sso\n",
      "apiVersion: networking.gke.io/v1\nkind: ManagedCertificate\nmetadata:\n  name: cert\n",
    ].join("---\n");
    const tools = await detect({ "k8s/platform.yaml": manifests });
    for (const name of ["PostgreSQL", "Red Hat OpenShift", "Keycloak", "Google Kubernetes Engine", "Kubernetes"]) expect(tools.get(name), name).toBeDefined();
  });

  it("Terraform providers of servers and services, and registry modules of one AWS service", async () => {
    const main = [
      "terraform {",
      "  required_providers {",
      '    postgresql = {\n      source  = "cyrilgdn/postgresql"\n      version = "1.21.0"\n    }',
      '    keycloak = {\n      source  = "mrparkers/keycloak"\n      version = "4.3.1"\n    }',
      '    gitlab = {\n      source  = "gitlabhq/gitlab"\n      version = "16.7.0"\n    }',
      "  }",
      "}",
      'module "assets" {\n  source  = "terraform-aws-modules/s3-bucket/aws"\n  version = "3.15.1"\n}',
      'module "worker" {\n  source  = "terraform-aws-modules/lambda/aws"\n  version = "6.5.0"\n}',
      "",
    ].join("\n");
    const tools = await detect({ "infra/main.tf": main });
    for (const name of ["PostgreSQL", "Keycloak", "GitLab", "Amazon S3", "AWS Lambda", "Terraform"]) {
      expect(tools.get(name), name).toBeDefined();
      expect(tools.get(name)?.version, name).toBeUndefined(); // a provider's or module's release is its own
    }
  });

  it("a kustomization's operator bases and a Bitbucket pipeline's deploy pipes", async () => {
    const tools = await detect({
      "deploy/operators/kustomization.yaml": "resources:\n  - github.com/strimzi/strimzi-kafka-operator//install/cluster-operator?ref=0.39.0\n  - https://github.com/cloudnative-pg/cloudnative-pg/releases/download/v1.22.0/cnpg-1.22.0.yaml\n",
      "bitbucket-pipelines.yml": "pipelines:\n  branches:\n    main:\n      - step:\n          script:\n            - pipe: atlassian/aws-ecs-deploy:1.9.0\n              variables:\n                CLUSTER_NAME: app\n            - pipe: sonarsource/sonarqube-scan:2.0.1\n",
    });
    expect(tools.get("Kafka")).toBeDefined();
    expect(tools.get("Kafka")?.version).toBeUndefined(); // the operator's ref is Strimzi's release
    expect(tools.get("Amazon EC2 Container Service")).toBeDefined();
    expect(tools.get("SonarQube")).toBeDefined();
  });

  it("a dev container's language image and CI tool images", async () => {
    const tools = await detect({
      ".devcontainer/devcontainer.json": '{\n  "name": "app",\n  "image": "mcr.microsoft.com/devcontainers/python:1-3.12-bookworm"\n}\n',
      "docker-compose.yml": "services:\n  storage:\n    image: mcr.microsoft.com/azure-storage/azurite:3.29.0\n  connect:\n    image: confluentinc/cp-kafka-connect:7.5.3\n",
      "ci/lint/Dockerfile": "FROM golangci/golangci-lint:v1.55.2\n",
    });
    expect(tools.get("Python")).toBeDefined();
    expect(tools.get("Python")?.version).toBe("3.12"); // 1-3.12: the image's own major leads, read past
    expect(tools.get("Azure Storage")).toBeDefined();
    expect(tools.get("Kafka")).toBeDefined();
    expect(tools.get("Kafka")?.version).toBeUndefined(); // Confluent Platform 7.5 ships Kafka 3.5
    expect(tools.get("golangci-lint")?.version).toBe("1.55.2");
  });

  it("a Dev Container image's tag: the language's release after the image's own major, a lone one as is; Rust's 1 is none; Deno's variant-first tags", async () => {
    const version = async (image: string, name: string) => (await detect({ ".devcontainer/devcontainer.json": JSON.stringify({ image }) })).get(name)?.version;
    expect(await version("mcr.microsoft.com/devcontainers/typescript-node:1-20-bookworm", "Node.js")).toBe("20.0.0");
    // .NET is written with no release (its .NET Core entry carries it: catalog dot-net's no_release).
    expect(await version("mcr.microsoft.com/devcontainers/dotnet:1-8.0", ".NET")).toBeUndefined();
    expect(await version("mcr.microsoft.com/vscode/devcontainers/javascript-node:0-18", "Node.js")).toBe("18.0.0");
    expect(await version("mcr.microsoft.com/devcontainers/go:1.22-bookworm", "Golang")).toBe("1.22");
    expect(await version("mcr.microsoft.com/devcontainers/rust:1-1-bookworm", "Rust")).toBeUndefined();
    expect(await version("mcr.microsoft.com/devcontainers/python:1", "Python")).toBeUndefined();
    expect(await version("mcr.microsoft.com/devcontainers/python:1-bookworm", "Python")).toBeUndefined();
    expect(await version("mcr.microsoft.com/devcontainers/python:3.12", "Python")).toBe("3.12");
    // Deno's own images put the variant before the release.
    const deno = async (image: string) => (await detect({ Dockerfile: `FROM ${image}\n` })).get("Deno")?.version;
    expect(await deno("denoland/deno:alpine-2.1.2")).toBe("2.1.2");
    expect(await deno("denoland/deno:2.1.2")).toBe("2.1.2");
    expect(await deno("denoland/deno:alpine")).toBeUndefined();
  });
});
