import type { Detector } from "../../src/types.js";
import { baseName, inUsageFolder, isRecord, lineOf, yamlDocuments } from "../../src/kit.js";
import { readGitlabIncludes, publishesPages, reportGitlabTemplates } from "./gitlab.js";
import { reportImages, imagesIn } from "./images.js";
import { readTravis } from "./travis.js";
import { readNetlify, readFirebaseJson, readNetlifyCmsConfig } from "./build-hosts.js";
import { readCodemagic, readBitrise } from "./mobile-ci.js";
import { cirrusImages } from "./cirrus.js";
import { readSemaphore } from "./semaphore.js";
import { readAppveyor } from "./appveyor.js";
import { isJenkinsfile, reportJenkinsfile } from "./jenkins.js";
import { reportEarthfile } from "./earthfile.js";
import { reportDaggerModule } from "./dagger.js";
import { reportBitbucketPipes } from "./bitbucket.js";
import { reportOrbs } from "./circleci.js";
import { reportActionManifest, reportWorkflow } from "./workflow-report.js";
import { readAzureTemplates, reportAzureTasks } from "./azure-pipelines.js";
import { reportBuildkitePlugins } from "./buildkite.js";
import { cloudBuildImages } from "./cloud-build.js";
import { readCodebuildRuntimes } from "./codebuild.js";
import { readConcourse } from "./concourse.js";
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
    // The Azure Pipelines files read on their own, and the templates read so far: each file once.
    const azureRead = new Set(ctx.files.filter((f) => isAzurePipeline(f) && !inUsageFolder(f)));
    // The services a file matcher names already (from cloudbuild.yaml, buildspec.yml): a config under
    // another name beside one adds nothing, and the usual file stays the service's source.
    const named = {
      cloudBuild: ctx.files.some((f) => /^cloudbuild\.(ya?ml|json)$/.test(baseName(f))),
      codeBuild: ctx.files.some((f) => /^buildspec\.ya?ml$/.test(baseName(f))),
    };
    for (const file of ctx.files) {
      if (file === "netlify.toml") {
        await readNetlify(ctx, file);
        continue;
      }
      if (/(^|\/)admin\/config\.ya?ml$/.test(file)) {
        await readNetlifyCmsConfig(ctx, file);
        continue;
      }
      if (file === "firebase.json" || file.endsWith("/firebase.json")) {
        await readFirebaseJson(ctx, file);
        continue;
      }
      if (isJenkinsfile(file)) {
        await reportJenkinsfile(ctx, file);
        continue;
      }
      if (/^\.?(ci|concourse|pipelines)\/.*\.ya?ml$/.test(file) && !/^(cloudbuild|buildspec|azure-pipelines|\.travis\.yml)/.test(baseName(file))) {
        await readConcourse(ctx, file);
        continue;
      }
      if (baseName(file) === "dagger.json") {
        await reportDaggerModule(ctx, file);
        continue;
      }
      if (baseName(file) === "Earthfile") {
        await reportEarthfile(ctx, file);
        continue;
      }
      if (file === ".drone.yml") {
        // Drone keeps one pipeline a document (`---` between them).
        const text = (await ctx.text(file)) ?? "";
        const pipelines = yamlDocuments(ctx, file, text);
        if (!pipelines) continue;
        reportImages(ctx, new Set(pipelines.flatMap((p) => imagesIn(p))), file, text);
        continue;
      }
      const azure = isAzurePipeline(file);
      if (azure && inUsageFolder(file)) continue;
      // Cloud Build and CodeBuild run a file at the path their trigger or project is set to: one
      // anywhere, outside example folders.
      const cloudBuild = /^cloudbuild[^/]*\.(ya?ml|json)$/.test(baseName(file));
      const codeBuild = /^buildspec[^/]*\.ya?ml$/.test(baseName(file));
      if ((cloudBuild || codeBuild) && inUsageFolder(file)) continue;
      const data = await ctx.yaml(file);
      if (data === undefined) continue;
      const text = (await ctx.text(file)) ?? "";
      if (cloudBuild) {
        // A build config under another name (cloudbuild-staging.yaml, cloudbuild.gke.yaml) is one by
        // its `steps`; the file matcher names the service from cloudbuild.yaml itself.
        const images = cloudBuildImages(data);
        if (images.length > 0 && !named.cloudBuild && !/^cloudbuild\.(ya?ml|json)$/.test(baseName(file))) ctx.report({ ref: "format:cloud-build-config", file });
        reportImages(ctx, new Set(images), file, text);
        continue;
      }
      if (codeBuild) {
        // A buildspec under another name (buildspec-deploy.yml) is one by its `phases`; the file
        // matcher names the service from buildspec.yml itself.
        const isBuildspec = isRecord(data) && isRecord(data.phases);
        if (isBuildspec && !named.codeBuild && !/^buildspec\.ya?ml$/.test(baseName(file))) ctx.report({ ref: "format:codebuild-buildspec", file });
        if (isBuildspec) readCodebuildRuntimes(ctx, data, file, text);
        continue;
      }
      if (file === "codemagic.yaml") {
        readCodemagic(ctx, data, file, text);
        continue;
      }
      if (file === "bitrise.yml") {
        readBitrise(ctx, data, file, text);
        continue;
      }
      if (file === ".cirrus.yml") {
        reportImages(ctx, new Set(cirrusImages(data)), file, text);
        continue;
      }
      if (file.startsWith(".semaphore/")) {
        readSemaphore(ctx, data, file, text);
        continue;
      }
      if (/^\.?appveyor\.yml$/.test(file)) {
        readAppveyor(ctx, data, file, text);
        continue;
      }
      if (/(^|\/)action\.ya?ml$/.test(file)) {
        reportActionManifest(ctx, data, file, text);
      } else if (file.startsWith(".github/workflows/")) {
        reportWorkflow(ctx, data, file, text);
      } else if (file.endsWith(".travis.yml")) {
        if (file.includes("/")) {
          // A subproject's own Travis configuration (a `client/` kept from when it was a repository
          // of its own, a book chapter's project) shows the service, as the site's files name it;
          // a copy under an example, test, template or documentation folder does not.
          if (notAProject(file)) continue;
          ctx.report({ ref: "format:travis-config", file });
        }
        readTravis(ctx, data, file, text);
      } else {
        reportImages(ctx, new Set(imagesIn(data, [], 0, file === "bitbucket-pipelines.yml")), file, text);
        if (file.startsWith(".circleci/")) reportOrbs(ctx, data, file, text);
        if (azure) {
          reportAzureTasks(ctx, data, file, text);
          await readAzureTemplates(ctx, data, file, (tpl, tplFile, tplText) => {
            reportImages(ctx, new Set(imagesIn(tpl)), tplFile, tplText);
            reportAzureTasks(ctx, tpl, tplFile, tplText);
          }, azureRead);
        }
        if (/^(\.buildkite\/|buildkite\.|buildkite\/pipeline\.)/.test(file)) reportBuildkitePlugins(ctx, data, file, text);
        if (file === ".gitlab-ci.yml" && publishesPages(data)) ctx.report({ ref: "format:gitlab-pages-job", file, line: lineOf(text, "pages:") });
        if (file === ".gitlab-ci.yml") {
          reportGitlabTemplates(ctx, data, file, text);
          await readGitlabIncludes(ctx, data);
        }
        if (file === "bitbucket-pipelines.yml") reportBitbucketPipes(ctx, data, file, text);
      }
    }
  },
};
/** Folders whose files show how to use something rather than how this repository is built: templates too. */
const notAProject = (file: string): boolean => inUsageFolder(file) || /(^|\/)templates?\//i.test(file);

/** An Azure Pipelines file the detector reads on its own (`azure-pipelines*.yml`, a `.azure-pipelines/` folder's). */
function isAzurePipeline(file: string): boolean {
  return /(^|\/)azure-pipelines[^/]*$|(^|\/)\.azure-pipelines\//.test(file);
}
