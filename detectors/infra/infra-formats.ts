import type { DetectContext } from "../../src/types.js";
import { dirOf, sibling } from "../../src/kit.js";
import { readGalaxyRequirements } from "./ansible-galaxy.js";
import { reportAnsibleCollection, reportAnsiblePlaybook, reportAnsibleRoleMetadata, reportGalaxyRequirements, reportExecutionEnvironment, reportMoleculeScenario } from "./ansible.js";
import { reportAppEngineApp } from "./app-engine.js";
import { reportAzdProject } from "./azd.js";
import { reportAzureFunctionsFile } from "./azure-functions.js";
import { reportBicep } from "./azure-templates.js";
import { readCloudFormation } from "./cloudformation.js";
import { reportAppSpec } from "./digitalocean.js";
import { reportFlyToml } from "./fly.js";
import { isHelmfileName, reportChartDependencies, reportChartValues, reportHelmfile } from "./helm.js";
import { reportAppJson, reportHerokuYml, reportProcfile } from "./heroku.js";
import { KUSTOMIZATIONS, type InfraScan } from "./infra-scan.js";
import { reportJsonTemplate } from "./json-templates.js";
import { reportKustomization } from "./kustomize.js";
import { MANIFEST_TEXT } from "./manifests.js";
import { reportOfficeAddinManifest, reportTeamsManifest } from "./microsoft-365-apps.js";
import { reportPulumiYaml } from "./pulumi-yaml.js";
import { reportRenderBlueprint } from "./render.js";
import { reportServerless } from "./serverless.js";
import { reportSkaffold, type SkaffoldUse } from "./skaffold.js";
import { reportTerraformFile, reportTerraformJson, reportTerragrunt } from "./terraform-report.js";
import { reportWrangler } from "./wrangler.js";

/** One file of the detector's list, with what the scan's formats share. */
export interface InfraFile {
  ctx: DetectContext;
  file: string;
  base: string;
  scan: InfraScan;
}

/**
 * A format known by its file's name (and, for a few names other tools share, its content): which
 * files it takes, and its report of one. `takes` gives false (or undefined) for a file it leaves,
 * else what its report is handed: true, or what telling the file by its content read (read once,
 * not again).
 */
export interface InfraFormat<T = unknown> {
  takes(f: InfraFile): T | false | undefined | Promise<T | false | undefined>;
  report(f: InfraFile, taken: T): void | Promise<void>;
}

/** The formats in order: the first that takes a file reports it. */
export const INFRA_FORMATS: readonly InfraFormat[] = [
  // Its own kind names nothing more than the file itself does (Kustomize and Kubernetes), so it is not read as a manifest.
  { takes: ({ base }) => KUSTOMIZATIONS.includes(base), report: ({ ctx, file }) => reportKustomization(ctx, file) },
  { takes: ({ base }) => base.endsWith(".tf") || base.endsWith(".tofu"), report: ({ ctx, file, scan }) => reportTerraformFile(ctx, file, scan.locks.get(dirOf(file))) },
  { takes: ({ base }) => base === "terragrunt.hcl" || base === "terragrunt.hcl.json", report: ({ ctx, file, scan }) => reportTerragrunt(ctx, file, scan.terragrunt) },
  { takes: ({ base }) => /^values\.ya?ml$/.test(base), report: ({ ctx, file }) => reportChartValues(ctx, file) },
  {
    takes: ({ ctx, file, base }) => base === "Chart.yaml" || (/^requirements\.ya?ml$/.test(base) && ctx.exists(sibling(file, "Chart.yaml"))),
    report: ({ ctx, file }) => reportChartDependencies(ctx, file),
  },
  { takes: ({ file, scan }) => scan.skaffolds.uses.get(file), report: ({ ctx, file }, use) => reportSkaffold(ctx, file, use) } satisfies InfraFormat<SkaffoldUse>,
  { takes: ({ file }) => isHelmfileName(file), report: ({ ctx, file, scan }) => reportHelmfile(ctx, file, scan.helmfiles) },
  { takes: ({ base }) => /^serverless\.ya?ml$/.test(base), report: ({ ctx, file }) => reportServerless(ctx, file) },
  { takes: ({ file, base }) => /^(.+\.)?template\.ya?ml$/.test(base) && !/(^|\/)\.do\//.test(file), report: async ({ ctx, file }) => readCloudFormation(ctx, file, await ctx.yaml(file)) },
  {
    takes: ({ ctx, file, base }) => /^Pulumi\.ya?ml$/.test(base) || (/^Main\.ya?ml$/.test(base) && (ctx.exists(sibling(file, "Pulumi.yaml")) || ctx.exists(sibling(file, "Pulumi.yml")))),
    report: ({ ctx, file }) => reportPulumiYaml(ctx, file),
  },
  { takes: ({ base }) => base === "heroku.yml", report: ({ ctx, file }) => reportHerokuYml(ctx, file) },
  { takes: ({ base }) => base === "host.json" || base === "function.json" || base === "local.settings.json", report: ({ ctx, file }) => reportAzureFunctionsFile(ctx, file) },
  { takes: ({ base }) => /^manifest[^/]*\.xml$/.test(base), report: ({ ctx, file }) => reportOfficeAddinManifest(ctx, file) },
  { takes: ({ base }) => base === "manifest.json", report: ({ ctx, file }) => reportTeamsManifest(ctx, file) },
  { takes: ({ base }) => base === "app.json", report: ({ ctx, file }) => reportAppJson(ctx, file) },
  { takes: ({ base }) => /^wrangler\.(toml|jsonc?)$/.test(base), report: ({ ctx, file }) => reportWrangler(ctx, file) },
  { takes: ({ base }) => base === "fly.toml", report: ({ ctx, file }) => reportFlyToml(ctx, file) },
  { takes: ({ base }) => base === "Procfile", report: ({ ctx, file }) => reportProcfile(ctx, file) },
  { takes: ({ file }) => file === "render.yaml", report: ({ ctx, file }) => reportRenderBlueprint(ctx, file) },
  { takes: ({ base }) => /^azure\.ya?ml$/.test(base), report: ({ ctx, file }) => reportAzdProject(ctx, file) },
  { takes: ({ file }) => /(^|\/)\.do\/(app|deploy\.template)\.ya?ml$/.test(file), report: ({ ctx, file }) => reportAppSpec(ctx, file) },
  // app.yaml is also a common name of a Kubernetes manifest (often of several documents): one with
  // `apiVersion` and `kind` is read as a manifest, not parsed here as one document.
  { takes: async ({ ctx, file, base }) => /^app\.ya?ml$/.test(base) && !MANIFEST_TEXT((await ctx.text(file)) ?? ""), report: ({ ctx, file }) => reportAppEngineApp(ctx, file) },
  { takes: ({ base }) => base.endsWith(".bicep"), report: ({ ctx, file }) => reportBicep(ctx, file) },
  { takes: ({ base }) => base.endsWith(".tf.json"), report: ({ ctx, file, scan }) => reportTerraformJson(ctx, file, scan.locks.get(dirOf(file))) },
  { takes: ({ base }) => base.endsWith(".json"), report: ({ ctx, file }) => reportJsonTemplate(ctx, file) },
  { takes: ({ file }) => /(^|\/)meta\/main\.ya?ml$/.test(file), report: ({ ctx, file }) => reportAnsibleRoleMetadata(ctx, file) },
  {
    takes: async ({ ctx, file, base }) => /^requirements\.ya?ml$/.test(base) && readGalaxyRequirements(await ctx.yaml(file)),
    report: ({ ctx, file }, names) => reportGalaxyRequirements(ctx, file, names),
  } satisfies InfraFormat<string[]>,
  // Event-Driven Ansible's decision environments are Ansible Builder definitions of the same schema.
  { takes: ({ base }) => /^(?:execution|decision)[-_]environment\.ya?ml$/.test(base), report: ({ ctx, file }) => reportExecutionEnvironment(ctx, file) },
  { takes: ({ file }) => /(^|\/)molecule\/[^/]+\/molecule\.ya?ml$/.test(file), report: ({ ctx, file }) => reportMoleculeScenario(ctx, file) },
  { takes: ({ file, base }) => /^(playbook.*|site)\.ya?ml$/.test(base) || /(^|\/)(ansible|playbooks|molecule)\//.test(file), report: ({ ctx, file }) => reportAnsiblePlaybook(ctx, file) },
  { takes: ({ base }) => /^galaxy\.ya?ml$/.test(base), report: ({ ctx, file }) => reportAnsibleCollection(ctx, file) },
];
