import { describe, expect, it } from "vitest";
import { namedToolVersions } from "./helpers.js";

// A Terragrunt unit's `terraform { source = ... }` with its `inputs = { ... }` is the same module call
// as a .tf file's module block (Terragrunt passes each input to the module as a variable): its
// literal inputs key terraform-module-input and name the module's databases as the catalog's
// terraform-module-resource reads them. Laid out as live units deploying terraform-aws-modules/rds
// write them (an include of the root, locals read from env.hcl, a dependency, the inputs map).

const unit = (source: string, engine: string) => `include "root" {
  path = find_in_parent_folders("root.hcl")
}

locals {
  env_vars    = read_terragrunt_config(find_in_parent_folders("env.hcl"))
  environment = local.env_vars.locals.environment
}

terraform {
  source = "${source}"
}

dependency "vpc" {
  config_path = "../vpc"
  mock_outputs = {
    database_subnet_group_name = "mock-subnet-group"
  }
}

inputs = {
  identifier = "\${local.environment}-orders"

  # Engine configuration
  engine               = ${engine}
  engine_version       = "16"
  family               = "postgres16"
  major_engine_version = "16"
  instance_class       = "db.t4g.micro"

  allocated_storage      = 20
  db_subnet_group_name   = dependency.vpc.outputs.database_subnet_group_name
  manage_master_user_password = true
  tags = {
    Environment = local.environment
  }
}
`;

const NAMES = ["Amazon RDS for PostgreSQL", "PostgreSQL", "Amazon RDS", "Amazon Aurora", "MySQL"];

describe("a Terragrunt unit's inputs", () => {
  it("name the database of the registry module its source deploys, as a module block's do", async () => {
    const named = await namedToolVersions({ "live/prod/rds/terragrunt.hcl": unit("tfr:///terraform-aws-modules/rds/aws?version=6.7.0", '"postgres"') }, NAMES);
    expect(named).toEqual({ "Amazon RDS for PostgreSQL": "-", PostgreSQL: "-", "Amazon RDS": "-", "Amazon Aurora": "not named", MySQL: "not named" });
    // The module fetched from its GitHub repository is the registry's module too.
    const git = await namedToolVersions({ "live/prod/rds/terragrunt.hcl": unit("git::https://github.com/terraform-aws-modules/terraform-aws-rds.git//?ref=v6.7.0", '"mysql"') }, NAMES);
    expect([git["MySQL"], git["PostgreSQL"]]).toEqual(["-", "not named"]);
  });

  it("key terraform-module-input: rds-aurora with engine postgres is an RDS Multi-AZ DB cluster, not Aurora", async () => {
    const named = await namedToolVersions({ "live/prod/db/terragrunt.hcl": unit("tfr:///terraform-aws-modules/rds-aurora/aws?version=9.10.0", '"postgres"') }, NAMES);
    expect(named).toEqual({ "Amazon RDS for PostgreSQL": "-", PostgreSQL: "-", "Amazon RDS": "-", "Amazon Aurora": "not named", MySQL: "not named" });
  });

  it("say nothing where the engine is an expression, or the inputs are no map written out", async () => {
    const local = await namedToolVersions({ "live/prod/rds/terragrunt.hcl": unit("tfr:///terraform-aws-modules/rds/aws?version=6.7.0", "local.env_vars.locals.engine") }, NAMES);
    expect([local["PostgreSQL"], local["Amazon RDS"]]).toEqual(["not named", "-"]);
    const merged = unit("tfr:///terraform-aws-modules/rds/aws?version=6.7.0", '"postgres"').replace("inputs = {", "inputs = merge(local.env_vars.inputs, {").replace(/\}\n$/, "})\n");
    expect((await namedToolVersions({ "live/prod/rds/terragrunt.hcl": merged }, NAMES))["PostgreSQL"]).toBe("not named");
  });
});
