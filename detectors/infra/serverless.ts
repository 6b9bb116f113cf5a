import type { DetectContext } from "../../src/types.js";
import { isRecord } from "../../src/kit.js";
import { reportResources } from "./cloudformation.js";
import { gcpRuntime } from "./gcp-runtime.js";
import { reportRuntime } from "./lambda-runtime.js";

/**
 * A Serverless Framework service (serverless.yml): its provider, the runtimes its functions run on,
 * an AWS service's event sources and tracing, and the CloudFormation resources it declares inline.
 */
export async function reportServerless(ctx: DetectContext, file: string): Promise<void> {
  const config = (await ctx.yaml(file)) as { provider?: { name?: unknown; runtime?: unknown } | string; functions?: unknown; resources?: { Resources?: unknown } } | undefined;
  const provider = typeof config?.provider === "string" ? config.provider : config?.provider?.name;
  if (typeof provider === "string") ctx.report({ ref: `serverless-provider:${provider}`, file });
  const runtime = typeof config?.provider === "object" ? config.provider.runtime : undefined;
  // A function may run on its own runtime (`runtime: python3.11` under one function of a Node.js service).
  const functions = config?.functions && typeof config.functions === "object" && !Array.isArray(config.functions) ? Object.values(config.functions) : [];
  const runtimes = [runtime, ...functions.map((f) => (f && typeof f === "object" ? (f as { runtime?: unknown }).runtime : undefined))];
  // Google's provider deploys Cloud Functions, whose runtime IDs pack the release (`python39` is 3.9).
  for (const r of new Set(runtimes)) {
    if (typeof r !== "string") continue;
    const id = provider === "google" ? gcpRuntime(r) : undefined;
    if (id) ctx.report({ ref: `gcp-runtime:${id.language}`, file, declared: r, version: id.version });
    else reportRuntime(ctx, r, file);
  }
  // The events an AWS service's functions are triggered by (`http` and `httpApi` are API
  // Gateway's REST and HTTP APIs, `websocket` its WebSocket API), by their key.
  if (provider === "aws") {
    const events = new Set<string>();
    for (const f of functions) {
      const list = f && typeof f === "object" ? (f as { events?: unknown }).events : undefined;
      for (const event of Array.isArray(list) ? list : []) {
        if (!isRecord(event)) continue;
        for (const key of Object.keys(event)) {
          // A stream is a DynamoDB table's or a Kinesis stream's, by its `type` or its ARN.
          const stream = key === "stream" ? streamSource(event.stream) : undefined;
          events.add(stream ? `stream:${stream}` : key);
        }
      }
    }
    for (const key of events) ctx.report({ ref: `serverless-event:${key}`, file });
    // Active tracing of its functions or its REST API (`provider.tracing`) sends traces to AWS X-Ray.
    const tracing = typeof config?.provider === "object" ? (config.provider as { tracing?: unknown }).tracing : undefined;
    if (isRecord(tracing) && [tracing.lambda, tracing.apiGateway].some((v) => v === true || v === "Active" || v === "true")) ctx.report({ ref: "format:xray-tracing", file });
  }
  reportResources(ctx, config?.resources?.Resources, file);
  // The list form's inline parts (`resources: [ { Resources: { ... } } ]`).
  if (Array.isArray(config?.resources)) for (const part of config.resources.slice(0, 100)) if (isRecord(part)) reportResources(ctx, part.Resources, file);
  // Resources kept in files of their own (`resources: [ "${file(resources/s3.yml)}" ]`) are not
  // followed: the site names nothing from them (2lambda123/cmr-stac's S3 bucket file).
}

/** The service of a serverless.yml `stream` event: its `type` (`dynamodb`, `kinesis`), else its ARN's service. */
function streamSource(stream: unknown): string | undefined {
  const type = isRecord(stream) ? stream.type : undefined;
  if (typeof type === "string") return type.toLowerCase();
  const arn = isRecord(stream) ? stream.arn : stream;
  return typeof arn === "string" ? /^arn:aws[\w-]*:(dynamodb|kinesis):/.exec(arn)?.[1] : undefined;
}
