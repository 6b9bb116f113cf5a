import type { DetectContext } from "../../src/types.js";
import { lineOf, lineOfEach } from "../../src/kit.js";
import { lowerBound } from "../../src/versions/range.js";
import { reportImageRefs } from "../docker/image-findings.js";
import { reportAppServiceStacks } from "./azure-templates.js";
import { reportRuntime } from "./lambda-runtime.js";
import { moduleDatabases, moduleResources, readTerraform, readTerraformJson, registryAddress, registryModule } from "./terraform.js";
import { mergeTerragrunt, readTerragruntConfig, readTerragruntJson, resolveTerragruntInclude, type TerragruntConfig } from "./terragrunt.js";

/**
 * A Terraform file's findings (`lock`: the provider releases of the .terraform.lock.hcl beside it).
 * OpenTofu reads its own `.tofu` files as Terraform reads `.tf` (same language, same registry
 * providers); their `required_version` is OpenTofu's release, not Terraform's.
 */
export async function reportTerraformFile(ctx: DetectContext, file: string, lock: ReadonlyMap<string, string> | undefined): Promise<void> {
  const tofu = file.endsWith(".tofu");
  const text = await ctx.text(file);
  if (text === undefined) return;
  const use = readTerraform(text, moduleResources((table, key) => ctx.tableValue(table, key)));
  for (const p of use.providers) {
    const source = registryAddress(p.source ?? `hashicorp/${p.name}`);
    ctx.report({ ref: `terraform-provider:${source}`, file, declared: p.version, version: lock?.get(source) });
  }
  // The service its state is kept in (`backend "s3"`: Amazon S3), where the catalog keys one.
  if (use.backend) ctx.report({ ref: `terraform-backend:${use.backend}`, file, line: lineOf(text, `backend "${use.backend}"`) });
  if (use.requiredVersion && !tofu) ctx.report({ ref: "format:terraform-required-version", file, declared: use.requiredVersion, version: lowerBound(use.requiredVersion) });
  if (use.fargate) ctx.report({ ref: "format:ecs-fargate", file });
  if (use.xrayTracing) ctx.report({ ref: "format:xray-tracing", file });
  // A DigitalOcean Managed Databases cluster's engine: the server it runs (its `version` is the
  // managed service's release, as an RDS engine_version, and is not taken).
  // (Each value's line through one lookup of the file: 10,000 add-ons searched from the top took 15 s.)
  const lineOfValue = lineOfEach(text);
  for (const engine of use.doDatabaseEngines) ctx.report({ ref: `do-app-database:${engine}`, file, line: lineOfValue(`"${engine}"`) });
  for (const service of use.herokuAddons) ctx.report({ ref: `heroku-addon:${service}`, file, line: lineOfValue(`"${service}`) });
  for (const setting of use.databases) ctx.report({ ref: `format:${setting}`, file });
  for (const runtime of use.lambdaRuntimes) reportRuntime(ctx, runtime, file);
  // The images its Kubernetes workloads and ECS tasks run, at their tag's release.
  // Each image's line looked up in bounded work (30,000 images each searched from the top took over 40 s).
  reportImageRefs(ctx, file, use.images, lineOfEach(text));
  // A resource type names a tool only where the catalog keys it (a service the provider alone does not say).
  for (const type of use.resources) ctx.report({ ref: `terraform-resource:${type}`, file });
  for (const type of use.azureTypes) ctx.report({ ref: `azure-resource-type:${type}`, file });
  if (/azurerm_|azapi_/.test(text)) reportAppServiceStacks(ctx, file, text);
  // A module's version is its own, not the version of the tools it reveals.
  for (const m of use.modules) {
    const module = registryModule(m.source);
    ctx.report({ ref: moduleRef(ctx, registryAddress(module.source), m.inputs), file, declared: m.version ?? module.version });
  }
  // A chart Terraform installs (helm_release) is deployed as a Chart.yaml dependency is.
  for (const c of use.charts) ctx.report({ ref: `helm-chart:${c.name}`, file, declared: c.version });
}

/**
 * A Terragrunt unit (terragrunt.hcl, terragrunt.hcl.json): the registry module it deploys, at the
 * release it pins (the file names Terraform), named by a deciding input of its `inputs` map as a
 * module block is, and the databases those inputs name; with the configurations its `include`
 * blocks merge into it (root.hcl, an _envcommon file), read one level deep as Terragrunt reads
 * them, inside the scanned tree only (terragrunt.ts). An included file's `remote_state` names
 * where the state is kept, cited from that file, unless the unit keeps its own. `parsed` holds the
 * configurations read so far (many units include one root.hcl).
 */
export async function reportTerragrunt(ctx: DetectContext, file: string, parsed: Map<string, TerragruntConfig | undefined> = new Map()): Promise<void> {
  const unit = await terragruntConfig(ctx, file, parsed);
  if (!unit) return;
  const parents: TerragruntConfig[] = [];
  const merged = new Set<string>();
  for (const include of unit.includes) {
    const path = include.path && include.merge !== "no_merge" ? resolveTerragruntInclude(file, include.path, (p) => ctx.exists(p)) : undefined;
    // A unit including itself merges nothing new, nor a file it includes twice; a parent's own includes are not followed (one level).
    const parent = path === undefined || path === file || merged.has(path) ? undefined : await terragruntConfig(ctx, path, parsed);
    if (!parent) continue;
    merged.add(path!);
    parents.push(parent);
    // A unit's own file reports its own backend when it is read as a unit.
    if (parent.backend && !unit.remoteState && !TERRAGRUNT_UNIT.test(path!)) ctx.report({ ref: `terraform-backend:${parent.backend}`, file: path!, line: lineOf((await ctx.text(path!)) ?? "", "remote_state") });
  }
  const { module, inputs, has } = mergeTerragrunt(unit, parents);
  if (module) {
    const address = registryAddress(module.source);
    ctx.report({ ref: moduleRef(ctx, address, inputs), file, declared: module.version });
    for (const setting of moduleDatabases(moduleResources((table, key) => ctx.tableValue(table, key))(address), inputs, has)) ctx.report({ ref: `format:${setting}`, file });
  }
  if (unit.backend) ctx.report({ ref: `terraform-backend:${unit.backend}`, file, line: file.endsWith(".json") ? undefined : lineOf((await ctx.text(file)) ?? "", "remote_state") });
}

/** The base name of a Terragrunt unit's own file, as the scan reads one. */
const TERRAGRUNT_UNIT = /(?:^|\/)terragrunt\.hcl(?:\.json)?$/;

/** A Terragrunt configuration read once per scan: HCL, or the JSON syntax for a `.json` file. */
async function terragruntConfig(ctx: DetectContext, file: string, parsed: Map<string, TerragruntConfig | undefined>): Promise<TerragruntConfig | undefined> {
  if (parsed.has(file)) return parsed.get(file);
  let config: TerragruntConfig | undefined;
  if (file.endsWith(".json")) config = readTerragruntJson(await ctx.json(file));
  else {
    const text = await ctx.text(file);
    config = text === undefined ? undefined : readTerragruntConfig(text);
  }
  parsed.set(file, config);
  return config;
}

/**
 * Terraform's JSON syntax (hand-written, or CDK for Terraform's cdk.tf.json): its providers,
 * backend, required version, resource types and modules, as a .tf file's.
 */
export async function reportTerraformJson(ctx: DetectContext, file: string, lock: ReadonlyMap<string, string> | undefined): Promise<void> {
  const use = readTerraformJson(await ctx.json(file), moduleResources((table, key) => ctx.tableValue(table, key)));
  for (const p of use.providers) {
    const source = registryAddress(p.source ?? `hashicorp/${p.name}`);
    ctx.report({ ref: `terraform-provider:${source}`, file, declared: p.version, version: lock?.get(source) });
  }
  if (use.backend) ctx.report({ ref: `terraform-backend:${use.backend}`, file });
  if (use.requiredVersion) ctx.report({ ref: "format:terraform-required-version", file, declared: use.requiredVersion, version: lowerBound(use.requiredVersion) });
  for (const type of use.resources) ctx.report({ ref: `terraform-resource:${type}`, file });
  for (const setting of use.databases) ctx.report({ ref: `format:${setting}`, file });
  for (const m of use.modules) {
    const module = registryModule(m.source);
    ctx.report({ ref: moduleRef(ctx, registryAddress(module.source), m.inputs), file, declared: m.version ?? module.version });
  }
}

/**
 * A module's finding: its source (`terraform-module`), unless one of its literal inputs, in the
 * order written, is keyed with the source in `terraform-module-input` (`terraform-aws-modules/
 * rds-aurora/aws engine=postgres`): then that key's tools are the module's, in place of the
 * source's. A module whose input decides what it creates (the rds-aurora module makes an RDS
 * Multi-AZ DB cluster, not Aurora, with engine postgres or mysql) is so named from catalog data.
 */
function moduleRef(ctx: DetectContext, address: string, inputs: readonly string[] = []): string {
  for (const input of inputs) {
    const key = `${address} ${input}`;
    if (ctx.lookup("terraform-module-input", key).length) return `terraform-module-input:${key}`;
  }
  return `terraform-module:${address}`;
}
