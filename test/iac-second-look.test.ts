import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";
import { compact, detectorFindings } from "./detector-findings.js";
import { configManagementDetector } from "../detectors/config-management/index.js";

const detect = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false })).document;

// Infrastructure as code, a second look (stop 36): Terraform, OpenTofu, Terragrunt, CDK for
// Terraform, Pulumi, the AWS CDK, Chef, Puppet, Ansible and Crossplane repositories.
describe("Terraform providers of self-hosted software", () => {
  it("take none of the provider plugin's release (Nomad provider 2.1.0 is no Nomad 2.1.0)", async () => {
    const main = [
      "terraform {\n  required_providers {",
      '    proxmox = { source = "bpg/proxmox", version = "0.43.2" }',
      '    nomad = { source = "hashicorp/nomad", version = "2.1.0" }',
      '    rancher2 = { source = "rancher/rancher2", version = "3.2.0" }',
      '    openstack = { source = "terraform-provider-openstack/openstack", version = "~> 1.53.0" }',
      '    vsphere = { source = "hashicorp/vsphere", version = "2.6.1" }',
      '    stackpath = { source = "stackpath/stackpath", version = "1.5.0" }',
      "  }\n}\n",
    ].join("\n");
    const lock = ["bpg/proxmox", "hashicorp/nomad", "rancher/rancher2", "terraform-provider-openstack/openstack", "hashicorp/vsphere", "stackpath/stackpath"]
      .map((p, i) => `provider "registry.terraform.io/${p}" {\n  version = "${i + 1}.${i}.0"\n}\n`)
      .join("\n");
    const document = await detect({ "main.tf": main, ".terraform.lock.hcl": lock });
    for (const name of ["Proxmox VE", "Nomad", "Rancher", "OpenStack", "VMware vSphere", "StackPath"]) {
      expect(tool(document.tools, name), name).toBeDefined();
      expect(tool(document.tools, name)?.version, name).toBeUndefined();
    }
  });
});

describe("OpenTofu, Terragrunt and registry module sources", () => {
  it("reads an OpenTofu configuration's .tofu files as .tf ones; their required_version is OpenTofu's, not Terraform's", async () => {
    const main = [
      'terraform {\n  required_version = ">= 1.7.0"\n  required_providers {',
      '    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.34" }',
      '    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.20" }',
      "  }\n}",
      'resource "digitalocean_database_cluster" "pg" {\n  engine = "pg"\n}\n',
    ].join("\n");
    const document = await detect({ "main.tofu": main });
    for (const name of ["DigitalOcean", "CloudFlare", "DigitalOcean Managed Databases"]) expect(tool(document.tools, name), name).toMatchObject({ detection_source: "main.tofu" });
    expect(tool(document.tools, "Terraform")).toBeDefined();
    expect(tool(document.tools, "Terraform")?.version).toBeUndefined();
  });

  it("keys a module from the registry's full address as its short form", async () => {
    const main = 'module "vpc" {\n  source  = "registry.terraform.io/terraform-aws-modules/vpc/aws"\n  version = "5.4.0"\n}\n';
    const document = await detect({ "main.tf": main });
    expect(tool(document.tools, "Amazon VPC")).toMatchObject({ detection_source: "main.tf" });
  });

  it("keys a provider whose source spells the registry's host as its short form", async () => {
    const main = 'terraform {\n  required_providers {\n    github = {\n      source  = "registry.terraform.io/integrations/github"\n      version = "~> 5.0"\n    }\n  }\n}\n';
    const document = await detect({ "main.tf": main });
    expect(tool(document.tools, "GitHub")).toMatchObject({ detection_source: "main.tf" });
  });

  it("keys a registry module fetched from its GitHub repository as the registry names it", async () => {
    const main = [
      'module "vpc" {\n  source = "git::https://github.com/terraform-aws-modules/terraform-aws-vpc.git?ref=v5.4.0"\n}',
      'module "sqs" {\n  source = "github.com/terraform-aws-modules/terraform-aws-sqs//modules/queue"\n}',
      'module "own" {\n  source = "git::https://github.com/acme/infra-modules.git//network?ref=v1.2.0"\n}\n',
    ].join("\n");
    const document = await detect({ "main.tf": main });
    expect(tool(document.tools, "Amazon VPC")).toMatchObject({ detection_source: "main.tf" });
    expect(tool(document.tools, "Amazon SQS")).toMatchObject({ detection_source: "main.tf" });
    const unit = 'terraform {\n  source = "git::git@github.com:terraform-aws-modules/terraform-aws-vpc.git//?ref=v5.4.0"\n}\n';
    const live = await detect({ "prod/vpc/terragrunt.hcl": unit });
    expect(tool(live.tools, "Amazon VPC")).toMatchObject({ detection_source: "prod/vpc/terragrunt.hcl" });
  });

  it("names Terraform from a Terragrunt unit and the registry module its tfr:/// source deploys", async () => {
    const unit = [
      'include "root" {\n  path = find_in_parent_folders()\n}',
      'terraform {\n  source = "tfr:///terraform-aws-modules/vpc/aws?version=5.4.0"\n}',
      'inputs = {\n  name = "prod"\n}\n',
    ].join("\n");
    const root = 'remote_state {\n  backend = "s3"\n  config = { bucket = "acme-state" }\n}\n';
    const document = await detect({ "terragrunt.hcl": root, "prod/vpc/terragrunt.hcl": unit });
    expect(tool(document.tools, "Terraform")).toBeDefined();
    expect(tool(document.tools, "Amazon VPC")).toMatchObject({ detection_source: "prod/vpc/terragrunt.hcl" });
  });

  it("takes no `/*` inside a string (an S3 ARN in a policy) for a comment that hides the resources after it", async () => {
    const main = [
      'resource "aws_iam_policy" "read" {\n  policy = jsonencode({ Statement = [{ Resource = ["arn:aws:s3:::acme-assets/*"] }] })\n}',
      'resource "aws_sqs_queue" "jobs" {\n  name = "jobs" # the work queue\n}',
      "/* the topic below fans out */",
      'resource "aws_sns_topic" "events" {\n  name = "events"\n}\n',
    ].join("\n");
    const document = await detect({ "main.tf": main });
    expect(tool(document.tools, "Amazon SQS")).toBeDefined();
    expect(tool(document.tools, "Amazon SNS")).toBeDefined();
  });
});

describe("Terraform on Google Cloud and Azure", () => {
  it("resource types name the services they create, as the AWS provider's do", async () => {
    const google = [
      'resource "google_sql_database_instance" "legacy" {\n  database_version = "MYSQL_8_0"\n}',
      'resource "google_redis_instance" "cache" {\n  memory_size_gb = 1\n}',
      'resource "google_storage_bucket" "uploads" {\n  location = "EU"\n}',
      'resource "google_pubsub_topic" "events" {\n  name = "events"\n}',
      'resource "google_cloud_run_v2_service" "api" {\n  location = "europe-west1"\n}',
      'resource "google_container_cluster" "gke" {\n  name = "gke"\n}',
      'resource "google_bigquery_dataset" "analytics" {\n  dataset_id = "analytics"\n}\n',
    ].join("\n");
    const azure = [
      'resource "azurerm_redis_cache" "cache" {\n  sku_name = "Standard"\n}',
      'resource "azurerm_postgresql_flexible_server" "db" {\n  version = "16"\n}',
      'resource "azurerm_kubernetes_cluster" "aks" {\n  dns_prefix = "acme"\n}',
      'resource "azurerm_storage_account" "sa" {\n  account_tier = "Standard"\n}',
      'resource "azurerm_linux_function_app" "fn" {\n  name = "fn"\n}',
      'resource "azurerm_cosmosdb_account" "cosmos" {\n  offer_type = "Standard"\n}',
      'resource "azurerm_resource_group" "rg" {\n  location = "westeurope"\n}\n',
    ].join("\n");
    const document = await detect({ "gcp/main.tf": google, "azure/main.tf": azure });
    const gcp = ["Google Cloud SQL", "MySQL", "Google Cloud Memorystore", "Google Cloud Storage", "Google Cloud Pub/Sub", "Google Cloud Run", "Google Kubernetes Engine", "Google BigQuery"];
    for (const name of gcp) expect(tool(document.tools, name), name).toMatchObject({ detection_source: "gcp/main.tf" });
    for (const name of ["Azure Redis Cache", "Azure Database for PostgreSQL", "PostgreSQL", "Azure Kubernetes Service", "Azure Storage", "Azure Functions", "Azure Cosmos DB"]) {
      expect(tool(document.tools, name), name).toMatchObject({ detection_source: "azure/main.tf" });
    }
    expect(tool(document.tools, "Redis")).toBeDefined();
    // A managed service's engine is no release of the server a project runs.
    expect(tool(document.tools, "MySQL")).toBeDefined();
    expect(tool(document.tools, "MySQL")?.version).toBeUndefined();
  });
});

describe("Infrastructure SDKs in every language", () => {
  it("names Terraform from a CDK for Terraform project, its library and prebuilt providers, none taking their release", async () => {
    const pkg = JSON.stringify({ dependencies: { cdktf: "^0.20.0", "@cdktf/provider-google": "^12.0.0", constructs: "^10.3.0" } });
    const ts = await detect({ "package.json": pkg });
    expect(tool(ts.tools, "Terraform")).toMatchObject({ detection_source: "package.json" });
    expect(tool(ts.tools, "Terraform")?.version).toBeUndefined();
    expect(tool(ts.tools, "Google Cloud Platform")).toBeDefined();
    const py = await detect({ "requirements.txt": "cdktf==0.20.1\ncdktf-cdktf-provider-aws==19.1.0\n" });
    expect(tool(py.tools, "Terraform")).toMatchObject({ detection_source: "requirements.txt" });
    expect(tool(py.tools, "Terraform")?.version).toBeUndefined();
    const json = await detect({ "cdktf.json": JSON.stringify({ language: "typescript", app: "npx ts-node main.ts" }) });
    expect(tool(json.tools, "Terraform")).toMatchObject({ detection_source: "cdktf.json" });
  });

  it("names the AWS CDK from its Go module at the CDK's release, and Pulumi's Cloudflare provider in Go and Python", async () => {
    const gomod = [
      "module infra\n\ngo 1.21\n\nrequire (",
      "\tgithub.com/aws/aws-cdk-go/awscdk/v2 v2.118.0",
      "\tgithub.com/aws/constructs-go/constructs/v10 v10.3.0",
      "\tgithub.com/pulumi/pulumi-cloudflare/sdk/v5 v5.16.0",
      ")\n",
    ].join("\n");
    const go = await detect({ "go.mod": gomod });
    expect(tool(go.tools, "AWS Cloud Development Kit")).toMatchObject({ version: "2.118.0", detection_source: "go.mod" });
    expect(tool(go.tools, "CloudFlare")).toMatchObject({ detection_source: "go.mod" });
    expect(tool(go.tools, "Pulumi")).toBeDefined();
    const py = await detect({ "requirements.txt": "pulumi==3.101.1\npulumi-digitalocean==4.25.0\n" });
    expect(tool(py.tools, "DigitalOcean")).toMatchObject({ detection_source: "requirements.txt" });
  });
});

describe("Chef, Puppet and Ansible manifests", () => {
  it("names Chef from a cookbook's metadata.rb alone, and reads a Policyfile's cookbooks", async () => {
    const metadata = "name 'acme_app'\nmaintainer 'Acme Ops'\nversion '2.3.1'\nchef_version '>= 17.0'\ndepends 'nginx', '~> 12.2'\n";
    const cookbook = await detect({ "metadata.rb": metadata, "recipes/default.rb": "package 'git'\n" });
    expect(tool(cookbook.tools, "Chef")).toMatchObject({ detection_source: "metadata.rb" });
    expect(tool(cookbook.tools, "Chef")?.version).toBeUndefined();
    expect(tool(cookbook.tools, "NGINX")).toBeDefined();
    const policy = "name 'web'\ndefault_source :supermarket\nrun_list 'haproxy::default'\ncookbook 'haproxy', '~> 12.3'\n";
    const repo = await detect({ "policyfiles/web.rb": policy });
    expect(tool(repo.tools, "Chef")).toMatchObject({ detection_source: "policyfiles/web.rb" });
    expect(tool(repo.tools, "HAProxy")).toMatchObject({ detection_source: "policyfiles/web.rb" });
  });

  it("a gem's own metadata.rb (no cookbook keys) names no Chef", async () => {
    const document = await detect({ "metadata.rb": "name 'acme'\nversion '1.0'\n" });
    expect(tool(document.tools, "Chef")).toBeUndefined();
    // A cookbook key (a dependency) makes it a cookbook's.
    expect(tool((await detect({ "metadata.rb": "name 'acme'\nversion '1.0'\ndepends 'nginx'\n" })).tools, "Chef")).toBeDefined();
  });

  it("names Puppet and the servers of a module's dependencies from its metadata.json, not from another project's", async () => {
    const metadata = JSON.stringify({
      name: "acme-webapp",
      version: "1.2.0",
      dependencies: [
        { name: "puppetlabs/stdlib", version_requirement: ">= 8.0.0 < 10.0.0" },
        { name: "puppet/nginx", version_requirement: ">= 5.0.0 < 6.0.0" },
        { name: "puppetlabs-postgresql", version_requirement: ">= 9.0.0 < 11.0.0" },
      ],
      requirements: [{ name: "puppet", version_requirement: ">= 7.0.0 < 9.0.0" }],
    }, null, 2);
    const module = await detect({ "metadata.json": metadata, "manifests/init.pp": "class webapp {}\n" });
    for (const name of ["Puppet Labs", "NGINX", "PostgreSQL"]) expect(tool(module.tools, name), name).toMatchObject({ detection_source: "metadata.json" });
    expect(tool(module.tools, "Puppet Labs")).toBeDefined();
    expect(tool(module.tools, "Puppet Labs")?.version).toBeUndefined();
    const other = await detect({ "metadata.json": JSON.stringify({ name: "acme-web", dependencies: [{ name: "puppet/nginx" }] }) });
    expect(tool(other.tools, "Puppet Labs")).toBeUndefined();
  });

  it("reads the Galaxy roles an Ansible role's meta/main.yml depends on, not its own local roles", async () => {
    const meta = "---\ngalaxy_info:\n  author: acme\n  min_ansible_version: \"2.14\"\ndependencies:\n  - common\n  - geerlingguy.java\n  - role: geerlingguy.redis\n    vars:\n      redis_port: 6379\n";
    const document = await detect({ "roles/app/meta/main.yml": meta });
    expect(tool(document.tools, "Ansible")).toBeDefined();
    expect(tool(document.tools, "Java")).toMatchObject({ detection_source: "roles/app/meta/main.yml" });
    expect(tool(document.tools, "Redis")).toMatchObject({ detection_source: "roles/app/meta/main.yml" });
  });

  it("reads the collections an Ansible collection's galaxy.yml depends on", async () => {
    const galaxy = 'namespace: acme\nname: monitoring\nversion: 1.4.0\ndependencies:\n  community.general: ">=7.0.0"\n  prometheus.prometheus: ">=0.13.0"\n';
    const document = await detect({ "galaxy.yml": galaxy });
    expect(tool(document.tools, "Ansible")).toBeDefined();
    expect(tool(document.tools, "Prometheus")).toMatchObject({ detection_source: "galaxy.yml" });
  });
});

describe("Crossplane", () => {
  it("is named by its own API groups: a package's crossplane.yaml, its compositions, the providers it installs", async () => {
    const pkg = "apiVersion: meta.pkg.crossplane.io/v1\nkind: Configuration\nmetadata:\n  name: platform-ref-aws\nspec:\n  crossplane:\n    version: \">=v1.14.1-0\"\n";
    const composition = "apiVersion: apiextensions.crossplane.io/v1\nkind: Composition\nmetadata:\n  name: xpostgresqlinstances.aws.database.acme.io\nspec:\n  compositeTypeRef:\n    apiVersion: database.acme.io/v1alpha1\n    kind: XPostgreSQLInstance\n";
    const provider = "apiVersion: pkg.crossplane.io/v1\nkind: Provider\nmetadata:\n  name: provider-aws-rds\nspec:\n  package: xpkg.upbound.io/upbound/provider-aws-rds:v0.47.0\n";
    for (const [file, text] of [["crossplane.yaml", pkg], ["apis/postgres/composition.yaml", composition], ["providers/aws.yaml", provider]]) {
      const document = await detect({ [file!]: text! });
      expect(tool(document.tools, "Crossplane"), file).toMatchObject({ category: "Monitoring", sub_category: "Multi Cloud Management", detection_source: file });
      expect(tool(document.tools, "Crossplane")?.version, file).toBeUndefined();
      expect(tool(document.tools, "Kubernetes"), file).toBeDefined();
    }
  });
});

describe("Packer JSON templates", () => {
  it("reads a legacy template's builders and provisioners (naming Packer by its shape) and HCL's JSON form", async () => {
    const legacy = JSON.stringify({
      variables: { region: "us-east-1" },
      builders: [{ type: "amazon-ebs", region: "{{user `region`}}", instance_type: "t3.small" }, { type: "googlecompute", project_id: "acme" }],
      provisioners: [{ type: "shell", script: "bootstrap.sh" }, { type: "ansible", playbook_file: "site.yml" }],
    }, null, 2);
    const old = await detect({ "packer/base.json": legacy });
    for (const name of ["Packer", "Amazon EC2", "Google Compute Engine", "Ansible"]) expect(tool(old.tools, name), name).toMatchObject({ detection_source: "packer/base.json" });
    const hclJson = JSON.stringify({ source: { docker: { app: { image: "ubuntu:22.04", commit: true } } }, build: [{ sources: ["source.docker.app"], provisioner: [{ "chef-solo": { cookbook_paths: ["cookbooks"] } }] }] });
    const modern = await detect({ "app.pkr.json": hclJson });
    for (const name of ["Packer", "Docker", "Chef"]) expect(tool(modern.tools, name), name).toMatchObject({ detection_source: "app.pkr.json" });
    const other = await detect({ "packer/settings.json": JSON.stringify({ builders: "none", name: "x" }) });
    expect(tool(other.tools, "Packer")).toBeUndefined();
  });
});

describe("The AWS CDK's CLI and construct library", () => {
  it("takes the construct library's release, not the CLI's own line (2.1018.0 beside aws-cdk-lib 2.200.1)", async () => {
    const pkg = JSON.stringify({ name: "x", devDependencies: { "aws-cdk": "2.1018.0" }, dependencies: { "aws-cdk-lib": "^2.200.0", constructs: "^10.0.0" } });
    const lock = JSON.stringify({
      name: "x",
      lockfileVersion: 3,
      packages: {
        "": { name: "x", dependencies: { "aws-cdk-lib": "^2.200.0", constructs: "^10.0.0" }, devDependencies: { "aws-cdk": "2.1018.0" } },
        "node_modules/aws-cdk": { version: "2.1018.0", dev: true },
        "node_modules/aws-cdk-lib": { version: "2.200.1" },
        "node_modules/constructs": { version: "10.4.2" },
      },
    });
    const document = await detect({ "cdk.json": '{"app":"npx ts-node bin/app.ts"}', "package.json": pkg, "package-lock.json": lock });
    expect(tool(document.tools, "AWS Cloud Development Kit")?.version).toBe("2.200.1");
    // The CLI alone still names the CDK.
    const cli = await detect({ "package.json": JSON.stringify({ devDependencies: { "aws-cdk": "2.1018.0" } }) });
    expect(tool(cli.tools, "AWS Cloud Development Kit")).toBeDefined();
  });
});

describe("A Packer template's required_version", () => {
  it("gives Packer the floor it accepts, as Terraform's does, wherever it stands in the packer block", async () => {
    const plugins = 'packer {\n  required_plugins {\n    amazon = {\n      version = ">= 1.2.8"\n      source  = "github.com/hashicorp/amazon"\n    }\n  }\n  required_version = ">= 1.9.0"\n}\n';
    const document = await detect({ "plugins.pkr.hcl": plugins, "web.pkr.hcl": 'source "amazon-ebs" "web" {\n  region = "us-east-1"\n}\n' });
    expect(tool(document.tools, "Packer")).toMatchObject({ version: "1.9.0" });
    // A plugin's constraint is the plugin's, not Packer's.
    const bare = await detect({ "plugins.pkr.hcl": 'packer {\n  required_plugins {\n    amazon = {\n      version = ">= 1.2.8"\n      source  = "github.com/hashicorp/amazon"\n    }\n  }\n}\n' });
    expect(tool(bare.tools, "Packer")?.version).toBeUndefined();
  });
});

describe("Test Kitchen's driver and provisioner", () => {
  it("names the machines a kitchen.yml converges and what converges them, its ERB left alone", async () => {
    const kitchen = [
      "---",
      "driver:",
      "  # the local VMs",
      "  name: vagrant",
      "  customize:",
      "    memory: 2048",
      "",
      "provisioner:",
      "  product_name: chef",
      "  name: chef_zero",
      "  product_version: <%= ENV['CHEF_VERSION'] || '18' %>",
      "",
      "platforms:",
      "  - name: ubuntu-22.04",
      "",
    ].join("\n");
    const document = await detect({ "kitchen.yml": kitchen });
    expect(tool(document.tools, "Vagrant")).toMatchObject({ detection_source: "kitchen.yml" });
    expect(tool(document.tools, "Chef")).toMatchObject({ detection_source: "kitchen.yml" });
    expect(tool(document.tools, "Test Kitchen")).toBeDefined();
    const docker = await detect({ ".kitchen.yml": "driver:\n  name: docker\nprovisioner:\n  name: ansible_playbook\n" });
    expect(tool(docker.tools, "Docker")).toMatchObject({ detection_source: ".kitchen.yml" });
    expect(tool(docker.tools, "Ansible")).toMatchObject({ detection_source: ".kitchen.yml" });
  });
  it("gives the driver and the provisioner each its own name: line, though kitchen-dokken names both alike", async () => {
    const dokken = "---\ndriver:\n  name: dokken\n  chef_version: latest\n\nprovisioner:\n  name: dokken\n\ntransport:\n  name: dokken\n";
    const { findings } = await detectorFindings(configManagementDetector, { "kitchen.yml": dokken });
    expect(compact(findings)).toEqual(["kitchen-driver:dokken@3", "kitchen-provisioner:dokken@7"]);
  });
});

describe("Terragrunt's module cache", () => {
  it("is no source: the copies of modules it downloads into .terragrunt-cache/ are not scanned, as .terraform/ is not", async () => {
    const cached = 'resource "aws_sqs_queue" "q" {\n  name = "q"\n}\n';
    const document = await detect({
      "prod/app/terragrunt.hcl": 'terraform {\n  source = "git::https://github.com/acme/modules.git//app?ref=v1.0.0"\n}\n',
      "prod/app/.terragrunt-cache/Xk2/Ab9/app/main.tf": cached,
    });
    expect(tool(document.tools, "Terraform")).toBeDefined();
    expect(tool(document.tools, "Amazon SQS")).toBeUndefined();
  });

  it("is no source in a stack either: the units `terragrunt stack generate` writes into .terragrunt-stack/ are copies, as .terragrunt-cache/ holds", async () => {
    // The stack takes its units from another repository's catalog; the generated copies name what
    // that catalog's units build, which the scanned repository does not declare.
    const stack = [
      'unit "vpc" {\n  source = "git::git@github.com:acme/infrastructure-catalog.git//units/vpc?ref=v0.3.0"\n  path   = "vpc"\n}',
      'unit "queue" {\n  source = "git::git@github.com:acme/infrastructure-catalog.git//units/sqs?ref=v0.3.0"\n  path   = "queue"\n}\n',
    ].join("\n\n");
    const generated = 'terraform {\n  source = "tfr:///terraform-aws-modules/sqs/aws?version=4.2.0"\n}\n\ninputs = {\n  name = values.name\n}\n';
    const document = await detect({
      "live/prod/terragrunt.stack.hcl": stack,
      "live/prod/.terragrunt-stack/queue/terragrunt.hcl": generated,
      "live/prod/.terragrunt-stack/queue/main.tf": 'resource "aws_sqs_queue" "dlq" {\n  name = "dlq"\n}\n',
    });
    expect(tool(document.tools, "Terraform")).toMatchObject({ detection_source: "live/prod/terragrunt.stack.hcl" });
    expect(tool(document.tools, "Amazon SQS")).toBeUndefined();
    // The same unit written by hand beside the stack file is the project's own.
    const own = await detect({ "live/prod/terragrunt.stack.hcl": stack, "live/prod/queue/terragrunt.hcl": generated });
    expect(tool(own.tools, "Amazon SQS")).toMatchObject({ detection_source: "live/prod/queue/terragrunt.hcl" });
  });
});

describe("Registry modules of one managed database", () => {
  it("name the server their engine input sets, as the resources they wrap do", async () => {
    const main = [
      'module "db" {\n  source  = "terraform-aws-modules/rds/aws"\n  version = "6.5.4"\n  engine         = "postgres"\n  engine_version = "16.2"\n}',
      'module "aurora" {\n  source  = "terraform-aws-modules/rds-aurora/aws"\n  version = "9.3.1"\n  engine  = "aurora-mysql"\n  serverlessv2_scaling_configuration = {\n    min_capacity = 0.5\n  }\n}',
      'module "cache" {\n  source  = "terraform-aws-modules/elasticache/aws"\n  version = "1.2.0"\n  engine  = "memcached"\n}\n',
    ].join("\n");
    const document = await detect({ "main.tf": main, "gcp/sql.tf": 'module "pg" {\n  source  = "terraform-google-modules/sql-db/google//modules/postgresql"\n  version = "20.0.0"\n}\n' });
    for (const name of ["Amazon RDS for PostgreSQL", "PostgreSQL", "Amazon Aurora", "MySQL", "Amazon Aurora Serverless", "Amazon ElastiCache", "Memcached"]) {
      expect(tool(document.tools, name), name).toMatchObject({ detection_source: "main.tf" });
    }
    expect(tool(document.tools, "Google Cloud SQL for PostgreSQL")).toMatchObject({ detection_source: "gcp/sql.tf" });
    // The engine's release is the managed service's.
    expect(tool(document.tools, "PostgreSQL")).toBeDefined();
    expect(tool(document.tools, "PostgreSQL")?.version).toBeUndefined();
  });

  it("read the Cloud SQL module under the registry's GoogleCloudPlatform namespace too, which its README and many configurations write", async () => {
    const sql = 'module "sql-db" {\n  source  = "GoogleCloudPlatform/sql-db/google//modules/mysql"\n  version = "~> 19.0"\n  database_version = "MYSQL_8_0"\n}\n';
    const document = await detect({ "sql.tf": sql });
    for (const name of ["Google Cloud SQL", "MySQL", "Google Cloud Platform", "Terraform"]) {
      expect(tool(document.tools, name), name).toMatchObject({ detection_source: "sql.tf" });
    }
  });
});

describe("Images a Terraform configuration runs", () => {
  it("names the software of a Kubernetes workload's or an ECS task's containers at the tag's release, not a docker_image's", async () => {
    const main = [
      'resource "kubernetes_deployment_v1" "cache" {\n  metadata {\n    name = "cache"\n  }\n  spec {\n    template {\n      spec {\n        container {\n          name  = "redis"\n          image = "redis:7.2.4"\n        }\n      }\n    }\n  }\n}',
      'resource "docker_image" "db" {\n  name = "postgres:16.2"\n}',
      'resource "aws_ecs_task_definition" "web" {\n  family = "web"\n  container_definitions = jsonencode([\n    {\n      name  = "proxy"\n      image = "nginx:1.25.4"\n    }\n  ])\n}',
      'resource "aws_ecs_task_definition" "worker" {\n  family = "worker"\n  container_definitions = <<EOF\n[{ "name": "queue",\n   "image": "rabbitmq:3.13" }]\nEOF\n}',
      'resource "docker_container" "db" {\n  name  = "db"\n  image = docker_image.db.image_id\n}',
      // A VM's boot image is no container image.
      'resource "google_compute_instance" "vm" {\n  boot_disk {\n    initialize_params {\n      image = "debian-cloud/debian-12"\n    }\n  }\n}\n',
    ].join("\n");
    const document = await detect({ "main.tf": main });
    expect(tool(document.tools, "Redis")).toMatchObject({ version: "7.2.4", detection_source: "main.tf" });
    // A docker_image only pulls or builds one (HashiCorp's tutorial pulls nginx:latest).
    expect(tool(document.tools, "PostgreSQL")).toBeUndefined();
    expect(tool(document.tools, "NGINX")).toMatchObject({ version: "1.25.4", detection_source: "main.tf" });
    expect(tool(document.tools, "RabbitMQ")).toMatchObject({ version: "3.13", detection_source: "main.tf" });
    expect(tool(document.tools, "Debian")).toBeUndefined();
  });
});

describe("Where Terraform keeps its state", () => {
  it("names the storage service of a backend block or a Terragrunt remote_state, none of HCP Terraform's", async () => {
    const s3 = 'terraform {\n  backend "s3" {\n    bucket = "acme-state"\n    key    = "prod.tfstate"\n  }\n}\n';
    expect(tool((await detect({ "main.tf": s3 })).tools, "Amazon S3")).toMatchObject({ detection_source: "main.tf" });
    const gcs = 'terraform {\n  backend "gcs" {\n    bucket = "acme-state"\n  }\n}\n';
    expect(tool((await detect({ "main.tf": gcs })).tools, "Google Cloud Storage")).toMatchObject({ detection_source: "main.tf" });
    const azure = 'terraform {\n  backend "azurerm" {\n    storage_account_name = "acmestate"\n    container_name = "tfstate"\n  }\n}\n';
    expect(tool((await detect({ "main.tf": azure })).tools, "Azure Storage")).toMatchObject({ detection_source: "main.tf" });
    const root = 'remote_state {\n  backend = "s3"\n  config = {\n    bucket = "acme-terragrunt-state"\n  }\n}\n';
    expect(tool((await detect({ "terragrunt.hcl": root })).tools, "Amazon S3")).toMatchObject({ detection_source: "terragrunt.hcl" });
    const cloud = 'terraform {\n  cloud {\n    organization = "acme"\n  }\n  backend "remote" {\n    organization = "acme"\n  }\n}\n';
    const hcp = await detect({ "main.tf": cloud });
    expect(hcp.tools.map((t) => t.name).sort()).toEqual(["Terraform", "Terraform Registry"]);
  });

  // Held-out Fenikz31/kubefirst-demo (a kubefirst GitOps repository): its state is kept in the
  // cluster's MinIO through the s3 backend's `endpoints`, which the site names no Amazon S3 from.
  it("names no Amazon S3 from an s3 backend whose endpoint is another S3-compatible store (MinIO, Spaces, R2)", async () => {
    const minio = [
      'provider "vault" {\n  skip_tls_verify = "true"\n}\n',
      'terraform {\n  backend "s3" {\n    bucket   = "kubefirst-state-store"\n    key      = "terraform/vault/terraform.tfstate"',
      '    endpoints = {\n      s3 = "https://minio.k8s.dev.io"\n    }\n',
      '    access_key                  = "k-ray"\n    region                      = "us-k3d-1"\n    skip_credentials_validation = true',
      "    skip_region_validation      = true\n    use_path_style            = true\n  }\n}\n",
    ].join("\n");
    const document = await detect({ "terraform/vault/main.tf": minio });
    expect(tool(document.tools, "Vault")).toBeDefined();
    expect(tool(document.tools, "Amazon S3")).toBeUndefined();
    // Before Terraform 1.6 the setting was `endpoint`; Terragrunt passes it in `config`; the JSON syntax alike.
    const spaces = 'terraform {\n  backend "s3" {\n    endpoint = "https://fra1.digitaloceanspaces.com"\n    bucket   = "acme-state"\n    skip_credentials_validation = true\n  }\n}\n';
    expect(tool((await detect({ "main.tf": spaces })).tools, "Amazon S3")).toBeUndefined();
    const r2 = 'remote_state {\n  backend = "s3"\n  config = {\n    bucket   = "acme-state"\n    endpoint = "https://0123abcd.r2.cloudflarestorage.com"\n  }\n}\n';
    expect(tool((await detect({ "terragrunt.hcl": r2 })).tools, "Amazon S3")).toBeUndefined();
    const json = JSON.stringify({ terraform: { backend: { s3: { bucket: "acme-state", endpoints: { s3: "http://minio:9000" } } } } });
    expect(tool((await detect({ "main.tf.json": json })).tools, "Amazon S3")).toBeUndefined();
    // The JSON syntax may write a block's body as a list of one.
    const listed = JSON.stringify({ terraform: [{ backend: [{ s3: [{ bucket: "acme-state", endpoint: "http://minio:9000" }] }] }] });
    expect(tool((await detect({ "main.tf.json": listed })).tools, "Amazon S3")).toBeUndefined();
    // AWS's own endpoints (a region's, FIPS, a VPC endpoint's) and one written as a variable still name it.
    const aws = 'terraform {\n  backend "s3" {\n    bucket    = "acme-state"\n    endpoints = { s3 = "https://s3-fips.us-east-1.amazonaws.com" }\n  }\n}\n';
    expect(tool((await detect({ "main.tf": aws })).tools, "Amazon S3")).toMatchObject({ detection_source: "main.tf" });
    const variable = 'terraform {\n  backend "s3" {\n    bucket   = "acme-state"\n    endpoint = var.state_endpoint\n  }\n}\n';
    expect(tool((await detect({ "main.tf": variable })).tools, "Amazon S3")).toBeDefined();
  });
});

describe("JSON files other projects name alike", () => {
  it("a root metadata.json or a packer/ JSON that is no Puppet module or Packer template draws no warning, even malformed", async () => {
    const { document, warnings } = await scan(new MemorySource({ "metadata.json": '{\n  // the app\'s own\n  "name": "acme",\n}\n', "packer/vars.json": "{ region: us-east-1 }", "package.json": '{"name":"acme"}' }), { git: false });
    expect(warnings).toEqual([]);
    expect(tool(document.tools, "Puppet Labs")).toBeUndefined();
    expect(tool(document.tools, "Packer")).toBeUndefined();
    // A module's metadata.json and a Packer template under the same names are read.
    const module = JSON.stringify({ name: "acme-web", version: "1.0.0", dependencies: [{ name: "puppetlabs/stdlib" }], requirements: [{ name: "puppet", version_requirement: ">= 7.0.0" }] });
    const template = JSON.stringify({ builders: [{ type: "amazon-ebs", region: "us-east-1" }] });
    const real = await scan(new MemorySource({ "metadata.json": module, "packer/web.json": template, "package.json": '{"name":"acme"}' }), { git: false });
    expect(tool(real.document.tools, "Puppet Labs")).toBeDefined();
    expect(tool(real.document.tools, "Packer")).toBeDefined();
  });
});

// The site names no Kustomize, nor Kubernetes, from a kustomization file: corpus novuhq/novu (its
// Kubernetes cites the Helm chart's Chart.lock), held-out Fenikz31/kubefirst-demo (Argo, from the
// remote base its kustomization installs) and PacktPublishing's 50-Kubernetes-Concepts book (stack
// file of the 24amcoder-sb fork: nothing from Ch6/kustomize). What it installs still speaks.
describe("A kustomization", () => {
  it("names no Kustomize or Kubernetes by its name; its remote bases, charts and images still name theirs", async () => {
    const names = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false, disable: ["languages"] })).document.tools.map((t) => t.name).sort();
    const novu = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n\nresources:\n  - mongodb-volume.yaml\n  - api-deployment.yaml\n\nnamespace: novu\nnameSuffix: -dev\nnamePrefix: novu-\n";
    expect(await names({ "docker/kubernetes/kustomize/kustomization.yaml": novu })).toEqual([]);
    const overlay = "kind: Kustomization\nresources:\n- ../../base/\n\nreplicas:\n- name: nginx-deployment\n  count: 1\n";
    expect(await names({ "Ch6/kustomize/overlays/dev/kustomization.yaml": overlay })).toEqual([]);
    const argocd = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: argocd\nresources:\n  - github.com:argoproj/argo-cd.git//manifests/cluster-install?ref=v2.6.7\n";
    expect(await names({ "registry/kubefirst/components/argocd/kustomization.yaml": argocd })).toEqual(["Argo"]);
  });
});
