import { baseName } from "../../src/kit.js";

/**
 * Where a YAML of Kubernetes objects is one the project deploys, by its path alone: under a folder
 * named for manifests at any depth (`k8s/`, `services/api/k8s/`, `apps/web/kubernetes/`,
 * `infrastructure/k8s/`, `.k8s/`, `openshift/`, `k8s-manifests/`, a GitOps repository's `clusters/`,
 * `argocd/` or `gitops/`), or named for Kubernetes itself (`k8s-app.yaml`, `api.k8s.yml`); never
 * in a test's place (see inTestingPlace).
 */
export function keptAsManifest(file: string): boolean {
  if (inTestingPlace(file)) return false;
  return MANIFEST_NAME.test(baseName(file)) || folders(file).some((f) => MANIFEST_FOLDER.test(f));
}

/**
 * Whether a file lies where a project keeps what its tests apply, not what it deploys: under a
 * fixture folder (`testdata/`, `fixtures/`, `__tests__/`, `e2e/`) anywhere, or under a `test/`,
 * `tests/` or `spec/` folder that no manifest or environment folder comes before (an operator's
 * `test/manifests/`, a Java project's `src/test/resources/k8s/`; not an overlay for a test
 * environment, `k8s/overlays/test/`).
 */
export function inTestingPlace(file: string): boolean {
  const path = folders(file);
  if (path.some((f) => FIXTURE_FOLDER.test(f))) return true;
  for (const folder of path) {
    if (MANIFEST_FOLDER.test(folder) || ENVIRONMENTS_FOLDER.test(folder)) return false;
    if (TEST_FOLDER.test(folder)) return true;
  }
  return false;
}

/** Folders of illustrations: examples, samples, demos and documentation. Nothing under them is deployed, not even a custom resource. */
export const ILLUSTRATIONS = /(^|\/)(examples?|samples?|demos?|docs?)\//i;

/** The folders of a path, outermost first (`a/b/c.yaml` -> `a`, `b`). */
function folders(file: string): string[] {
  return file.split("/").slice(0, -1);
}

/**
 * A folder of Kubernetes manifests, by its name: Kubernetes' own names and their compounds
 * (`.k8s`, `k8s-manifests`, `kubernetes-config`), OpenShift's, and the names projects give their
 * deployment, Helm, Kustomize, infrastructure and GitOps folders.
 */
const MANIFEST_FOLDER = /^(\.?(k8s|kube|kubernetes)([-_](manifests?|deploy|deployments?|config|configs|resources|specs?|ya?ml|files|apps?))?|openshift|manifests?|deploy|deployments?|kustomize|helm|charts|infra|infrastructure|argocd|argo-cd|gitops|clusters)$/i;
/** A YAML named for Kubernetes anywhere (`k8s-app.yaml`, `kubernetes.yml`, `api.k8s.yaml`). */
const MANIFEST_NAME = /^(k8s|kube|kubernetes)([-_.][^/]*)?\.ya?ml$|[-_.](k8s|kube)\.ya?ml$/;
/** Folders of an environment's or a layer's manifests, whatever the folder above is named (`overlays/test/`). */
const ENVIRONMENTS_FOLDER = /^(overlays|environments|envs?|base|bases)$/i;
/** Folders of fixtures and of tests that set up a cluster of their own: never deployed, at any depth. */
const FIXTURE_FOLDER = /^(testdata|test[-_]data|fixtures?|__fixtures__|__tests__|e2e|e2e[-_]tests?)$/i;
/** A project's test folders: a test environment's name too when a manifest folder comes first (`k8s/test/`). */
const TEST_FOLDER = /^(tests?|spec|integration[-_]tests?)$/i;
