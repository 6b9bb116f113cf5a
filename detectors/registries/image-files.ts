import { inUsageFolder, isDataYaml } from "../../src/kit.js";

/**
 * A YAML, JSON or Terraform file that no reader of its own takes and no CI system runs: read only
 * for the images it names, a glance, without a warning when one is large.
 */
export function readForImagesOnly(file: string, base: string): boolean {
  return (
    !/^(\.gitlab-ci\.yml|\.travis\.yml|bitbucket-pipelines\.yml|azure-pipelines\.yml|\.yarnrc\.yml|cloudbuild\.ya?ml|buildspec[^/]*\.ya?ml|\.drone\.yml|\.woodpecker\.ya?ml)$|^(docker-)?compose/.test(base) &&
    !/^\.(github\/workflows|woodpecker|buildkite)\//.test(file) &&
    !/^\.github\/dependabot\.ya?ml$/.test(file) &&
    !file.endsWith(".circleci/config.yml") &&
    /\.(ya?ml|json|tf)$/.test(base) &&
    base !== "package.json" &&
    base !== "composer.json"
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
