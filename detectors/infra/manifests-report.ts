import type { DetectContext } from "../../src/types.js";
import { baseName, lineOf, lineOfEach, yamlDocuments, type ParsedYamlDocuments } from "../../src/kit.js";
import { versionFromTag } from "../../src/versions/image-tag.js";
import { reportImageRefs } from "../docker/image-findings.js";
import { ILLUSTRATIONS, keptAsManifest } from "./manifest-places.js";
import { MANIFEST_TEXT, isCloudRun, gitOpsCharts, chartImages, imagesOf, imageLines, tektonImages, ingressClassOf, isLetsEncryptIssuer, kedaTriggers, secretStoreProviders, clusterConfigImages, istioOperatorTag, argoImages, metadataKeyPrefixes, gitOpsValues } from "./manifests.js";

/**
 * A YAML that may hold Kubernetes objects (`text`, the file's): any with `apiVersion` and `kind` where
 * manifests are kept (keptAsManifest: a manifest folder at any depth, a Kubernetes name, outside a
 * test's place), or where `applied` says a kustomization beside it, a Skaffold configuration or a
 * GitOps controller's object applies it, with the images of their pod specs; anywhere else only the
 * API group of a custom resource, and the images of Argo's and Tekton's objects. `parsed`: the
 * file's documents where the GitOps pass before parsed them (parseYamlDocuments).
 */
export function reportKubernetesManifest(ctx: DetectContext, file: string, text: string, applied: (file: string) => boolean, parsed?: ParsedYamlDocuments): void {
  // A template (`{{ .Values.x }}`, Helm's) is no YAML until rendered: skipped. Argo's own
  // parameters (a Workflow's `{{inputs.parameters.image}}`, an ApplicationSet's `{{path.basename}}`)
  // sit inside values of plain YAML: a file of Argo objects only, with no template line, is read.
  const templated = text.includes("{{");
  if (!MANIFEST_TEXT(text) || (templated && !argoParameterized(text))) return;
  // A manifest under examples/, samples/, demos/ or docs/ illustrates (a library's sample Argo CD
  // Application, a tutorial's VirtualService): the project does not deploy it.
  if (ILLUSTRATIONS.test(file)) return;
  if (baseName(file) === "gotk-components.yaml") reportFluxComponents(ctx, file, text);
  const placed = keptAsManifest(file) || applied(file);
  // Outside a manifest folder, only a custom resource's API group speaks (a CI or docs YAML may have a `kind`).
  if (!placed && !/^[ \t]*apiVersion:\s*["']?[\w-]+\.[\w.-]+\//m.test(text)) return;
  // Argo's parameters may still break a document (`image: {{inputs.parameters.image}}-slim`): it is
  // passed over without a warning, the file's other documents read.
  const docs = yamlDocuments(ctx, file, text, { quiet: templated }, parsed);
  if (!docs) return;
  const manifest = manifestFile(ctx, file, text, placed);
  for (const doc of docs) {
    const d = doc as { apiVersion?: unknown; kind?: unknown } | null;
    if (typeof d?.apiVersion !== "string" || typeof d.kind !== "string") continue;
    const group = /^([\w-]+\.[\w.-]+)\/[\w.-]+$/.exec(d.apiVersion)?.[1];
    const object: KubernetesObject = { doc, apiVersion: d.apiVersion, kind: d.kind, group };
    reportServices(manifest, object);
    reportInstalledReleases(manifest, object);
    reportWorkloads(manifest, object);
  }
}

/** One file of Kubernetes objects, as its objects' reports read it. */
interface ManifestFile {
  ctx: DetectContext;
  file: string;
  /** Whether it is kept as a manifest or applied (all its objects' kinds and pod images speak). */
  placed: boolean;
  /** A needle's first line in the file. */
  lineIn: (needle: string) => number | undefined;
  /** The lines of the file's `image:` values. */
  imageLines: () => Map<string, number>;
}

/** One Kubernetes object of a manifest: its document, `apiVersion`, `kind`, and API group (none for a core one). */
interface KubernetesObject {
  doc: unknown;
  apiVersion: string;
  kind: string;
  group: string | undefined;
}

/** A file of Kubernetes objects, its lines looked up as its objects ask for them. */
function manifestFile(ctx: DetectContext, file: string, text: string, placed: boolean): ManifestFile {
  // The lines of the file's `image:` values, read once when a Tekton object needs them.
  let imageLinesOfFile: Map<string, number> | undefined;
  // Each needle's line looked up once per file: a file of thousands of documents asks for the
  // same few (`istio-injection`, `type: kafka`) once a document, and a needle the text lacks
  // (a quoted `type: "kafka"`) was searched for to the file's end each time.
  const lineIn = lineOfEach(text);
  return { ctx, file, placed, lineIn, imageLines: () => (imageLinesOfFile ??= imageLines(text)) };
}

/**
 * The components `flux bootstrap` (or `flux install --export`) writes: its header names the Flux
 * release they are (`# Flux Version: v2.2.3`); each controller's image has a numbering of its own.
 */
function reportFluxComponents(ctx: DetectContext, file: string, text: string): void {
  const flux = /^# Flux Version: (v?\d+\.\d+\.\d+)[ \t]*$/m.exec(text);
  if (flux) ctx.report({ ref: "format:flux-components", file, line: lineOf(text, flux[0]), declared: flux[1], version: versionFromTag(flux[1]) });
}

/** What an object shows the project runs or uses: its API group, Cloud Run, an Ingress's controller, an ACME issuer, KEDA's and External Secrets' backends. */
function reportServices({ ctx, file, lineIn }: ManifestFile, { doc, apiVersion, kind, group }: KubernetesObject): void {
  // Cloud Run's YAML: a Knative Service carrying Cloud Run's own annotations (what `gcloud run
  // services replace` deploys), or a Job of its own API group. Cloud Run serves the Knative API
  // itself: its Service names no Knative.
  const cloudRun = isCloudRun(group, doc);
  if (group && !(cloudRun && group === "serving.knative.dev")) ctx.report({ ref: `k8s-api:${group}`, file });
  if (cloudRun) ctx.report({ ref: "format:cloud-run-service", file });
  // The controller an Ingress asks for by its class (`ingressClassName: nginx`, or the older
  // `kubernetes.io/ingress.class` annotation): the catalog keys the controllers' default classes.
  const ingressClass = ingressClassOf(apiVersion, kind, doc);
  if (ingressClass) ctx.report({ ref: `ingress-class:${ingressClass}`, file, line: ctx.lookup("ingress-class", ingressClass).length > 0 ? lineIn(ingressClass) : undefined });
  // A cert-manager issuer getting its certificates from Let's Encrypt's ACME server.
  if (isLetsEncryptIssuer(group, kind, doc)) ctx.report({ ref: "format:letsencrypt-acme-issuer", file, line: lineIn("letsencrypt.org") });
  // What a KEDA scaler scales on (a Kafka topic's lag, a RabbitMQ or SQS queue's length) and the
  // backend an External Secrets store reads (Vault, AWS Secrets Manager): services the workloads use.
  // Only keyed ones are reported (and their line looked up): a file of thousands of unknown types stays linear.
  for (const trigger of kedaTriggers(group, kind, doc)) {
    if (ctx.lookup("keda-trigger", trigger).length > 0) ctx.report({ ref: `keda-trigger:${trigger}`, file, line: lineIn(`type: ${trigger}`) ?? lineIn(`type: "${trigger}"`) ?? lineIn(`type: '${trigger}'`) });
  }
  for (const provider of secretStoreProviders(group, kind, doc)) {
    if (ctx.lookup("secret-store-provider", provider).length > 0) ctx.report({ ref: `secret-store-provider:${provider}`, file });
  }
}

/**
 * What an object installs, at its release: a local cluster's node images, an IstioOperator's Istio,
 * a GitOps controller's Helm charts and the images their values set.
 * (No line per image, as for a pod's: a value's first occurrence, looked up for each of thousands
 * of documents, made one file quadratic.)
 */
function reportInstalledReleases(manifest: ManifestFile, { doc, kind, group }: KubernetesObject): void {
  const { ctx, file } = manifest;
  // A local cluster's node images (Kind's kindest/node, K3d's rancher/k3s): the Kubernetes or k3s release it runs.
  reportImageRefs(ctx, file, clusterConfigImages(group, kind, doc));
  // The Istio release an IstioOperator installs (`spec.tag`).
  const istioTag = istioOperatorTag(group, kind, doc);
  if (istioTag) ctx.report({ ref: "format:istio-operator-tag", file, declared: istioTag, version: versionFromTag(istioTag) });
  // The Helm charts a GitOps controller installs: the chart's tool, its release the chart's.
  for (const chart of gitOpsCharts(group, kind, doc)) ctx.report({ ref: `helm-chart:${chart.name}`, file, declared: chart.version });
  // The images its values set (`image: { repository: bitnami/redis, tag: 7.2.4 }`), as a chart's values.yaml's.
  for (const values of gitOpsValues(group, kind, doc)) reportImageRefs(ctx, file, chartImages(values));
}

/** The images an object's workloads run in (Tekton's steps, Argo's, a pod's), and, where manifests are kept, its kind and the labels and annotations that act on it. */
function reportWorkloads(manifest: ManifestFile, { doc, kind, group }: KubernetesObject): void {
  const { ctx, file, lineIn } = manifest;
  // A Tekton Task's (or a Pipeline's inline task's) steps and sidecars run in images, as a
  // CI job's do, wherever the CI's manifests are kept (a tekton/ or .tekton/ folder).
  if (group === "tekton.dev") {
    const lines = manifest.imageLines();
    reportImageRefs(ctx, file, tektonImages(doc), (image) => lines.get(image));
  }
  // An Argo Workflows object's steps run in images, as a Tekton Task's, and an Argo Rollout's pods
  // as a Deployment's, wherever they are kept (a workflows/ folder); in a manifest folder, below.
  // (No line per image, as for a pod's below: a value's first occurrence, looked up for each of
  // thousands of documents, made one file quadratic.)
  const argo = argoImages(group, kind, doc);
  if (!manifest.placed) {
    reportImageRefs(ctx, file, argo);
    return;
  }
  ctx.report({ ref: `k8s-kind:${kind}`, file });
  // The labels and annotations a mesh's injector or a controller acts on (`linkerd.io/inject`, a
  // Namespace's `istio-injection`, `nginx.ingress.kubernetes.io/rewrite-target`), by their namespace:
  // only those the catalog keys are reported.
  for (const prefix of metadataKeyPrefixes(doc)) {
    if (ctx.lookup("k8s-metadata", prefix).length > 0) ctx.report({ ref: `k8s-metadata:${prefix}`, file, line: lineIn(`${prefix}/`) ?? lineIn(prefix) });
  }
  reportImageRefs(ctx, file, [...imagesOf(doc).filter((i) => !i.includes("{{")), ...argo]);
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
