import type { DetectContext } from "../../src/types.js";
import { lineOf, lineOfEach } from "../../src/kit.js";
import { publishesPages, readGitlabIncludes, reportGitlabTemplates } from "./gitlab.js";
import { imagesIn } from "./images.js";
import { reportImageRefs } from "../docker/image-findings.js";
import { reportBitbucketPipes } from "./bitbucket.js";
import { reportOrbs } from "./circleci.js";
import { readAzureTemplates, reportAzureTasks } from "./azure-pipelines.js";
import { reportBuildkitePlugins } from "./buildkite.js";

/**
 * A pipeline file of the services whose jobs name their container images (GitLab CI, CircleCI,
 * Bitbucket, Woodpecker, Azure Pipelines, Buildkite): the images, then what each service adds
 * (CircleCI's orbs, Azure's tasks and templates, Buildkite's plugins, GitLab's Pages job,
 * templates and includes, Bitbucket's pipes). `azureRead`: the Azure Pipelines files read so far.
 */
export async function readJobConfig(ctx: DetectContext, data: unknown, file: string, text: string, azure: boolean, azureRead: Set<string>): Promise<void> {
  reportImageRefs(ctx, file, imagesIn(data, [], 0, file === "bitbucket-pipelines.yml"), lineOfEach(text));
  if (file.startsWith(".circleci/")) reportOrbs(ctx, data, file, text);
  if (azure) {
    reportAzureTasks(ctx, data, file, text);
    await readAzureTemplates(ctx, data, file, (tpl, tplFile, tplText) => {
      reportImageRefs(ctx, tplFile, imagesIn(tpl), lineOfEach(tplText));
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
