import { describe, expect, it } from "vitest";
import { parseCatalogFile } from "../src/catalog/load.js";
import { moduleDatabases } from "../detectors/infra/terraform.js";
import { namedToolVersions } from "./helpers.js";

// A registry module's input left out takes the module's own default: terraform-aws-modules/elasticache
// declares `variable "engine" { default = "redis" }` (its root module and its serverless-cache and
// user-group sub-modules alike), so its README's Redis examples write no engine at all. The rds and
// rds-aurora modules default their engine to null (the provider needs one): no default is assumed.
// kinds.yml's terraform-module-resource writes such a default as `name?=value`: taken only where the
// call does not set the input at all (an expression may pass any engine), unlike `name=value`, a
// setting the module fixes (the Cloud SQL sub-modules' engine) that only a literal input overrules.

const cache = (inputs: string) => `module "elasticache" {
  source  = "terraform-aws-modules/elasticache/aws"
  version = "1.4.1"

  cluster_id               = "orders-cache"
  create_cluster           = true
  create_replication_group = false
${inputs}
  engine_version = "7.1"
  node_type      = "cache.t4g.small"

  maintenance_window = "sun:05:00-sun:09:00"
  apply_immediately  = true

  vpc_id = module.vpc.vpc_id
  security_group_rules = {
    ingress_vpc = {
      description = "VPC traffic"
      cidr_ipv4   = module.vpc.vpc_cidr_block
    }
  }

  subnet_ids = module.vpc.private_subnets

  create_parameter_group = true
  parameter_group_family = "redis7"
  parameters = [
    {
      name  = "latency-tracking"
      value = "yes"
    }
  ]

  tags = {
    Terraform   = "true"
    Environment = "dev"
  }
}
`;

const NAMES = ["Amazon ElastiCache", "Redis", "Memcached"];

describe("a registry module's documented default for an input left out", () => {
  it("names Redis for the elasticache module called without an engine, as its README's Redis examples call it", async () => {
    expect(await namedToolVersions({ "infra/cache.tf": cache("") }, NAMES)).toEqual({ "Amazon ElastiCache": "-", Redis: "-", Memcached: "not named" });
    // Its serverless-cache sub-module defaults to redis too.
    const serverless = 'module "serverless_cache" {\n  source  = "terraform-aws-modules/elasticache/aws//modules/serverless-cache"\n  version = "1.4.1"\n\n  cache_name           = "orders"\n  major_engine_version = "7"\n}\n';
    expect((await namedToolVersions({ "infra/cache.tf": serverless }, NAMES))["Redis"]).toBe("-");
  });

  it("gives way to an engine written at all: a literal one names its own engine, an expression none", async () => {
    expect(await namedToolVersions({ "infra/cache.tf": cache('  engine = "memcached"\n') }, NAMES)).toEqual({ "Amazon ElastiCache": "-", Redis: "not named", Memcached: "-" });
    expect(await namedToolVersions({ "infra/cache.tf": cache("  engine = var.cache_engine\n") }, NAMES)).toEqual({ "Amazon ElastiCache": "-", Redis: "not named", Memcached: "not named" });
    // Valkey is no Redis.
    expect((await namedToolVersions({ "infra/cache.tf": cache('  engine = "valkey"\n') }, NAMES))["Redis"]).toBe("not named");
  });

  it("reads the same default for a module object in Terraform's JSON syntax and a Terragrunt unit", async () => {
    const json = JSON.stringify({ module: { cache: { source: "terraform-aws-modules/elasticache/aws", version: "1.4.1", cluster_id: "orders", node_type: "cache.t4g.small" } } });
    expect((await namedToolVersions({ "main.tf.json": json }, NAMES))["Redis"]).toBe("-");
    expect((await namedToolVersions({ "main.tf.json": JSON.stringify({ module: { cache: { source: "terraform-aws-modules/elasticache/aws", engine: "${var.engine}" } } }) }, NAMES))["Redis"]).toBe("not named");
    const unit = 'terraform {\n  source = "tfr:///terraform-aws-modules/elasticache/aws?version=1.4.1"\n}\n\ninputs = {\n  replication_group_id = "orders"\n  node_type            = "cache.t4g.small"\n}\n';
    expect((await namedToolVersions({ "live/prod/cache/terragrunt.hcl": unit }, NAMES))["Redis"]).toBe("-");
  });

  it("assumes no engine for the rds and rds-aurora modules, whose engine defaults to null", async () => {
    const rds = 'module "db" {\n  source  = "terraform-aws-modules/rds/aws"\n  version = "6.7.0"\n\n  identifier     = "orders"\n  instance_class = "db.t4g.micro"\n}\n';
    const named = await namedToolVersions({ "db.tf": rds, "aurora.tf": rds.replace("rds/aws", "rds-aurora/aws").replace('"db"', '"aurora"') }, ["PostgreSQL", "MySQL", "Amazon RDS", "Amazon Aurora"]);
    expect(named).toEqual({ PostgreSQL: "not named", MySQL: "not named", "Amazon RDS": "-", "Amazon Aurora": "-" });
  });

  it("is written name?=value in the catalog, and read as a default only where the input is not set", () => {
    expect(moduleDatabases("aws_elasticache_cluster engine?=redis", [], () => false)).toEqual(["elasticache-redis"]);
    expect(moduleDatabases("aws_elasticache_cluster engine?=redis", [], (name) => name === "engine")).toEqual([]);
    expect(moduleDatabases("aws_elasticache_cluster engine?=redis", ["engine=memcached"], () => true)).toEqual(["elasticache-memcached"]);
    // A fixed setting (name=value) holds under an expression; only a literal input replaces it.
    expect(moduleDatabases("google_sql_database_instance database_version=POSTGRES_", [], () => true)).toEqual(["cloud-sql-postgresql"]);
    expect(parseCatalogFile("kinds:\n  terraform-module-resource:\n    acme/cache/aws: aws_elasticache_cluster engine?=redis\n").kinds?.["terraform-module-resource"]).toEqual({ "acme/cache/aws": "aws_elasticache_cluster engine?=redis" });
    expect(() => parseCatalogFile("kinds:\n  terraform-module-resource:\n    acme/cache/aws: aws_elasticache_cluster engine??=redis\n")).toThrow("terraform-module-resource");
  });
});
