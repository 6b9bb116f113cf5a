import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// Keys given to catalog tools that had none: what the key reveals, which tool takes the package's
// release, and which tools wait for --all-tools where the site names another from the package.
const detect = async (files: Record<string, string>, allTools = false): Promise<Map<string, ToolEntry>> => {
  const { document } = await scan(new MemorySource(files), { git: false, allTools });
  return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
};

// An Angular admin app of 2023 with a React widget kit beside it, as a monorepo's front end declares them.
const PACKAGE = {
  name: "admin-web",
  dependencies: {
    "@angular/core": "^17.0.4",
    "@angular/material": "^17.0.1",
    "react-redux": "^9.0.4",
    "graphql": "^16.8.1",
    "jquery-migrate": "^3.4.1",
    "@pendo/agent": "^2.250.0",
    "@cloudflare/stream-react": "^1.9.1",
  },
  devDependencies: { "@angular/cli": "^17.0.3", "node-sass": "^9.0.0", "@storybook/react": "^7.6.3", "ember-cli": "~5.4.1", "pmx": "^1.6.8" },
};

describe("keys of round 9's catalog breadth", () => {
  it("packages the site lists under another tool name theirs only with allTools", async () => {
    const files = { "package.json": JSON.stringify(PACKAGE, null, 2) };
    const plain = await detect(files);
    for (const name of ["Angular", "Redux", "GraphQL", "Sass", "Storybook"]) expect(plain.get(name), name).toBeDefined();
    for (const name of ["Angular CLI", "Material Design for Angular", "React Redux", "graphql.js", "node-sass", "React Storybook"]) {
      expect(plain.get(name), name).toBeUndefined();
    }
    const all = await detect(files, true);
    for (const name of ["Angular CLI", "Material Design for Angular", "React Redux", "graphql.js", "node-sass", "React Storybook"]) {
      expect(all.get(name), name).toBeDefined();
    }
  });

  it("a tool's own package gives it the release; the wider tool it implies takes none", async () => {
    const tools = await detect({
      "package.json": JSON.stringify(PACKAGE, null, 2),
      "Gemfile.lock": "GEM\n  remote: https://rubygems.org/\n  specs:\n    graphql (2.2.5)\n    mongoid (8.1.4)\n\nDEPENDENCIES\n  graphql\n  mongoid\n",
      "Gemfile": 'source "https://rubygems.org"\ngem "graphql"\ngem "mongoid"\n',
      "ml/requirements.txt": "transformers==4.36.2\npyspark==3.5.0\n",
    });
    expect(tools.get("Ember-cli")?.version).toBe("5.4.1");
    expect(tools.get("Ember.js")).toBeDefined();
    expect(tools.get("Ember.js")?.version).toBeUndefined();
    expect(tools.get("jQuery Migrate")?.version).toBe("3.4.1");
    // graphql-ruby's release is not the language's; GraphQL Ruby waits for allTools, as graphql.js does.
    expect(tools.get("GraphQL")).toBeDefined();
    expect(tools.get("GraphQL")?.version).toBeUndefined();
    expect(tools.get("GraphQL Ruby")).toBeUndefined();
    expect(tools.get("Mongoid")?.version).toBe("8.1.4");
    expect(tools.get("MongoDB")).toBeDefined();
    expect(tools.get("MongoDB")?.version).toBeUndefined();
    expect(tools.get("Transformers")?.version).toBe("4.36.2");
    expect(tools.get("Hugging Face")).toBeDefined();
    expect(tools.get("Hugging Face")?.version).toBeUndefined();
    // PySpark is released with Spark under its number: Spark takes it.
    expect(tools.get("Apache Spark")?.version).toBe("3.5.0");
    expect(tools.get("PySpark")).toBeDefined();
    for (const name of ["Pendo", "Cloudflare Stream", "Keymetrics"]) expect(tools.get(name), name).toBeDefined();
  });

  it("a Bitnami image names its product, which keeps the tag, and no Bitnami (as the site writes it)", async () => {
    const compose = "services:\n  db:\n    image: docker.io/bitnami/postgresql:15.4.0\n  queue:\n    image: bitnami/rabbitmq:3.12\n  tools:\n    image: bitnami/git:2.43.0\n";
    const tools = await detect({ "docker-compose.yml": compose });
    expect(tools.get("PostgreSQL")?.version).toBe("15.4.0");
    expect(tools.get("RabbitMQ")?.version).toBe("3.12");
    expect(tools.get("Bitnami")).toBeUndefined();
  });

  it("an OpenAPI document, a WakaTime project file, a Cloud9 template and an Ant pin", async () => {
    const template = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Ide:\n    Type: AWS::Cloud9::EnvironmentEC2\n    Properties:\n      InstanceType: t3.small\n';
    const tools = await detect({
      "docs/openapi.yaml": "openapi: 3.0.3\ninfo:\n  title: Orders\n  version: 1.0.0\npaths: {}\n",
      ".wakatime-project": "orders-api\n",
      "infra/ide.template.yaml": template,
      ".tool-versions": "ant 1.10.14\njava temurin-17.0.9+9\n",
    });
    for (const name of ["OpenAPI Specification", "WakaTime", "AWS Cloud9"]) expect(tools.get(name), name).toBeDefined();
    expect(tools.get("Apache Ant")?.version).toBe("1.10.14");
  });

  it("a Dockerfile downloading from jsDelivr names it", async () => {
    const dockerfile = "FROM nginx:1.25\nRUN curl -fsSL -o /usr/share/nginx/html/htmx.min.js https://cdn.jsdelivr.net/npm/htmx.org@1.9.10/dist/htmx.min.js\n";
    const tools = await detect({ "Dockerfile": dockerfile });
    expect(tools.get("jsDelivr")).toBeDefined();
  });

  it("an ECS service or task definition on Fargate names AWS Fargate, from Terraform or CloudFormation", async () => {
    const tf = [
      'resource "aws_ecs_task_definition" "api" {',
      '  family                   = "api"',
      '  requires_compatibilities = ["EC2", "FARGATE"]',
      '  network_mode             = "awsvpc"',
      "}",
      'resource "aws_ecs_service" "worker" {',
      '  # launch_type = "EC2" was the first setup',
      '  launch_type = "FARGATE"',
      "}",
    ].join("\n");
    const template = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      "Resources:",
      "  Service:",
      "    Type: AWS::ECS::Service",
      "    Properties:",
      "      CapacityProviderStrategy:",
      "        - CapacityProvider: FARGATE_SPOT",
      "          Weight: 1",
    ].join("\n");
    expect((await detect({ "infra/ecs.tf": tf + "\n" })).get("AWS Fargate")).toBeDefined();
    expect((await detect({ "infra/requires.tf": tf.split("\n").slice(0, 5).join("\n") + "\n" })).get("AWS Fargate")).toBeDefined();
    expect((await detect({ "deploy/service.template.yaml": template + "\n" })).get("AWS Fargate")).toBeDefined();
    // EC2-backed tasks, and a launch type left in a comment, name none.
    const ec2 = 'resource "aws_ecs_service" "worker" {\n  # launch_type = "FARGATE"\n  launch_type = "EC2"\n  requires_compatibilities = ["EC2"]\n}\n';
    expect((await detect({ "infra/ecs.tf": ec2 })).get("AWS Fargate")).toBeUndefined();
  });

  it("a GitLab CI job publishing Pages names GitLab Pages; other jobs do not", async () => {
    const pagesJob = "image: node:20\npages:\n  stage: deploy\n  script:\n    - npm run build\n  artifacts:\n    paths: [public]\n";
    const keyword = "docs:\n  script: [mkdocs build -d public]\n  pages:\n    publish: public\n";
    const none = "test:\n  script: [npm test]\npages-check:\n  script: [npm run lint]\n  pages: false\n";
    expect((await detect({ ".gitlab-ci.yml": pagesJob })).get("GitLab Pages")).toBeDefined();
    expect((await detect({ ".gitlab-ci.yml": keyword })).get("GitLab Pages")).toBeDefined();
    expect((await detect({ ".gitlab-ci.yml": none })).get("GitLab Pages")).toBeUndefined();
  });

  it("a kops cluster spec, a GoDaddy provider, mail and SSH server images, and deploy clients", async () => {
    const tools = await detect({
      "clusters/prod.yaml": "apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n  name: prod.example.com\nspec:\n  cloudProvider: aws\n",
      "dns/main.tf": 'terraform {\n  required_providers {\n    godaddy = { source = "n3integration/godaddy", version = "1.9.1" }\n  }\n}\n',
      "docker-compose.yml": "services:\n  mail:\n    image: boky/postfix:v4.1.0\n  bastion:\n    image: linuxserver/openssh-server:9.3\n",
      "Gemfile": 'source "https://rubygems.org"\ngem "engineyard", group: :development\n',
      "qa/requirements.txt": "pytest-testrail==2.9.0\n",
    });
    for (const name of ["kops", "Kubernetes", "GoDaddy", "Postfix", "OpenSSH", "Engine Yard Cloud", "Testrail"]) expect(tools.get(name), name).toBeDefined();
    // The provider plugin's release is not GoDaddy's.
    expect(tools.get("GoDaddy")).toBeDefined();
    expect(tools.get("GoDaddy")?.version).toBeUndefined();
  });

  it("Terraform resource types name the service a provider manages among many", async () => {
    const tf = [
      'resource "digitalocean_spaces_bucket" "assets" {',
      '  name   = "shop-assets"',
      '  region = "ams3"',
      "}",
      'resource "digitalocean_database_cluster" "db" {',
      '  engine = "pg"',
      "}",
      'resource "digitalocean_loadbalancer" "web" {}',
      '# resource "digitalocean_uptime_check" "home" {} was dropped',
      'resource "azurerm_linux_virtual_machine" "runner" {}',
      'resource "google_compute_url_map" "site" {}',
      'resource "aws_s3_bucket" "logs" {}',
    ].join("\n");
    const tools = await detect({ "infra/main.tf": tf + "\n" });
    for (const name of ["DigitalOcean Spaces", "DigitalOcean Managed Databases", "DigitalOcean Load Balancer", "Azure Virtual Machines", "Google Cloud Load Balancing"]) {
      expect(tools.get(name), name).toBeDefined();
    }
    // A commented-out block names nothing.
    expect(tools.get("DigitalOcean Monitoring")).toBeUndefined();
  });

  it("a managed database's engine names RDS for PostgreSQL, Aurora Serverless and Cloud SQL for PostgreSQL", async () => {
    const tf = [
      'resource "aws_db_instance" "main" {',
      '  engine         = "postgres"',
      '  engine_version = "15.4"',
      "}",
      'resource "aws_rds_cluster" "reports" {',
      '  engine = "aurora-postgresql"',
      "  serverlessv2_scaling_configuration {",
      "    max_capacity = 4",
      "  }",
      "}",
      'resource "google_sql_database_instance" "app" {',
      '  database_version = "POSTGRES_15"',
      "}",
    ].join("\n");
    const tools = await detect({ "infra/db.tf": tf + "\n" });
    for (const name of ["Amazon RDS for PostgreSQL", "Amazon Aurora Serverless", "Google Cloud SQL for PostgreSQL", "PostgreSQL"]) expect(tools.get(name), name).toBeDefined();
    const mysql = 'resource "aws_db_instance" "legacy" {\n  engine = "mysql"\n}\nresource "aws_rds_cluster" "c" {\n  engine_mode = "provisioned"\n}\n';
    const none = await detect({ "infra/db.tf": mysql });
    for (const name of ["Amazon RDS for PostgreSQL", "Amazon Aurora Serverless", "PostgreSQL"]) expect(none.get(name), name).toBeUndefined();
    const template = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n';
    expect((await detect({ "db.template.yaml": template })).get("Amazon RDS for PostgreSQL")).toBeDefined();
  });
});
