import { describe, expect, it } from "vitest";
import { ciDetector } from "../detectors/ci/index.js";
import { detectorFindings } from "./detector-findings.js";
import { expectFinishesWithin } from "./work-budget.js";
import { toolVersions } from "./helpers.js";

// Other CI systems' reusable steps of site tools that named no tool before their keys (catalog/matchers
// ci.yml): CircleCI orbs, Bitbucket pipes, Azure Pipelines tasks and Travis CI deploy providers. Each
// is the tool's own step or one that exists only to use it.
const opts = { git: false, packages: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

const tools = (files: Record<string, string>) => toolVersions(files, opts);

describe("CircleCI orbs", () => {
  it("name the platform an orb deploys to, builds with or reports to, never at the orb's release", async () => {
    const config = `version: 2.1
orbs:
  aws-eks: circleci/aws-eks@2.2.0
  code-deploy: circleci/aws-code-deploy@3.0.0
  aks: circleci/azure-aks@0.3.0
  cf: circleci/cloudfoundry@1.0.1
  cloudrun: circleci/gcp-cloud-run@1.0.2
  openshift: circleci/redhat-openshift@0.2.0
  serverless: circleci/serverless-framework@2.0.1
  hugo: circleci/hugo@1.3.1
  flutter: circleci/flutter@2.0.2
  rollbar: rollbar/deploy@1.0.1
  saucectl: saucelabs/saucectl-run@3.0.0
jobs:
  deploy:
    executor: aws-eks/python3
    steps:
      - checkout
      - aws-eks/update-kubeconfig-with-authenticator:
          cluster-name: prod
      - rollbar/notify_deploy
workflows:
  main:
    jobs:
      - hugo/build:
          html-proofer: true
      - deploy
`;
    const found = await tools({ ".circleci/config.yml": config });
    expect(found).toMatchObject({
      "Amazon EKS": "-", Kubernetes: "-", "AWS CodeDeploy": "-", "Azure Kubernetes Service": "-", "Cloud Foundry": "-",
      "Google Cloud Run": "-", "Google Cloud Platform": "-", "Red Hat OpenShift": "-", Serverless: "-", Hugo: "-",
      Flutter: "-", Rollbar: "-", "Sauce Labs": "-",
    });
  });
});

describe("Bitbucket pipes", () => {
  it("name the service a pipe analyses with, publishes to, deploys to or notifies", async () => {
    const pipeline = `image: node:20
clone:
  depth: full
pipelines:
  branches:
    main:
      - step:
          name: Analyse
          caches: [node]
          script:
            - npm ci && npm test
            - pipe: sonarsource/sonarcloud-scan:2.0.0
            - pipe: sonarsource/sonarcloud-quality-gate:0.1.6
      - step:
          name: Publish and deploy
          deployment: production
          script:
            - pipe: atlassian/npm-publish:0.3.3
              variables:
                NPM_TOKEN: $NPM_TOKEN
            - pipe: atlassian/serverless-deploy:1.3.0
            - pipe: atlassian/google-cloud-functions-deploy:1.7.0
              variables:
                KEY_FILE: $KEY_FILE
                PROJECT: my-project
                FUNCTION_NAME: handler
                ENTRY_POINT: handler
                RUNTIME: nodejs20
            - pipe: rollbar/rollbar-notify:0.2.9
            - pipe: atlassian/jira-transition:0.2.0
`;
    const found = await tools({ "bitbucket-pipelines.yml": pipeline });
    expect(found).toMatchObject({ SonarQube: "-", npm: "-", Serverless: "-", "Google Cloud Functions": "-", "Google Cloud Platform": "-", Rollbar: "-", Jira: "-" });
    expect(await tools({ "bitbucket-pipelines.yml": "pipelines:\n  default:\n    - step:\n        script:\n          - python -m build\n          - pipe: atlassian/pypi-publish:0.3.1\n            variables:\n              PYPI_USERNAME: __token__\n" })).toMatchObject({ PyPI: "-" });
  });
});

describe("Azure Pipelines tasks", () => {
  it("name the AWS services the AWS Toolkit's tasks call", async () => {
    const pipeline = `trigger: [main]
pool:
  vmImage: ubuntu-latest
steps:
  - task: AWSCLI@1
    inputs:
      awsCredentials: aws-prod
      regionName: eu-west-1
      awsCommand: sts
      awsSubCommand: get-caller-identity
  - task: S3Upload@1
    inputs:
      bucketName: my-artifacts
      sourceFolder: $(Build.ArtifactStagingDirectory)
  - task: ECRPushImage@1
    inputs:
      imageSource: imagename
      sourceImageName: api
      repositoryName: api
  - task: LambdaDeployFunction@1
    inputs:
      deploymentMode: codeonly
      functionName: api
  - task: CloudFormationCreateOrUpdateStack@1
    inputs:
      stackName: api
      templateFile: template.yml
  - task: CodeDeployDeployApplication@1
    inputs:
      applicationName: api
  - task: BeanstalkDeployApplication@1
    inputs:
      applicationName: web
  - task: SecretsManagerGetSecret@1
    inputs:
      secretIdOrName: prod/db
`;
    const found = await tools({ "azure-pipelines.yml": pipeline });
    expect(found).toMatchObject({
      "Amazon Web Services (AWS)": "-", "Amazon S3": "-", "Amazon ECR": "-", "AWS Lambda": "-", "AWS CloudFormation": "-",
      "AWS CodeDeploy": "-", "AWS Elastic Beanstalk": "-", "AWS Secrets Manager": "-",
    });
  });

  it("name the tool a build, analysis or deploy task runs, and Docker at the release DockerInstaller installs", async () => {
    const pipeline = `stages:
  - stage: build
    jobs:
      - job: build
        steps:
          - task: DockerInstaller@0
            inputs:
              dockerVersion: 24.0.7
          - task: SonarQubePrepare@5
            inputs:
              SonarQube: sonar
              scannerMode: MSBuild
          - task: DotNetCoreCLI@2
            inputs:
              command: build
              projects: '**/*.csproj'
          - task: NuGetCommand@2
            inputs:
              command: push
          - task: SonarQubeAnalyze@5
          - task: SonarQubePublish@5
          - task: SnykSecurityScan@1
            inputs:
              serviceConnectionEndpoint: snyk
          - task: KubectlInstaller@0
            inputs:
              kubectlVersion: 1.29.0
          - task: TerraformTaskV3@3
            inputs:
              command: init
          - task: PackerBuild@1
            inputs:
              templateType: custom
          - task: Ansible@0
            inputs:
              playbookPathOnAgentMachine: site.yml
          - task: ServiceFabricDeploy@1
          - task: PublishToAzureServiceBus@1
          - task: AppCenterDistribute@3
          - task: FlutterInstall@0
            inputs:
              channel: stable
              version: latest
          - task: CocoaPods@0
          - task: Go@0
            inputs:
              command: test
`;
    const found = await tools({ "azure-pipelines.yml": pipeline });
    expect(found).toMatchObject({
      Docker: "24.0.7", SonarQube: "-", ".NET": "-", NuGet: "-", Snyk: "-", Kubernetes: "-", Terraform: "-", Packer: "-",
      Ansible: "-", "Azure Service Fabric": "-", "Azure Service Bus": "-", "Visual Studio App Center": "-", Flutter: "-",
      CocoaPods: "-", Golang: "-",
    });
  });
});

describe("Travis CI deploy providers", () => {
  it("name where the build deploys or pushes", async () => {
    const travis = `language: python
python: ["3.11"]
script: pytest
deploy:
  - provider: gcs
    bucket: my-site
    skip_cleanup: true
  - provider: transifex
    username: ci
  - provider: convox
    app: web
  - provider: engineyard
    app: web
  - provider: cloudformation
    template: stack.yml
`;
    const found = await tools({ ".travis.yml": travis });
    expect(found).toMatchObject({
      "Google Cloud Storage": "-", "Google Cloud Platform": "-", Transifex: "-", Convox: "-", "Engine Yard Cloud": "-", "AWS CloudFormation": "-",
    });
  });
});

describe("GitLab CI templates", () => {
  it("name the tool a shipped template's jobs run or the service they deploy to, in an included file too", async () => {
    const gitlab = `stages: [validate, test, build, deploy]
include:
  - template: Terraform/Base.gitlab-ci.yml
  - template: Jobs/SAST.gitlab-ci.yml
  - local: .gitlab/ci/perf.yml
variables:
  TF_ROOT: infra
fmt:
  extends: .terraform:fmt
plan:
  extends: .terraform:build
`;
    const perf = `include:
  template: Verify/Load-Performance-Testing.gitlab-ci.yml
load_performance:
  variables:
    K6_TEST_FILE: tests/perf/smoke.js
`;
    const found = await tools({ ".gitlab-ci.yml": gitlab, ".gitlab/ci/perf.yml": perf });
    expect(found).toMatchObject({ Terraform: "-", k6: "-" });
    const ecs = await tools({ ".gitlab-ci.yml": "include:\n  - template: AWS/Deploy-ECS.gitlab-ci.yml\n" });
    expect(ecs).toMatchObject({ "Amazon EC2 Container Service": "-", "Amazon Web Services (AWS)": "-" });
  });

  it("name nothing from GitLab's own scanner and Auto DevOps templates", async () => {
    const found = await tools({ ".gitlab-ci.yml": "include:\n  - template: Auto-DevOps.gitlab-ci.yml\n  - template: Security/Secret-Detection.gitlab-ci.yml\n" });
    expect(Object.keys(found).sort()).toEqual(["GitLab CI"]);
  });
});

describe("a .gitlab-ci.yml including templates by the tens of thousands", () => {
  it("reads the first hundred, as GitLab runs at most 150 includes (each line was searched from the top: 5 s for 20,000 after 2 MB)", async () => {
    let text = `variables:\n  X: ${"x".repeat(2_000_000)}\ninclude:\n`;
    for (let i = 0; i < 20_000; i++) text += `  - template: Terraform/T${i}.gitlab-ci.yml\n`;
    const { findings } = await expectFinishesWithin(() => detectorFindings(ciDetector, { ".gitlab-ci.yml": text }), 20, "20,000 template includes");
    const templates = findings.filter((f) => f.ref.startsWith("gitlab-template:"));
    expect(templates).toHaveLength(100);
    expect(templates[0]).toMatchObject({ ref: "gitlab-template:terraform/t0", line: 4 });
  });
});
