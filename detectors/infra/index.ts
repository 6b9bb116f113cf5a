import type { Detector } from "../../src/types.js";
import { baseName, dirOf, joinInside, repositoryGlob, sibling, yamlDocuments, type ParsedYamlDocuments } from "../../src/kit.js";
import { readGalaxyRequirements } from "./ansible-galaxy.js";
import { reportAnsibleCollection, reportAnsiblePlaybook, reportAnsibleRoleMetadata, reportGalaxyRequirements, reportExecutionEnvironment, reportMoleculeScenario } from "./ansible.js";
import { reportAppEngineApp } from "./app-engine.js";
import { reportAzdProject } from "./azd.js";
import { reportAzureFunctionsFile } from "./azure-functions.js";
import { reportBicep } from "./azure-templates.js";
import { isCloudFormationYaml, readCloudFormation, reportCloudFormationYaml } from "./cloudformation.js";
import { reportAppSpec } from "./digitalocean.js";
import { reportFlyToml } from "./fly.js";
import { helmfileReading, isHelmfileName, reportChartDependencies, reportChartValues, reportHelmfile } from "./helm.js";
import { reportAppJson, reportHerokuYml, reportProcfile } from "./heroku.js";
import { reportJsonTemplate } from "./json-templates.js";
import { reportKustomization } from "./kustomize.js";
import { MANIFEST_TEXT } from "./manifests.js";
import { gitOpsApplies, readGitOpsTargets } from "./gitops-targets.js";
import { inTestingPlace } from "./manifest-places.js";
import { reportKubernetesManifest } from "./manifests-report.js";
import { reportOfficeAddinManifest, reportTeamsManifest } from "./microsoft-365-apps.js";
import { reportPulumiYaml } from "./pulumi-yaml.js";
import { reportRenderBlueprint } from "./render.js";
import { reportServerless } from "./serverless.js";
import { readSkaffold, reportSkaffold, type SkaffoldUse } from "./skaffold.js";
import { readTerraformLock } from "./terraform.js";
import { reportTerraformFile, reportTerraformJson, reportTerragrunt } from "./terraform-report.js";
import type { TerragruntConfig } from "./terragrunt.js";
import { reportWrangler } from "./wrangler.js";
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
 * Each format is read and reported by its own module; here are the file list, what the formats
 * share (Terraform's lockfiles by folder, the manifests Skaffold configurations apply) and which
 * format a file is.
 */
export const infraDetector: Detector = {
  name: "infra",
  files: INFRA_FILES,
  async detect(ctx) {
    const locks = new Map<string, Map<string, string>>();
    // Terragrunt configurations read so far: many units include one root.hcl.
    const terragrunt = new Map<string, TerragruntConfig | undefined>();
    // The state files helmfiles have read, and their nested globs' matches: each once a scan.
    const helmfiles = helmfileReading();
    for (const file of ctx.files.filter((f) => baseName(f) === ".terraform.lock.hcl")) {
      const text = await ctx.text(file);
      if (text !== undefined) locks.set(dirOf(file), readTerraformLock(text));
    }
    // Skaffold configurations first: the manifests they apply are Kubernetes manifests wherever
    // they are kept (`kubernetes-manifests/*.yaml`, as Google's samples keep them).
    const skaffolds = new Map<string, SkaffoldUse>();
    // Their globs are the repository's own writing: each once, a bounded number of bounded length,
    // matched segment by segment (globMatches), never by a regular expression that backtracks.
    const skaffoldGlobs = new Map<string, { prefix: string; test: (path: string) => boolean }>();
    for (const file of ctx.files.filter((f) => SKAFFOLD.test(baseName(f)))) {
      const text = await ctx.text(file);
      if (text === undefined || !/^[ \t]*apiVersion:[ \t]*["']?skaffold\//m.test(text)) continue;
      const use = readSkaffold(yamlDocuments(ctx, file, text) ?? []);
      if (!use) continue;
      skaffolds.set(file, use);
      for (const glob of use.manifests) {
        const path = glob.length <= MAX_SKAFFOLD_GLOB ? joinInside(dirOf(file), glob) : undefined;
        if (!path || skaffoldGlobs.has(path) || skaffoldGlobs.size >= MAX_SKAFFOLD_GLOBS) continue;
        // A `**` within a name is a `*` (`k8s/**.yaml`), as Skaffold's globbing reads it; a glob
        // of other syntax (braces, a class) is left out.
        const test = repositoryGlob(path);
        if (test) skaffoldGlobs.set(path, { prefix: path.slice(0, path.search(/[*?]|$/)), test });
      }
    }
    const skaffoldApplies = (file: string): boolean => {
      for (const { prefix, test } of skaffoldGlobs.values()) if (file.startsWith(prefix) && test(file)) return true;
      return false;
    };
    // The folders Flux Kustomizations and Argo CD Applications of the repository apply (GitOps
    // layouts keep manifests under names of their own: `clusters/production/`, `apps/guestbook/`).
    // The files it parses are parsed once: the manifest pass takes their documents (and drops them).
    const parsedFirst = new Map<string, ParsedYamlDocuments>();
    const gitOps = gitOpsApplies(await readGitOpsTargets(ctx, (file) => NOT_MANIFESTS.test(file) || LOCKFILES.has(baseName(file)), parsedFirst));
    // A YAML a kustomization beside it lists or a GitOps object applies, outside a test's place, or one a
    // Skaffold configuration's globs apply (a Skaffold configuration itself is none).
    const applied = (file: string): boolean =>
      (!inTestingPlace(file) && (KUSTOMIZATIONS.some((k) => ctx.exists(sibling(file, k))) || gitOps(file))) || (!SKAFFOLD.test(baseName(file)) && skaffoldApplies(file));
    for (const file of ctx.files) {
      let galaxy: string[] | undefined;
      const base = baseName(file);
      if (KUSTOMIZATIONS.includes(base)) {
        // Its own kind names nothing more than the file itself does (Kustomize and Kubernetes), so it is not read as a manifest.
        await reportKustomization(ctx, file);
      } else if (base.endsWith(".tf") || base.endsWith(".tofu")) {
        await reportTerraformFile(ctx, file, locks.get(dirOf(file)));
      } else if (base === "terragrunt.hcl" || base === "terragrunt.hcl.json") {
        await reportTerragrunt(ctx, file, terragrunt);
      } else if (/^values\.ya?ml$/.test(base)) {
        await reportChartValues(ctx, file);
      } else if (base === "Chart.yaml" || (/^requirements\.ya?ml$/.test(base) && ctx.exists(sibling(file, "Chart.yaml")))) {
        await reportChartDependencies(ctx, file);
      } else if (skaffolds.has(file)) {
        await reportSkaffold(ctx, file, skaffolds.get(file)!);
      } else if (isHelmfileName(file)) {
        await reportHelmfile(ctx, file, helmfiles);
      } else if (/^serverless\.ya?ml$/.test(base)) {
        await reportServerless(ctx, file);
      } else if (/^(.+\.)?template\.ya?ml$/.test(base) && !/(^|\/)\.do\//.test(file)) {
        readCloudFormation(ctx, file, await ctx.yaml(file));
      } else if (/^Pulumi\.ya?ml$/.test(base) || (/^Main\.ya?ml$/.test(base) && (ctx.exists(sibling(file, "Pulumi.yaml")) || ctx.exists(sibling(file, "Pulumi.yml"))))) {
        await reportPulumiYaml(ctx, file);
      } else if (base === "heroku.yml") {
        await reportHerokuYml(ctx, file);
      } else if (base === "host.json" || base === "function.json" || base === "local.settings.json") {
        await reportAzureFunctionsFile(ctx, file);
      } else if (/^manifest[^/]*\.xml$/.test(base)) {
        await reportOfficeAddinManifest(ctx, file);
      } else if (base === "manifest.json") {
        await reportTeamsManifest(ctx, file);
      } else if (base === "app.json") {
        await reportAppJson(ctx, file);
      } else if (/^wrangler\.(toml|jsonc?)$/.test(base)) {
        await reportWrangler(ctx, file);
      } else if (base === "fly.toml") {
        await reportFlyToml(ctx, file);
      } else if (base === "Procfile") {
        await reportProcfile(ctx, file);
      } else if (file === "render.yaml") {
        await reportRenderBlueprint(ctx, file);
      } else if (/^azure\.ya?ml$/.test(base)) {
        await reportAzdProject(ctx, file);
      } else if (/(^|\/)\.do\/(app|deploy\.template)\.ya?ml$/.test(file)) {
        await reportAppSpec(ctx, file);
      } else if (/^app\.ya?ml$/.test(base) && !MANIFEST_TEXT((await ctx.text(file)) ?? "")) {
        // app.yaml is also a common name of a Kubernetes manifest (often of several documents):
        // one with `apiVersion` and `kind` is read as a manifest below, not parsed here as one document.
        await reportAppEngineApp(ctx, file);
      } else if (base.endsWith(".bicep")) {
        await reportBicep(ctx, file);
      } else if (base.endsWith(".tf.json")) {
        await reportTerraformJson(ctx, file, locks.get(dirOf(file)));
      } else if (base.endsWith(".json")) {
        await reportJsonTemplate(ctx, file);
      } else if (/(^|\/)meta\/main\.ya?ml$/.test(file)) {
        await reportAnsibleRoleMetadata(ctx, file);
      } else if (/^requirements\.ya?ml$/.test(base) && (galaxy = readGalaxyRequirements(await ctx.yaml(file))) !== undefined) {
        await reportGalaxyRequirements(ctx, file, galaxy);
      } else if (/^(?:execution|decision)[-_]environment\.ya?ml$/.test(base)) {
        // Event-Driven Ansible's decision environments are Ansible Builder definitions of the same schema.
        await reportExecutionEnvironment(ctx, file);
      } else if (/(^|\/)molecule\/[^/]+\/molecule\.ya?ml$/.test(file)) {
        await reportMoleculeScenario(ctx, file);
      } else if (/^(playbook.*|site)\.ya?ml$/.test(base) || /(^|\/)(ansible|playbooks|molecule)\//.test(file)) {
        await reportAnsiblePlaybook(ctx, file);
      } else if (/^galaxy\.ya?ml$/.test(base)) {
        await reportAnsibleCollection(ctx, file);
      } else {
        // Translations, site data and CI folders hold YAML by the thousand and no manifest: not read.
        if (NOT_MANIFESTS.test(file) || LOCKFILES.has(base)) continue;
        const text = await ctx.text(file);
        if (text === undefined) continue;
        // A CloudFormation template under a name of its own (`infra/network.yaml`, `stack.yml`).
        if (isCloudFormationYaml(text)) {
          await reportCloudFormationYaml(ctx, file, text);
        } else {
          // A Kubernetes manifest: where it is kept, or what a kustomization beside it or a Skaffold configuration applies.
          const parsed = parsedFirst.get(file);
          parsedFirst.delete(file);
          reportKubernetesManifest(ctx, file, text, applied, parsed);
        }
      }
    }
  },
};

/** Folders of YAML that are data, not infrastructure: a Rails or Hugo app's locales, a Jekyll site's `_data`, CI workflows. */
const NOT_MANIFESTS = /(^|\/)(locales?|i18n|translations?|_data|\.github|\.circleci|__snapshots__)\//i;
/** YAML lockfiles, read by their own detectors and never a manifest. */
const LOCKFILES: ReadonlySet<string> = new Set(["pnpm-lock.yaml", "conda-lock.yml"]);
/** A Skaffold configuration (skaffold.yaml, or a variant such as skaffold-dev.yaml), told by its `skaffold/` apiVersion. */
const SKAFFOLD = /^skaffold([-_.][\w.-]*)?\.ya?ml$/;
/** How many manifest globs Skaffold configurations bring at most, and how long one may be: each is tried on every YAML file. */
const MAX_SKAFFOLD_GLOBS = 200;
const MAX_SKAFFOLD_GLOB = 300;
/** A kustomization lists the manifests of its folder: the YAML beside it are manifests. */
const KUSTOMIZATIONS: readonly string[] = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
