import type { DetectContext } from "../../src/types.js";
import { baseName, jsonStringLines } from "../../src/kit.js";
import { ARM_SCHEMA, readArmTemplate, reportAppServiceStacks } from "./azure-templates.js";
import { readCloudFormation } from "./cloudformation.js";

/**
 * An ARM deployment template (by its `$schema`, whatever its name: azuredeploy.json,
 * mainTemplate.json, a Bicep build's main.json) or a CloudFormation or SAM template in JSON
 * (by its top-level keys): a glance first, as most JSON is neither. Only a JSON file where
 * templates are kept is glanced at (a tree's thousands of locale and fixture files each read
 * made a scan of 20,000 of them twice as long).
 */
export async function reportJsonTemplate(ctx: DetectContext, file: string): Promise<void> {
  const base = baseName(file);
  if (!isTemplatePlace(file, base)) return;
  // A template past the glance's size (a generated one runs to megabytes) is read whole where
  // its name is one the tooling gives templates (Azure's, CloudFormation's `*.template.json`).
  const head = (await ctx.peek(file)) ?? (ARM_TEMPLATE_NAME.test(base) || CFN_TEMPLATE_NAME.test(base) ? await ctx.text(file) : undefined);
  if (head === undefined) return;
  if (ARM_SCHEMA.test(head)) {
    const doc = await ctx.json(file);
    if (doc === undefined) return;
    // Each string's first line, by its lower-cased value: the types' case varies (`Microsoft.Insights`, `microsoft.insights`).
    const lines = new Map<string, number>();
    for (const [value, line] of jsonStringLines(head)) if (!lines.has(value.toLowerCase())) lines.set(value.toLowerCase(), line);
    for (const key of readArmTemplate(doc)) ctx.report({ ref: `azure-resource-type:${key}`, file, line: lines.get(key.replace(/:[a-z]+$/, "")) });
    reportAppServiceStacks(ctx, file, head);
  } else if (/"AWSTemplateFormatVersion"\s*:|"Transform"\s*:\s*(?:\[\s*)?"AWS::Serverless-/.test(head) && /"Resources"\s*:/.test(head)) {
    readCloudFormation(ctx, file, await ctx.json(file));
  }
}

/**
 * The names Azure's tooling gives deployment templates: the quickstarts' azuredeploy.json, a
 * Marketplace offer's mainTemplate.json, `az bicep build`'s main.json, `*.deploymentTemplate.json`.
 */
const ARM_TEMPLATE_NAME = /^(azuredeploy[\w.-]*|maintemplate|main|[\w.-]+\.deploymenttemplate)\.json$/i;

/** CloudFormation's JSON template names: SAM's template.json, CDK's synthesized `<Stack>.template.json`. */
const CFN_TEMPLATE_NAME = /^([\w.-]+\.)?template\.json$/i;

/**
 * Where a JSON template is kept: at the root, under a name the tooling gives templates, or in a
 * folder of infrastructure code (`infra/`, `deploy/`, `arm/`, `cloudformation/`, azd's `.azure/`,
 * CDK's `cdk.out/`, ...).
 */
function isTemplatePlace(file: string, base: string): boolean {
  return !file.includes("/") || ARM_TEMPLATE_NAME.test(base) || CFN_TEMPLATE_NAME.test(base) || TEMPLATE_FOLDER.test(file);
}

const TEMPLATE_FOLDER = /(^|\/)(infra|infrastructure|iac|deploy|deployments?|arm|bicep|\.?azure|templates?|cloudformation|cfn|sam|stacks?|cdk\.out|aws)\//i;
