import type { Detector } from "../../src/types.js";
import { baseName, isDataYaml } from "../../src/kit.js";
import { isCloudFormationYaml, reportCloudFormationYaml } from "./cloudformation.js";
import { INFRA_FORMATS, type InfraFile, type InfraFormat } from "./infra-formats.js";
import { readInfraScan } from "./infra-scan.js";
import { reportKubernetesManifest } from "./manifests-report.js";
import { INFRA_FILES } from "../files.js";

/**
 * Infrastructure as code: Kubernetes manifests (any YAML with `apiVersion` and `kind` in a manifest
 * folder at any depth, beside a kustomization or where a GitOps object applies it, outside tests'
 * folders, with the images of their pod specs; anywhere else only the API
 * group of a custom resource, `argoproj.io`, which the catalog may know), a kustomization's remote
 * GitHub bases and Helm charts, Helm chart dependencies, Terraform providers and modules (versions
 * from .terraform.lock.hcl; OpenTofu's .tofu files alike), a Terragrunt unit's registry module
 * (terragrunt.hcl or terragrunt.hcl.json, with the files its `include` blocks merge in), the
 * Serverless Framework's provider, Ansible playbooks, Render
 * Blueprints (render.yaml: runtimes, Redis, PostgreSQL), and the app manifests whose names other
 * tools share: Heroku's app.json and App Engine's app.yaml count
 * only when they hold that platform's keys (React Native and Expo also write an app.json), and a
 * Procfile only when it starts Heroku's PHP buildpack scripts.
 *
 * Each format is read and reported by its own module; which format a file is, infra-formats.ts
 * says, and what the formats share (Terraform's lockfiles by folder, the manifests Skaffold
 * configurations apply), infra-scan.ts reads.
 */
export const infraDetector: Detector = {
  name: "infra",
  files: INFRA_FILES,
  async detect(ctx) {
    const scan = await readInfraScan(ctx);
    for (const file of ctx.files) {
      const f: InfraFile = { ctx, file, base: baseName(file), scan };
      const known = await formatOf(f);
      if (known) await known.format.report(f, known.taken);
      else await reportOtherYaml(f);
    }
  },
};

/** The first format that takes the file, its name (and for a few names, its content) told, and what it took it by. */
async function formatOf(f: InfraFile): Promise<{ format: InfraFormat; taken: unknown } | undefined> {
  for (const format of INFRA_FORMATS) {
    const takes = format.takes(f);
    const taken = takes instanceof Promise ? await takes : takes;
    if (taken) return { format, taken };
  }
  return undefined;
}

/**
 * A YAML of no format known by its name: a CloudFormation template under a name of its own
 * (`infra/network.yaml`, `stack.yml`), or a Kubernetes manifest where it is kept, or what a
 * kustomization beside it, a GitOps object or a Skaffold configuration applies.
 */
async function reportOtherYaml({ ctx, file, base, scan }: InfraFile): Promise<void> {
  // Translations, site data and CI folders hold YAML by the thousand and no manifest: not read.
  if (isDataYaml(file)) return;
  const text = await ctx.text(file);
  if (text === undefined) return;
  if (isCloudFormationYaml(text)) {
    await reportCloudFormationYaml(ctx, file, text);
  } else {
    const parsed = scan.parsedFirst.get(file);
    scan.parsedFirst.delete(file);
    reportKubernetesManifest(ctx, file, text, scan.applied, parsed);
  }
}
