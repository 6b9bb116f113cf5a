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
    expect(tool(document.tools, "MySQL")).toBeDefined();
    expect(tool(document.tools, "MySQL")?.version).toBeUndefined();
    expect(names).not.toContain("Amazon Web Services (AWS)");
    expect(names).not.toContain("AWS IAM");
    expect(names).not.toContain("Amazon VPC");
  });
});

// The hosted services the coverage pass of December found unkeyed: each resource type (and its
// CloudFormation counterpart) names its service; log groups, KMS keys and IAM still name nothing.
describe("cloud resource types of the services the site lists", () => {
  it("Terraform's AWS, Google, Azure and Cloudflare resource types name their services", async () => {
    const types = [
      "aws_lb", "aws_lb_target_group", "aws_acm_certificate", "aws_codeartifact_repository", "aws_bedrockagent_agent", "aws_cloudwatch_metric_alarm", "aws_cloudwatch_log_group",
      "aws_kms_key", "aws_msk_cluster", "aws_wafv2_web_acl", "aws_eks_fargate_profile", "aws_codedeploy_app",
      "aws_emr_cluster", "aws_neptune_cluster", "aws_kinesis_firehose_delivery_stream", "aws_autoscaling_group",
      "google_compute_backend_service", "google_firebase_hosting_site", "google_datastore_index", "google_monitoring_alert_policy",
      "azurerm_search_service", "azurerm_service_fabric_cluster", "cloudflare_workers_script", "cloudflare_pages_project",
    ];
    const main = types.map((t) => `resource "${t}" "x" {\n  name = "x"\n}`).join("\n");
    const { document } = await scan(new MemorySource({ "infra/main.tf": main }), { git: false });
    const names = document.tools.map((t) => t.name).sort();
    for (const name of [
      "AWS Elastic Load Balancing (ELB)", "AWS Certificate Manager", "AWS CodeArtifact", "Amazon Bedrock", "Amazon CloudWatch", "Amazon Managed Streaming for Kafka", "Kafka",
      "AWS WAF", "AWS Fargate", "Amazon EKS", "AWS CodeDeploy", "Amazon EMR", "Amazon Neptune", "Amazon Kinesis Firehose", "Amazon EC2",
      "Google Cloud Load Balancing", "Firebase Hosting", "Firebase", "Google Cloud Datastore", "Stackdriver",
      "Azure Cognitive Search", "Azure Service Fabric", "Cloudflare Workers", "Cloudflare Pages",
    ]) expect(names, name).toContain(name);
    expect(names).not.toContain("AWS Key Management Service");
    expect(names).not.toContain("Amazon Web Services (AWS)");
  });

  it("an EC2 Fleet and a regional managed instance group start instances as their siblings do", async () => {
    const main = 'resource "aws_ec2_fleet" "f" {\n  type = "maintain"\n}\nresource "google_compute_region_instance_group_manager" "g" {\n  name = "g"\n}\nresource "aws_ec2_transit_gateway" "t" {}\n';
    const names = (await scan(new MemorySource({ "main.tf": main }), { git: false })).document.tools.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(["Amazon EC2", "Google Compute Engine"]));
  });

  it("CloudFormation's types of the same services name them beside AWS", async () => {
    const template = [
      "AWSTemplateFormatVersion: '2010-09-09'",
      "Resources:",
      ...[
        "AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::CertificateManager::Certificate", "AWS::CloudWatch::Alarm",
        "AWS::MSK::Cluster", "AWS::WAFv2::WebACL", "AWS::EKS::FargateProfile", "AWS::CodeDeploy::Application", "AWS::Logs::LogGroup",
      ].map((t, i) => `  R${i}:\n    Type: ${t}`),
    ].join("\n");
    const { document } = await scan(new MemorySource({ "cfn/stack.yaml": template }), { git: false });
    const names = document.tools.map((t) => t.name);
    for (const name of ["AWS Elastic Load Balancing (ELB)", "AWS Certificate Manager", "Amazon CloudWatch", "Amazon Managed Streaming for Kafka", "AWS WAF", "AWS Fargate", "AWS CodeDeploy", "Amazon Web Services (AWS)"]) {
      expect(names, name).toContain(name);
    }
  });
});

// An ECS task definition in a CloudFormation template runs its containers' images, as Terraform's
// aws_ecs_task_definition does: each written-out image at its tag's release; one built by `!Sub` says none.
describe("CloudFormation's ECS task definitions", () => {
  it("name the images their containers run", async () => {
    const template = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      "Parameters:",
      "  ImageTag:",
      "    Type: String",
      "Resources:",
      "  Task:",
      "    Type: AWS::ECS::TaskDefinition",
      "    Properties:",
      "      RequiresCompatibilities: [FARGATE]",
      "      ContainerDefinitions:",
      "        - Name: web",
      "          Image: !Sub ${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/web:${ImageTag}",
      "        - Name: proxy",
      "          Image: nginx:1.25.4-alpine",
      "        - Name: cache",
      "          Image: !Ref CacheImage",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "cloudformation/web.yml": template }), { git: false });
    expect(tool(document.tools, "NGINX")).toMatchObject({ version: "1.25.4", detection_source: "cloudformation/web.yml" });
    expect(tool(document.tools, "AWS Fargate")).toBeDefined();
  });
});

// The services a serverless.yml's functions consume events from, and active tracing to AWS X-Ray
// in each format that turns it on.
describe("event sources and X-Ray tracing", () => {
  it("serverless.yml's events name the services they come from, a stream by its type or ARN; its provider's tracing X-Ray", async () => {
    const yml = [
      "service: jobs",
      "provider:",
      "  name: aws",
      "  runtime: nodejs20.x",
      "  tracing:",
      "    lambda: true",
      "functions:",
      "  a:",
      "    handler: a.handler",
      "    events:",
      "      - sqs:",
      "          arn: arn:aws:sqs:us-east-1:123456789012:jobs",
      "      - sns: alerts",
      "      - schedule: rate(1 hour)",
      "      - stream:",
      "          type: dynamodb",
      "          arn: ${param:tableStreamArn}",
      "      - stream: arn:aws:kinesis:us-east-1:123456789012:stream/clicks",
      "      - msk:",
      "          arn: arn:aws:kafka:us-east-1:123456789012:cluster/events/abc",
      "          topic: events",
      "      - cloudFront:",
      "          eventType: viewer-request",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "serverless.yml": yml }), { git: false });
    const names = document.tools.map((t) => t.name);
    for (const name of ["Amazon SQS", "Amazon SNS", "Amazon EventBridge", "Amazon DynamoDB", "Amazon Kinesis", "Amazon Managed Streaming for Kafka", "Kafka", "AWS X-Ray", "Amazon CloudFront"]) {
      expect(names, name).toContain(name);
    }
  });

  it("a self-managed Kafka event names Kafka alone (no MSK); an alb event names nothing", async () => {
    const yml = ["service: jobs", "provider:", "  name: aws", "functions:", "  a:", "    handler: a.handler", "    events:",
      "      - kafka:", "          topic: orders", "          bootstrapServers: [broker.example.com:9092]",
      "      - alb:", "          listenerArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/web/1/2", "          priority: 1"].join("\n");
    const names = (await scan(new MemorySource({ "serverless.yml": yml }), { git: false })).document.tools.map((t) => t.name);
    expect(names).toContain("Kafka");
    expect(names).not.toContain("Amazon Managed Streaming for Kafka");
    expect(names).not.toContain("AWS Elastic Load Balancing (ELB)");
  });

  it("SAM's Tracing: Active, CloudFormation's TracingConfig and Terraform's tracing_config send traces to X-Ray; PassThrough does not", async () => {
    const sam = "Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Function:\n    Tracing: Active\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: a.handler\n";
    const cfn = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      TracingConfig:\n        Mode: Active\n';
    const tf = 'resource "aws_lambda_function" "f" {\n  function_name = "f"\n  tracing_config {\n    mode = "Active"\n  }\n}\n';
    const off = 'resource "aws_lambda_function" "f" {\n  function_name = "f"\n  tracing_config {\n    mode = "PassThrough"\n  }\n}\n';
    for (const [file, text, traced] of [["template.yaml", sam, true], ["stack/cfn.yaml", cfn, true], ["main.tf", tf, true], ["main.tf", off, false]] as const) {
      const { document } = await scan(new MemorySource({ [file]: text }), { git: false });
      expect(document.tools.some((t) => t.name === "AWS X-Ray"), `${file}: ${text}`).toBe(traced);
    }
  });
});

// Terraform's Heroku provider provisions add-ons as app.json does: the service of each plan.
describe("Terraform's heroku_addon", () => {
  it("names the add-on's service, as app.json's addons do", async () => {
    const tf = [
      'terraform {\n  required_providers {\n    heroku = { source = "heroku/heroku", version = "~> 5.2" }\n  }\n}',
      'resource "heroku_app" "web" {\n  name   = "acme-web"\n  region = "us"\n}',
      'resource "heroku_addon" "db" {\n  app_id = heroku_app.web.id\n  plan   = "heroku-postgresql:essential-0"\n}',
      'resource "heroku_addon" "cache" {\n  app_id = heroku_app.web.id\n  plan   = "heroku-redis:mini"\n}',
      'resource "heroku_addon" "mail" {\n  app_id = heroku_app.web.id\n  plan   = var.mail_plan\n}',
    ].join("\n");
    const { document } = await scan(new MemorySource({ "main.tf": tf }), { git: false });
    const names = document.tools.map((t) => t.name);
    for (const name of ["Heroku", "Heroku Postgres", "PostgreSQL", "Heroku Redis", "Redis"]) expect(names, name).toContain(name);
    expect(tool(document.tools, "Heroku Postgres")).toMatchObject({ detection_source: "main.tf" });
  });
});

describe("serverless.yml's alb event", () => {
  it("names no load balancer: it attaches to a listener made elsewhere (the site names none, 2lambda123/cmr-stac)", async () => {
    const yml = "service: api\nprovider:\n  name: aws\nfunctions:\n  app:\n    handler: src/lambda.handler\n    events:\n      - alb:\n          listenerArn: ${cf:prod.servicesLbListenerArn}\n          priority: 500\n          conditions:\n            path: /stac*\n";
    const { document } = await scan(new MemorySource({ "serverless.yml": yml }), { git: false });
    expect(document.tools.map((t) => t.name)).not.toContain("AWS Elastic Load Balancing (ELB)");
    // The file is read: its functions name AWS Lambda.
    expect(document.tools.map((t) => t.name)).toContain("AWS Lambda");
  });
});

// SAM needs no AWSTemplateFormatVersion: a template under a name of its own is told by its transform.
describe("SAM templates under other names", () => {
  it("a YAML whose top-level Transform is SAM's (on its line or first in a list) is read; samconfig.yaml names AWS SAM", async () => {
    const api = "Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.handler\n      Runtime: python3.12\n  Bucket:\n    Type: AWS::S3::Bucket\n";
    const listed = "Transform:\n  - AWS::Serverless-2016-10-31\n  - AWS::LanguageExtensions\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n";
    const notSam = "Transform: something-else\nResources:\n  Queue:\n    Type: AWS::SNS::Topic\n";
    const { document } = await scan(new MemorySource({ "infra/api.yaml": api, "infra/queue.yml": listed, "config/other.yml": notSam, "samconfig.yaml": "version: 0.1\ndefault:\n  deploy:\n    parameters:\n      stack_name: api\n" }), { git: false });
    const names = document.tools.map((t) => t.name);
    for (const name of ["AWS Lambda", "Amazon S3", "Amazon SQS", "Python", "AWS SAM", "Amazon Web Services (AWS)"]) expect(names, name).toContain(name);
    expect(tool(document.tools, "Amazon SQS")).toMatchObject({ detection_source: "infra/queue.yml" });
    expect(names).not.toContain("Amazon SNS");
    const config = await scan(new MemorySource({ "samconfig.yml": "version: 0.1\n" }), { git: false });
    expect(config.document.tools.map((t) => t.name)).toEqual(["AWS SAM"]);
  });
});

// serverless.yml's `resources` may be a list: its inline parts are read as the object form is; the
// files it loads with `${file(...)}` are not, as the site names nothing from them (2lambda123/cmr-stac).
describe("serverless.yml's resources as a list", () => {
  it("reads the list's inline parts, not the files it loads", async () => {
    const yml = "service: users\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  list:\n    handler: list.handler\nresources:\n  - ${file(resources/s3-docsBucket.yml)}\n  - Resources:\n      Topic:\n        Type: AWS::SNS::Topic\n";
    const bucket = "Resources:\n  DocsBucket:\n    Type: AWS::S3::Bucket\n";
    const { document } = await scan(new MemorySource({ "serverless.yml": yml, "resources/s3-docsBucket.yml": bucket }), { git: false });
    expect(tool(document.tools, "Amazon SNS")).toMatchObject({ detection_source: "serverless.yml" });
    expect(document.tools.map((t) => t.name)).not.toContain("Amazon S3");
  });
});

// A DigitalOcean Managed Databases cluster in Terraform runs the server of its engine, as an App
// Platform spec's database does (its version is the managed service's, not taken).
describe("Terraform's digitalocean_database_cluster", () => {
  it("names the server its engine runs", async () => {
    const tf = 'resource "digitalocean_database_cluster" "pg" {\n  name    = "acme-pg"\n  engine  = "pg"\n  version = "16"\n}\nresource "digitalocean_database_cluster" "cache" {\n  engine  = "redis"\n  version = "7"\n}\n';
    const { document } = await scan(new MemorySource({ "main.tf": tf }), { git: false });
    for (const name of ["DigitalOcean Managed Databases", "PostgreSQL", "Redis"]) expect(tool(document.tools, name), name).toMatchObject({ detection_source: "main.tf" });
    expect(tool(document.tools, "PostgreSQL")).toBeDefined();
    expect(tool(document.tools, "PostgreSQL")?.version).toBeUndefined();
  });
});

// RDS runs SQL Server and Oracle too: their engines name those servers as postgres and mysql do.
describe("RDS instances of SQL Server and Oracle", () => {
  it("name Microsoft SQL Server and Oracle from Terraform's and CloudFormation's engine, and the rds module's", async () => {
    const tf = 'resource "aws_db_instance" "mssql" {\n  engine         = "sqlserver-ex"\n  engine_version = "15.00"\n}\n';
    const module = 'module "db" {\n  source  = "terraform-aws-modules/rds/aws"\n  version = "6.5.0"\n  engine  = "oracle-se2"\n}\n';
    const cfn = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: oracle-ee\n';
    for (const [file, text, name] of [["a/main.tf", tf, "Microsoft SQL Server"], ["b/main.tf", module, "Oracle"], ["c/db.yaml", cfn, "Oracle"]] as const) {
      const { document } = await scan(new MemorySource({ [file]: text }), { git: false });
      expect(tool(document.tools, name), file).toMatchObject({ detection_source: file });
      expect(tool(document.tools, name)?.version, file).toBeUndefined();
    }
  });
});

// Terraform's JSON syntax (main.tf.json, CDK for Terraform's cdk.tf.json) holds the same blocks as HCL.
describe("Terraform's JSON syntax", () => {
  it("reads its providers (a bare source is HashiCorp's), backend, required version, resource types and modules", async () => {
    const config = {
      terraform: { required_version: ">= 1.6.0", required_providers: { aws: { source: "aws", version: "5.31.0" }, google: { source: "hashicorp/google", version: "${var.v}" } }, backend: { s3: { bucket: "state" } } },
      provider: { aws: [{ region: "us-east-1" }] },
      resource: { aws_sqs_queue: { jobs: { name: "jobs" } }, aws_lb: { web: { name: "web" } } },
      module: { db: { source: "terraform-aws-modules/rds/aws", version: "6.5.0" } },
    };
    const { document, warnings } = await scan(new MemorySource({ "cdktf.out/stacks/app/cdk.tf.json": JSON.stringify(config, null, 2) }), { git: false });
    expect(warnings).toEqual([]);
    const names = document.tools.map((t) => t.name);
    for (const name of ["Terraform", "Amazon SQS", "AWS Elastic Load Balancing (ELB)", "Amazon S3", "Amazon RDS", "Google Cloud Platform"]) expect(names, name).toContain(name);
    expect(tool(document.tools, "Terraform")?.version).toBe("1.6.0");
    expect(names).not.toContain("Amazon Web Services (AWS)");
  });
});
