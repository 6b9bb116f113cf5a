import { describe, expect, it } from "vitest";
import { readTerraform, readTerraformJson, readTerragruntBackend } from "../detectors/infra/terraform.js";
import { isAwsEndpoint } from "../detectors/infra/s3-backend.js";

// An s3 backend whose endpoint is another S3-compatible store (MinIO, Spaces, R2) keeps no state in
// Amazon S3: the readers' backend, and which endpoints count as AWS's own.

describe("isAwsEndpoint", () => {
  it("takes AWS's hosts (a region's, FIPS, China's, a trailing dot) with or without a scheme, port or path", () => {
    expect(isAwsEndpoint("https://s3.us-east-1.amazonaws.com")).toBe(true);
    expect(isAwsEndpoint("s3-fips.us-east-1.amazonaws.com")).toBe(true);
    expect(isAwsEndpoint("https://s3.cn-north-1.amazonaws.com.cn/")).toBe(true);
    expect(isAwsEndpoint("HTTPS://S3.EU-WEST-1.AMAZONAWS.COM:443/state?x=1#y")).toBe(true);
    expect(isAwsEndpoint("  https://bucket.vpce-0123.s3.us-east-1.vpce.amazonaws.com.  ")).toBe(true);
    expect(isAwsEndpoint("amazonaws.com")).toBe(true);
    expect(isAwsEndpoint("https://${var.region}.example.com")).toBe(true);
  });

  it("refuses other stores, and hosts that only hold AWS's name", () => {
    expect(isAwsEndpoint("https://minio.k8s.dev.io")).toBe(false);
    expect(isAwsEndpoint("http://minio:9000")).toBe(false);
    expect(isAwsEndpoint("https://fra1.digitaloceanspaces.com")).toBe(false);
    expect(isAwsEndpoint("https://notamazonaws.com")).toBe(false);
    expect(isAwsEndpoint("https://s3.amazonaws.com.example.net")).toBe(false);
    expect(isAwsEndpoint("https://s3.amazonaws.company")).toBe(false);
    expect(isAwsEndpoint("https://minio.example.com/s3.amazonaws.com")).toBe(false);
    expect(isAwsEndpoint("https://minio.example.com:9000/amazonaws.com")).toBe(false);
    expect(isAwsEndpoint("https://minio.example.com?amazonaws.com")).toBe(false);
    expect(isAwsEndpoint("https://minio.example.com#amazonaws.com")).toBe(false);
    expect(isAwsEndpoint("s3+https://minio.example.com")).toBe(false);
    expect(isAwsEndpoint("amazonaws.comXcn")).toBe(false);
  });
});

describe("an s3 backend's endpoint", () => {
  const hcl = (settings: string) => `terraform {\n  required_version = ">= 1.6"\n  backend "s3" {\n    bucket = "acme-state"\n${settings}  }\n}\n`;

  it("keeps s3 as the backend for AWS's endpoint or none, and drops it for another store's", () => {
    expect(readTerraform(hcl("")).backend).toBe("s3");
    expect(readTerraform(hcl('    endpoint = "https://s3.eu-west-1.amazonaws.com"\n')).backend).toBe("s3");
    expect(readTerraform(hcl('    endpoint = "https://fra1.digitaloceanspaces.com"\n')).backend).toBeUndefined();
    expect(readTerraform(hcl('\tendpoint\t=\t"https://fra1.digitaloceanspaces.com"\n')).backend).toBeUndefined();
    expect(readTerraform(hcl('    endpoints = {\n      s3 = "https://minio.k8s.dev.io"\n    }\n')).backend).toBeUndefined();
    expect(readTerraform(hcl('    endpoints {\n      s3 = "https://minio.k8s.dev.io"\n    }\n')).backend).toBeUndefined();
    expect(readTerraform(hcl('    endpoints = { iam = "https://iam.example.com", s3 = "https://minio.example.com" }\n')).backend).toBeUndefined();
    expect(readTerraform(hcl('    endpoints = { iam = "https://iam.example.com",s3 = "https://minio.example.com" }\n')).backend).toBeUndefined();
    expect(readTerraform(hcl('\tendpoints\t=\t{ s3\t=\t"https://minio.example.com" }\n')).backend).toBeUndefined();
  });

  it("reads only the endpoints' s3 key, in the first endpoints object, and a written endpoint before it", () => {
    // Another service's endpoint elsewhere: still Amazon S3.
    expect(readTerraform(hcl('    endpoints = {\n      dynamodb = "http://localhost:8000"\n      iam = "https://iam.example.com"\n    }\n')).backend).toBe("s3");
    expect(readTerraform(hcl('    endpoints = { sts = "https://sts.example.com" }\n    dynamodb_table = "locks"\n    tags = { s3 = "https://minio.example.com" }\n')).backend).toBe("s3");
    expect(readTerraform(hcl('    endpoints = {\n      s3x = "https://minio.example.com"\n    }\n')).backend).toBe("s3");
    // `endpoint` written out is read first, wherever `endpoints` stands.
    expect(readTerraform(hcl('    endpoints = { s3 = "https://minio.example.com" }\n    endpoint = "https://s3.us-east-1.amazonaws.com"\n')).backend).toBe("s3");
    // An endpoints object never closed (a file cut short) is read to the end.
    expect(readTerraform('terraform {\n  backend "s3" {\n    endpoints = {\n      s3 = "https://minio.example.com"\n').backend).toBeUndefined();
  });

  it("leaves another backend type as it is, whatever its endpoint", () => {
    expect(readTerraform('terraform {\n  backend "gcs" {\n    bucket = "x"\n    endpoint = "https://minio.example.com"\n  }\n}\n').backend).toBe("gcs");
    expect(readTerragruntBackend('remote_state {\n  backend = "gcs"\n  config = {\n    endpoint = "https://minio.example.com"\n  }\n}\n')).toBe("gcs");
  });

  it("in Terragrunt's remote_state config", () => {
    const unit = (endpoint: string) => `remote_state {\n  backend = "s3"\n  config = {\n    bucket   = "acme-state"\n${endpoint}  }\n}\n`;
    expect(readTerragruntBackend(unit(""))).toBe("s3");
    expect(readTerragruntBackend(unit('    endpoint = "https://0123abcd.r2.cloudflarestorage.com"\n'))).toBeUndefined();
    expect(readTerragruntBackend(unit('    endpoint = "https://s3.us-west-2.amazonaws.com"\n'))).toBe("s3");
  });

  it("in the JSON syntax", () => {
    const json = (s3: Record<string, unknown>) => readTerraformJson({ terraform: { backend: { s3: { bucket: "acme-state", ...s3 } } } }).backend;
    expect(json({})).toBe("s3");
    expect(json({ endpoint: "https://fra1.digitaloceanspaces.com" })).toBeUndefined();
    expect(json({ endpoints: { s3: "http://minio:9000" } })).toBeUndefined();
    expect(json({ endpoints: { s3: "https://s3.us-east-1.amazonaws.com" } })).toBe("s3");
    expect(json({ endpoints: { dynamodb: "http://localhost:8000" } })).toBe("s3");
    expect(json({ endpoints: "http://minio:9000" })).toBe("s3");
    expect(readTerraformJson({ terraform: { backend: { gcs: { endpoint: "https://minio.example.com" } } } }).backend).toBe("gcs");
  });
});
