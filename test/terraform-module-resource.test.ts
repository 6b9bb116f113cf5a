import { describe, expect, it } from "vitest";
import { parseCatalogFile } from "../src/catalog/load.js";
import { namedToolVersions } from "./helpers.js";

// Registry modules that create one managed database resource from inputs named as its settings are
// catalog data (kinds.yml's terraform-module-resource), not code: a repository's techstack.catalog.yml
// adds its own organisation's module the way the built-in table keys terraform-aws-modules/rds. The
// module call is laid out as terraform-aws-modules/rds's examples write one.

const call = (source: string, inputs: string) => `module "orders_db" {
  source  = "${source}"
  version = "2.3.0"

  identifier        = "orders"
  ${inputs}
  instance_class    = "db.t4g.large"
  allocated_storage = 50
}
`;

const NAMES = ["Amazon RDS for PostgreSQL", "PostgreSQL", "Amazon ElastiCache", "Redis", "Google Cloud SQL for PostgreSQL"];

describe("a catalog file's terraform-module-resource", () => {
  const catalog = `kinds:
  terraform-module-resource:
    acme/postgres/aws: aws_db_instance
    acme/cache/aws: aws_elasticache_replication_group
    acme/cloudsql/google: google_sql_database_instance database_version=POSTGRES_
`;

  it("reads a module of its own as the resource it creates: its engine input names the database", async () => {
    const named = await namedToolVersions({ "techstack.catalog.yml": catalog, "infra/db.tf": call("acme/postgres/aws", 'engine            = "postgres"') }, NAMES);
    expect(named).toEqual({ "Amazon RDS for PostgreSQL": "-", PostgreSQL: "-", "Amazon ElastiCache": "not named", Redis: "not named", "Google Cloud SQL for PostgreSQL": "not named" });
    // A sub-module of a keyed module (after `//`) is the module's; a module the table does not key names nothing.
    expect((await namedToolVersions({ "techstack.catalog.yml": catalog, "infra/db.tf": call("acme/postgres/aws//modules/instance", 'engine = "postgres"') }, NAMES))["PostgreSQL"]).toBe("-");
    expect((await namedToolVersions({ "techstack.catalog.yml": catalog, "infra/db.tf": call("acme/postgresql/aws", 'engine = "postgres"') }, NAMES))["PostgreSQL"]).toBe("not named");
  });

  it("takes a resource's default (a replication group's Redis) and the settings the value writes after the type", async () => {
    const cache = await namedToolVersions({ "techstack.catalog.yml": catalog, "infra/cache.tf": call("acme/cache/aws", 'node_type = "cache.t4g.small"') }, NAMES);
    expect([cache["Amazon ElastiCache"], cache["Redis"]]).toEqual(["-", "-"]);
    // The module's own literal input of that name replaces a setting the value writes.
    const sql = (inputs: string) => namedToolVersions({ "techstack.catalog.yml": catalog, "infra/sql.tf": call("acme/cloudsql/google", inputs) }, NAMES);
    expect((await sql('tier = "db-custom-2-7680"'))["Google Cloud SQL for PostgreSQL"]).toBe("-");
    expect((await sql('database_version = "MYSQL_8_0"'))["Google Cloud SQL for PostgreSQL"]).toBe("not named");
  });

  it("is checked when the file is read: a mapping of module addresses to a resource type and name=value settings", () => {
    expect(parseCatalogFile(catalog).kinds?.["terraform-module-resource"]).toEqual({ "acme/postgres/aws": "aws_db_instance", "acme/cache/aws": "aws_elasticache_replication_group", "acme/cloudsql/google": "google_sql_database_instance database_version=POSTGRES_" });
    expect(() => parseCatalogFile("kinds:\n  terraform-module-resource:\n    - acme/postgres/aws\n")).toThrow("terraform-module-resource");
    expect(() => parseCatalogFile("kinds:\n  terraform-module-resource:\n    acme/postgres/aws: [aws_db_instance]\n")).toThrow("terraform-module-resource");
    expect(() => parseCatalogFile("kinds:\n  terraform-module-resource:\n    acme/postgres/aws: aws_db_instance engine\n")).toThrow("terraform-module-resource");
    // Another table, a custom detector's (DetectContext.tableValue), is kept as written.
    expect(parseCatalogFile("kinds:\n  acme-queue-broker:\n    acme/orders: rabbitmq\n").kinds?.["acme-queue-broker"]).toEqual({ "acme/orders": "rabbitmq" });
  });
});

describe("the built-in terraform-module-resource", () => {
  it("names only resource types whose settings the engine rules read, for modules the catalog keys", async () => {
    const { builtinSource, builtinCatalog } = await import("../src/catalog/load.js");
    const { DATABASE_RESOURCES } = await import("../detectors/infra/terraform.js");
    const table = builtinSource().kinds?.["terraform-module-resource"] ?? {};
    expect(Object.keys(table).length).toBeGreaterThan(3);
    for (const [address, resource] of Object.entries(table)) {
      expect(DATABASE_RESOURCES, address).toContain(resource.split(" ")[0]);
      expect(builtinCatalog().ids("terraform-module", address).length, address).toBeGreaterThan(0);
    }
  });
});

describe("a module in Terraform's JSON syntax", () => {
  // CDK for Terraform writes a registry module call as an object (cdk.tf.json): its literal engine
  // input names the database as an HCL module block's does.
  it("names the database its engine input says, by the same catalog entry", async () => {
    const doc = (engine: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({
      "//": { metadata: { backend: "local", stackName: "orders", version: "0.20.0" } },
      module: { orders_db: { "//": { metadata: { path: "orders/orders_db", uniqueId: "orders_db" } }, source: "terraform-aws-modules/rds-aurora/aws", version: "9.10.0", engine, engine_version: "16.4", ...extra } },
    });
    const names = ["Amazon Aurora", "PostgreSQL", "Amazon Aurora Serverless"];
    expect(await namedToolVersions({ "cdktf.out/stacks/orders/cdk.tf.json": doc("aurora-postgresql") }, names)).toEqual({ "Amazon Aurora": "-", PostgreSQL: "-", "Amazon Aurora Serverless": "not named" });
    expect((await namedToolVersions({ "main.tf.json": doc("aurora-postgresql", { serverlessv2_scaling_configuration: { min_capacity: 0.5, max_capacity: 4 } }) }, names))["Amazon Aurora Serverless"]).toBe("-");
    expect((await namedToolVersions({ "main.tf.json": doc("${var.engine}") }, names))["PostgreSQL"]).toBe("not named");
  });
});
