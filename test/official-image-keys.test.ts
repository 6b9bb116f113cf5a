import { describe, expect, it } from "vitest";
import { toolVersions } from "./helpers.js";

// Official (or the most used) images of catalog tools that named no tool before their docker keys:
// each service, job image or FROM line names its tool, at the release its tag gives where the tag
// is the tool's own (catalog/matchers docker sections; tag layouts in detectors/docker/image-version.ts).
const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

const tools = (files: Record<string, string>) => toolVersions(files, opts);

function compose(images: Record<string, string>): string {
  return ["services:", ...Object.entries(images).flatMap(([service, image]) => [`  ${service}:`, `    image: ${image}`])].join("\n") + "\n";
}

describe("Fluentd's official image and its revision tags", () => {
  it("reads Fluentd's release before the image's revision (v1.16-1, v1.16.2-1.1)", async () => {
    expect(await tools({ "docker-compose.yml": compose({ fluentd: "fluentd:v1.16-1" }) })).toMatchObject({ Fluentd: "1.16" });
    expect(await tools({ "docker-compose.yml": compose({ logs: "fluent/fluentd:v1.16-2" }) })).toMatchObject({ Fluentd: "1.16" });
    const workflow = [
      "name: ci",
      "on: [push]",
      "jobs:",
      "  test:",
      "    runs-on: ubuntu-latest",
      "    services:",
      "      fluentd:",
      "        image: fluentd:v1.16.2-1.1",
      "    steps:",
      "      - uses: actions/checkout@v4",
      "",
    ].join("\n");
    expect(await tools({ ".github/workflows/ci.yml": workflow })).toMatchObject({ Fluentd: "1.16.2" });
    expect(await tools({ Dockerfile: "FROM fluentd:v1.16-debian-1\nUSER root\nRUN fluent-gem install fluent-plugin-elasticsearch\n" })).toMatchObject({ Fluentd: "1.16.0" });
  });
});

describe("database migration tools run from their images", () => {
  it("names Liquibase and Flyway from compose services and CI jobs", async () => {
    const services = compose({ db: "postgres:16", migrate: "liquibase/liquibase:4.25.1", flyway: "flyway/flyway:10.8.1-alpine" });
    expect(await tools({ "docker-compose.yml": services })).toMatchObject({ Liquibase: "4.25.1", Flyway: "10.8.1", PostgreSQL: "16.0.0" });
    const gitlab = "stages: [migrate]\nmigrate:\n  stage: migrate\n  image:\n    name: liquibase:4.26\n    entrypoint: [\"\"]\n  script:\n    - liquibase update\n";
    expect(await tools({ ".gitlab-ci.yml": gitlab })).toMatchObject({ Liquibase: "4.26" });
    expect(await tools({ "docker-compose.yml": compose({ flyway: "redgate/flyway:10.10" }) })).toMatchObject({ Flyway: "10.10" });
  });
});

describe("operating-system base images", () => {
  it("names Rocky Linux and AlmaLinux from a Dockerfile's first stage, at the release before the build date", async () => {
    expect(await tools({ Dockerfile: "FROM rockylinux:9.3.20231119\nRUN dnf -y install httpd\n" })).toMatchObject({ "Rocky Linux": "9.3.0" });
    expect(await tools({ Dockerfile: "FROM quay.io/rockylinux/rockylinux:9\nRUN dnf -y update\n" })).toMatchObject({ "Rocky Linux": "9.0.0" });
    expect(await tools({ Dockerfile: "FROM almalinux:9.3-20231124\nRUN dnf -y install nginx\n" })).toMatchObject({ AlmaLinux: "9.3.0" });
    expect(await tools({ Dockerfile: "FROM almalinux/9-minimal:9.3-20231124\n" })).toMatchObject({ AlmaLinux: "9.3.0" });
    expect(await tools({ Dockerfile: "FROM registry.access.redhat.com/ubi9/ubi-micro:9.3\nCOPY app /app\n" })).toMatchObject({ "Red Hat Enterprise Linux (RHEL)": "9.3.0" });
    expect(await tools({ Dockerfile: "FROM quay.io/centos/centos:stream9\n" })).toMatchObject({ CentOS: "-" });
    expect(await tools({ Dockerfile: "FROM public.ecr.aws/amazonlinux/amazonlinux:2023\n" })).toMatchObject({ "Amazon Linux": "2023.0.0" });
  });

  it("names none of them from a later stage, as the other OS images", async () => {
    const dockerfile = "FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM rockylinux:9-minimal\nCOPY --from=build /app /app\n";
    const found = await tools({ Dockerfile: dockerfile });
    expect(found).toMatchObject({ Golang: "1.22.0" });
    expect(found["Rocky Linux"]).toBeUndefined();
    const micro = await tools({ Dockerfile: "FROM node:20 AS build\nRUN npm ci\nFROM registry.access.redhat.com/ubi9/ubi-micro\nCOPY --from=build /app /app\n" });
    expect(micro["Red Hat Enterprise Linux (RHEL)"]).toBeUndefined();
  });
});

describe("self-hosted apps and CMSs", () => {
  it("names each from its compose service", async () => {
    const services = compose({
      plone: "plone:5.2.14",
      nocodb: "nocodb/nocodb:0.204.0",
      umami: "ghcr.io/umami-software/umami:postgresql-v2.10.2",
      drawio: "jgraph/drawio:24.0.4",
      plantuml: "plantuml/plantuml-server:jetty-v1.2024.3",
      camunda: "camunda/camunda-bpm-platform:run-7.20.0",
      shop: "dockware/dev:6.5.8.2",
      cms: "martinhelmich/typo3:12.4",
      board: "excalidraw/excalidraw:latest",
      backend: "appwrite/appwrite:1.5.7",
      graphql: "graphile/postgraphile:4.13",
      gateway: "expressgateway/express-gateway:1.16.10",
      jira: "atlassian/jira-software:9.12.2",
      wiki: "atlassian/confluence:8.5.4",
      paas: "dokku/dokku:0.33.8",
      console: "docker.redpanda.com/redpandadata/console:v2.4.3",
    });
    expect(await tools({ "docker-compose.yml": services })).toMatchObject({
      Plone: "5.2.14",
      NocoDB: "0.204.0",
      Umami: "2.10.2",
      drawio: "24.0.4",
      PlantUML: "1.2024.3",
      Camunda: "7.20.0",
      Shopware: "6.5.8",
      Typo3: "12.4",
      Excalidraw: "-",
      Appwrite: "1.5.7",
      PostGraphile: "4.13",
      "Express Gateway": "1.16.10",
      Jira: "-",
      Confluence: "-",
      Dokku: "0.33.8",
      Kowl: "-",
    });
    expect(await tools({ "docker-compose.yml": compose({ frontend: "plone/plone-frontend:17.15.0" }) })).toMatchObject({ Plone: "-" });
  });
});

describe("CLI and agent images of ops tools", () => {
  it("names them from CI job images, at the tool's release where the tag is its own", async () => {
    const gitlab = [
      "deploy:",
      "  image: dtzar/helm-kubectl:3.14.2",
      "  script: [helm upgrade --install app ./chart]",
      "build:",
      "  image: registry.k8s.io/kustomize/kustomize:v5.3.0",
      "  script: [kustomize build overlays/prod]",
      "flux:",
      "  image: ghcr.io/fluxcd/flux-cli:v2.2.3",
      "  script: [flux check]",
      "infra:",
      "  image: pulumi/pulumi-nodejs:3.108.1",
      "  script: [pulumi up --yes]",
      "render:",
      "  image: gcr.io/k8s-skaffold/skaffold:v2.10.0",
      "  script: [skaffold render]",
      "gcloud:",
      "  image: gcr.io/google.com/cloudsdktool/google-cloud-cli:467.0.0-alpine",
      "  script: [gcloud run deploy]",
      "oc:",
      "  image: quay.io/openshift/origin-cli:4.14",
      "  script: [oc apply -f k8s/]",
      "compose:",
      "  image: docker/compose:1.29.2",
      "  script: [docker-compose build]",
      "podman:",
      "  image: quay.io/podman/stable:v4.9.3",
      "  script: [podman build .]",
      "salt:",
      "  image: saltstack/salt:3006.5",
      "  script: [salt-call --local state.apply]",
      "puppet:",
      "  image: puppet/puppet-agent:7.28.0",
      "  script: [puppet apply site.pp]",
      "inspec:",
      "  image: chef/inspec:5.22.3",
      "  script: [inspec exec test]",
      "e2e:",
      "  image: ghcr.io/puppeteer/puppeteer:22.6.0",
      "  script: [node e2e.js]",
      "load:",
      "  image: justb4/jmeter:5.5",
      "  script: [jmeter -n -t plan.jmx]",
      "jf:",
      "  image: releases-docker.jfrog.io/jfrog/jfrog-cli-v2-jf:2.55.0",
      "  script: [jf rt upload]",
      "docs:",
      "  image: squidfunk/mkdocs-material:9.5.13",
      "  script: [mkdocs build]",
      "",
    ].join("\n");
    expect(await tools({ ".gitlab-ci.yml": gitlab })).toMatchObject({
      Helm: "3.14.2",
      Kubernetes: "-",
      Kustomize: "5.3.0",
      "Flux CD": "2.2.3",
      Pulumi: "3.108.1",
      Skaffold: "2.10.0",
      "Google Cloud Platform": "-",
      "Red Hat OpenShift": "-",
      "Docker Compose": "1.29.2",
      Podman: "4.9.3",
      Salt: "3006.5",
      "Puppet Labs": "7.28.0",
      InSpec: "5.22.3",
      Puppeteer: "22.6.0",
      "Apache JMeter": "5.5",
      jFrog: "-",
      MkDocs: "-",
    });
  });

  it("names the Kubernetes control plane and etcd from a static pod manifest", async () => {
    const manifest = [
      "apiVersion: v1",
      "kind: Pod",
      "metadata:",
      "  name: kube-apiserver",
      "  namespace: kube-system",
      "spec:",
      "  containers:",
      "    - name: kube-apiserver",
      "      image: registry.k8s.io/kube-apiserver:v1.29.2",
      "    - name: etcd",
      "      image: registry.k8s.io/etcd:3.5.10-0",
      "",
    ].join("\n");
    expect(await tools({ "manifests/kube-apiserver.yaml": manifest })).toMatchObject({ Kubernetes: "1.29.2", etcd: "3.5.10" });
  });

  it("names agents, runners, emulators and connectors from compose services, without their own numbering", async () => {
    const services = compose({
      runner: "ghcr.io/actions/actions-runner:2.314.1",
      agent: "buildkite/agent:3.66.0",
      master: "buildbot/buildbot-master:v3.11.1",
      appd: "appdynamics/machine-agent:24.2.0",
      op: "1password/connect-api:1.7.2",
      spanner: "gcr.io/cloud-spanner-emulator/emulator:1.5.15",
      servicebus: "mcr.microsoft.com/azure-messaging/servicebus-emulator:latest",
      hana: "saplabs/hanaexpress:2.00.072.00.20231123.1",
      tgi: "ghcr.io/huggingface/text-generation-inference:2.0.1",
      firelens: "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.0",
      cwagent: "public.ecr.aws/cloudwatch-agent/cloudwatch-agent:1.300033.0",
      glue: "amazon/aws-glue-libs:glue_libs_4.0.0_image_01",
      bitwarden: "bitwarden/self-host:2024.2.0-beta",
      nagios: "jasonrivers/nagios:4.4.14",
      proxy: "sameersbn/squid:3.5.27-2",
      cilium: "quay.io/cilium/cilium:v1.15.1",
      ceph: "rook/ceph:v1.13.5",
      zeebe: "camunda/zeebe:8.4.3",
    });
    expect(await tools({ "docker-compose.yml": services })).toMatchObject({
      "GitHub Actions": "-",
      Buildkite: "-",
      Buildbot: "3.11.1",
      AppDynamics: "-",
      "1Password": "-",
      "Google Cloud Spanner": "-",
      "Azure Service Bus": "-",
      "SAP HANA": "-",
      "Hugging Face": "-",
      "Fluent Bit": "-",
      "Amazon CloudWatch": "-",
      "AWS Glue": "-",
      bitwarden: "-",
      Nagios: "4.4.14",
      Squid: "3.5.27",
      Cilium: "1.15.1",
      Rook: "1.13.5",
      Camunda: "8.4.3",
    });
  });

  it("names application servers from their images", async () => {
    expect(await tools({ Dockerfile: "FROM container-registry.oracle.com/middleware/weblogic:14.1.1.0-11-ol8\nCOPY app.war /u01/\n" })).toMatchObject({ "Oracle Weblogic Server": "14.1.1" });
    // Liberty's images are WebSphere Liberty at its own releases (24.0.0.x), not the Application Server (9.0.5.x)
    for (const [image, release] of [["icr.io/appcafe/websphere-liberty:24.0.0.2-full-java17-openj9-ubi", "24.0.0"], ["ibmcom/websphere-liberty:22.0.0.12-kernel-java11-openj9-ubi", "22.0.0"], ["websphere-liberty:23.0.0.3-full-java17-openj9", "23.0.0"]]) {
      const named = await tools({ Dockerfile: `FROM ${image}\n` });
      expect(named, image).toMatchObject({ "Websphere Liberty": release });
      expect(named.Websphere, image).toBeUndefined();
    }
    expect(await tools({ Dockerfile: "FROM ibmcom/websphere-traditional:9.0.5.18\n" })).toMatchObject({ Websphere: "9.0.5" });
    expect(await tools({ Dockerfile: "FROM phusion/passenger-ruby32:3.0.2\nCOPY . /home/app/webapp\n" })).toMatchObject({ Passenger: "-" });
  });
});

describe("language runtime images", () => {
  it("names the runtime at the release its tag gives", async () => {
    const dockerfile = (from: string) => ({ Dockerfile: `FROM ${from}\nWORKDIR /src\nCOPY . .\n` });
    expect(await tools(dockerfile("crystallang/crystal:1.11.2-alpine"))).toMatchObject({ Crystal: "1.11.2" });
    expect(await tools(dockerfile("nimlang/nim:2.0.2-alpine"))).toMatchObject({ Nim: "2.0.2" });
    expect(await tools(dockerfile("haxe:4.3.3"))).toMatchObject({ Haxe: "4.3.3" });
    expect(await tools(dockerfile("racket/racket:8.11"))).toMatchObject({ Racket: "8.11.0" });
    expect(await tools(dockerfile("ocaml/opam:ubuntu-22.04-ocaml-5.1"))).toMatchObject({ OCaml: "5.1.0" });
    expect(await tools(dockerfile("nixos/nix:2.20.1"))).toMatchObject({ Nix: "2.20.1" });
    expect(await tools(dockerfile("ghcr.io/graalvm/jdk-community:21.0.2"))).toMatchObject({ GraalVM: "21.0.2" });
    expect(await tools(dockerfile("keymetrics/pm2:18-alpine"))).toMatchObject({ "Node.js": "18.0.0", PM2: "-" });
  });

  it("reads Python's release from tiangolo's tags and names the servers the image runs", async () => {
    expect(await tools({ Dockerfile: "FROM tiangolo/uvicorn-gunicorn-fastapi:python3.11\nCOPY ./app /app\n" })).toMatchObject({ Python: "3.11.0", FastAPI: "-", Uvicorn: "-", Gunicorn: "-" });
    expect(await tools({ Dockerfile: "FROM tiangolo/uwsgi-nginx-flask:python3.8-alpine3.10\nCOPY ./app /app\n" })).toMatchObject({ Python: "3.8.0", Flask: "-", uWSGI: "-", NGINX: "-" });
  });
});
