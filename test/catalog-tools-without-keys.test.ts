import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// Catalog tools that no key revealed before, given the keys that name them with certainty: a
// service's own SDK in each registry, a vendor's Terraform provider, a product's official image.
const detect = async (files: Record<string, string>): Promise<Map<string, ToolEntry>> => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
};

describe("catalog tools that had no key", () => {
  it("vendor Terraform providers name the product they manage", async () => {
    const tf = [
      "terraform {",
      "  required_providers {",
      '    rediscloud = { source = "RedisLabs/rediscloud", version = "~> 1.3" }',
      '    bigip      = { source = "F5Networks/bigip", version = "1.20.1" }',
      '    powerdns   = { source = "pan-net/powerdns", version = "1.5.0" }',
      '    victorops  = { source = "splunk/victorops", version = "0.1.4" }',
      '    dme        = { source = "DNSMadeEasy/dme", version = "1.0.6" }',
      '    incapsula  = { source = "imperva/incapsula", version = "3.21.0" }',
      '    cloudstack = { source = "cloudstack/cloudstack", version = "0.5.0" }',
      '    lxd        = { source = "terraform-lxd/lxd", version = "2.0.0" }',
      '    site24x7   = { source = "site24x7/site24x7" }',
      "  }",
      "}",
    ].join("\n");
    const tools = await detect({ "infra/versions.tf": tf + "\n" });
    for (const name of ["Redis Cloud", "F5 BIG-IP", "PowerDNS", "VictorOps", "DNS Made Easy", "Incapsula",
      "Apache CloudStack", "LXD", "Site24x7", "Terraform"]) {
      expect(tools.get(name), name).toBeDefined();
    }
    // A provider's release is the plugin's, not the product's.
    for (const name of ["F5 BIG-IP", "PowerDNS", "Apache CloudStack", "LXD"]) {
      expect(tools.get(name)?.version, name).toBeUndefined();
    }
  });

  it("AWS and Google Cloud SDK clients name their service", async () => {
    const pkg = {
      name: "ops-console",
      dependencies: {
        "@aws-sdk/client-swf": "^3.540.0",
        "@aws-sdk/client-direct-connect": "^3.540.0",
        "@aws-sdk/client-ebs": "^3.540.0",
        "@aws-sdk/client-ecr-public": "^3.540.0",
        "@google-cloud/dataflow": "^3.1.0",
      },
    };
    const tools = await detect({
      "package.json": JSON.stringify(pkg, null, 2),
      "jobs/requirements.txt": "google-cloud-dataflow-client==0.8.10\ngoogle-endpoints==4.8.0\n",
    });
    for (const name of ["Amazon SWF", "AWS Direct Connect", "Amazon EBS", "Amazon Elastic Container Registry Public",
      "Google Cloud Dataflow", "Google Cloud Endpoints"]) {
      expect(tools.get(name), name).toBeDefined();
    }
  });

  it("official images and client libraries of self-hosted products", async () => {
    const compose = [
      "services:",
      "  tracker:",
      "    image: jetbrains/youtrack:2024.1.29548",
      "  search:",
      "    image: sourcegraph/server:5.3.2",
      "  shop:",
      "    image: nopcommerceteam/nopcommerce:4.60.6",
      "  dns:",
      "    image: powerdns/pdns-auth-48:4.8.4",
    ].join("\n");
    const tools = await detect({
      "docker-compose.yml": compose + "\n",
      "Gemfile": 'source "https://rubygems.org"\ngem "iron_mq"\ngem "iron_worker"\ngem "embedly"\n',
      "tools/requirements.txt": "pylxd==2.3.2\npodman==5.0.0\n",
    });
    expect(tools.get("PowerDNS")?.version).toBe("4.8.4");
    expect(tools.get("nopCommerce")?.version).toBe("4.60.6");
    for (const name of ["YouTrack", "Sourcegraph", "IronMQ", "IronWorker", "Embedly", "LXD", "Podman"]) {
      expect(tools.get(name), name).toBeDefined();
    }
  });

  it("Azure management SDKs and deploy actions name the Azure service they manage", async () => {
    const csproj = [
      '<Project Sdk="Microsoft.NET.Sdk">',
      "  <ItemGroup>",
      '    <PackageReference Include="Azure.ResourceManager.Redis" Version="1.4.0" />',
      '    <PackageReference Include="Azure.ResourceManager.ApiManagement" Version="1.2.0" />',
      "  </ItemGroup>",
      "</Project>",
    ].join("\n");
    const workflow = [
      "on: push",
      "jobs:",
      "  db:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: actions/checkout@v4",
      "      - uses: azure/login@v2",
      "      - uses: azure/sql-action@v2.3",
      "      - uses: azure/postgresql@v1",
      "      - uses: azure/mysql@v1",
    ].join("\n");
    const tools = await detect({
      "src/Provisioner/Provisioner.csproj": csproj + "\n",
      ".github/workflows/db.yml": workflow + "\n",
      "ops/requirements.txt": "azure-mgmt-logic==10.0.0\nazure-mgmt-databricks==2.0.0\n",
    });
    for (const name of ["Azure Redis Cache", "Azure API Management", "Azure SQL Database", "Azure Database for PostgreSQL",
      "Azure Database for MySQL", "Azure Logic Apps", "Azure Databricks", "Microsoft Azure"]) {
      expect(tools.get(name), name).toBeDefined();
    }
  });

  it("a Heroku app.json's add-ons name their hosted services, and its test environment Heroku CI", async () => {
    const app = {
      name: "shop",
      stack: "heroku-22",
      addons: ["heroku-postgresql:essential-0", { plan: "heroku-redis:mini", as: "CACHE" }, "memcachier", "papertrail:choklad"],
      environments: { test: { scripts: { test: "bundle exec rspec" }, addons: ["heroku-postgresql:in-dyno"] } },
    };
    const tools = await detect({ "app.json": JSON.stringify(app, null, 2) });
    for (const name of ["Heroku", "Heroku Postgres", "PostgreSQL", "Heroku Redis", "Redis", "MemCachier", "Memcached", "Papertrail", "Heroku CI"]) {
      expect(tools.get(name), name).toBeDefined();
    }
  });

  it("a Rails app.json's mail, search, error and monitoring add-ons name their services", async () => {
    // the add-ons a Heroku button's app.json for a Rails app commonly provisions
    const app = { name: "forum", addons: ["sendgrid:starter", "bonsai", "rollbar:free", "newrelic:wayne", "heroku-kafka:basic-0", "scout"] };
    const tools = await detect({ "app.json": JSON.stringify(app, null, 2) });
    for (const name of ["Twilio SendGrid", "Elasticsearch", "Rollbar", "New Relic", "Kafka", "Scout"]) {
      expect(tools.get(name), name).toBeDefined();
    }
  });

  it("CloudFormation volumes and public repositories, and Firebase's hosting deploy action", async () => {
    const template = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      "Resources:",
      "  DataVolume:",
      "    Type: AWS::EC2::Volume",
      "    Properties:",
      "      Size: 100",
      "      AvailabilityZone: eu-west-1a",
      "  Images:",
      "    Type: AWS::ECR::PublicRepository",
      "    Properties:",
      "      RepositoryName: tools",
    ].join("\n");
    const workflow = [
      "on: pull_request",
      "jobs:",
      "  preview:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: actions/checkout@v4",
      "      - uses: FirebaseExtended/action-hosting-deploy@v0",
      "        with:",
      "          repoToken: ${{ secrets.GITHUB_TOKEN }}",
    ].join("\n");
    const tools = await detect({ "infra/template.yaml": template + "\n", ".github/workflows/preview.yml": workflow + "\n" });
    for (const name of ["Amazon EBS", "Amazon Elastic Container Registry Public", "Firebase Hosting", "Firebase"]) {
      expect(tools.get(name), name).toBeDefined();
    }
  });

  it("Maven coordinates of Titan, PredictionIO and YARN", async () => {
    const dep = (g: string, a: string, v: string) => `    <dependency><groupId>${g}</groupId><artifactId>${a}</artifactId><version>${v}</version></dependency>`;
    const pom = [
      '<project xmlns="http://maven.apache.org/POM/4.0.0">',
      "  <modelVersion>4.0.0</modelVersion>",
      "  <groupId>org.example</groupId><artifactId>graph-jobs</artifactId><version>1.0</version>",
      "  <dependencies>",
      dep("com.thinkaurelius.titan", "titan-core", "1.0.0"),
      dep("com.thinkaurelius.titan", "titan-cassandra", "1.0.0"),
      dep("org.apache.predictionio", "apache-predictionio-core_2.11", "0.14.0"),
      dep("org.apache.hadoop", "hadoop-yarn-client", "3.3.6"),
      "  </dependencies>",
      "</project>",
    ].join("\n");
    const tools = await detect({ "pom.xml": pom + "\n" });
    for (const name of ["Titan", "PredictionIO", "YARN Hadoop", "Hadoop"]) expect(tools.get(name), name).toBeDefined();
  });
});
