import { describe, expect, it } from "vitest";
import { infraDetector } from "../detectors/infra/index.js";
import { readTerraform, readTerraformLock } from "../detectors/infra/terraform.js";
import { byFile, detectorFindings } from "./detector-findings.js";
import { expectFinishesWithin } from "./work-budget.js";

// The infrastructure reader finding by finding, on files laid out as real repositories write them:
// a Terraform root module with its lockfile, Kubernetes manifests, a Helm chart, a kustomization,
// Serverless, SAM and CloudFormation templates, Heroku's app.json and Procfile, App Engine,
// Ansible and a Render Blueprint.

const infra = (files: Record<string, string>) => detectorFindings(infraDetector, files);
const mainTf = `terraform {
  required_version = ">= 1.5.0, < 2.0.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.31"
    }
    google-beta = { version = ">= 5.0" }
    cloudflare = {
      source = "Cloudflare/cloudflare" # the registry lowercases it
    }
  }
  backend "s3" {
    bucket = "acme-tf-state"
  }
}

provider "aws" {
  region = var.region
}

provider "random" {}

/* provider "azurerm" {} was removed
   with the Azure account */

// module "old" { source = "./modules/old" }
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.4.0"
  cidr    = "10.0.0.0/16"
}

module "dns" {
  source = "git::https://github.com/Acme/terraform-dns.git?ref=v1.2.0"
}

module "inputs" {
  count = 0
}

resource "aws_ecs_service" "api" {
  name        = "api"
  launch_type = "FARGATE"
}

resource "aws_db_instance" "orders" {
  engine = "postgres"
}

resource "aws_db_instance" "legacy" {
  engine = "mysql"
}

resource "helm_release" "cache" {
  name       = "cache"
  chart      = "oci://registry-1.docker.io/bitnamicharts/redis"
  version    = "18.6.1"
}

resource "helm_release" "app" {
  chart = "./charts/app.tgz"
}

resource "helm_release" "templated" {
  chart   = "\${var.chart}"
  version = "\${var.chart_version}"
}
`;
const lockHcl = `# This file is maintained automatically by "terraform init".
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.31.0"
  constraints = "~> 5.31"
  hashes = [
    "h1:abc=",
  ]
}

provider "registry.opentofu.org/Cloudflare/cloudflare" {
  version = "4.21.0"
}
`;
const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      initContainers:
        - name: migrate
          image: ghcr.io/acme/api:1.4.2
      containers:
        - name: api
          image: ghcr.io/acme/api:1.4.2
        - name: sidecar
          image: envoyproxy/envoy:v1.28.0
        - name: broken
          image: 42
---
apiVersion: v1
kind: Service
metadata:
  name: api
---
apiVersion: batch/v1
kind: CronJob
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: backup
              image: postgres:16.1-alpine
---
# an empty document
---
apiVersion: 1
kind: Odd
`;
const serverless = `service: orders
provider:
  name: aws
  runtime: nodejs20.x
resources:
  Resources:
    OrdersTable:
      Type: AWS::DynamoDB::Table
    Queue:
      Type: AWS::SQS::Queue
    Queue2:
      Type: AWS::SQS::Queue
    Custom:
      Type: Custom::Seeder
    Bad:
      Type: not-a-type
    Empty:
`;
const samTemplate = `AWSTemplateFormatVersion: "2010-09-09"
Transform:
  - AWS::LanguageExtensions
  - AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: python3.12
Resources:
  Api:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: java17
  Native:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: provided.al2023
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      ServerlessV2ScalingConfiguration:
        MinCapacity: 0.5
  Service:
    Type: AWS::ECS::Service
    Properties:
      CapacityProviderStrategy:
        - CapacityProvider: FARGATE_SPOT
          Weight: 1
`;
const cfnTemplate = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [EC2, FARGATE]
  Old:
    Type: AWS::RDS::DBCluster
    Properties:
      EngineMode: serverless
`;
const chart = `apiVersion: v2
name: shop
version: 1.2.0
dependencies:
  - name: postgresql
    version: "~13.2.0"
    repository: oci://registry-1.docker.io/bitnamicharts
  - name: redis
    version: 18.x.x
    repository: https://charts.bitnami.com/bitnami
  - name: common
    version: 2
  - version: 1.0.0
`;
const values = `replicaCount: 2
image:
  repository: ghcr.io/acme/shop
  tag: "2.4.0"
  pullPolicy: IfNotPresent
worker:
  image:
    repository: https://example.org/not-an-image
    tag: v1
proxy:
  image: nginx:1.25.3-alpine
  bad:
    image: "{{ .Values.global.image }}"
exporter:
  image:
    registry: quay.io
    repository: prometheus/node-exporter
    tag: "{{ .Chart.AppVersion }}"
`;
const kustomization = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../base
  - git@github.com:Acme/Platform.git//deploy/base?ref=v3.1.0
  - ssh://git@github.com/acme/ops.git//base?version=2.0.1
  - https://github.com/acme/tools?timeout=90s&ref=release-1.4
  - 42
bases:
  - https://raw.githubusercontent.com/cert-manager/cert-manager/v1.13.2/deploy/manifests/00-crds.yaml
components:
  - github.com/acme/components/monitoring
helmCharts:
  - name: ingress-nginx
    version: 4.9.0
  - name: loki
    version: 5
  - repo: https://example.org
`;
const render = `services:
  - type: web
    name: api
    runtime: Node
  - type: worker
    runtime: node
  - type: cron
    env: Ruby
  - type: pserv
    runtime: docker
  - null
databases:
  - name: main
    postgresMajorVersion: 15
  - name: replica
  - null
`;

describe("the infrastructure reader", () => {
  it("a Terraform root module: providers with their locked releases, Terraform's range, modules, resources, Fargate, managed PostgreSQL and Helm charts", async () => {
    const { findings, warnings } = await infra({ "infra/main.tf": mainTf, "infra/.terraform.lock.hcl": lockHcl, "infra/modules/net/main.tf": 'provider "aws" {}\n' });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      "infra/main.tf": [
        "format:ecs-fargate",
        "format:rds-mysql",
        "format:rds-postgresql",
        "format:terraform-required-version >= 1.5.0, < 2.0.0 ->1.5.0",
        // A chart by URL or path is known by its last part; a chart or version from a variable is not read.
        "helm-chart:app",
        "helm-chart:redis 18.6.1",
        "terraform-module:git::https://github.com/acme/terraform-dns.git?ref=v1.2.0",
        "terraform-module:terraform-aws-modules/vpc/aws 5.4.0",
        // OpenTofu's lockfile names its own registry (registry.opentofu.org).
        "terraform-provider:cloudflare/cloudflare ->4.21.0",
        "terraform-provider:hashicorp/aws ~> 5.31 ->5.31.0",
        "terraform-provider:hashicorp/google-beta >= 5.0",
        "terraform-provider:hashicorp/random",
        "terraform-resource:aws_db_instance",
        "terraform-resource:aws_ecs_service",
        "terraform-resource:helm_release",
        // where its state is kept (Amazon S3)
        "terraform-backend:s3@13",
      ],
      // A lockfile is its own folder's: a child module's provider takes no release from it.
      "infra/modules/net/main.tf": ["terraform-provider:hashicorp/aws"],
    });
  });

  it("Terraform comments are left out: lines, block comments and trailing ones, not the // of a URL", () => {
    const use = readTerraform(mainTf);
    expect(use.providers.map((p) => p.name)).toEqual(["aws", "google-beta", "cloudflare", "random"]);
    expect(use.modules).toEqual([
      // Its inputs set to a literal string, for a catalog key of the source with one of them.
      { name: "vpc", source: "terraform-aws-modules/vpc/aws", version: "5.4.0", inputs: ["cidr=10.0.0.0/16"] },
      { name: "dns", source: "git::https://github.com/Acme/terraform-dns.git?ref=v1.2.0" },
    ]);
    expect(use.charts).toEqual([{ name: "redis", version: "18.6.1" }, { name: "app" }]);
    expect(use.requiredVersion).toBe(">= 1.5.0, < 2.0.0");
    // Without a terraform block there is no required_version, even when another block sets one.
    expect(readTerraform('module "x" {\n  source = "./x"\n  required_version = ">= 1.0"\n}\n').requiredVersion).toBeUndefined();
    // `provider` and `module` only as blocks at a line's start.
    const nested = readTerraform('locals {\n  note = "see provider \\"azurerm\\""\n}\nresource "null_resource" "a" {\n  module "b" {}\n}\n');
    expect(nested.providers).toEqual([]);
    expect(nested.resources).toEqual(["null_resource"]);
  });

  it("HCL written by hand, unformatted or aligned by terraform fmt: blocks and settings read whatever the spacing", () => {
    // No blanks around `=` or before `{`, as hand-written and generated files have them.
    const tight = [
      'terraform{',
      '  required_version=">= 1.6"',
      '  required_providers{',
      '    aws={source="hashicorp/aws",version="~> 5.40"}',
      "  }",
      "}",
      'provider  "google" {}',
      'module  "db"{',
      '  source="terraform-aws-modules/rds/aws"',
      '  version="6.5.0"',
      "}",
      'resource  "aws_db_instance"  "main"{',
      '  engine="postgres"',
      "}",
      'resource "aws_rds_cluster" "jobs"{',
      '  engine_mode="serverless"',
      "}",
      'resource "google_sql_database_instance" "reports"{',
      '  database_version="POSTGRES_16"',
      "}",
      'resource  "helm_release"  "ingress"{',
      '  chart="ingress-nginx"',
      '  version="4.10.0"',
      "}",
      'resource "aws_ecs_service" "api"{',
      '  launch_type="FARGATE"',
      "}",
    ].join("\n");
    expect(readTerraform(tight)).toEqual({
      providers: [{ name: "aws", source: "hashicorp/aws", version: "~> 5.40" }, { name: "google" }],
      modules: [{ name: "db", source: "terraform-aws-modules/rds/aws", version: "6.5.0" }],
      charts: [{ name: "ingress-nginx", version: "4.10.0" }],
      requiredVersion: ">= 1.6",
      resources: ["aws_db_instance", "aws_rds_cluster", "google_sql_database_instance", "helm_release", "aws_ecs_service"],
      databases: ["rds-postgresql", "aurora-serverless", "cloud-sql-postgresql"],
      fargate: true,
      lambdaRuntimes: [],
      images: [],
      azureTypes: [],
      xrayTracing: false,
      herokuAddons: [],
      doDatabaseEngines: [],
    });
    // terraform fmt aligns the `=` of a block's settings with runs of blanks; tabs indent some files.
    const aligned = [
      "terraform {",
      '  required_version   =   "~> 1.7.0"',
      "  required_providers {",
      '    helm   =   { source   =   "hashicorp/helm", version   =   "2.12.1" }',
      "  }",
      "}",
      'resource "aws_rds_cluster" "jobs" {',
      '  engine                              = "aurora-postgresql"',
      "  serverlessv2_scaling_configuration  {",
      "    max_capacity = 4",
      "  }",
      "}",
      'resource "aws_db_instance" "orders" {',
      '\tengine   =   "postgres"',
      "}",
      'resource "google_sql_database_instance" "reports" {',
      '  database_version   =   "POSTGRES_15"',
      "}",
      'resource "helm_release" "cache" {',
      '  chart     =   "redis"',
      '  version   =   "18.6.1"',
      "}",
      'resource "aws_ecs_service" "worker" {',
      '\tlaunch_type   =   "FARGATE_SPOT"',
      "}",
      'module "vpc" {',
      '  source    =   "terraform-aws-modules/vpc/aws"',
      '  version   =   "5.4.0"',
      "}",
    ].join("\n");
    const use = readTerraform(aligned);
    expect(use.providers).toEqual([{ name: "helm", source: "hashicorp/helm", version: "2.12.1" }]);
    expect(use.requiredVersion).toBe("~> 1.7.0");
    expect(use.databases).toEqual(["aurora-postgresql", "aurora-serverless", "rds-postgresql", "cloud-sql-postgresql"]);
    expect(use.charts).toEqual([{ name: "redis", version: "18.6.1" }]);
    expect(use.modules).toEqual([{ name: "vpc", source: "terraform-aws-modules/vpc/aws", version: "5.4.0" }]);
    expect(use.fargate).toBe(true);
    expect(readTerraform('resource "aws_ecs_task_definition" "t" {\n\trequires_compatibilities   =   [ "FARGATE" ]\n}\n').fargate).toBe(true);
    expect(readTerraform('resource "aws_ecs_task_definition" "t" {\nrequires_compatibilities=["FARGATE"]\n}\n').fargate).toBe(true);
  });

  it("a resource's settings end with its block: a data source after it or a tags map inside it is not read as its own", () => {
    // The RDS engine data source names postgres; the MySQL instance before it is not PostgreSQL.
    const mysql = 'resource "aws_db_instance" "legacy" {\n  engine = "mysql"\n}\n\ndata "aws_rds_engine_version" "pg" {\n  engine = "postgres"\n}\n';
    expect(readTerraform(mysql).databases).toEqual(["rds-mysql"]);
    // A map inside a resource is no provider: required_providers is read to its own closing brace.
    const tagged = 'terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws" }\n  }\n}\nresource "aws_s3_bucket" "assets" {\n  tags = { Team = "web" }\n}\n';
    expect(readTerraform(tagged).providers).toEqual([{ name: "aws", source: "hashicorp/aws" }]);
  });

  it("Fargate from a task's compatibilities list or a capacity provider; not from a list without it", () => {
    const task = (list: string) => readTerraform(`resource "aws_ecs_task_definition" "api" {\n  family = "api"\n  requires_compatibilities = ${list}\n  cpu = 256\n}\n`).fargate;
    expect(task('["EC2", "FARGATE"]')).toBe(true);
    expect(task('[\n    "FARGATE",\n  ]')).toBe(true);
    expect(task('["EC2"]')).toBe(false);
    expect(task('["EXTERNAL", "FARGATE_SPOT"]')).toBe(false);
    expect(task('["EC2", "FARGATE')).toBe(false);
    expect(task("[]")).toBe(false);
    // a list left open, then a later one: the later one is still read
    expect(readTerraform('requires_compatibilities = ["EC2"\nrequires_compatibilities = ["FARGATE"]\n').fargate).toBe(true);
    expect(readTerraform('resource "aws_ecs_service" "w" {\n  capacity_provider_strategy {\n    capacity_provider = "FARGATE_SPOT"\n  }\n}\n').fargate).toBe(true);
    expect(readTerraform('resource "aws_ecs_service" "w" {\n  launch_type = "EC2"\n}\n').fargate).toBe(false);
  });

  it("managed databases by engine: RDS PostgreSQL, MySQL and MariaDB, Aurora's engines, Aurora Serverless v1 and v2, Cloud SQL PostgreSQL, ElastiCache's engines", () => {
    const dbs = (body: string) => readTerraform(body).databases;
    expect(dbs('resource "aws_db_instance" "a" {\n  engine = "postgres"\n}\n')).toEqual(["rds-postgresql"]);
    expect(dbs('resource "aws_db_instance" "a" {\n  engine = "mysql"\n}\n')).toEqual(["rds-mysql"]);
    expect(dbs('resource "aws_db_instance" "a" {\n  engine = "oracle-se2"\n}\n')).toEqual(["rds-oracle"]);
    expect(dbs('resource "aws_db_instance" "a" {\n  engine = "sqlserver-se"\n}\n')).toEqual(["rds-sqlserver"]);
    expect(dbs('resource "aws_db_instance" "a" {\n  engine = "db2-se"\n}\n')).toEqual(["rds-db2"]);
    // An engine written as a variable says none.
    expect(dbs('resource "aws_db_instance" "a" {\n  engine = var.engine\n}\n')).toEqual([]);
    expect(dbs('resource "aws_rds_cluster" "a" {\n  engine      = "aurora-postgresql"\n  engine_mode = "serverless"\n}\n')).toEqual(["aurora-postgresql", "aurora-serverless"]);
    expect(dbs('resource "aws_rds_cluster" "a" {\n  engine = "aurora-postgresql"\n  serverlessv2_scaling_configuration {\n    min_capacity = 0.5\n  }\n}\n')).toEqual(["aurora-postgresql", "aurora-serverless"]);
    expect(dbs('resource "aws_rds_cluster" "a" {\n  engine = "aurora-postgresql"\n  engine_mode = "provisioned"\n}\n')).toEqual(["aurora-postgresql"]);
    expect(dbs('resource "google_sql_database_instance" "a" {\n  database_version = "POSTGRES_15"\n}\n')).toEqual(["cloud-sql-postgresql"]);
    expect(dbs('resource "google_sql_database_instance" "a" {\n  database_version = "MYSQL_8_0"\n}\n')).toEqual(["cloud-sql-mysql"]);
    // A setting belongs to its own resource: postgres in the next block does not make this one PostgreSQL.
    expect(dbs('resource "aws_rds_cluster" "a" {\n  engine = "aurora-mysql"\n}\nresource "aws_db_instance" "b" {\n  engine = "mysql"\n}\nresource "aws_db_instance" "c" {\n  engine = "postgres"\n}\n')).toEqual(["aurora-mysql", "rds-mysql", "rds-postgresql"]);
    // two PostgreSQL instances, one setting
    expect(dbs('resource "aws_db_instance" "a" {\n  engine = "postgres"\n}\nresource "aws_db_instance" "b" {\n  engine = "postgres"\n}\n')).toEqual(["rds-postgresql"]);
    // ElastiCache: a cluster's engine; a replication group runs Redis unless it says otherwise.
    expect(dbs('resource "aws_elasticache_cluster" "a" {\n  engine = "memcached"\n}\n')).toEqual(["elasticache-memcached"]);
    expect(dbs('resource "aws_elasticache_replication_group" "a" {\n  node_type = "cache.t4g.micro"\n}\n')).toEqual(["elasticache-redis"]);
    expect(dbs('resource "aws_elasticache_replication_group" "a" {\n  engine = "valkey"\n}\n')).toEqual([]);
  });

  it(".terraform.lock.hcl: each provider's release, from Terraform's registry or OpenTofu's; an unclosed block ends at the next", () => {
    expect(readTerraformLock(lockHcl)).toEqual(new Map([["hashicorp/aws", "5.31.0"], ["cloudflare/cloudflare", "4.21.0"]]));
    const unclosed = 'provider "registry.terraform.io/hashicorp/google" {\n  constraints = ">= 4.0"\nprovider "registry.terraform.io/hashicorp/random" {\n  version = "3.6.0"\n}\n';
    expect(readTerraformLock(unclosed)).toEqual(new Map([["hashicorp/random", "3.6.0"]]));
    expect(readTerraformLock('provider "example.com/acme/internal" {\n  version = "0.3.1"\n}\n')).toEqual(new Map([["example.com/acme/internal", "0.3.1"]]));
    // Blanks as written by hand; a block without a version; names as written, lowercased.
    const spaced = 'provider   "registry.terraform.io/Hashicorp/Random"{\n  version="3.6.0"\n}\nprovider "registry.terraform.io/hashicorp/null" {\n  constraints = "3.2.2"\n}\nprovider "registry.terraform.io/hashicorp/tls"   {\n  version   =   "4.0.5"\n}\n';
    expect(readTerraformLock(spaced)).toEqual(new Map([["hashicorp/random", "3.6.0"], ["hashicorp/tls", "4.0.5"]]));
    // A block whose body closes after the next header's: each block reads only its own lines.
    const shared = 'provider "registry.terraform.io/hashicorp/a" {\n  constraints = "1.0"\nprovider "registry.terraform.io/hashicorp/b" {\n  version = "2.0.0"\n}\nprovider "registry.terraform.io/hashicorp/c" {\n}\nprovider "registry.terraform.io/hashicorp/d" {\n  version = "4.0.0"\n}\n';
    expect(readTerraformLock(shared)).toEqual(new Map([["hashicorp/b", "2.0.0"], ["hashicorp/d", "4.0.0"]]));
    expect(readTerraformLock("")).toEqual(new Map());
    expect(readTerraformLock('provider "registry.terraform.io/hashicorp/e" {\n  version = "5.0.0"')).toEqual(new Map([["hashicorp/e", "5.0.0"]]));
  });

  it("Kubernetes manifests: every document's kind, the images of containers and init containers, custom resources' API groups", async () => {
    const { findings, warnings } = await infra({
      "k8s/api.yaml": deployment,
      "k8s/broken.yaml": "apiVersion: v1\nkind: ConfigMap\ndata: [unclosed\n",
      "charts/web/templates/deployment.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n",
      "ops/certificate.yml": "apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: site\n",
      "ops/plain.yml": "apiVersion: v1\nkind: ConfigMap\n",
      "ops/kube.yml": "apiVersion: v1\nkind: Namespace\n",
      "ops/app.kube.yaml": "apiVersion: v1\nkind: Namespace\n",
      "base/Kustomization": "resources: [ns.yaml]\n",
      "base/ns.yaml": "apiVersion: v1\nkind: Namespace\n",
      "deploy/notes.yaml": "title: apiVersion and kind\n",
      "deploy/list.yaml": "items:\n  - apiVersion: v1\n    kind: Pod\n",
      ".github/k8s.yaml": "apiVersion: argoproj.io/v1alpha1\nkind: Application\n",
      "web/conda-lock.yml": "apiVersion: argoproj.io/v1alpha1\nkind: Application\n",
    });
    expect(warnings).toEqual([expect.stringMatching(/^k8s\/broken\.yaml: malformed YAML: unexpected end of the stream within a flow collection in "k8s\/broken\.yaml" \(4:1\)$/)]);
    expect(byFile(findings)).toEqual({
      "base/ns.yaml": ["k8s-kind:Namespace"],
      "k8s/api.yaml": [
        "docker:42",
        "docker:acme/api 1.4.2 ->1.4.2", // once for the document, though its container and init container both run it
        "docker:envoyproxy/envoy v1.28.0 ->1.28.0",
        "docker:postgres 16.1-alpine ->16.1",
        "k8s-kind:CronJob",
        "k8s-kind:Deployment",
        "k8s-kind:Odd",
        "k8s-kind:Service",
      ],
      "ops/app.kube.yaml": ["k8s-kind:Namespace"],
      // outside a manifest folder, only a custom resource's group
      "ops/certificate.yml": ["k8s-api:cert-manager.io"],
      "ops/kube.yml": ["k8s-kind:Namespace"],
    });
    // A manifest folder holds custom resources with their group and kind.
    const placed = await infra({ "deploy/certificate.yml": "apiVersion: cert-manager.io/v1\nkind: Certificate\n", "manifests/app.yaml": "  apiVersion: apps/v1\n  kind: Deployment\n" });
    // An app.yaml with `apiVersion` and `kind` is a manifest too, not an App Engine file.
    expect(byFile(placed.findings)).toEqual({ "deploy/certificate.yml": ["k8s-api:cert-manager.io", "k8s-kind:Certificate"], "manifests/app.yaml": ["k8s-kind:Deployment"] });
  });

  it("a Helm chart: its dependencies' chart releases and the images its values name, at their lines", async () => {
    const { findings, warnings } = await infra({ "charts/shop/Chart.yaml": chart, "charts/shop/values.yaml": values, "charts/shop/values.yml": "image: redis:7.2\n", "charts/other/values.yaml": values });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      "charts/shop/Chart.yaml": ["helm-chart:common 2", "helm-chart:postgresql ~13.2.0", "helm-chart:redis 18.x.x"],
      "charts/shop/values.yaml": ["docker:acme/shop@3 2.4.0 ->2.4.0", "docker:nginx@11 1.25.3-alpine ->1.25.3", "docker:prometheus/node-exporter@17"],
      "charts/shop/values.yml": ["docker:redis@1 7.2 ->7.2"],
    });
  });

  it("a Helm 2 chart (apiVersion v1) lists its dependencies in requirements.yaml; Ansible's requirements.yml beside no chart is Galaxy's, not a chart's", async () => {
    const requirements = "dependencies:\n  - name: mongodb\n    version: 7.8.10\n    repository: https://charts.bitnami.com/bitnami\n    condition: mongodb.enabled\n  - name: rabbitmq\n    version: 6.18.2\n    repository: https://charts.bitnami.com/bitnami\n";
    const { findings, warnings } = await infra({
      "helm/api/Chart.yaml": "apiVersion: v1\nname: api\nversion: 0.3.0\n",
      "helm/api/requirements.yaml": requirements,
      "ansible/requirements.yml": "roles:\n  - name: geerlingguy.docker\ncollections:\n  - name: community.general\n",
    });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      "ansible/requirements.yml": ["format:ansible-requirements", "ansible-galaxy:geerlingguy.docker@2", "ansible-galaxy:community.general@4"],
      "helm/api/requirements.yaml": ["helm-chart:mongodb 7.8.10", "helm-chart:rabbitmq 6.18.2"],
    });
    // Its dependencies all dropped, the file left with a comment (no document): nothing, and the chart's other files still read.
    const emptied = await infra({
      "helm/api/Chart.yaml": "apiVersion: v1\nname: api\nversion: 0.3.0\n",
      "helm/api/requirements.yaml": "# dependencies: none since 0.3.0\n",
      "helm/api/values.yaml": "image:\n  repository: nginx\n  tag: 1.25.3\n",
    });
    expect(emptied.warnings).toEqual([]);
    expect(Object.keys(byFile(emptied.findings))).toEqual(["helm/api/values.yaml"]);
  });

  it("a kustomization's images: the image each entry sets (newName, else name) at its newTag", async () => {
    const overlay = [
      "apiVersion: kustomize.config.k8s.io/v1beta1",
      "kind: Kustomization",
      "resources:",
      "  - ../../base",
      "images:",
      "  - name: ghcr.io/acme/api",
      "    newTag: 2.14.0",
      "  - name: postgres",
      '    newTag: "16.2"',
      "  - name: redis",
      "    newName: public.ecr.aws/docker/library/redis",
      "    newTag: 7.2.4-alpine",
      "  - name: busybox",
      "    digest: sha256:6d9ac9237a84afe1516540f40a0fafdc86859b2141954b4d643af7066d598b74",
      "  - name: mongo",
      "    newName: mongo-mirror",
      "  - newTag: 1.0.0",
      "",
    ].join("\n");
    const { findings, warnings } = await infra({ "deploy/overlays/prod/kustomization.yaml": overlay });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      "deploy/overlays/prod/kustomization.yaml": ["docker:acme/api@6 2.14.0 ->2.14.0", "docker:postgres@8 16.2 ->16.2", "docker:redis@11 7.2.4-alpine ->7.2.4", "docker:mongo-mirror@16"],
    });
  });

  it("a helmfile's releases: each chart (`repository/name`, an OCI URL or a local path) by its name, with the chart's release", async () => {
    const helmfile = [
      "repositories:",
      "  - name: bitnami",
      "    url: https://charts.bitnami.com/bitnami",
      "releases:",
      "  - name: cache",
      "    namespace: cache",
      "    chart: bitnami/redis",
      "    version: 18.12.1",
      "  - name: ingress",
      "    chart: ingress-nginx/ingress-nginx",
      "    version: ~4.10.0",
      "  - name: db",
      "    chart: oci://registry-1.docker.io/bitnamicharts/postgresql",
      "  - name: app",
      "    chart: ./charts/app",
      "  - name: templated",
      "    chart: '{{ .Values.chart }}'",
      "",
    ].join("\n");
    const { findings, warnings } = await infra({ "helmfile.yaml": helmfile, "helmfile.d/10-monitoring.yaml": "releases:\n  - name: prom\n    chart: prometheus-community/prometheus\n" });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      "helmfile.yaml": ["helm-chart:app", "helm-chart:ingress-nginx ~4.10.0", "helm-chart:postgresql", "helm-chart:redis 18.12.1"],
      "helmfile.d/10-monitoring.yaml": ["helm-chart:prometheus"],
    });
  });

  it("a Skaffold configuration: the manifests it applies are manifests in any folder; its Helm releases name Helm and their remote charts (an old `remote: true` chartPath too)", async () => {
    const skaffold = [
      "apiVersion: skaffold/v4beta6",
      "kind: Config",
      "build:",
      "  artifacts:",
      "    - image: frontend",
      "      context: src/frontend",
      "manifests:",
      "  rawYaml:",
      "    - ./release/*.yaml",
      "    - https://raw.githubusercontent.com/acme/ops/main/crd.yaml",
      "deploy:",
      "  kubectl: {}",
      "profiles:",
      "  - name: helm",
      "    deploy:",
      "      helm:",
      "        releases:",
      "          - name: cache",
      "            remoteChart: oci://registry-1.docker.io/bitnamicharts/redis",
      "            version: 18.19.2",
      "          - name: app",
      "            chartPath: helm-chart",
      "---",
      "apiVersion: skaffold/v2beta29",
      "kind: Config",
      "metadata:",
      "  name: legacy",
      "deploy:",
      "  kubectl:",
      "    manifests:",
      "      - ../ops/legacy/*.yml",
      "  helm:",
      "    releases:",
      "      - name: db",
      "        chartPath: bitnami/postgresql",
      "        remote: true",
      "        version: 12.5.6",
      "",
    ].join("\n");
    const deployment = (image: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n  template:\n    spec:\n      containers:\n        - name: x\n          image: ${image}\n`;
    const { findings, warnings } = await infra({
      "app/skaffold.yaml": skaffold,
      "app/release/redis.yaml": deployment("redis:7.2.4-alpine"),
      "ops/legacy/worker.yml": deployment("rabbitmq:3.13-management"),
      // a YAML the configuration does not apply, outside the manifest folders: not read
      "app/other/job.yaml": deployment("postgres:16"),
    });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      "app/release/redis.yaml": ["docker:redis 7.2.4-alpine ->7.2.4", "k8s-kind:Deployment"],
      "app/skaffold.yaml": ["format:skaffold-helm-deploy@16", "helm-chart:redis@19 18.19.2", "helm-chart:postgresql@35 12.5.6"],
      "ops/legacy/worker.yml": ["docker:rabbitmq 3.13-management ->3.13", "k8s-kind:Deployment"],
    });
    // Without a Skaffold configuration, the same folder is none of the manifest folders (a
    // `kubernetes-manifests/` one, as Google's samples name theirs, is one by its name).
    expect((await infra({ "app/release/redis.yaml": deployment("redis:7.2.4-alpine") })).findings).toEqual([]);
  });

  it("a Skaffold configuration's globs are matched without backtracking, each once and a bounded number: a hostile glob (71 s before) or 50,000 of them beside 300 YAML files are read at once", async () => {
    const deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n  template:\n    spec:\n      containers:\n        - name: x\n          image: redis:7.2.4\n";
    const deep = Array(20).fill("a".repeat(40)).join("/") + "/" + "a".repeat(60) + ".yaml";
    const files: Record<string, string> = {
      // picomatch's regular expression for this glob took ten minutes against the deep name
      "skaffold.yaml": `apiVersion: skaffold/v4beta6\nkind: Config\nmanifests:\n  rawYaml:\n    - "${"*a".repeat(10)}b"\n    - "k8s/**.yaml"\n    - "ops/ap?.yml"\n` + Array.from({ length: 50_000 }, (_, i) => `    - ops/x${i}/*.yaml\n`).join(""),
      [deep]: deployment,
      "k8s/redis.yaml": deployment,
      "ops/app.yml": deployment,
    };
    for (let i = 0; i < 300; i++) files[`ops/y${i}.yaml`] = deployment;
    const { findings, warnings } = await expectFinishesWithin(() => infra(files), 20);
    expect(warnings).toEqual([]);
    expect(Object.keys(byFile(findings)).sort()).toEqual(["k8s/redis.yaml", "ops/app.yml"]);
  });

  it("a kustomization's remote bases in every URL form kustomize takes, and its Helm charts", async () => {
    const { findings, warnings } = await infra({
      "overlays/prod/kustomization.yaml": kustomization,
      "overlays/dev/kustomization.yml": "components:\n  - github.com/acme/components.git\n",
      "overlays/empty/kustomization.yaml": "[]\n",
      // A vendored copy is a local path, however much it looks like a URL; a quoted entry is trimmed.
      "overlays/vendored/kustomization.yaml": 'resources:\n  - third_party/github.com/prometheus-operator/kube-prometheus/manifests\n  - " github.com/acme/ops//base?ref=v1.2.0 "\n',
    });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      "overlays/dev/kustomization.yml": ["kustomize-remote:acme/components"],
      "overlays/vendored/kustomization.yaml": ["kustomize-remote:acme/ops v1.2.0 ->1.2.0"],
      "overlays/prod/kustomization.yaml": [
        "helm-chart:ingress-nginx 4.9.0",
        "helm-chart:loki 5",
        "kustomize-remote:acme/components",
        "kustomize-remote:acme/ops 2.0.1 ->2.0.1",
        "kustomize-remote:acme/platform v3.1.0 ->3.1.0",
        "kustomize-remote:acme/tools release-1.4",
        "kustomize-remote:cert-manager/cert-manager v1.13.2 ->1.13.2",
      ],
    });
  });

  it("Serverless, SAM and CloudFormation: the provider, Lambda runtimes with their release, resource types, Fargate and managed databases", async () => {
    const { findings, warnings } = await infra({
      "serverless.yml": serverless,
      "api/serverless.yaml": "provider: aws\n",
      "sam/template.yaml": samTemplate,
      "stack/network.template.yml": cfnTemplate,
      "docs/template.yaml": "Resources:\n  X:\n    Type: AWS::S3::Bucket\n",
      "docs/other.template.yaml": "AWSTemplateFormatVersion: '2010-09-09'\n",
      "docs/list.template.yaml": "- a\n",
    });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      "api/serverless.yaml": ["serverless-provider:aws"],
      "sam/template.yaml": [
        "cloudformation-type:AWS::ECS::Service",
        "cloudformation-type:AWS::RDS::DBCluster",
        "cloudformation-type:AWS::RDS::DBInstance",
        "cloudformation-type:AWS::Serverless::Function",
        "format:aurora-postgresql",
        "format:aurora-serverless",
        "format:ecs-fargate",
        "format:rds-postgresql",
        "format:sam-template",
        // java17 is Java 17; a custom runtime (provided.al2023) names no language
        "lambda-runtime:java java17 ->17.0.0",
        "lambda-runtime:python python3.12 ->3.12",
      ],
      "serverless.yml": [
        "cloudformation-type:AWS::DynamoDB::Table",
        "cloudformation-type:AWS::SQS::Queue",
        "cloudformation-type:Custom::Seeder",
        "lambda-runtime:nodejs nodejs20.x ->20.0.0",
        "serverless-provider:aws",
      ],
      "stack/network.template.yml": [
        "cloudformation-type:AWS::ECS::TaskDefinition",
        "cloudformation-type:AWS::RDS::DBCluster",
        "format:aurora-serverless",
        "format:cloudformation-template",
        "format:ecs-fargate",
      ],
    });
  });

  it("Heroku's app.json (add-ons, Heroku CI), its PHP Procfile, App Engine's app.yaml, Ansible roles, playbooks and collections", async () => {
    const { findings, warnings } = await infra({
      "app.json": JSON.stringify({ name: "shop", addons: ["heroku-postgresql:essential-0", { plan: "heroku-redis:mini" }, { plan: "Heroku-Postgresql" }, 42, ""], environments: { test: { scripts: { test: "npm test" } } } }),
      "web/app.json": JSON.stringify({ name: "web", scripts: { postdeploy: "bin/seed" } }),
      "mobile/app.json": JSON.stringify({ name: "m", env: ["A"] }),
      Procfile: "release: php artisan migrate\nweb: vendor/bin/heroku-php-nginx -C nginx_app.conf public/\n",
      "worker/Procfile": "web: node server.js\n",
      "app.yaml": "runtime: python312\n",
      "svc/app.yml": "runtime: Python 3\n",
      "roles/web/meta/main.yml": "galaxy_info:\n  author: ops\n",
      "roles/db/meta/main.yaml": "dependencies: []\n",
      "site.yml": "- name: web\n  hosts: webservers\n",
      "ansible/setup.yml": "-   hosts: all\n",
      "playbooks/notes.yml": "name: no play\n",
      "galaxy.yml": "namespace: acme\nname: tools\nversion: 1.0.0\n",
      "coll/galaxy.yaml": "namespace: acme\nname: tools\n",
    });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      "ansible/setup.yml": ["format:ansible-playbook"],
      "app.json": ["format:heroku-app-manifest", "format:heroku-ci-config", "heroku-addon:heroku-postgresql", "heroku-addon:heroku-redis"],
      "app.yaml": ["format:app-engine-config", "gcp-runtime:python python312 ->3.12"],
      "galaxy.yml": ["format:ansible-collection"],
      Procfile: ["format:heroku-php-procfile@2"],
      "roles/web/meta/main.yml": ["format:ansible-role-metadata"],
      "site.yml": ["format:ansible-playbook"],
      "web/app.json": ["format:heroku-app-manifest"],
    });
  });

  it("each key only Heroku's app.json has makes it Heroku's; Lambda runtimes of every shape; CloudFormation resources that are not what they look like", async () => {
    const heroku = (app: unknown) => infra({ "app.json": JSON.stringify(app) }).then((r) => byFile(r.findings)["app.json"] ?? []);
    for (const key of ["buildpacks", "formation", "success_url", "stack"]) expect(await heroku({ name: "shop", [key]: key === "stack" ? "heroku-22" : {} }), key).toEqual(["format:heroku-app-manifest"]);
    expect(await heroku({ name: "shop", environments: { review: {} } })).toEqual(["format:heroku-app-manifest"]);
    expect(await heroku({ name: "shop", environments: null })).toEqual(["format:heroku-app-manifest"]);
    expect(await heroku({ name: "shop", scripts: { "pr-predestroy": "bin/cleanup" } })).toEqual(["format:heroku-app-manifest"]);
    expect(await heroku({ name: "shop", scripts: { test: "jest" } })).toEqual([]);
    expect(await heroku({ name: "shop", env: { SECRET: "x" }, expo: { name: "shop" } })).toEqual([]);
    expect(await heroku(["addons"])).toEqual([]);
    expect(await heroku("addons")).toEqual([]);
    expect(await heroku({ addons: "heroku-postgresql" })).toEqual(["format:heroku-app-manifest"]);

    const runtimes = (runtime: string) =>
      infra({ "serverless.yml": `service: api\nprovider:\n  name: aws\n  runtime: ${runtime}\n` }).then((r) => ({ found: byFile(r.findings)["serverless.yml"], warnings: r.warnings }));
    expect(await runtimes("NodeJS18.x")).toEqual({ found: ["lambda-runtime:nodejs NodeJS18.x ->18.0.0", "serverless-provider:aws"], warnings: [] });
    expect(await runtimes("go1.x")).toEqual({ found: ["lambda-runtime:go go1.x ->1.0.0", "serverless-provider:aws"], warnings: [] });
    expect(await runtimes("provided")).toEqual({ found: ["lambda-runtime:provided provided", "serverless-provider:aws"], warnings: [] });
    expect(await runtimes("provided.al2")).toEqual({ found: ["serverless-provider:aws"], warnings: [] });
    expect(await runtimes("dotnet8")).toEqual({ found: ["lambda-runtime:dotnet dotnet8 ->8.0.0", "serverless-provider:aws"], warnings: [] });
    // A provider without a name, a runtime of a provider written as a string: nothing.
    expect(byFile((await infra({ "serverless.yml": "provider:\n  runtime: python3.11\n  region: eu-west-1\n" })).findings)).toEqual({ "serverless.yml": ["lambda-runtime:python python3.11 ->3.11"] });

    const cfn = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Deployer:
    Type: Custom::Deployer
    Properties:
      LaunchType: FARGATE
      Engine: postgres
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [EC2]
  Service:
    Type: AWS::ECS::Service
    Properties:
      LaunchType: EC2
      CapacityProviderStrategy:
        - CapacityProvider: FARGATE
  Listed:
    Type: AWS::ECS::Service
    Properties: [LaunchType, FARGATE]
  Legacy:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-mysql
      EngineMode: provisioned
  Untyped:
    Properties:
      Engine: postgres
  Numbered:
    Type: 42
`;
    expect(byFile((await infra({ "cfn/app.template.yaml": cfn })).findings)).toEqual({
      "cfn/app.template.yaml": [
        "cloudformation-type:AWS::ECS::Service",
        "cloudformation-type:AWS::ECS::TaskDefinition",
        "cloudformation-type:AWS::RDS::DBCluster",
        "cloudformation-type:AWS::RDS::DBInstance",
        "cloudformation-type:Custom::Deployer",
        "format:aurora-mysql",
        "format:cloudformation-template",
        "format:ecs-fargate",
        "format:rds-mysql",
      ],
    });
    // Without the Fargate capacity provider, nothing runs on Fargate.
    expect(byFile((await infra({ "cfn/app.template.yaml": cfn.replace("CapacityProvider: FARGATE", "CapacityProvider: EC2_ASG") })).findings)["cfn/app.template.yaml"]).not.toContain("format:ecs-fargate");
    // A SAM transform among others, a template with Globals but no function runtime.
    const sam = 'Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Api:\n    Cors: "*"\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: ruby3.2\n  Bare:\n';
    expect(byFile((await infra({ "template.yml": sam })).findings)).toEqual({ "template.yml": ["cloudformation-type:AWS::Serverless::Function", "format:sam-template", "lambda-runtime:ruby ruby3.2 ->3.2"] });
    expect(byFile((await infra({ "template.yaml": "Transform: [AWS::Include]\nResources:\n  A:\n    Type: AWS::S3::Bucket\n" })).findings)).toEqual({});
  });

  it("chart values: templated, URL and malformed image references are left out; a values file's images at their lines", async () => {
    const values = `global:
  imageRegistry: ""
app:
  image:
    repository: "{{ .Values.global.imageRegistry }}/shop"
    tag: latest
legacy:
  image:
    repository: http://registry.example.org/legacy
    tag: "1.0"
db:
  image:
    repository: bitnami/postgresql
    tag: 16.2.0 debian
cache:
  image:
    repository: valkey/valkey
    tag: 7.2.5
    digest: ""
sidecar:
  image: "busybox@sha256:abc"
  proxy:
    image: envoyproxy/envoy:v1.29.1
jobs:
  - image: alpine:3.19
`;
    const { findings, warnings } = await infra({ "helm/shop/Chart.yaml": "apiVersion: v2\nname: shop\n", "helm/shop/values.yaml": values });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      "helm/shop/values.yaml": [
        "docker:bitnami/postgresql@13",
        "docker:valkey/valkey@17 7.2.5 ->7.2.5",
        "docker:envoyproxy/envoy@23 v1.29.1 ->1.29.1",
        "docker:alpine@25 3.19 ->3.19",
      ],
    });
  });

  it("Kubernetes containers: init and app containers' images only, a container without one skipped", async () => {
    const pod = "apiVersion: v1\nkind: Pod\nspec:\n  volumes:\n    - name: data\n      image: not-a-container:1\n  containers:\n    - name: app\n      image: nginx:1.25\n    - name: bare\n    - null\n  ephemeralContainers:\n    - image: busybox:1.36\n  initContainers: none\n";
    const { findings, warnings } = await infra({ "k8s/pod.yaml": pod });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({ "k8s/pod.yaml": ["docker:nginx 1.25 ->1.25", "k8s-kind:Pod"] });
  });

  it("a Render Blueprint: runtimes lowercased once each, static left out, Redis, and each database with the major version it pins", async () => {
    const { findings, warnings } = await infra({ "render.yaml": render });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      // The two databases that pin no version say the same: the scan keeps a repeated finding once.
      "render.yaml": ["render-blueprint:docker", "render-blueprint:node", "render-blueprint:postgres 15 ->15.0.0", "render-blueprint:postgres", "render-blueprint:ruby"],
    });
  });
});

describe("GitOps objects that install Helm charts", () => {
  it("an Argo CD Application's chart (one source or several) and a Flux HelmRelease's chart name the chart's tool, the chart's release declared only", async () => {
    const argo = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: cache\nspec:\n  source:\n    repoURL: https://charts.bitnami.com/bitnami\n    chart: redis\n    targetRevision: 18.6.1\n---\napiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: app\nspec:\n  sources:\n    - repoURL: https://prometheus-community.github.io/helm-charts\n      chart: kube-prometheus-stack\n      targetRevision: 55.5.0\n    - repoURL: https://github.com/acme/values.git\n      path: monitoring\n";
    const flux = "apiVersion: helm.toolkit.fluxcd.io/v2beta1\nkind: HelmRelease\nmetadata:\n  name: db\nspec:\n  chart:\n    spec:\n      chart: postgresql\n      version: 13.2.x\n      sourceRef:\n        kind: HelmRepository\n        name: bitnami\n";
    const { findings } = await infra({ "clusters/prod/apps.yaml": argo, "clusters/prod/db.yaml": flux });
    expect(byFile(findings)).toEqual({
      // clusters/ is a GitOps repository's manifest folder (Flux's layout): the objects' kinds too.
      "clusters/prod/apps.yaml": ["helm-chart:kube-prometheus-stack 55.5.0", "helm-chart:redis 18.6.1", "k8s-api:argoproj.io", "k8s-api:argoproj.io", "k8s-kind:Application", "k8s-kind:Application"],
      "clusters/prod/db.yaml": ["helm-chart:postgresql 13.2.x", "k8s-api:helm.toolkit.fluxcd.io", "k8s-kind:HelmRelease"],
    });
    const { MemorySource, scan } = await import("../src/index.js");
    const { document } = await scan(new MemorySource({ "clusters/prod/apps.yaml": argo, "clusters/prod/db.yaml": flux }), { git: false });
    const named = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    expect(named("Redis")).toMatchObject({ detection_source: "clusters/prod/apps.yaml" });
    expect(named("Redis")?.version).toBeUndefined();
    expect(named("Grafana")).toBeDefined();
    expect(named("PostgreSQL")).toMatchObject({ detection_source: "clusters/prod/db.yaml" });
  });
});

describe("Terraform comments on hostile text", () => {
  it("a line of thousands of escaped quotes (a string never closed) is read at once; comments after closed strings still go", () => {
    // 21 s before: each quote's string was read again to the line's end.
    const text = '"' + '\\"'.repeat(150_000) + '\nterraform {\n  required_version = ">= 1.6" # not "1.0"\n}\n';
    const use = expectFinishesWithin(() => readTerraform(text), 5);
    expect(use.requiredVersion).toBe(">= 1.6");
    // A string left open ends at its line: the next line's provider is read, a commented one is not.
    expect(readTerraform('locals {\n  a = "open\n}\n# provider "google" {}\nprovider "aws" {}\n').providers).toEqual([{ name: "aws" }]);
  });
});
