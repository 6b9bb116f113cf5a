import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";

const options = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

// An AWS stack assembled from Cloud Posse's modules (the registry's second large AWS namespace), as
// their READMEs lay the calls out: by registry address, and one fetched from GitHub at a tag.
const MAIN = `module "label" {
  source  = "cloudposse/label/null"
  version = "0.25.0"
  namespace = "acme"
}

module "orders_db" {
  source  = "cloudposse/rds/aws"
  version = "1.1.0"

  engine         = "postgres"
  engine_version = "15.4"
  instance_class = "db.t4g.medium"
  context        = module.label.context
}

module "sessions" {
  source = "git::https://github.com/cloudposse/terraform-aws-elasticache-redis.git?ref=1.2.0"

  instance_type = "cache.t4g.small"
}

module "analytics" {
  source  = "cloudposse/rds-cluster/aws"
  version = "1.9.0"
  engine  = "aurora-mysql"
}

module "events" {
  source  = "cloudposse/sns-topic/aws"
  version = "0.20.2"
}

module "assets" {
  source  = "cloudposse/cloudfront-s3-cdn/aws"
  version = "0.92.0"
}
`;

describe("Terraform: Cloud Posse's modules name the services they create", () => {
  it("as terraform-aws-modules' do: the service, the database an engine input names, and Terraform without the modules' own numbering", async () => {
    const { document, warnings } = await scan(new MemorySource({ "infra/main.tf": MAIN }), options);
    expect(warnings).toEqual([]);
    const names = document.tools.map((t) => t.name);
    for (const name of ["Amazon RDS", "Amazon RDS for PostgreSQL", "PostgreSQL", "Amazon ElastiCache", "Redis", "Amazon Aurora", "MySQL", "Amazon SNS", "Amazon CloudFront", "Amazon S3"]) expect(names).toContain(name);
    const terraform = document.tools.find((t) => t.name === "Terraform");
    expect(terraform?.version).toBeUndefined();
  });
});
