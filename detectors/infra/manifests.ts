import { IMAGE_REFERENCE, isRecord, textLines } from "../../src/kit.js";

/** A Cloud Run service or job: its own API group, or a Knative Service annotated `run.googleapis.com/...`. */
export function isCloudRun(group: string | undefined, doc: unknown): boolean {
  if (group === "run.googleapis.com") return true;
  return group === "serving.knative.dev" && hasCloudRunKey(doc);
}

/**
 * Whether a key of the value, at any depth, is one of Cloud Run's (`run.googleapis.com/ingress`).
 * Walked rather than serialized: a value that repeats one long string by aliases serialized past
 * the longest string there can be, and the whole detector failed.
 */
function hasCloudRunKey(value: unknown, depth = 0): boolean {
  if (depth > 30 || !value || typeof value !== "object") return false;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (/^run\.googleapis\.com\/[\w.-]+$/.test(key) || hasCloudRunKey(v, depth + 1)) return true;
  }
  return false;
}

/**
 * The Helm charts a GitOps object deploys: an Argo CD Application's `spec.source.chart` (or each
 * of its `spec.sources`), at its `targetRevision`, and a Flux HelmRelease's `spec.chart.spec.chart`,
 * at its `version`. An Application of plain manifests (a `path`, no `chart`) deploys none.
 */
export function gitOpsCharts(group: string | undefined, kind: string, doc: unknown): Array<{ name: string; version?: string }> {
  const spec = (doc as { spec?: unknown } | null)?.spec as Record<string, unknown> | undefined;
  if (!spec || typeof spec !== "object") return [];
  const charts: Array<{ name: string; version?: string }> = [];
  const add = (name: unknown, version: unknown) => {
    if (typeof name === "string" && /^[\w.-]+$/.test(name)) charts.push({ name: name.toLowerCase(), version: typeof version === "string" ? version : undefined });
  };
  if (group === "argoproj.io" && kind === "Application") {
    const sources = [spec.source, ...(Array.isArray(spec.sources) ? spec.sources : [])] as Array<Record<string, unknown> | undefined>;
    for (const source of sources) if (source && typeof source === "object") add(source.chart, source.targetRevision);
  } else if (group === "helm.toolkit.fluxcd.io" && kind === "HelmRelease") {
    const chart = (spec.chart as { spec?: Record<string, unknown> } | undefined)?.spec;
    if (chart && typeof chart === "object") add(chart.chart, chart.version);
  }
  return charts;
}

/** The images of a chart's values: each `{ repository, tag }` (with its `registry`, when it names one), or an `image:` string. */
export function chartImages(value: unknown, depth = 0, out: string[] = []): string[] {
  if (depth > 20 || !value || typeof value !== "object") return out;
  const o = value as Record<string, unknown>;
  if (typeof o.repository === "string" && /^[\w.-]+(\/[\w.-]+)*$/.test(o.repository) && !/^https?:/.test(o.repository)) {
    const tag = typeof o.tag === "string" && /^[\w.-]+$/.test(o.tag) ? `:${o.tag}` : "";
    out.push(`${o.repository}${tag}`);
    return out;
  }
  for (const [key, v] of Object.entries(o)) {
    if (key === "image" && typeof v === "string" && IMAGE_REFERENCE.test(v)) out.push(v);
    else chartImages(v, depth + 1, out);
  }
  return out;
}

/** Every `image:` string under `containers` or `initContainers` of a manifest. */
export function imagesOf(value: unknown, depth = 0, out: string[] = []): string[] {
  if (depth > 30 || !value || typeof value !== "object") return out;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if ((key === "containers" || key === "initContainers") && Array.isArray(v)) {
      for (const c of v) if (typeof (c as { image?: unknown })?.image === "string") out.push((c as { image: string }).image);
    } else imagesOf(v, depth + 1, out);
  }
  return out;
}

/**
 * The line of each `image:` value's first occurrence in a YAML text (`image: alpine:3.19`,
 * `- image: "node:20"`), by one pass over its lines: a file of thousands of documents, each with
 * images of its own, is not searched again for each.
 */
export function imageLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  textLines(text).forEach((row, i) => {
    const image = /^[ \t]*(?:-[ \t]+)?image[ \t]*:[ \t]*["']?([^\s"'#]+)/.exec(row)?.[1];
    if (image && !out.has(image)) out.set(image, i + 1);
  });
  return out;
}

/** Every `image:` string of a Tekton object's `steps`, `sidecars` and `stepTemplate`, at any depth (a Pipeline's `taskSpec`). */
export function tektonImages(value: unknown, depth = 0, out: string[] = []): string[] {
  if (depth > 30 || !value || typeof value !== "object") return out;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if ((key === "steps" || key === "sidecars") && Array.isArray(v)) {
      for (const c of v) if (typeof (c as { image?: unknown })?.image === "string" && IMAGE_REF.test((c as { image: string }).image)) out.push((c as { image: string }).image);
    } else if (key === "stepTemplate" && typeof (v as { image?: unknown } | null)?.image === "string" && IMAGE_REF.test((v as { image: string }).image)) {
      out.push((v as { image: string }).image);
    } else tektonImages(v, depth + 1, out);
  }
  return out;
}

/** An image reference as written (a name, with a registry and tag where given), not a `$(params.image)` substitution. */
const IMAGE_REF = /^[\w./-]+(:[\w.-]+)?(@sha256:[a-f0-9]+)?$/;

/**
 * The class an Ingress names, lowercase: `spec.ingressClassName`, else the
 * `kubernetes.io/ingress.class` annotation Kubernetes used before 1.18. Nothing for another kind.
 */
export function ingressClassOf(apiVersion: string, kind: string, doc: unknown): string | undefined {
  if (kind !== "Ingress" || !/^(networking\.k8s\.io|extensions)\//.test(apiVersion)) return undefined;
  const d = doc as { spec?: { ingressClassName?: unknown } | null; metadata?: { annotations?: Record<string, unknown> | null } | null } | null;
  const named = d?.spec?.ingressClassName ?? d?.metadata?.annotations?.["kubernetes.io/ingress.class"];
  return typeof named === "string" && /^[\w.-]+$/.test(named.trim()) ? named.trim().toLowerCase() : undefined;
}

/** A cert-manager Issuer or ClusterIssuer whose ACME server is Let's Encrypt's (production or staging). */
export function isLetsEncryptIssuer(group: string | undefined, kind: string, doc: unknown): boolean {
  if (group !== "cert-manager.io" || (kind !== "Issuer" && kind !== "ClusterIssuer")) return false;
  const server = (doc as { spec?: { acme?: { server?: unknown } | null } | null } | null)?.spec?.acme?.server;
  return typeof server === "string" && /^https:\/\/acme(-staging)?-v02\.api\.letsencrypt\.org\//.test(server.trim());
}

/**
 * The event sources a KEDA ScaledObject or ScaledJob scales its workload on: each trigger's `type`
 * (`kafka`, `rabbitmq`, `aws-sqs-queue`, `redis-streams`), lowercase. The workload consumes from them.
 */
export function kedaTriggers(group: string | undefined, kind: string, doc: unknown): string[] {
  if (group !== "keda.sh" || (kind !== "ScaledObject" && kind !== "ScaledJob")) return [];
  const triggers = (doc as { spec?: { triggers?: unknown } | null } | null)?.spec?.triggers;
  if (!Array.isArray(triggers)) return [];
  const types = triggers.map((t) => (t as { type?: unknown } | null)?.type).filter((t): t is string => typeof t === "string" && /^[\w.-]+$/.test(t.trim()));
  return [...new Set(types.map((t) => t.trim().toLowerCase()))];
}

/**
 * The secret backend an External Secrets Operator SecretStore or ClusterSecretStore reads from: its
 * one `spec.provider` key (`vault`, `gcpsm`, `azurekv`), and for `aws` the service it names
 * (`aws-secretsmanager`, `aws-parameterstore`; Secrets Manager when none is given).
 */
export function secretStoreProviders(group: string | undefined, kind: string, doc: unknown): string[] {
  if (group !== "external-secrets.io" || (kind !== "SecretStore" && kind !== "ClusterSecretStore")) return [];
  const provider = (doc as { spec?: { provider?: unknown } | null } | null)?.spec?.provider;
  if (!isRecord(provider)) return [];
  return Object.entries(provider).map(([key, value]) => {
    if (key !== "aws") return key.toLowerCase();
    const service = (value as { service?: unknown } | null)?.service;
    return typeof service === "string" && /^parameterstore$/i.test(service.trim()) ? "aws-parameterstore" : "aws-secretsmanager";
  });
}

/**
 * The node images a local cluster's configuration runs: a Kind `Cluster`'s `nodes[].image`
 * (`kindest/node:v1.29.2`, that Kubernetes release) and a K3d `Simple` config's `image`
 * (`rancher/k3s:v1.28.6-k3s2`, that k3s release).
 */
export function clusterConfigImages(group: string | undefined, kind: string, doc: unknown): string[] {
  const d = doc as { nodes?: unknown; image?: unknown } | null;
  if (group === "kind.x-k8s.io" && kind === "Cluster" && Array.isArray(d?.nodes)) {
    return [...new Set(d.nodes.map((n) => (n as { image?: unknown } | null)?.image).filter((i): i is string => typeof i === "string" && IMAGE_REF.test(i.trim())).map((i) => i.trim()))];
  }
  if (group === "k3d.io" && kind === "Simple" && typeof d?.image === "string" && IMAGE_REF.test(d.image.trim())) return [d.image.trim()];
  return [];
}

/** The Istio release an IstioOperator installs: its `spec.tag` (`1.20.3`, `1.20.3-distroless`), the tag of Istio's own images. */
export function istioOperatorTag(group: string | undefined, kind: string, doc: unknown): string | undefined {
  if (group !== "install.istio.io" || kind !== "IstioOperator") return undefined;
  const tag = (doc as { spec?: { tag?: unknown } | null } | null)?.spec?.tag;
  return typeof tag === "string" && /^[\w.-]+$/.test(tag.trim()) ? tag.trim() : undefined;
}

/** The Argo Workflows kinds whose templates run steps in images. */
const ARGO_WORKFLOW_KINDS: ReadonlySet<string> = new Set(["Workflow", "WorkflowTemplate", "ClusterWorkflowTemplate", "CronWorkflow"]);

/**
 * The images an Argo Workflows object's steps run (`templates[].container`, `script`, `containerSet`,
 * sidecars and init containers; a CronWorkflow's `workflowSpec` alike), as a Tekton Task's steps, and an
 * Argo Rollout's pod template's: wherever the object is kept (a workflows/ folder).
 */
export function argoImages(group: string | undefined, kind: string, doc: unknown): string[] {
  if (group !== "argoproj.io") return [];
  if (kind === "Rollout") return imagesOf(doc).filter((i) => IMAGE_REF.test(i));
  if (!ARGO_WORKFLOW_KINDS.has(kind)) return [];
  const out: string[] = [];
  const walk = (value: unknown, depth: number): void => {
    if (depth > 30 || !value || typeof value !== "object") return;
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const image = (v as { image?: unknown } | null)?.image;
      if ((key === "container" || key === "script") && typeof image === "string" && IMAGE_REF.test(image)) out.push(image);
      else if ((key === "containers" || key === "initContainers" || key === "sidecars") && Array.isArray(v)) {
        for (const c of v) if (typeof (c as { image?: unknown })?.image === "string" && IMAGE_REF.test((c as { image: string }).image)) out.push((c as { image: string }).image);
      } else walk(v, depth + 1);
    }
  };
  walk(doc, 0);
  return [...new Set(out)];
}

/**
 * The namespaces of the label and annotation keys of a manifest's objects, at any depth (a pod
 * template's too): `linkerd.io` of `linkerd.io/inject`, `sidecar.istio.io` of `sidecar.istio.io/inject`;
 * a key without a prefix whole (`istio-injection`). Lowercase.
 */
export function metadataKeyPrefixes(value: unknown, depth = 0, out: Set<string> = new Set()): Set<string> {
  if (depth > 30 || !value || typeof value !== "object") return out;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (key === "metadata" && isRecord(v)) {
      for (const map of [v.labels, v.annotations]) {
        if (!isRecord(map)) continue;
        for (const k of Object.keys(map)) {
          const prefix = k.includes("/") ? k.slice(0, k.indexOf("/")) : k;
          if (/^[\w.-]+$/.test(prefix)) out.add(prefix.toLowerCase());
        }
      }
    }
    metadataKeyPrefixes(v, depth + 1, out);
  }
  return out;
}

/**
 * The values a GitOps object hands the chart it installs: an Argo CD Application's
 * `helm.valuesObject` (of `source` or each of `sources`) and a Flux HelmRelease's `spec.values`,
 * as objects (a `helm.values` string is not parsed).
 */
export function gitOpsValues(group: string | undefined, kind: string, doc: unknown): unknown[] {
  const spec = (doc as { spec?: unknown } | null)?.spec as Record<string, unknown> | undefined;
  if (!spec || typeof spec !== "object") return [];
  if (group === "argoproj.io" && kind === "Application") {
    const sources = [spec.source, ...(Array.isArray(spec.sources) ? spec.sources : [])] as Array<{ helm?: { valuesObject?: unknown } | null } | undefined>;
    return sources.map((s) => (s && typeof s === "object" ? s.helm?.valuesObject : undefined)).filter((v) => v && typeof v === "object");
  }
  if (group === "helm.toolkit.fluxcd.io" && kind === "HelmRelease" && spec.values && typeof spec.values === "object") return [spec.values];
  return [];
}

/** A YAML text with the `apiVersion` and `kind` lines of a Kubernetes object. */
export const MANIFEST_TEXT = (text: string): boolean => /^[ \t]*apiVersion:/m.test(text) && /^[ \t]*kind:/m.test(text);
