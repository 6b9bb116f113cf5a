import { describe, expect, it } from "vitest";
import { moduleDatabases, moduleResources, readTerraform, readTerraformJson } from "../detectors/infra/terraform.js";
import { builtinCatalog } from "../src/catalog/load.js";

// Unit cases for detectors/infra/terraform.ts's readers, written against the mutants Stryker left
// alive in it (5 December 2026). The inputs are laid out as `terraform fmt` writes them: its
// alignment of `=` in a run of settings puts two or more spaces before it.

const EMPTY = { providers: [], modules: [], charts: [], resources: [], databases: [], fargate: false, lambdaRuntimes: [], images: [], azureTypes: [], xrayTracing: false, herokuAddons: [], doDatabaseEngines: [] };

describe("a configuration that declares nothing", () => {
  it("gives the empty reading: variables and outputs only, or comments only", () => {
    expect(readTerraform(`variable "region" {\n  type    = string\n  default = "eu-west-1"\n}\n\noutput "region" {\n  value = var.region\n}\n`)).toEqual(EMPTY);
    expect(readTerraform(`# provider "aws" {}\n/* resource "aws_s3_bucket" "site" {} */\n`)).toEqual(EMPTY);
  });
});

describe("X-Ray tracing settings", () => {
  const xray = (text: string) => readTerraform(text).xrayTracing;

  it("reads a Lambda function's active tracing in a block on one line or over two", () => {
    expect(xray(`resource "aws_lambda_function" "api" {\n  function_name = "api"\n  runtime       = "nodejs20.x"\n\n  tracing_config {\n    mode = "Active"\n  }\n}\n`)).toBe(true);
    expect(xray(`resource "aws_lambda_function" "api" {\n  function_name = "api"\n  tracing_config { mode = "Active" }\n}\n`)).toBe(true);
    // Windows line ends.
    expect(xray(`resource "aws_lambda_function" "api" {\r\n  tracing_config {\r\n    mode = "Active"\r\n  }\r\n}\r\n`)).toBe(true);
    // Tabs for indentation and around `=`.
    expect(xray(`resource "aws_lambda_function" "api" {\n\ttracing_config\t{\n\t\tmode\t=\t"Active"\n\t}\n}\n`)).toBe(true);
  });

  it("leaves out PassThrough tracing and a mode written as a variable", () => {
    expect(xray(`resource "aws_lambda_function" "api" {\n  tracing_config {\n    mode = "PassThrough"\n  }\n}\n`)).toBe(false);
    expect(xray(`resource "aws_lambda_function" "api" {\n  tracing_config {\n    mode = var.tracing_mode\n  }\n}\n`)).toBe(false);
  });

  it("reads an API Gateway stage's xray_tracing_enabled aligned among longer settings", () => {
    const stage = `resource "aws_api_gateway_stage" "prod" {\n  deployment_id         = aws_api_gateway_deployment.api.id\n  rest_api_id           = aws_api_gateway_rest_api.api.id\n  stage_name            = "prod"\n  cache_cluster_enabled = false\n  xray_tracing_enabled  = true\n}\n`;
    expect(xray(stage)).toBe(true);
    expect(xray(stage.replace("xray_tracing_enabled  = true", "xray_tracing_enabled  = false"))).toBe(false);
    expect(xray(stage.replace("xray_tracing_enabled  = true", "xray_tracing_enabled  = var.xray"))).toBe(false);
  });

  it("reads a state machine's tracing_configuration, one line or two, and leaves it out when disabled", () => {
    const machine = (inner: string) => `resource "aws_sfn_state_machine" "orders" {\n  name     = "orders"\n  role_arn = aws_iam_role.sfn.arn\n\n  ${inner}\n}\n`;
    expect(xray(machine(`tracing_configuration {\n    enabled = true\n  }`))).toBe(true);
    expect(xray(machine(`tracing_configuration { enabled = true }`))).toBe(true);
    expect(xray(machine(`tracing_configuration\t{\n\t\tenabled\t=\ttrue\n\t}`))).toBe(true);
    expect(xray(machine(`tracing_configuration {\n    enabled = false\n  }`))).toBe(false);
    // Logging, not tracing.
    expect(xray(machine(`logging_configuration {\n    include_execution_data = true\n    level                  = "ALL"\n  }`))).toBe(false);
  });

  it("reads the settings written without spaces (HCL needs none; not every file has been through fmt)", () => {
    expect(xray(`resource "aws_lambda_function" "api" {\n  tracing_config{mode="Active"}\n}\n`)).toBe(true);
    expect(xray(`resource "aws_api_gateway_stage" "prod" {\n  stage_name="prod"\n  xray_tracing_enabled=true\n}\n`)).toBe(true);
    expect(xray(`resource "aws_sfn_state_machine" "orders" {\n  tracing_configuration{enabled=true}\n}\n`)).toBe(true);
    expect(xray(`resource "aws_sfn_state_machine" "orders" {\r\n  tracing_configuration {\r\n    enabled = true\r\n  }\r\n}\r\n`)).toBe(true);
  });

  it("does not read a commented-out tracing block", () => {
    expect(xray(`resource "aws_lambda_function" "api" {\n  # tracing_config {\n  #   mode = "Active"\n  # }\n}\n`)).toBe(false);
  });
});

describe("RDS, Aurora, ElastiCache and Cloud SQL engines", () => {
  // Modules' resources as the built-in catalog's terraform-module-resource gives them, as a scan's context does.
  const dbs = (text: string) => readTerraform(text, moduleResources((table, key) => builtinCatalog().tableValue(table, key))).databases.sort();
  const instance = (engine: string) => `resource "aws_db_instance" "main" {\n  identifier        = "app-db"\n  engine            = "${engine}"\n  engine_version    = "16.3"\n  instance_class    = "db.t4g.micro"\n  allocated_storage = 20\n}\n`;

  it("names an RDS instance's open-source engines, each as its own setting", () => {
    expect(dbs(instance("postgres"))).toEqual(["rds-postgresql"]);
    expect(dbs(instance("mysql"))).toEqual(["rds-mysql"]);
    expect(dbs(instance("mariadb"))).toEqual(["rds-mariadb"]);
    expect(dbs(instance("sqlserver-ex"))).toEqual(["rds-sqlserver"]);
    expect(dbs(instance("oracle-se2"))).toEqual(["rds-oracle"]);
  });

  it("names no setting for an instance whose engine is a variable or unknown", () => {
    expect(dbs(instance("custom-oracle-ee"))).toEqual([]);
    expect(dbs(`resource "aws_db_instance" "main" {\n  engine         = var.engine\n  instance_class = "db.t4g.micro"\n}\n`)).toEqual([]);
    // The engine written out is read.
    expect(dbs(`resource "aws_db_instance" "main" {\n  engine         = "postgres"\n  instance_class = "db.t4g.micro"\n}\n`)).toEqual(["rds-postgresql"]);
  });

  it("reads the engine at a line's start only, not an engine_version or a parameter's value", () => {
    expect(dbs(`resource "aws_db_instance" "main" {\n  engine_version = "8.0"\n  engine         = "mysql"\n}\n`)).toEqual(["rds-mysql"]);
  });

  it("names an Aurora cluster's engine and its serverless mode (engine_mode or v2 scaling)", () => {
    const cluster = (extra: string, engine = "aurora-postgresql") => `resource "aws_rds_cluster" "main" {\n  cluster_identifier = "app"\n  engine             = "${engine}"\n${extra}  master_username    = "app"\n}\n`;
    expect(dbs(cluster(""))).toEqual(["aurora-postgresql"]);
    expect(dbs(cluster("", "aurora-mysql"))).toEqual(["aurora-mysql"]);
    expect(dbs(cluster(`  engine_mode        = "serverless"\n`, "aurora-mysql"))).toEqual(["aurora-mysql", "aurora-serverless"]);
    expect(dbs(cluster(`  engine_mode        = "provisioned"\n`))).toEqual(["aurora-postgresql"]);
    expect(dbs(cluster(`\n  serverlessv2_scaling_configuration {\n    max_capacity = 4.0\n    min_capacity = 0.5\n  }\n`))).toEqual(["aurora-postgresql", "aurora-serverless"]);
    expect(dbs(cluster(`\tserverlessv2_scaling_configuration\t{\n\t\tmax_capacity = 4.0\n\t}\n`))).toEqual(["aurora-postgresql", "aurora-serverless"]);
    // engine_mode is an Aurora cluster's setting: an instance carrying it says nothing of serverless.
    expect(dbs(instance("postgres").replace("}\n", `  engine_mode       = "serverless"\n}\n`))).toEqual(["rds-postgresql"]);
  });

  it("names an ElastiCache cluster's engine, and a replication group's (Redis unless another is written)", () => {
    const cluster = (engine: string) => `resource "aws_elasticache_cluster" "cache" {\n  cluster_id      = "app-cache"\n  engine          = "${engine}"\n  node_type       = "cache.t4g.micro"\n  num_cache_nodes = 1\n}\n`;
    expect(dbs(cluster("memcached"))).toEqual(["elasticache-memcached"]);
    expect(dbs(cluster("redis"))).toEqual(["elasticache-redis"]);
    expect(dbs(cluster("valkey"))).toEqual([]);
    const group = (engine: string) => `resource "aws_elasticache_replication_group" "cache" {\n  replication_group_id = "app"\n  description          = "app cache"\n${engine}  node_type            = "cache.t4g.micro"\n}\n`;
    expect(dbs(group(""))).toEqual(["elasticache-redis"]);
    expect(dbs(group(`  engine               = "redis"\n`))).toEqual(["elasticache-redis"]);
    expect(dbs(group(`  engine               = "valkey"\n`))).toEqual([]);
  });

  it("names a Cloud SQL instance's engine by its database_version, none for SQL Server", () => {
    const sql = (version: string) => `resource "google_sql_database_instance" "main" {\n  name             = "app"\n  database_version = "${version}"\n  region           = "europe-west1"\n\n  settings {\n    tier = "db-f1-micro"\n  }\n}\n`;
    expect(dbs(sql("POSTGRES_15"))).toEqual(["cloud-sql-postgresql"]);
    expect(dbs(sql("MYSQL_8_0"))).toEqual(["cloud-sql-mysql"]);
    expect(dbs(sql("SQLSERVER_2019_STANDARD"))).toEqual([]);
  });

  it("reads the settings written without spaces, and a Cloud SQL version aligned among longer settings", () => {
    expect(dbs(`resource "aws_db_instance" "main"{\n  engine="postgres"\n}\n`)).toEqual(["rds-postgresql"]);
    expect(dbs(`resource "aws_rds_cluster" "main"{\n  engine="aurora-mysql"\n  engine_mode="serverless"\n}\n`)).toEqual(["aurora-mysql", "aurora-serverless"]);
    expect(dbs(`resource "aws_rds_cluster" "main" {\n  engine = "aurora-postgresql"\n  serverlessv2_scaling_configuration{\n    max_capacity = 2\n  }\n}\n`)).toEqual(["aurora-postgresql", "aurora-serverless"]);
    const sql = (version: string) => `resource "google_sql_database_instance" "main" {\n  name                = "app"\n  database_version    = "${version}"\n  deletion_protection = false\n}\n`;
    expect(dbs(sql("POSTGRES_16"))).toEqual(["cloud-sql-postgresql"]);
    expect(dbs(sql("MYSQL_8_0"))).toEqual(["cloud-sql-mysql"]);
    expect(dbs(`resource "google_sql_database_instance" "main" {\n  database_version="POSTGRES_16"\n}\nresource "google_sql_database_instance" "legacy" {\n  database_version="MYSQL_5_7"\n}\n`)).toEqual(["cloud-sql-mysql", "cloud-sql-postgresql"]);
  });

  it("reads no engine for a cluster whose engine is a variable", () => {
    expect(dbs(`resource "aws_rds_cluster" "main" {\n  cluster_identifier = "app"\n  engine             = var.engine\n}\n`)).toEqual([]);
    expect(dbs(`resource "aws_rds_cluster" "main" {\n  cluster_identifier = "app"\n  engine             = "aurora-mysql"\n}\n`)).toEqual(["aurora-mysql"]);
  });

  it("reads no engine for a Cloud SQL instance whose database_version is a variable (stop 51's mutation run)", () => {
    // database_version = var.x has no string value: the reader must not call a method on it.
    expect(dbs(`resource "google_sql_database_instance" "main" {\n  name             = "app"\n  database_version = var.database_version\n  region           = var.region\n}\n`)).toEqual([]);
    expect(dbs(`resource "google_sql_database_instance" "main" {\n  name             = "app"\n  database_version = "POSTGRES_16"\n  region           = var.region\n}\n`)).toEqual(["cloud-sql-postgresql"]);
  });

  it("reads a module's resource as its catalog entry is written, spaces around it included, and none for a type that is no database", () => {
    expect(moduleDatabases(" aws_db_instance engine=postgres ", [], () => false)).toEqual(["rds-postgresql"]);
    expect(moduleDatabases("aws_db_instance engine=postgres", ["engine=mysql"], () => false)).toEqual(["rds-mysql"]);
    expect(moduleDatabases("aws_s3_bucket engine=postgres", [], () => true)).toEqual([]);
    expect(moduleDatabases(undefined, ["engine=postgres"], () => true)).toEqual([]);
  });

  it("reads each resource's own body: engines of several resources in one file, each once", () => {
    const text = `${instance("postgres")}\n${instance("postgres").replace('"main"', '"replica"')}\nresource "aws_elasticache_cluster" "cache" {\n  engine = "memcached"\n}\n`;
    expect(dbs(text)).toEqual(["elasticache-memcached", "rds-postgresql"]);
  });

  // Written against stop 49's mutation survivors (rdsInstanceEngine, rdsClusterEngine, moduleDatabases).
  it("names no setting for RDS Custom's engines: custom-sqlserver-ee is no RDS for SQL Server", () => {
    for (const engine of ["custom-sqlserver-ee", "custom-sqlserver-se", "custom-sqlserver-web", "custom-oracle-ee-cdb"]) expect(dbs(instance(engine)), engine).toEqual([]);
    // RDS's own SQL Server edition is.
    expect(dbs(instance("sqlserver-ee"))).toEqual(["rds-sqlserver"]);
  });

  it("names the databases of the registry's rds, rds-aurora, elasticache and sql-db modules by their inputs", () => {
    const module = (source: string, inputs: string) => `module "db" {\n  source  = "${source}"\n  version = "6.5.2"\n\n${inputs}}\n`;
    expect(dbs(module("terraform-aws-modules/rds/aws", `  identifier     = "orders"\n  engine         = "postgres"\n  engine_version = "16"\n  family         = "postgres16"\n`))).toEqual(["rds-postgresql"]);
    expect(dbs(module("terraform-aws-modules/rds/aws", `  engine         = "sqlserver-ex"\n  engine_version = "15.00"\n`))).toEqual(["rds-sqlserver"]);
    // rds-aurora: an Aurora engine, serverless by engine_mode or v2 scaling; a Multi-AZ DB cluster of postgres.
    const aurora = (inputs: string) => module("terraform-aws-modules/rds-aurora/aws", inputs);
    expect(dbs(aurora(`  name           = "orders"\n  engine         = "aurora-postgresql"\n  engine_version = "14.9"\n  instance_class = "db.r6g.large"\n`))).toEqual(["aurora-postgresql"]);
    expect(dbs(aurora(`  engine         = "aurora-mysql"\n  engine_mode    = "serverless"\n`))).toEqual(["aurora-mysql", "aurora-serverless"]);
    expect(dbs(aurora(`  engine         = "aurora-postgresql"\n  engine_mode    = "provisioned"\n\n  serverlessv2_scaling_configuration = {\n    min_capacity = 0.5\n    max_capacity = 4\n  }\n`))).toEqual(["aurora-postgresql", "aurora-serverless"]);
    expect(dbs(aurora(`  engine                    = "postgres"\n  db_cluster_instance_class = "db.r6gd.large"\n  storage_type              = "io1"\n`))).toEqual(["rds-postgresql"]);
    // A serverless setting at the start of a line only: a comment's text is blanked, a value naming it is no setting.
    expect(dbs(aurora(`  engine         = "aurora-mysql"\n  tags           = { engine_mode = "serverless" }\n`))).toEqual(["aurora-mysql"]);
    const cache = (engine: string) => module("terraform-aws-modules/elasticache/aws", `  cluster_id = "orders"\n  engine     = "${engine}"\n  node_type  = "cache.t4g.small"\n`);
    expect(dbs(cache("redis"))).toEqual(["elasticache-redis"]);
    expect(dbs(cache("memcached"))).toEqual(["elasticache-memcached"]);
    expect(dbs(cache("valkey"))).toEqual([]);
    expect(dbs(module("terraform-aws-modules/elasticache/aws//modules/serverless-cache", `  engine = "redis"\n`))).toEqual(["elasticache-redis"]);
    expect(dbs(module("terraform-google-modules/sql-db/google//modules/postgresql", `  name             = "orders"\n  database_version = "POSTGRES_15"\n`))).toEqual(["cloud-sql-postgresql"]);
    expect(dbs(module("terraform-google-modules/sql-db/google//modules/mysql", `  database_version = "MYSQL_8_0"\n`))).toEqual(["cloud-sql-mysql"]);
    // Inputs written without spaces (HCL needs none; not every file has been through fmt).
    expect(dbs(module("terraform-aws-modules/rds/aws", `  engine="mariadb"\n`))).toEqual(["rds-mariadb"]);
    expect(dbs(module("terraform-aws-modules/rds-aurora/aws", `  engine="aurora-mysql"\n  engine_mode="serverless"\n`))).toEqual(["aurora-mysql", "aurora-serverless"]);
    expect(dbs(module("terraform-aws-modules/rds-aurora/aws", `  engine="aurora-postgresql"\n  serverlessv2_scaling_configuration={\n    max_capacity=2\n  }\n`))).toEqual(["aurora-postgresql", "aurora-serverless"]);
  });

  it("names nothing for a module of the project's own or another registry's, whatever engine its inputs pass", () => {
    const module = (source: string, inputs: string) => `module "db" {\n  source = "${source}"\n${inputs}}\n`;
    expect(dbs(module("./modules/database", `  engine         = "postgres"\n  instance_class = "db.t4g.micro"\n`))).toEqual([]);
    expect(dbs(module("../modules/aurora", `  engine      = "aurora-postgresql"\n  engine_mode = "serverless"\n`))).toEqual([]);
    expect(dbs(module("../modules/cache", `  engine = "redis"\n`))).toEqual([]);
    // (a private registry's modules: Cloud Posse's public ones are keyed, as terraform-aws-modules' are)
    expect(dbs(module("app.terraform.io/acme/rds/aws", `  engine = "mysql"\n`))).toEqual([]);
    expect(dbs(module("app.terraform.io/acme/elasticache-redis/aws", `  engine = "redis"\n`))).toEqual([]);
    expect(dbs(module("cloudposse/rds/aws", `  engine = "mysql"\n`))).toEqual(["rds-mysql"]);
    // The registry's community module with the same inputs does.
    expect(dbs(module("terraform-aws-modules/rds/aws", `  engine         = "postgres"\n  instance_class = "db.t4g.micro"\n`))).toEqual(["rds-postgresql"]);
  });
});

describe("the JSON syntax (main.tf.json, cdk.tf.json)", () => {
  it("gives an empty reading for a document that is no object", () => {
    for (const doc of [null, "terraform {}", [{ terraform: {} }], 3]) {
      expect(readTerraformJson(doc)).toEqual(EMPTY);
    }
  });

  it("reads required providers in both forms; a source without a namespace is HashiCorp's", () => {
    const use = readTerraformJson({
      terraform: {
        required_version: " >= 1.5.0 ",
        required_providers: {
          aws: { source: "aws", version: "~> 5.40" },
          cloudflare: { source: "cloudflare/cloudflare", version: "4.30.0" },
          random: "~> 3.6",
          null: { source: "hashicorp/null" },
        },
      },
    });
    expect(use.requiredVersion).toBe(">= 1.5.0");
    expect(use.providers).toEqual([
      { name: "aws", source: "hashicorp/aws", version: "~> 5.40" },
      { name: "cloudflare", source: "cloudflare/cloudflare", version: "4.30.0" },
      { name: "random", version: "~> 3.6" },
      { name: "null", source: "hashicorp/null" },
    ]);
  });

  it("says nothing of a value written as an expression or left blank", () => {
    const use = readTerraformJson({
      terraform: { required_version: "${var.tf_version}", required_providers: { aws: { source: "  ", version: "${var.aws_version}" } } },
      module: { vpc: { source: "${var.vpc_source}", version: "5.8.1" } },
    });
    expect(use.requiredVersion).toBeUndefined();
    expect(use.providers).toEqual([{ name: "aws" }]);
    expect(use.modules).toEqual([]);
  });

  it("reads every block of a list, the first required version and backend, each provider once", () => {
    const use = readTerraformJson({
      terraform: [
        { required_providers: [{ aws: { source: "hashicorp/aws", version: "5.40.0" } }] },
        { required_version: "1.7.5", backend: [{ s3: { bucket: "acme-state", key: "app.tfstate" } }] },
        { required_version: "1.6.0", backend: { gcs: { bucket: "acme" } }, required_providers: { aws: { version: "4.0.0" }, google: { source: "hashicorp/google" } } },
      ],
      provider: [{ aws: { region: "eu-west-1" } }, { aws: [{ alias: "us", region: "us-east-1" }], kubernetes: {} }, { "bad name": {} }],
    });
    expect(use.requiredVersion).toBe("1.7.5");
    expect(use.backend).toBe("s3");
    expect(use.providers).toEqual([
      { name: "aws", source: "hashicorp/aws", version: "5.40.0" },
      { name: "google", source: "hashicorp/google" },
      { name: "kubernetes" },
    ]);
  });

  it("keeps an s3 backend whose endpoint is AWS's and drops one sent to another store", () => {
    const backend = (s3: Record<string, unknown>) => readTerraformJson({ terraform: { backend: { s3: { bucket: "acme-state", ...s3 } } } }).backend;
    expect(backend({ endpoints: { s3: "https://s3.eu-west-1.amazonaws.com" } })).toBe("s3");
    expect(backend({ endpoints: { s3: "https://minio.internal:9000" } })).toBeUndefined();
    expect(backend({ endpoint: "https://nyc3.digitaloceanspaces.com" })).toBeUndefined();
    expect(backend({ endpoint: "${var.endpoint}" })).toBe("s3");
    expect(backend({ endpoints: "https://minio.internal:9000" })).toBe("s3");
    // Another backend's endpoint setting is its own affair.
    expect(readTerraformJson({ terraform: { backend: { http: { address: "https://state.example.com/app" } } } }).backend).toBe("http");
  });

  it("reads resource types and module sources, a module given as a list of blocks", () => {
    const use = readTerraformJson({
      resource: [
        { aws_s3_bucket: { site: { bucket: "acme-site" } } },
        { aws_s3_bucket: { logs: { bucket: "acme-logs" } }, aws_cloudfront_distribution: { site: {} }, "not a type": {} },
      ],
      module: [
        { vpc: { source: "terraform-aws-modules/vpc/aws", version: "5.8.1" } },
        { eks: [{ source: "terraform-aws-modules/eks/aws" }, { source: "terraform-aws-modules/eks/aws", version: " 20.8.4 " }] },
      ],
    });
    expect(use.resources).toEqual(["aws_s3_bucket", "aws_cloudfront_distribution"]);
    expect(use.modules).toEqual([
      { name: "vpc", source: "terraform-aws-modules/vpc/aws", version: "5.8.1" },
      { name: "eks", source: "terraform-aws-modules/eks/aws" },
      { name: "eks", source: "terraform-aws-modules/eks/aws", version: "20.8.4" },
    ]);
  });
});

describe("OpenSearch Service domains", () => {
  const dbs = (text: string) => readTerraform(text).databases;
  const domain = (type: string, setting: string) => `resource "${type}" "search" {\n  domain_name     = "search"\n${setting}  access_policies = data.aws_iam_policy_document.search.json\n\n  cluster_config {\n    instance_type = "t3.small.search"\n  }\n}\n`;

  it("reads an aws_opensearch_domain's engine_version, aligned, in the body's middle", () => {
    expect(dbs(domain("aws_opensearch_domain", `  engine_version  = "Elasticsearch_7.10"\n`))).toEqual(["opensearch-domain-elasticsearch"]);
    expect(dbs(domain("aws_opensearch_domain", `  engine_version  = "OpenSearch_2.13"\n`))).toEqual(["opensearch-domain-opensearch"]);
    expect(dbs(domain("aws_opensearch_domain", ""))).toEqual(["opensearch-domain-opensearch"]);
    expect(dbs(`resource "aws_opensearch_domain" "search"{\n  engine_version="Elasticsearch_7.10"\n}\n`)).toEqual(["opensearch-domain-elasticsearch"]);
  });

  it("reads the older aws_elasticsearch_domain's elasticsearch_version, not an engine_version", () => {
    expect(dbs(domain("aws_elasticsearch_domain", ""))).toEqual(["opensearch-domain-elasticsearch"]);
    expect(dbs(domain("aws_elasticsearch_domain", `  elasticsearch_version = "OpenSearch_1.3"\n`))).toEqual(["opensearch-domain-opensearch"]);
    expect(dbs(domain("aws_elasticsearch_domain", `  elasticsearch_version = "7.10"\n`))).toEqual(["opensearch-domain-elasticsearch"]);
  });

  it("names neither engine for a version written as an expression", () => {
    expect(dbs(domain("aws_opensearch_domain", `  engine_version  = var.legacy ? "Elasticsearch_7.10" : "OpenSearch_2.13"\n`))).toEqual([]);
    expect(dbs(domain("aws_opensearch_domain", `  engine_version  = "OpenSearch_\${var.major}"\n`))).toEqual([]);
    expect(dbs(domain("aws_elasticsearch_domain", `  elasticsearch_version = var.es_version\n`))).toEqual([]);
    // Written as a string, the version names its engine.
    expect(dbs(domain("aws_opensearch_domain", `  engine_version  = "OpenSearch_2.13"\n`))).toEqual(["opensearch-domain-opensearch"]);
  });
});

describe("azapi resources", () => {
  const types = (text: string) => readTerraform(text).azureTypes.sort();

  it("reads the type after an identity block's own `type`, a child type's full path, one written without spaces", () => {
    const text = `resource "azapi_resource" "vault" {
  identity {
    type = "SystemAssigned"
  }
  type      = "Microsoft.KeyVault/vaults@2023-07-01"
  name      = "acme-kv"
  parent_id = var.resource_group_id
}

resource "azapi_resource" "blobs" {
  type      = "Microsoft.Storage/storageAccounts/blobServices@2023-01-01"
  parent_id = azapi_resource.storage.id
}

resource "azapi_resource" "env"{
  type="Microsoft.App/managedEnvironments@2024-03-01"
}
`;
    expect(types(text)).toEqual(["microsoft.app/managedenvironments", "microsoft.keyvault/vaults", "microsoft.storage/storageaccounts/blobservices"]);
  });

  it("reads nothing of a type written as a variable, or of azapi_update_resource", () => {
    expect(types(`resource "azapi_resource" "app" {\n  type = var.resource_type\n}\nresource "azapi_update_resource" "tls" {\n  type = "Microsoft.Web/sites@2023-12-01"\n}\n`)).toEqual([]);
    // An azapi_resource of that type written out is read.
    expect(types(`resource "azapi_resource" "app" {\n  type = "Microsoft.Web/sites@2023-12-01"\n}\n`)).toEqual(["microsoft.web/sites"]);
  });

  it("reads a site's kind from a JSON heredoc body, and a Logic Apps workflow app's", () => {
    const site = (body: string) => `resource "azapi_resource" "site" {\n  type = "Microsoft.Web/sites@2023-12-01"\n  body = ${body}\n}\n`;
    expect(types(site(`<<JSON\n{\n  "kind": "functionapp,linux",\n  "properties": {}\n}\nJSON`))).toEqual(["microsoft.web/sites:functionapp"]);
    expect(types(site(`jsonencode({ kind = "functionapp,workflowapp" })`))).toEqual(["microsoft.web/sites:workflowapp"]);
    expect(types(site(`jsonencode({ kind = "app,linux" })`))).toEqual(["microsoft.web/sites"]);
    expect(types(site(`jsonencode({ kind="functionapp" })`))).toEqual(["microsoft.web/sites:functionapp"]);
  });
});
