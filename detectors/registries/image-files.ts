import { anyGlob, inUsageFolder, isDataYaml } from "../../src/kit.js";
import { CI_JOB_FILES } from "../files.js";
import type { SourceReader } from "./found.js";

/**
 * A CI system's configuration, read for the commands and images of its jobs (ci-sources.ts's
 * ciTargets): a file of the ci detector's CI_JOB_FILES, matched as the scan matches them. The files
 * it reads for a service's settings alone (firebase.json, Netlify CMS's admin/config.yml) are
 * glanced at as any other.
 */
const runByCi = anyGlob(CI_JOB_FILES);

/**
 * A YAML, JSON or Terraform file that no reader of its own takes (`reader`, the first of
 * SOURCE_READERS that takes it) and no CI system runs: read only for the images it names, a glance,
 * without a warning when one is large (a YAML named for requirements too: Ansible's
 * requirements.yml, a Helm 2 chart's requirements.yaml are no pip files).
 */
export function readForImagesOnly(file: string, base: string, reader: SourceReader | undefined): boolean {
  return (
    reader === undefined &&
    /\.(ya?ml|json|tf)$/.test(base) &&
    !runByCi(file)
  );
}

/**
 * Such a file that runs nowhere of the project's own, so none is read: translations, site data and
 * lockfiles hold YAML by the thousand and no image, and an example's, a test's or a page of
 * documentation's manifest (`docs/eks.yaml`'s `123456789012.dkr.ecr...` is AWS's placeholder
 * account, not a registry).
 */
export function holdsNoImageOfItsOwn(file: string): boolean {
  return isDataYaml(file) || inUsageFolder(file);
}
