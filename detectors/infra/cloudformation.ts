import type { DetectContext } from "../../src/types.js";
import { reportRuntime } from "./lambda-runtime.js";
import { openSearchDomainEngine, rdsClusterEngine, rdsInstanceEngine } from "./terraform.js";
import { parseYamlAll } from "../../src/parse/yaml.js";
import { MANIFEST_TEXT } from "./manifests.js";
import { reportImageRefs } from "../docker/image-findings.js";

/** An AWS CloudFormation or SAM template: its resource types and its functions' runtimes. */
export function readCloudFormation(ctx: DetectContext, file: string, doc: unknown): void {
  const template = doc as { AWSTemplateFormatVersion?: unknown; Transform?: unknown; Resources?: unknown; Globals?: { Function?: { Runtime?: unknown } } } | undefined;
  if (!template || typeof template !== "object" || !template.Resources || typeof template.Resources !== "object") return;
  const sam = [template.Transform].flat().some((t) => typeof t === "string" && t.startsWith("AWS::Serverless"));
  if (!sam && template.AWSTemplateFormatVersion === undefined) return;
  ctx.report({ ref: sam ? "format:sam-template" : "format:cloudformation-template", file });
  // SAM's active tracing of every function or API (`Globals: { Function: { Tracing: Active } }`, `Api: { TracingEnabled: true }`).
  const globals = template.Globals as { Function?: { Tracing?: unknown }; Api?: { TracingEnabled?: unknown } } | undefined;
  if (globals && typeof globals === "object" && (globals.Function?.Tracing === "Active" || globals.Api?.TracingEnabled === true)) ctx.report({ ref: "format:xray-tracing", file });
  const runtimes = [template.Globals?.Function?.Runtime, ...Object.values(template.Resources as Record<string, { Properties?: { Runtime?: unknown } } | null>).map((r) => r?.Properties?.Runtime)];
  for (const runtime of new Set(runtimes)) if (typeof runtime === "string") reportRuntime(ctx, runtime, file);
  reportResources(ctx, template.Resources, file);
}

/** The `Type` of every CloudFormation resource (`AWS::DynamoDB::Table`) in a template or serverless.yml's `resources`. */
export function reportResources(ctx: DetectContext, resources: unknown, file: string): void {
  if (!resources || typeof resources !== "object" || Array.isArray(resources)) return;
  const types = new Set<string>();
  for (const resource of Object.values(resources as Record<string, { Type?: unknown } | null>)) {
    if (typeof resource?.Type === "string" && /^[A-Za-z0-9]+::/.test(resource.Type)) types.add(resource.Type);
  }
  for (const type of types) ctx.report({ ref: `cloudformation-type:${type}`, file });
  if (Object.values(resources as Record<string, unknown>).some(runsOnFargate)) ctx.report({ ref: "format:ecs-fargate", file });
  for (const setting of new Set(Object.values(resources as Record<string, unknown>).flatMap(managedDatabases))) ctx.report({ ref: `format:${setting}`, file });
  if (Object.values(resources as Record<string, unknown>).some(tracesActively)) ctx.report({ ref: "format:xray-tracing", file });
  // The images an ECS task definition's containers run, at their tag's release, as Terraform's
  // aws_ecs_task_definition's (an image built by intrinsic functions, `!Sub ...:${ImageTag}`, says none).
  reportImageRefs(ctx, file, Object.values(resources as Record<string, unknown>).flatMap(taskImages));
}

/**
 * A resource sending traces to AWS X-Ray: a Lambda function's `TracingConfig: { Mode: Active }` (a
 * SAM function's `Tracing: Active`), an API Gateway stage's or a SAM API's `TracingEnabled: true`, a
 * state machine's `TracingConfiguration: { Enabled: true }`.
 */
function tracesActively(resource: unknown): boolean {
  const r = resource as { Type?: unknown; Properties?: Record<string, unknown> } | null;
  const p = r?.Properties;
  if (!p || typeof p !== "object") return false;
  const config = (v: unknown, key: string, on: unknown) => typeof v === "object" && v !== null && (v as Record<string, unknown>)[key] === on;
  return p.Tracing === "Active" || p.TracingEnabled === true || config(p.TracingConfig, "Mode", "Active") || config(p.TracingConfiguration, "Enabled", true);
}

/** The `Image` of each container of an AWS::ECS::TaskDefinition, where written out. */
function taskImages(resource: unknown): string[] {
  const r = resource as { Type?: unknown; Properties?: { ContainerDefinitions?: unknown } } | null;
  if (r?.Type !== "AWS::ECS::TaskDefinition" || !r.Properties || !Array.isArray(r.Properties.ContainerDefinitions)) return [];
  return r.Properties.ContainerDefinitions.map((c) => (c as { Image?: unknown } | null)?.Image).filter((i): i is string => typeof i === "string" && !/[${}]/.test(i)).map((i) => i.trim());
}

/**
 * The managed databases a resource runs, by its Engine and EngineMode, as Terraform's in terraform.ts:
 * an RDS instance of PostgreSQL, MySQL or MariaDB, an Aurora cluster of PostgreSQL or MySQL (and
 * Aurora Serverless by its mode or v2 scaling), an ElastiCache cluster of Redis or Memcached (a
 * replication group without an engine runs Redis, its default), an OpenSearch Service domain's engine.
 */
function managedDatabases(resource: unknown): string[] {
  const r = resource as { Type?: unknown; Properties?: Record<string, unknown> } | null;
  if (!r?.Properties || typeof r.Properties !== "object") return [];
  const engine = typeof r.Properties.Engine === "string" ? r.Properties.Engine.toLowerCase() : undefined;
  const out: string[] = [];
  if (r.Type === "AWS::RDS::DBInstance") out.push(...rdsInstanceEngine(engine));
  if (r.Type === "AWS::RDS::DBCluster") out.push(...rdsClusterEngine(engine));
  if (r.Type === "AWS::RDS::DBCluster" && (r.Properties.EngineMode === "serverless" || r.Properties.ServerlessV2ScalingConfiguration !== undefined)) out.push("aurora-serverless");
  if (r.Type === "AWS::ElastiCache::CacheCluster" && (engine === "redis" || engine === "memcached")) out.push(`elasticache-${engine}`);
  if (r.Type === "AWS::ElastiCache::ReplicationGroup" && (engine ?? "redis") === "redis") out.push("elasticache-redis");
  // An OpenSearch Service domain's engine: EngineVersion `OpenSearch_2.11` (the latest OpenSearch
  // when unset) or `Elasticsearch_7.10`; the older Elasticsearch::Domain's ElasticsearchVersion. An
  // intrinsic function (`!Ref EngineVersion`) says neither.
  if (r.Type === "AWS::OpenSearchService::Domain" || r.Type === "AWS::Elasticsearch::Domain") {
    const opensearch = r.Type === "AWS::OpenSearchService::Domain";
    const version = r.Properties[opensearch ? "EngineVersion" : "ElasticsearchVersion"];
    const engine = openSearchDomainEngine(opensearch ? "opensearch" : "elasticsearch", version === undefined || typeof version === "string" ? version : null);
    if (engine) out.push(engine);
  }
  return out;
}

/** An ECS service launched on Fargate, or a task definition requiring it (`LaunchType`, `RequiresCompatibilities`, a capacity provider). */
function runsOnFargate(resource: unknown): boolean {
  const r = resource as { Type?: unknown; Properties?: Record<string, unknown> } | null;
  if (typeof r?.Type !== "string" || !r.Type.startsWith("AWS::ECS::") || !r.Properties || typeof r.Properties !== "object") return false;
  const { LaunchType, RequiresCompatibilities, CapacityProviderStrategy } = r.Properties;
  const fargate = (v: unknown) => v === "FARGATE" || v === "FARGATE_SPOT";
  return fargate(LaunchType)
    || (Array.isArray(RequiresCompatibilities) && RequiresCompatibilities.some(fargate))
    || (Array.isArray(CapacityProviderStrategy) && CapacityProviderStrategy.some((s) => fargate((s as { CapacityProvider?: unknown } | null)?.CapacityProvider)));
}

/**
 * A CloudFormation template under a name of its own (`infra/network.yaml`, `stack.yml`): its
 * top-level AWSTemplateFormatVersion says what it is, or a SAM template's transform (SAM
 * needs no format version: `Transform: AWS::Serverless-2016-10-31`, or in a list); a YAML with
 * a Kubernetes object's lines is none.
 */
export function isCloudFormationYaml(text: string): boolean {
  return (/^AWSTemplateFormatVersion[ \t]*:/m.test(text) || SAM_TRANSFORM.test(text)) && !MANIFEST_TEXT(text);
}

/** A CloudFormation template in YAML (`text`, the file's) that `isCloudFormationYaml` told. */
export async function reportCloudFormationYaml(ctx: DetectContext, file: string, text: string): Promise<void> {
  // A Jinja template of one (Sceptre's, `{% for %}`) is no YAML until rendered: skipped without a warning.
  // (`[^{}]` stops each `{{` at the next brace: `[^}]` read from every `{{` of a file of
  // them to its end.)
  if (/\{%|\{\{[^{}]*\}\}/.test(text)) {
    let docs: unknown[] = [];
    try {
      docs = parseYamlAll(text, file);
    } catch {
      return;
    }
    readCloudFormation(ctx, file, docs[0]);
  } else readCloudFormation(ctx, file, await ctx.yaml(file));
}

/** A top-level `Transform` naming SAM's transform, on its line or first in its list. */
const SAM_TRANSFORM = /^Transform[ \t]*:[ \t]*(?:\[[ \t]*)?["']?AWS::Serverless-|^Transform[ \t]*:[ \t]*\r?\n[ \t]+-[ \t]*["']?AWS::Serverless-/m;
