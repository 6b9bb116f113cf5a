import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pulumiYamlResources } from "../detectors/infra/pulumi-yaml.js";
import { tool } from "./helpers.js";

// A Pulumi YAML program declares its resources in Pulumi.yaml (or a Main.yaml beside it): their
// types name the services, as the same providers' Terraform resource types do.
describe("Pulumi YAML programs", () => {
  it("reads each resource's type token as the catalog keys it, only for the yaml runtime", () => {
    const project = {
      name: "site",
      runtime: "yaml",
      resources: {
        bucket: { type: "aws:s3:BucketV2" },
        website: { type: "aws:s3/bucketWebsiteConfigurationV2:BucketWebsiteConfigurationV2" },
        password: { type: "random:RandomPassword" },
        fn: { type: "azure-native:web:WebApp", properties: { kind: "functionapp,linux" } },
        bad: { type: "not a token" },
        none: null,
      },
    };
    expect(pulumiYamlResources(project)).toEqual(["aws:s3:bucketv2", "aws:s3:bucketwebsiteconfigurationv2", "random:index:randompassword", "azure-native:web:webapp:functionapp"]);
    expect(pulumiYamlResources({ ...project, runtime: { name: "yaml", options: {} } })).toHaveLength(4);
    expect(pulumiYamlResources({ ...project, runtime: "nodejs" })).toEqual([]);
  });

  it("names the services of Pulumi.yaml's and Main.yaml's resources, no AWS umbrella", async () => {
    const site = "name: static-site\nruntime: yaml\nresources:\n  bucket:\n    type: aws:s3:BucketV2\n  cdn:\n    type: aws:cloudfront:Distribution\n  rule:\n    type: aws:cloudwatch:EventRule\n  logs:\n    type: aws:cloudwatch:LogGroup\n";
    const db = { "db/Pulumi.yaml": "name: db\nruntime: yaml\n", "db/Main.yaml": "resources:\n  sql:\n    type: gcp:sql:DatabaseInstance\n    properties:\n      databaseVersion: POSTGRES_15\n  cache:\n    type: gcp:redis:Instance\n" };
    const { document } = await scan(new MemorySource({ "Pulumi.yaml": site, "Pulumi.dev.yaml": "config:\n  aws:region: us-west-2\n", ...db }), { git: false });
    const names = document.tools.map((t) => t.name);
    for (const name of ["Pulumi", "Amazon S3", "Amazon CloudFront", "Amazon EventBridge", "Google Cloud SQL", "Google Cloud Memorystore", "Redis", "Google Cloud Platform"]) expect(names, name).toContain(name);
    expect(tool(document.tools, "Google Cloud SQL")).toMatchObject({ detection_source: "db/Main.yaml" });
    expect(names).not.toContain("Amazon Web Services (AWS)");
    expect(names).not.toContain("Amazon CloudWatch");
  });

  it("azure-native v3's module names (cosmosdb, redis, applicationinsights) and the classic azure package name their services as v2's do", async () => {
    const program = [
      "name: shop", "runtime: yaml", "resources:",
      "  cosmos:", "    type: azure-native:cosmosdb:DatabaseAccount",
      "  cache:", "    type: azure-native:redis:Redis",
      "  appi:", "    type: azure-native:applicationinsights:Component",
      "  st:", "    type: azure:storage:Account",
      "  search:", "    type: aws:elasticsearch:Domain",
      "  firehose:", "    type: aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream",
      "",
    ].join("\n");
    // The siblings of Terraform's keyed types under Pulumi's modules.
    const gcp = "name: web\nruntime: yaml\nresources:\n  fr:\n    type: gcp:compute:GlobalForwardingRule\n  site:\n    type: gcp:firebase:HostingSite\n  conn:\n    type: aws:cloudwatch:EventConnection\n  spot:\n    type: aws:ec2:SpotFleetRequest\n  gd:\n    type: aws:guardduty:Detector\n";
    const more = (await scan(new MemorySource({ "web/Pulumi.yaml": gcp }), { git: false })).document.tools.map((t) => t.name);
    for (const name of ["Google Cloud Load Balancing", "Firebase Hosting", "Firebase", "Amazon EventBridge", "Amazon EC2", "Amazon GuardDuty"]) expect(more, name).toContain(name);
    const { document } = await scan(new MemorySource({ "Pulumi.yaml": program }), { git: false });
    const names = document.tools.map((t) => t.name);
    for (const name of ["Azure Cosmos DB", "Azure Redis Cache", "Redis", "Azure Application Insights", "Azure Storage", "Microsoft Azure", "Amazon Elasticsearch Service", "Amazon Kinesis Firehose", "Amazon Kinesis"]) {
      expect(names, name).toContain(name);
    }
  });
});
