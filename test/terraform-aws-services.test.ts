import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// A Terraform root module on the AWS provider: its resource types name the services it creates, as
// a CloudFormation template's types do; its engines name the database servers; its functions' runtimes.
describe("Terraform on AWS", () => {
  it("resource types name their services, engines their servers, a function's runtime its language; IAM and VPC plumbing nothing", async () => {
    const main = [
      'terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws", version = "~> 5.0" }\n  }\n}',
      'resource "aws_s3_bucket" "assets" {\n  bucket = "acme-assets"\n}',
      'resource "aws_lambda_function" "api" {\n  function_name = "api"\n  runtime       = "python3.12"\n}',
      'resource "aws_elasticache_replication_group" "cache" {\n  replication_group_id = "cache"\n}',
      'resource "aws_db_instance" "db" {\n  engine         = "mysql"\n  engine_version = "8.0"\n}',
      'resource "aws_iam_role" "lambda" {\n  name = "lambda"\n}',
      'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}',
      'resource "aws_sqs_queue" "jobs" {\n  name = "jobs"\n}',
      'resource "aws_cloudfront_distribution" "cdn" {\n  enabled = true\n}',
    ].join("\n");
    const { document } = await scan(new MemorySource({ "infra/main.tf": main }), { git: false });
    const names = document.tools.map((t) => t.name);
    for (const name of ["Amazon S3", "AWS Lambda", "Amazon ElastiCache", "Redis", "Amazon RDS", "MySQL", "Amazon SQS", "Amazon CloudFront", "Terraform"]) {
      expect(tool(document.tools, name), name).toMatchObject({ detection_source: "infra/main.tf" });
    }
    expect(tool(document.tools, "Python")?.version).toBe("3.12");
    // The engine's release is the managed service's, not a pin of the server the app runs.
    expect(tool(document.tools, "MySQL")?.version).toBeUndefined();
    expect(names).not.toContain("Amazon Web Services (AWS)");
    expect(names).not.toContain("AWS IAM");
    expect(names).not.toContain("Amazon VPC");
  });
});
