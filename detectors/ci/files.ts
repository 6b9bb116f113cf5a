/** The files the ci detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
// Each service reads its file at the root only: copies in example folders run nowhere. Azure
// Pipelines runs a file at the path its pipeline is set to (`build/azure-pipelines.yml`, a
// `.azure-pipelines/` folder), outside example folders. A
// .travis.yml is read at any depth, as a subproject's own (yaml-configs.ts), and firebase.json where the
// Firebase CLI is run from (a web/ or app/ folder as often as the root). A .buildkite/ folder's
// JSON is a pipeline only by name (pipeline.json, as the agent uploads it, at the depth its YAML is
// read): the rest is a pipeline generator's package.json, lockfile and tsconfig.json.
export const CI_FILES = [".github/workflows/*.{yml,yaml}", "/.gitlab-ci.yml", ".circleci/config.{yml,yaml}", "/bitbucket-pipelines.yml", "/.drone.yml", "azure-pipelines*.{yml,yaml}", ".azure-pipelines/**/*.{yml,yaml}", ".buildkite/**/*.{yml,yaml}", ".buildkite/**/pipeline*.json", "/buildkite.{yml,yaml,json}", "/buildkite/pipeline.{yml,yaml,json}", "/.woodpecker.{yml,yaml}", ".woodpecker/*.{yml,yaml}", ".travis.yml", "/netlify.toml", "firebase.json", "Jenkinsfile", "Jenkinsfile.*", "*.{Jenkinsfile,jenkinsfile}", "/action.{yml,yaml}", ".github/actions/**/action.{yml,yaml}", "/codemagic.yaml", "/bitrise.yml", "/.cirrus.yml", "/.semaphore/*.{yml,yaml}", "/{appveyor,.appveyor}.yml", "Earthfile", "**/admin/config.{yml,yaml}", "cloudbuild*.{yaml,yml,json}", "buildspec*.{yml,yaml}", "/{ci,concourse,.concourse,pipelines}/**/*.{yml,yaml}", "dagger.json"];

/**
 * Those of CI_FILES that set a service up and run no job of their own: Netlify CMS's (Decap's)
 * admin/config.yml, firebase.json's products, a Dagger module's dagger.json. The rest is a pipeline
 * or a job's steps (Cloud Build's and Buildkite's in JSON too; any YAML of a ci/, concourse/ or
 * pipelines/ folder taken for a pipeline's), read for the commands it runs.
 */
const CI_SETTINGS_FILES = ["**/admin/config.{yml,yaml}", "firebase.json", "dagger.json"];

/** The files of CI_FILES whose jobs a CI system runs: CI_FILES less CI_SETTINGS_FILES. */
export const CI_JOB_FILES = CI_FILES.filter((glob) => !CI_SETTINGS_FILES.includes(glob));
