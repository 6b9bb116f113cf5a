import { describe, expect, it } from "vitest";
import { namedToolVersions } from "./helpers.js";

// An RDS DB cluster runs Aurora only with an Aurora engine: with `postgres` or `mysql` it is a
// Multi-AZ DB cluster of RDS for PostgreSQL or MySQL (a writer and two readable standbys on the
// instances' own storage, `db_cluster_instance_class` and `allocated_storage` set), which only
// those two engines support. Inputs laid out as the RDS user guide's and terraform-aws-modules'
// multi-az example write them.

const NAMES = ["PostgreSQL", "MySQL", "Amazon RDS for PostgreSQL", "Amazon RDS", "Amazon Aurora"];

describe("a Multi-AZ DB cluster names its engine on Amazon RDS, not Aurora", () => {
  it("Terraform's aws_rds_cluster with engine postgres or mysql", async () => {
    const cluster = (engine: string) => `resource "aws_rds_cluster" "db" {
  cluster_identifier        = "orders"
  engine                    = "${engine}"
  db_cluster_instance_class = "db.r6gd.large"
  storage_type              = "io1"
  allocated_storage         = 100
  iops                      = 1000
  master_username           = "app"
  manage_master_user_password = true
}
`;
    expect(await namedToolVersions({ "infra/rds.tf": cluster("postgres") }, NAMES)).toEqual({
      PostgreSQL: "-", MySQL: "not named", "Amazon RDS for PostgreSQL": "-", "Amazon RDS": "-", "Amazon Aurora": "not named",
    });
    expect(await namedToolVersions({ "infra/rds.tf": cluster("mysql") }, NAMES)).toEqual({
      PostgreSQL: "not named", MySQL: "-", "Amazon RDS for PostgreSQL": "not named", "Amazon RDS": "-", "Amazon Aurora": "not named",
    });
  });

  it("terraform-aws-modules/rds-aurora in its Multi-AZ mode: the engine input overrules the source's Aurora", async () => {
    const tf = (engine: string) => `module "db" {
  source  = "terraform-aws-modules/rds-aurora/aws"
  version = "9.10.0"

  name                   = "orders"
  engine                 = "${engine}"
  engine_version         = "16.4"
  db_cluster_instance_class = "db.c6gd.large"
  allocated_storage      = 256
  iops                   = 2500
  storage_type           = "io1"
}
`;
    const names = [...NAMES, "Terraform"];
    expect(await namedToolVersions({ "main.tf": tf("postgres") }, names)).toEqual({
      PostgreSQL: "-", MySQL: "not named", "Amazon RDS for PostgreSQL": "-", "Amazon RDS": "-", "Amazon Aurora": "not named", Terraform: "-",
    });
    expect(await namedToolVersions({ "main.tf": tf("mysql") }, names)).toEqual({
      PostgreSQL: "not named", MySQL: "-", "Amazon RDS for PostgreSQL": "not named", "Amazon RDS": "-", "Amazon Aurora": "not named", Terraform: "-",
    });
    // Terraform's JSON syntax writes the same module as an object.
    const json = JSON.stringify({ module: { db: { source: "terraform-aws-modules/rds-aurora/aws", version: "9.10.0", engine: "postgres", db_cluster_instance_class: "db.c6gd.large" } } });
    expect(await namedToolVersions({ "main.tf.json": json }, ["Amazon RDS", "Amazon Aurora", "Terraform"])).toEqual({ "Amazon RDS": "-", "Amazon Aurora": "not named", Terraform: "-" });
  });

  it("the rds-aurora module stays Aurora with an Aurora engine, with none written, or with one set by a variable", async () => {
    const tf = (engine: string | undefined) => `module "db" {\n  source  = "terraform-aws-modules/rds-aurora/aws"\n  version = "9.10.0"\n${engine ? `  engine  = ${engine}\n` : ""}}\n`;
    for (const engine of ['"aurora-postgresql"', '"aurora-mysql"', undefined, "var.engine"]) {
      expect(await namedToolVersions({ "main.tf": tf(engine) }, ["Amazon Aurora", "Amazon RDS", "Terraform"]), engine).toEqual({ "Amazon Aurora": "-", "Amazon RDS": "not named", Terraform: "-" });
    }
    // Another module's `engine` input is its own: the rds module's is read as an instance's, never this key.
    const rds = `module "db" {\n  source  = "terraform-aws-modules/rds/aws"\n  engine  = "postgres"\n}\n`;
    expect(await namedToolVersions({ "main.tf": rds }, ["Amazon RDS", "Amazon RDS for PostgreSQL", "Amazon Aurora"])).toEqual({ "Amazon RDS": "-", "Amazon RDS for PostgreSQL": "-", "Amazon Aurora": "not named" });
  });

  it("CloudFormation's AWS::RDS::DBCluster with Engine postgres or mysql", async () => {
    const template = (engine: string) => `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Orders:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: ${engine}
      DBClusterInstanceClass: db.r6gd.large
      AllocatedStorage: 100
      Iops: 1000
      StorageType: io1
      MasterUsername: app
      ManageMasterUserPassword: true
`;
    expect(await namedToolVersions({ "template.yaml": template("postgres") }, NAMES)).toMatchObject({ PostgreSQL: "-", "Amazon RDS for PostgreSQL": "-", "Amazon Aurora": "not named" });
    expect(await namedToolVersions({ "template.yaml": template("mysql") }, NAMES)).toMatchObject({ MySQL: "-", "Amazon RDS": "-", "Amazon Aurora": "not named" });
  });

  it("an Aurora engine stays Aurora, and an engine the cluster cannot run names nothing", async () => {
    const tf = (engine: string) => `resource "aws_rds_cluster" "db" {\n  engine = "${engine}"\n}\n`;
    expect(await namedToolVersions({ "db.tf": tf("aurora-postgresql") }, NAMES)).toMatchObject({ PostgreSQL: "-", "Amazon Aurora": "-", "Amazon RDS for PostgreSQL": "not named" });
    // MariaDB runs on RDS instances only, never in a DB cluster (the resource type alone names RDS).
    expect(await namedToolVersions({ "db.tf": tf("mariadb") }, ["MariaDB", "Amazon RDS"])).toEqual({ MariaDB: "not named", "Amazon RDS": "-" });
  });
});
