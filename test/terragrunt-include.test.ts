import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { readTerragruntConfig, terragruntIncludePath } from "../detectors/infra/terragrunt.js";
import { namedToolVersions, tool } from "./helpers.js";
import { expectFinishesWithin } from "./work-budget.js";

// Terragrunt's `include` blocks merge a parent configuration into the unit: its `terraform { source }`
// where the unit writes none, its `inputs` under the unit's own (the unit's keys win, a shallow merge
// by default), its `remote_state`. Laid out as gruntwork-io's terragrunt-infrastructure-live-example
// lays out a live repository: a root.hcl (remote state, provider generation, inputs merged from
// account/region files), an _envcommon/<component>.hcl holding the module's source and common
// inputs, and per-environment units that include both.

const ROOT = `locals {
  account_vars = read_terragrunt_config(find_in_parent_folders("account.hcl"))
  region_vars  = read_terragrunt_config(find_in_parent_folders("region.hcl"))
  account_name = local.account_vars.locals.account_name
  aws_region   = local.region_vars.locals.aws_region
}

generate "provider" {
  path      = "provider.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<EOF
provider "aws" {
  region = "\${local.aws_region}"
}
EOF
}

remote_state {
  backend = "s3"
  config = {
    encrypt        = true
    bucket         = "acme-tf-state-\${local.account_name}-\${local.aws_region}"
    key            = "\${path_relative_to_include()}/tf.tfstate"
    region         = local.aws_region
    dynamodb_table = "tf-locks"
  }
  generate = {
    path      = "backend.tf"
    if_exists = "overwrite_terragrunt"
  }
}

inputs = merge(
  local.account_vars.locals,
  local.region_vars.locals,
)
`;

const ENVCOMMON = (engine: string) => `locals {
  environment_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))
  env              = local.environment_vars.locals.environment
}

terraform {
  source = "tfr:///terraform-aws-modules/rds/aws?version=6.7.0"
}

inputs = {
  identifier           = "orders-\${local.env}"
  engine               = ${engine}
  engine_version       = "16"
  family               = "postgres16"
  major_engine_version = "16"
  allocated_storage    = 20
}
`;

const UNIT = (inputs: string, extra = "") => `include "root" {
  path = find_in_parent_folders("root.hcl")
}

include "envcommon" {
  path   = "\${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/rds.hcl"
  expose = true
${extra}}

inputs = {
  instance_class = "db.t4g.large"
${inputs}}
`;

const NAMES = ["Amazon RDS for PostgreSQL", "PostgreSQL", "MySQL", "Amazon RDS", "Amazon S3"];
const UNIT_PATH = "live/prod/us-east-1/prod/rds/terragrunt.hcl";

const live = (unit: string, engine = '"postgres"') => ({
  "live/root.hcl": ROOT,
  "live/_envcommon/rds.hcl": ENVCOMMON(engine),
  "live/prod/account.hcl": 'locals {\n  account_name = "prod"\n}\n',
  "live/prod/us-east-1/region.hcl": 'locals {\n  aws_region = "us-east-1"\n}\n',
  "live/prod/us-east-1/prod/env.hcl": 'locals {\n  environment = "prod"\n}\n',
  [UNIT_PATH]: unit,
});

const detect = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false })).document;

describe("a Terragrunt unit's includes", () => {
  it("take the module and its engine from the included _envcommon file, and the state's service from root.hcl", async () => {
    const document = await detect(live(UNIT("")));
    const named = Object.fromEntries(NAMES.map((n) => [n, tool(document.tools, n)?.detection_source ?? "not named"]));
    expect(named).toEqual({ "Amazon RDS for PostgreSQL": UNIT_PATH, PostgreSQL: UNIT_PATH, MySQL: "not named", "Amazon RDS": UNIT_PATH, "Amazon S3": "live/root.hcl" });
  });

  it("merge the unit's inputs over the parent's: its own engine wins, an expression of its own says none", async () => {
    expect(await namedToolVersions(live(UNIT('  engine         = "mysql"\n')), NAMES)).toMatchObject({ MySQL: "-", PostgreSQL: "not named", "Amazon RDS": "-" });
    expect(await namedToolVersions(live(UNIT("  engine         = local.engine\n")), NAMES)).toMatchObject({ MySQL: "not named", PostgreSQL: "not named", "Amazon RDS": "-" });
    // The parent's engine an expression, the unit's written out: the unit's.
    expect(await namedToolVersions(live(UNIT('  engine         = "postgres"\n'), "local.engine"), NAMES)).toMatchObject({ PostgreSQL: "-" });
    // The unit's inputs no map written out (merge(...)): nothing of the parent's is known to reach the module.
    const merged = UNIT("").replace("inputs = {", "inputs = merge(include.envcommon.inputs, {").replace(/\}\n$/, "})\n");
    expect(await namedToolVersions(live(merged), NAMES)).toMatchObject({ PostgreSQL: "not named", "Amazon RDS": "-" });
  });

  it("merge nothing from an include whose merge_strategy is no_merge (read only through expose)", async () => {
    const named = await namedToolVersions(live(UNIT("", '  merge_strategy = "no_merge"\n')), NAMES);
    expect(named).toMatchObject({ PostgreSQL: "not named", "Amazon RDS": "not named" });
  });

  it("read an older root terragrunt.hcl found by a bare find_in_parent_folders(), above the unit's own folder", async () => {
    const root = 'remote_state {\n  backend = "s3"\n  config = {\n    bucket = "acme-state"\n  }\n}\n\ninputs = {\n  engine = "postgres"\n}\n';
    const unit = (path: string) => `include {\n  path = ${path}\n}\n\nterraform {\n  source = "tfr:///terraform-aws-modules/rds/aws?version=6.7.0"\n}\n`;
    for (const path of ["find_in_parent_folders()", '"${find_in_parent_folders()}"', '"../../terragrunt.hcl"', '"${get_terragrunt_dir()}/../../terragrunt.hcl"', '"${get_path_to_repo_root()}/terragrunt.hcl"']) {
      expect(await namedToolVersions({ "terragrunt.hcl": root, "prod/rds/terragrunt.hcl": unit(path) }, NAMES), path).toMatchObject({ PostgreSQL: "-", "Amazon S3": "-" });
    }
    // The unit's own folder is not searched: a unit with no configuration above it reads none.
    expect(await namedToolVersions({ "terragrunt.hcl": unit("find_in_parent_folders()") }, NAMES)).toMatchObject({ "Amazon RDS": "-", PostgreSQL: "not named" });
  });

  it("take a later include's inputs over an earlier one's", async () => {
    const parent = (engine: string) => `inputs = {\n  engine = "${engine}"\n}\n`;
    const unit = 'include "a" {\n  path = "../a.hcl"\n}\ninclude "b" {\n  path = "../b.hcl"\n}\nterraform {\n  source = "tfr:///terraform-aws-modules/rds/aws?version=6.7.0"\n}\n';
    expect(await namedToolVersions({ "live/a.hcl": parent("postgres"), "live/b.hcl": parent("mysql"), "live/rds/terragrunt.hcl": unit }, NAMES)).toMatchObject({ MySQL: "-", PostgreSQL: "not named" });
  });

  it("read within the scanned tree only, one level deep as Terragrunt does, and end on includes that loop", async () => {
    const source = 'terraform {\n  source = "tfr:///terraform-aws-modules/rds/aws?version=6.7.0"\n}\n';
    // A path that climbs out of the tree, and a file searched for that is not there.
    const outside = `include {\n  path = "../../../shared/root.hcl"\n}\ninclude "missing" {\n  path = find_in_parent_folders("missing.hcl")\n}\n${source}`;
    expect(await namedToolVersions({ "live/rds/terragrunt.hcl": outside }, NAMES)).toMatchObject({ "Amazon RDS": "-", PostgreSQL: "not named" });
    // Two units including each other, and a unit including itself: each merges the other's own inputs, once.
    const a = `include {\n  path = "../b/terragrunt.hcl"\n}\n${source}inputs = {\n  engine = "postgres"\n}\n`;
    const b = 'include {\n  path = "../a/terragrunt.hcl"\n}\ninclude "self" {\n  path = "terragrunt.hcl"\n}\ninputs = {\n  engine = "mysql"\n}\n';
    expect(await namedToolVersions({ "live/a/terragrunt.hcl": a, "live/b/terragrunt.hcl": b }, NAMES)).toMatchObject({ PostgreSQL: "-", MySQL: "-" });
    // A parent's own include is not followed (Terragrunt allows one level): the grandparent's engine is not read.
    const files = { "live/grand.hcl": 'inputs = {\n  engine = "postgres"\n}\n', "live/env/parent.hcl": 'include {\n  path = "../grand.hcl"\n}\n', "live/env/rds/terragrunt.hcl": `include {\n  path = "../parent.hcl"\n}\n${source}` };
    expect(await namedToolVersions(files, NAMES)).toMatchObject({ "Amazon RDS": "-", PostgreSQL: "not named" });
  });

  it("read a unit written in Terragrunt's JSON syntax, terragrunt.hcl.json, as its HCL", async () => {
    const unit = JSON.stringify({
      include: { root: { path: '${find_in_parent_folders("root.hcl")}' } },
      terraform: { source: "tfr:///terraform-aws-modules/rds/aws?version=6.7.0" },
      inputs: { identifier: "orders", engine: "postgres", instance_class: "db.t4g.large" },
    }, null, 2);
    const document = await detect({ "live/root.hcl": ROOT, "live/prod/rds/terragrunt.hcl.json": unit });
    for (const name of ["Amazon RDS for PostgreSQL", "PostgreSQL", "Terraform"]) expect(tool(document.tools, name), name).toMatchObject({ detection_source: "live/prod/rds/terragrunt.hcl.json" });
    expect(tool(document.tools, "Amazon S3")).toMatchObject({ detection_source: "live/root.hcl" });
  });
});

describe("a Terragrunt file of thousands of includes", () => {
  it("is read in one pass, each parent merged once", async () => {
    // Include headers closed only at the end of the file: each body read to the end took their square.
    const nested = 'include {\n  path = find_in_parent_folders("root.hcl")\n'.repeat(20_000) + "}\n".repeat(20_000);
    const config = expectFinishesWithin(() => readTerragruntConfig(nested), 10);
    expect(config.includes).toHaveLength(20_000);
    expect(config.includes[0]).toEqual({ path: { find: "root.hcl" }, merge: "shallow" });
    const many = 'include "x" {\n  path = find_in_parent_folders("root.hcl")\n}\n'.repeat(20_000) + 'terraform {\n  source = "tfr:///terraform-aws-modules/rds/aws?version=6.7.0"\n}\n';
    const files = { "live/root.hcl": 'remote_state {\n  backend = "s3"\n}\ninputs = {\n  engine = "postgres"\n}\n', ["live/a/b/c/d/e/f/rds/terragrunt.hcl"]: many };
    const named = await expectFinishesWithin(() => namedToolVersions(files, NAMES), 40);
    expect(named).toMatchObject({ PostgreSQL: "-", "Amazon S3": "-" });
  });
});

describe("terragruntIncludePath", () => {
  it("reads a literal path and the path functions Terragrunt's own examples write, nothing else", () => {
    expect(terragruntIncludePath('"../root.hcl"')).toEqual({ relative: "../root.hcl" });
    expect(terragruntIncludePath("find_in_parent_folders()")).toEqual({ find: "" });
    expect(terragruntIncludePath('find_in_parent_folders("root.hcl")')).toEqual({ find: "root.hcl" });
    expect(terragruntIncludePath('find_in_parent_folders("root.hcl", "fallback.hcl")')).toEqual({ find: "root.hcl" });
    expect(terragruntIncludePath('"${find_in_parent_folders("common/env.hcl")}"')).toEqual({ find: "common/env.hcl" });
    expect(terragruntIncludePath('"${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/rds.hcl"')).toEqual({ find: "root.hcl", then: "_envcommon/rds.hcl" });
    expect(terragruntIncludePath('"${get_terragrunt_dir()}/../common.hcl"')).toEqual({ relative: "../common.hcl" });
    // The repository's root (the scanned tree's), by either function.
    expect(terragruntIncludePath('"${get_repo_root()}/root.hcl"')).toEqual({ root: "root.hcl" });
    expect(terragruntIncludePath('"${get_path_to_repo_root()}/live/_envcommon/rds.hcl"')).toEqual({ root: "live/_envcommon/rds.hcl" });
    for (const other of ['"${local.root}/root.hcl"', "local.root_path", '"${get_parent_terragrunt_dir()}/x.hcl"', '"/etc/root.hcl"', '""']) expect(terragruntIncludePath(other), other).toBeUndefined();
  });
});
