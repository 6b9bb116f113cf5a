import type { Detector } from "../../src/types.js";
import { inUsageFolder } from "../../src/kit.js";
import { isAzurePipeline } from "./azure-pipelines.js";
import { namedBuildServices } from "./build-services.js";
import { OWN_READERS } from "./own-readers.js";
import { readYamlConfig, type YamlScan } from "./yaml-configs.js";
import { CI_FILES } from "../files.js";

/**
 * CI configuration beyond the file that names the service (a catalog `file` matcher does that):
 * GitHub Actions steps (`action:<owner/repo>` with the runtime version a setup action installs),
 * and the container images CI jobs run in (GitHub Actions, GitLab CI, CircleCI, Bitbucket, Drone,
 * Woodpecker, Azure Pipelines, Buildkite's docker plugin).
 * Also action manifests: the repository's own `action.yml` and its local actions under
 * `.github/actions/`, whose composite steps are a workflow's steps kept elsewhere; the build and
 * deploy settings of hosting platforms that build the repository (netlify.toml's Hugo release,
 * firebase.json's products, Netlify CMS's admin/config.yml) and of mobile CI services (codemagic.yaml, bitrise.yml); Cirrus CI's
 * container images, Semaphore's images and the servers and language releases its jobs start
 * (`sem-service`, `sem-version`), AppVeyor's services, an Earthfile's images, a Jenkinsfile's plugin
 * steps, Azure Pipelines' tasks, Buildkite's plugins, the templates GitLab ships that a .gitlab-ci.yml includes, Cloud Build's step images, a CodeBuild
 * buildspec's `runtime-versions`, Concourse's pipelines and tasks.
 */
export const ciDetector: Detector = {
  name: "ci",
  files: CI_FILES,
  async detect(ctx) {
    const scan: YamlScan = {
      named: namedBuildServices(ctx.files),
      // The Azure Pipelines files read on their own, and the templates read so far: each file once.
      azureRead: new Set(ctx.files.filter((f) => isAzurePipeline(f) && !inUsageFolder(f))),
    };
    for (const file of ctx.files) {
      const own = OWN_READERS.find((r) => r.test(file));
      if (own) await own.read(ctx, file);
      else await readYamlConfig(ctx, file, scan);
    }
  },
};
