import type { Detector, DetectContext } from "../../src/types.js";
import { baseName, inUsageFolder, isRecord, lineOf, lineOfEach, yamlDocuments } from "../../src/kit.js";
import { versionFromTag } from "../../src/versions/image-tag.js";
import { releaseOfYear } from "../docker/image-version.js";
import { fullVersion } from "../../src/versions/range.js";
import { readGitlabIncludes, publishesPages, reportGitlabTemplates } from "./gitlab.js";
import { reportImage, reportImages, imagesIn, valuesOf, IMAGE } from "./images.js";
import { readTravis } from "./travis.js";
import { readNetlify, readFirebaseJson, readNetlifyCmsConfig } from "./build-hosts.js";
import { readCodemagic, readBitrise } from "./mobile-ci.js";
import { cirrusImages } from "./cirrus.js";
import { readSemaphore } from "./semaphore.js";
import { readAppveyor } from "./appveyor.js";
import { reportJenkinsSteps } from "./jenkins.js";
import { earthfileImages, earthfileVersion } from "./earthfile.js";
import { readAzureTemplates, reportAzureTasks } from "./azure-pipelines.js";
import { reportBuildkitePlugins } from "./buildkite.js";
import { cloudBuildImages } from "./cloud-build.js";
import { readCodebuildRuntimes } from "./codebuild.js";
import { readConcourse } from "./concourse.js";
import { readActionManifest, readWorkflow, type ForeignInput, type WorkflowUse } from "./github-actions.js";
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
      const jenkinsfile = isJenkinsfile(file);
      if (jenkinsfile) {
        // A pipeline kept under another name (`Jenkinsfile.release`, `deploy.Jenkinsfile`), the script
        // path a Jenkins job is set to; the file matcher names Jenkins from a Jenkinsfile itself.
        if (baseName(file) !== "Jenkinsfile") {
          if (inUsageFolder(file)) continue;
          ctx.report({ ref: "format:jenkins-pipeline", file });
        }
        // A pipeline's Docker agents: `docker { image 'maven:3.9-eclipse-temurin-17' }`, `docker.image('node:20').inside`,
        // and its Kubernetes agent's containers: `containerTemplate(name: 'go', image: 'golang:1.22')`, or
        // `image: golang:1.22` in the pod YAML a `kubernetes { yaml '''...''' }` block holds.
        const text = (await ctx.text(file)) ?? "";
        // An unquoted value holds no `(` or `{` (no image does): a run of `{(image:c` read on to its end
        // from each `image:` in it, a time that grows with its square.
        const images = new Set<string>();
        for (const m of text.matchAll(/(?:^|[\s{])image\s*(?:\(\s*)?['"]([^'"$\s]+)['"]|docker\.image\s*\(\s*['"]([^'"$\s]+)['"]|(?:^|[\s(,])image[ \t]*:[ \t]*(?:'([^'$\s]+)'|"([^"$\s]+)"|([^\s'"$,(){}]+)(?=[\s,)]|$))/gm)) {
          const named = m[3] ?? m[4] ?? m[5];
          if (named === undefined) images.add(m[1] ?? m[2]!);
          else if (IMAGE.test(named)) images.add(named);
        }
        reportImages(ctx, images, file, text);
        reportJenkinsSteps(ctx, file, text);
        continue;
      }
      if (/^\.?(ci|concourse|pipelines)\/.*\.ya?ml$/.test(file) && !/^(cloudbuild|buildspec|azure-pipelines|\.travis\.yml)/.test(baseName(file))) {
        await readConcourse(ctx, file);
        continue;
      }
      if (baseName(file) === "dagger.json") {
        // A Dagger module's `engineVersion` (`v0.13.3`): the Dagger engine release it was made with and runs on.
        if (inUsageFolder(file)) continue;
        const data = await ctx.json(file);
        const engine = isRecord(data) && typeof data.engineVersion === "string" ? data.engineVersion.trim() : "";
        if (/^v?\d+\.\d+\.\d+$/.test(engine)) ctx.report({ ref: "format:dagger-engine", file, declared: engine, version: engine.replace(/^v/, "") });
        continue;
      }
      if (baseName(file) === "Earthfile") {
        const text = (await ctx.text(file)) ?? "";
        reportImages(ctx, new Set(earthfileImages(text)), file, text);
        const version = earthfileVersion(text);
        if (version) ctx.report({ ref: "format:earthfile-version", file, line: version.line, declared: version.version, version: version.version });
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
        const manifest = readActionManifest(data, foreignInput(ctx));
        // A JavaScript action runs on the Node.js release it names (`using: node20`).
        if (manifest.node) ctx.report({ ref: "engine:node", file, line: lineOf(text, `node${manifest.node}`), version: fullVersion(manifest.node) });
        reportUses(ctx, manifest, file, text);
      } else if (file.startsWith(".github/workflows/")) {
        reportUses(ctx, readWorkflow(data, foreignInput(ctx)), file, text);
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
        // Bitbucket Pipes: `pipe: atlassian/aws-s3-deploy:1.1.0` deploys to or notifies a service.
        if (file === "bitbucket-pipelines.yml") {
          const lineOfPipe = lineOfEach(text);
          for (const pipe of new Set(valuesOf(data, "pipe"))) {
            const [name = "", tag] = pipe.replace(/^docker:\/\//, "").split(":");
            if (name) ctx.report({ ref: `bitbucket-pipe:${name.toLowerCase()}`, file, line: lineOfPipe(pipe), declared: tag });
          }
        }
      }
    }
  },
};
/**
 * CircleCI orbs, the packaged jobs and commands a config imports (`orbs: { heroku: circleci/heroku@2.0.0 }`):
 * `circleci-orb:namespace/name`, with the orb's own release as written (never the tool's). An inline
 * orb (a map, not a reference) names nothing.
 */
function reportOrbs(ctx: DetectContext, data: unknown, file: string, text: string): void {
  const orbs = (data as { orbs?: unknown } | null)?.orbs;
  if (!orbs || typeof orbs !== "object" || Array.isArray(orbs)) return;
  const lineOfOrb = lineOfEach(text);
  for (const ref of Object.values(orbs as Record<string, unknown>)) {
    if (typeof ref !== "string") continue;
    const [name = "", release] = ref.trim().split("@");
    if (/^[\w-]+\/[\w.-]+$/.test(name)) ctx.report({ ref: `circleci-orb:${name.toLowerCase()}`, file, line: lineOfOrb(ref), declared: release });
  }
}

/** An action's input that the catalog's `action-input` keys give to a tool of its own, never the action's version. */
function foreignInput(ctx: DetectContext): ForeignInput {
  return (action, input) => ctx.lookup("action-input", `${action}:${input}`).length > 0;
}

function reportUses(ctx: DetectContext, uses: WorkflowUse[], file: string, text: string): void {
  // Each kind's lines looked up in bounded work (an action's line searched from the top for each of
  // 30,000 steps took 10 s; an input written `"python-version":` was searched to the end each time).
  const lineOfAction = lineOfEach(text);
  const lineOfInput = lineOfEach(text);
  const lineOfImage = lineOfEach(text);
  for (const use of uses) {
    if (use.action) ctx.report({ ref: `action:${use.action}`, file, line: lineOfAction(use.action), declared: use.version, version: use.version ? versionFromTag(use.version) : undefined });
    // An input the catalog knows names a runtime the action installs, at the release it gives
    // (erlef/setup-beam's `otp-version` is Erlang's, its `elixir-version` Elixir's).
    for (const [input, value] of Object.entries(use.inputs ?? {})) {
      const key = `${use.action}:${input}`;
      const ids = ctx.lookup("action-input", key);
      if (ids.length === 0) continue;
      // A year names a release line of a tool numbered otherwise (`sqlserver-version: 2022` is SQL Server 16.0).
      const version = value ? (releaseOfYear(ids, value) ?? { release: versionFromTag(value) }).release : undefined;
      ctx.report({ ref: `action-input:${key}`, file, line: lineOfInput(`${input}:`), declared: value || undefined, version });
    }
    if (use.image) reportImage(ctx, use.image, file, lineOfImage);
  }
}

/** Folders whose files show how to use something rather than how this repository is built: templates too. */
const notAProject = (file: string): boolean => inUsageFolder(file) || /(^|\/)templates?\//i.test(file);

/**
 * A Jenkins pipeline script: a Jenkinsfile, or one named for its job (`Jenkinsfile.release`,
 * `deploy.Jenkinsfile`); not a document, backup or template beside it (`Jenkinsfile.md`, `Jenkinsfile.bak`).
 */
function isJenkinsfile(file: string): boolean {
  const base = baseName(file);
  if (base === "Jenkinsfile" || /^[\w.-]+\.[Jj]enkinsfile$/.test(base)) return true;
  return /^Jenkinsfile\.[\w-]+$/.test(base) && !/\.(md|txt|rst|adoc|html|bak|orig|old|example|sample|template|tpl|j2|erb|swp|disabled)$/i.test(base);
}

/** An Azure Pipelines file the detector reads on its own (`azure-pipelines*.yml`, a `.azure-pipelines/` folder's). */
function isAzurePipeline(file: string): boolean {
  return /(^|\/)azure-pipelines[^/]*$|(^|\/)\.azure-pipelines\//.test(file);
}
