import { IMAGE_REFERENCE, isRecord } from "../../src/kit.js";

/**
 * Google Cloud Build's steps (cloudbuild.yaml, .yml or .json): each step runs in the container image
 * its `name` gives, a builder Google ships (`gcr.io/cloud-builders/docker`, `gcr.io/cloud-builders/kubectl`)
 * or any other image (`node:20`, `hashicorp/terraform:1.8`), read as an image is (the catalog's
 * `docker` keys know Google's builders). A name built from substitutions (`gcr.io/$PROJECT_ID/builder`)
 * names nothing. The `images:` a build pushes are the project's own (the registries detector's).
 */
export function cloudBuildImages(data: unknown): string[] {
  const steps = isRecord(data) && Array.isArray(data.steps) ? data.steps : [];
  const out: string[] = [];
  for (const step of steps) {
    const name = isRecord(step) && typeof step.name === "string" ? step.name.trim() : "";
    if (name && IMAGE_REFERENCE.test(name)) out.push(name);
  }
  return out;
}
