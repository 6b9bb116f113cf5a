import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

const detect = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false })).document;

// A Terragrunt stack (terragrunt.stack.hcl, as `terragrunt stack generate` reads it): its `unit` and
// `stack` blocks name, by `source`, the unit configurations (folders holding a terragrunt.hcl) and the
// stacks to generate, not Terraform modules, so the file shows Terraform and its sources name no tool.
const STACK = `locals {
  environment = "dev"
}

unit "vpc" {
  source = "git::git@github.com:acme/infrastructure-catalog.git//units/vpc?ref=v0.7.0"
  path   = "vpc"
  values = {
    cidr_block = "10.20.0.0/16"
  }
}

unit "database" {
  source = "git::git@github.com:acme/infrastructure-catalog.git//units/database?ref=v0.7.0"
  path   = "database"
  values = {
    engine  = "postgres"
    version = "16"
  }
}

stack "service" {
  source = "../../catalog/stacks/service"
  path   = "svc-checkout"
}
`;

describe("terragrunt.stack.hcl", () => {
  it("shows Terraform, cited from the stack file; its units' sources and values name no module or database", async () => {
    const document = await detect({ "live/dev/terragrunt.stack.hcl": STACK });
    expect(tool(document.tools, "Terraform")).toMatchObject({ detection_source: "live/dev/terragrunt.stack.hcl" });
    expect(document.tools.map((t) => t.name)).toEqual(["Terraform"]);
  });

  it("a unit it names from the repository's own catalog is read as that unit's terragrunt.hcl, as any unit is", async () => {
    const unit = 'terraform {\n  source = "tfr:///terraform-aws-modules/sqs/aws?version=4.2.0"\n}\n\ninputs = {\n  name = values.name\n}\n';
    const document = await detect({
      "live/dev/terragrunt.stack.hcl": 'unit "queue" {\n  source = "../../catalog/units/queue"\n  path   = "queue"\n  values = { name = "jobs" }\n}\n',
      "catalog/units/queue/terragrunt.hcl": unit,
    });
    expect(tool(document.tools, "Amazon SQS")).toMatchObject({ detection_source: "catalog/units/queue/terragrunt.hcl" });
    expect(tool(document.tools, "Terraform")).toBeDefined();
  });
});
