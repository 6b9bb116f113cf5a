import type { DetectContext, Detector } from "../../src/types.js";
import { baseName, dirOf, inUsageFolder, isRecord, joinInside, jsonStringLines, lineOf, lineOfEach, repositoryGlob, sibling, splitImage, yamlDocuments } from "../../src/kit.js";
import { reportAzureFunctionsFile } from "./azure-functions.js";
import { reportOfficeAddinManifest, reportTeamsManifest } from "./microsoft-365-apps.js";
import { versionFromTag } from "../../src/versions/image-tag.js";
import { parseYamlAll } from "../../src/parse/yaml.js";
import { lowerBound } from "../../src/versions/range.js";
import { readTerraformLock } from "./terraform.js";
import { reportTerraformFile, reportTerraformJson, reportTerragrunt } from "./terraform-report.js";
import { reportKustomization } from "./kustomize.js";
import { reportRenderBlueprint } from "./render.js";
import { reportAppSpec } from "./digitalocean.js";
import { gcpRuntime } from "./gcp-runtime.js";
import { readGalaxyRequirements } from "./ansible-galaxy.js";
import { reportAnsibleCollection, reportAnsiblePlaybook, reportAnsibleRoleMetadata, reportGalaxyRequirements } from "./ansible.js";
import { reportRuntime } from "./lambda-runtime.js";
import { isCloudFormationYaml, readCloudFormation, reportCloudFormationYaml, reportResources } from "./cloudformation.js";
import { reportPulumiYaml } from "./pulumi-yaml.js";
import { reportServerless } from "./serverless.js";
import { reportWrangler } from "./wrangler.js";
import { reportFlyToml } from "./fly.js";
import { reportAzdProject } from "./azd.js";
import { reportAppServiceStacks, reportBicep } from "./azure-templates.js";
import { reportJsonTemplate } from "./json-templates.js";
import { MANIFEST_TEXT, isCloudRun, gitOpsCharts, chartImages, imagesOf, imageLines, tektonImages, ingressClassOf, isLetsEncryptIssuer, kedaTriggers, secretStoreProviders, clusterConfigImages, istioOperatorTag, argoImages, metadataKeyPrefixes, gitOpsValues } from "./manifests.js";
import { reportAppJson, reportHerokuYml, reportProcfile } from "./heroku.js";
import { readSkaffold, reportSkaffold, type SkaffoldUse } from "./skaffold.js";
import { reportChartDependencies, reportChartValues, reportHelmfile } from "./helm.js";
import { reportAppEngineApp } from "./app-engine.js";
import { imageFinding } from "../docker/image-version.js";

/**
 * Infrastructure as code: Kubernetes manifests (any YAML with `apiVersion` and `kind` in a manifest
 * folder or beside a kustomization, with the images of their pod specs; anywhere else only the API
 * group of a custom resource, `argoproj.io`, which the catalog may know), a kustomization's remote
 * GitHub bases and Helm charts, Helm chart dependencies, Terraform providers and modules (versions
 * from .terraform.lock.hcl; OpenTofu's .tofu files alike), a Terragrunt unit's registry module, the Serverless Framework's provider, Ansible playbooks, Render
 * Blueprints (render.yaml: runtimes, Redis, PostgreSQL), and the app manifests whose names other
 * tools share: Heroku's app.json and App Engine's app.yaml count
 * only when they hold that platform's keys (React Native and Expo also write an app.json), and a
 * Procfile only when it starts Heroku's PHP buildpack scripts.
 */
export const infraDetector: Detector = {
  name: "infra",
  // Every YAML: playbooks, charts, templates and manifests are told apart by name, folder and content below.
  files: ["*.tf", "*.tofu", ".terraform.lock.hcl", "terragrunt.hcl", "*.{yml,yaml}", "app.json", "Procfile", "wrangler.{toml,json,jsonc}", "fly.toml", "{host,function,local.settings}.json", "manifest*.xml", "manifest.json", "*.bicep", "*.json"],
  async detect(ctx) {
    const locks = new Map<string, Map<string, string>>();
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
    for (const file of ctx.files) {
      let galaxy: string[] | undefined;
      const base = baseName(file);
      if (KUSTOMIZATIONS.includes(base)) {
        // Its own kind names nothing more than the file itself does (Kustomize and Kubernetes), so it is not read as a manifest.
        await reportKustomization(ctx, file);
        continue;
      }
      if (base.endsWith(".tf") || base.endsWith(".tofu")) {
        await reportTerraformFile(ctx, file, locks.get(dirOf(file)));
      } else if (base === "terragrunt.hcl") {
        await reportTerragrunt(ctx, file);
      } else if (/^values\.ya?ml$/.test(base)) {
        await reportChartValues(ctx, file);
      } else if (base === "Chart.yaml" || (/^requirements\.ya?ml$/.test(base) && ctx.exists(sibling(file, "Chart.yaml")))) {
        await reportChartDependencies(ctx, file);
      } else if (skaffolds.has(file)) {
        await reportSkaffold(ctx, file, skaffolds.get(file)!);
      } else if (/^helmfile\.ya?ml$/.test(base) || /(^|\/)helmfile\.d\/[^/]+\.ya?ml$/.test(file)) {
        await reportHelmfile(ctx, file);
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
          continue;
        }
        // A template (`{{ .Values.x }}`, Helm's) is no YAML until rendered: skipped. Argo's own
        // parameters (a Workflow's `{{inputs.parameters.image}}`, an ApplicationSet's `{{path.basename}}`)
        // sit inside values of plain YAML: a file of Argo objects only, with no template line, is read.
        const templated = text.includes("{{");
        if (!MANIFEST_TEXT(text) || (templated && !argoParameterized(text))) continue;
        // A manifest under examples/, samples/, demos/ or docs/ illustrates (a library's sample Argo CD
        // Application, a tutorial's VirtualService): the project does not deploy it.
        if (ILLUSTRATIONS.test(file)) continue;
        // The components `flux bootstrap` (or `flux install --export`) writes: its header names the Flux
        // release they are (`# Flux Version: v2.2.3`); each controller's image has a numbering of its own.
        if (base === "gotk-components.yaml") {
          const flux = /^# Flux Version: (v?\d+\.\d+\.\d+)[ \t]*$/m.exec(text);
          if (flux) ctx.report({ ref: "format:flux-components", file, line: lineOf(text, flux[0]), declared: flux[1], version: versionFromTag(flux[1]) });
        }
        const placed = MANIFEST_FOLDER.test(file) || MANIFEST_NAME.test(base) || KUSTOMIZATIONS.some((k) => ctx.exists(sibling(file, k))) || (!SKAFFOLD.test(base) && skaffoldApplies(file));
        // Outside a manifest folder, only a custom resource's API group speaks (a CI or docs YAML may have a `kind`).
        if (!placed && !/^[ \t]*apiVersion:\s*["']?[\w-]+\.[\w.-]+\//m.test(text)) continue;
        if (templated) {
          try {
            parseYamlAll(text, file);
          } catch {
            continue;
          }
        }
        const docs = yamlDocuments(ctx, file, text);
        if (!docs) continue;
        // The lines of the file's `image:` values, read once when a Tekton object needs them.
        let imageLinesOfFile: Map<string, number> | undefined;
        // Each needle's line looked up once per file: a file of thousands of documents asks for the
        // same few (`istio-injection`, `type: kafka`) once a document, and a needle the text lacks
        // (a quoted `type: "kafka"`) was searched for to the file's end each time.
        const lineIn = memoLines(text);
        for (const doc of docs) {
          const d = doc as { apiVersion?: unknown; kind?: unknown } | null;
          if (typeof d?.apiVersion !== "string" || typeof d.kind !== "string") continue;
          const group = /^([\w-]+\.[\w.-]+)\/[\w.-]+$/.exec(d.apiVersion)?.[1];
          // Cloud Run's YAML: a Knative Service carrying Cloud Run's own annotations (what `gcloud run
          // services replace` deploys), or a Job of its own API group. Cloud Run serves the Knative API
          // itself: its Service names no Knative.
          const cloudRun = isCloudRun(group, doc);
          if (group && !(cloudRun && group === "serving.knative.dev")) ctx.report({ ref: `k8s-api:${group}`, file });
          if (cloudRun) ctx.report({ ref: "format:cloud-run-service", file });
          // The controller an Ingress asks for by its class (`ingressClassName: nginx`, or the older
          // `kubernetes.io/ingress.class` annotation): the catalog keys the controllers' default classes.
          const ingressClass = ingressClassOf(d.apiVersion, d.kind, doc);
          if (ingressClass) ctx.report({ ref: `ingress-class:${ingressClass}`, file, line: ctx.lookup("ingress-class", ingressClass).length > 0 ? lineIn(ingressClass) : undefined });
          // A cert-manager issuer getting its certificates from Let's Encrypt's ACME server.
          if (isLetsEncryptIssuer(group, d.kind, doc)) ctx.report({ ref: "format:letsencrypt-acme-issuer", file, line: lineIn("letsencrypt.org") });
          // What a KEDA scaler scales on (a Kafka topic's lag, a RabbitMQ or SQS queue's length) and the
          // backend an External Secrets store reads (Vault, AWS Secrets Manager): services the workloads use.
          // Only keyed ones are reported (and their line looked up): a file of thousands of unknown types stays linear.
          for (const trigger of kedaTriggers(group, d.kind, doc)) {
            if (ctx.lookup("keda-trigger", trigger).length > 0) ctx.report({ ref: `keda-trigger:${trigger}`, file, line: lineIn(`type: ${trigger}`) ?? lineIn(`type: "${trigger}"`) ?? lineIn(`type: '${trigger}'`) });
          }
          for (const provider of secretStoreProviders(group, d.kind, doc)) {
            if (ctx.lookup("secret-store-provider", provider).length > 0) ctx.report({ ref: `secret-store-provider:${provider}`, file });
          }
          // A local cluster's node images (Kind's kindest/node, K3d's rancher/k3s): the Kubernetes or k3s release it runs.
          for (const image of clusterConfigImages(group, d.kind, doc)) {
            const ref = splitImage(image);
            if (ref) ctx.report({ ...imageFinding(ref), file });
          }
          // The Istio release an IstioOperator installs (`spec.tag`).
          const istioTag = istioOperatorTag(group, d.kind, doc);
          if (istioTag) ctx.report({ ref: "format:istio-operator-tag", file, declared: istioTag, version: versionFromTag(istioTag) });
          // The Helm charts a GitOps controller installs: the chart's tool, its release the chart's.
          for (const chart of gitOpsCharts(group, d.kind, doc)) ctx.report({ ref: `helm-chart:${chart.name}`, file, declared: chart.version });
          // The images its values set (`image: { repository: bitnami/redis, tag: 7.2.4 }`), as a chart's values.yaml's.
          for (const values of gitOpsValues(group, d.kind, doc)) {
            for (const image of chartImages(values)) {
              const ref = splitImage(image);
              if (ref) ctx.report({ ...imageFinding(ref), file });
            }
          }
          // A Tekton Task's (or a Pipeline's inline task's) steps and sidecars run in images, as a
          // CI job's do, wherever the CI's manifests are kept (a tekton/ or .tekton/ folder).
          if (group === "tekton.dev") {
            imageLinesOfFile ??= imageLines(text);
            for (const image of new Set(tektonImages(doc))) {
              const ref = splitImage(image);
              if (ref) ctx.report({ ...imageFinding(ref), file, line: imageLinesOfFile.get(image) });
            }
          }
          // An Argo Workflows object's steps run in images, as a Tekton Task's, and an Argo Rollout's pods
          // as a Deployment's, wherever they are kept (a workflows/ folder); in a manifest folder, below.
          // (No line per image, as for a pod's below: a value's first occurrence, looked up for each of
          // thousands of documents, made one file quadratic. The same holds for the values' and cluster images above.)
          const argo = argoImages(group, d.kind, doc);
          if (!placed) {
            for (const image of argo) {
              const ref = splitImage(image);
              if (ref) ctx.report({ ...imageFinding(ref), file });
            }
            continue;
          }
          ctx.report({ ref: `k8s-kind:${d.kind}`, file });
          // The labels and annotations a mesh's injector or a controller acts on (`linkerd.io/inject`, a
          // Namespace's `istio-injection`, `nginx.ingress.kubernetes.io/rewrite-target`), by their namespace:
          // only those the catalog keys are reported.
          for (const prefix of metadataKeyPrefixes(doc)) {
            if (ctx.lookup("k8s-metadata", prefix).length > 0) ctx.report({ ref: `k8s-metadata:${prefix}`, file, line: lineIn(`${prefix}/`) ?? lineIn(prefix) });
          }
          // (A Set: a Rollout's thousands of containers were each searched for in the list of all.)
          const podImages = new Set(imagesOf(doc).filter((i) => !i.includes("{{")));
          for (const image of new Set([...podImages, ...argo])) {
            const ref = splitImage(image);
            if (ref) ctx.report({ ...imageFinding(ref), file });
          }
        }
      }
    }
  },
};

/** `lineOf(text, needle)`, each needle searched for once. */
function memoLines(text: string): (needle: string) => number | undefined {
  const lines = new Map<string, number | undefined>();
  return (needle) => {
    if (!lines.has(needle)) lines.set(needle, lineOf(text, needle));
    return lines.get(needle);
  };
}

/**
 * A text whose every `apiVersion` is Argo's (argoproj.io) and no line of which opens with a template
 * action (`{{- if`, `{{ include`): its `{{...}}` are Argo's own parameters inside YAML values.
 */
function argoParameterized(text: string): boolean {
  if (/^[ \t]*\{\{/m.test(text)) return false;
  const versions = [...text.matchAll(/^[ \t-]*apiVersion:[ \t]*["']?([^\s"'#]*)/gm)].map((m) => m[1]!);
  return versions.length > 0 && versions.every((v) => /^argoproj\.io\//.test(v));
}
/** Where any YAML with `apiVersion` and `kind` is taken for a Kubernetes manifest (root folders). */
const MANIFEST_FOLDER = /^(k8s|kubernetes|manifests|deploy|deployment|helm|charts|infra)\//;
/** A YAML named for Kubernetes anywhere (`k8s-app.yaml`, `kubernetes.yml`, `api.k8s.yaml`). */
const MANIFEST_NAME = /^(k8s|kube|kubernetes)([-_.][^/]*)?\.ya?ml$|[-_.](k8s|kube)\.ya?ml$/;
/** Folders of YAML that are data, not infrastructure: a Rails or Hugo app's locales, a Jekyll site's `_data`, CI workflows. */
const NOT_MANIFESTS = /(^|\/)(locales?|i18n|translations?|_data|\.github|\.circleci|__snapshots__)\//i;
/** Folders of illustrations: examples, samples, demos and documentation (a test's manifests may set up the project's own cluster). */
const ILLUSTRATIONS = /(^|\/)(examples?|samples?|demos?|docs?)\//i;
/** YAML lockfiles, read by their own detectors and never a manifest. */
const LOCKFILES: ReadonlySet<string> = new Set(["pnpm-lock.yaml", "conda-lock.yml"]);
/** A Skaffold configuration (skaffold.yaml, or a variant such as skaffold-dev.yaml), told by its `skaffold/` apiVersion. */
const SKAFFOLD = /^skaffold([-_.][\w.-]*)?\.ya?ml$/;
/** How many manifest globs Skaffold configurations bring at most, and how long one may be: each is tried on every YAML file. */
const MAX_SKAFFOLD_GLOBS = 200;
const MAX_SKAFFOLD_GLOB = 300;
/** A kustomization lists the manifests of its folder: the YAML beside it are manifests. */
const KUSTOMIZATIONS: readonly string[] = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
