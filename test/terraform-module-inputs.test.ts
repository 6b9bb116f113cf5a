import { describe, expect, it } from "vitest";
import { readTerraform, readTerraformJson } from "../detectors/infra/terraform.js";

// A module block's inputs set to a literal string, which terraform-report.ts's moduleRef keys with the
// module's source (catalog kind terraform-module-input): the rds-aurora module with engine postgres
// makes a Multi-AZ DB cluster, not Aurora. Laid out as terraform-aws-modules' multi-az example writes
// a module call; written against the mutants Stryker left alive in literalInputs and readTerraformJson.
const inputs = (text: string) => readTerraform(text).modules.map((m) => m.inputs);

describe("a module's literal inputs", () => {
  it("are its own settings at a line's start: not a one-line map's keys, an expression, a number or its source and version", () => {
    const tf = `module "aurora" {
  source  = "terraform-aws-modules/rds-aurora/aws"
  version = "9.10.0"

  name                      = "orders"
  engine                    = "postgres"
  engine_version            = "16.4"
  db_cluster_instance_class = "db.c6gd.large"
  master_username           = var.db_user
  description               = "\${var.env} orders"
  allocated_storage         = 256
  storage_encrypted         = true
  tags                      = { Environment = "prod", Team = "orders" }
}
`;
    expect(inputs(tf)).toEqual([["name=orders", "engine=postgres", "engine_version=16.4", "db_cluster_instance_class=db.c6gd.large"]]);
  });

  it("are read where the file was never formatted (no spaces around =)", () => {
    const tf = `module "db" {\n  source="terraform-aws-modules/rds-aurora/aws"\n  engine="postgres"\n}\n`;
    expect(inputs(tf)).toEqual([["engine=postgres"]]);
  });
});

describe("a module's literal inputs in Terraform's JSON syntax", () => {
  it("are its string settings: not an object, a list, a number, an expression or a comment", () => {
    const doc = {
      module: {
        aurora: {
          "//": "Multi-AZ DB cluster for orders",
          source: "terraform-aws-modules/rds-aurora/aws",
          version: "9.10.0",
          engine: "postgres",
          master_username: "${var.db_user}",
          allocated_storage: 256,
          vpc_security_group_ids: ["sg-0123"],
          tags: { Environment: "prod" },
        },
      },
    };
    expect(readTerraformJson(doc).modules).toEqual([{ name: "aurora", source: "terraform-aws-modules/rds-aurora/aws", version: "9.10.0", inputs: ["engine=postgres"] }]);
  });
});

describe("a module's finding in Terraform's JSON syntax", () => {
  // CDK for Terraform writes a GitHub module as given (cdk.tf.json): its release is the ref the source pins,
  // and its literal engine input keys terraform-module-input and names its database, as an HCL file's does.
  it("keeps the ref's release where no version is written, and names the module by its deciding input", async () => {
    const { infraDetector } = await import("../detectors/infra/index.js");
    const { byFile, detectorFindings } = await import("./detector-findings.js");
    const doc = {
      module: {
        vpc: { source: "git::https://github.com/terraform-aws-modules/terraform-aws-vpc.git?ref=v5.4.0", name: "main" },
        aurora: { source: "terraform-aws-modules/rds-aurora/aws", version: "9.10.0", engine: "postgres" },
      },
    };
    const { findings } = await detectorFindings(infraDetector, { "cdktf.out/stacks/app/cdk.tf.json": JSON.stringify(doc) });
    expect(byFile(findings)).toEqual({
      // Its engine input names the Multi-AZ DB cluster's database too (catalog kinds.yml's terraform-module-resource).
      "cdktf.out/stacks/app/cdk.tf.json": ["format:rds-postgresql", "terraform-module-input:terraform-aws-modules/rds-aurora/aws engine=postgres 9.10.0", "terraform-module:terraform-aws-modules/vpc/aws 5.4.0"],
    });
  });
});
