import { describe, expect, it } from "vitest";
import { detectorFindings } from "./detector-findings.js";
import { expectFinishesWithin } from "./work-budget.js";
import { MemorySource, scan as scanTree } from "../src/index.js";
import type { Finding } from "../src/types.js";
import { ciDetector } from "../detectors/ci/index.js";
import { readActionManifest, readWorkflow } from "../detectors/ci/github-actions.js";

// The CI reader finding by finding: workflow steps, job containers and services, reusable
// workflows and action manifests; GitLab images, services and Pages jobs; CircleCI orbs; Bitbucket
// Pipes; Jenkins agents; Travis languages and services; Netlify's Hugo.

/** What the CI detector alone reports for a tree (ordered by file, line, then ref), and its warnings. */
const ci = (files: Record<string, string>) => detectorFindings(ciDetector, files);
/** The stack document of a tree, without Git. */
const scan = async (files: Record<string, string>) => (await scanTree(new MemorySource(files), { git: false })).document;
const refs = (findings: Finding[]) => findings.map((f) => `${f.ref}${f.line ? `@${f.line}` : ""}${f.version ? ` ${f.version}` : ""}`);

const workflow = `name: CI
on: [push]
jobs:
  release:
    uses: acme/shared-workflows/.github/workflows/release.yml@v2
  test:
    runs-on: ubuntu-latest
    container:
      image: node:20.11-bookworm
    services:
      redis:
        image: redis:7.2
      cache:
        options: --health-cmd "true"
      empty:
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: [18, "20.11"]
      - uses: actions/setup-python@v5
        with:
          python-version: \${{ matrix.python }}
      - uses: docker://alpine:3.19
      - uses: ./.github/actions/setup
      - uses: checkout@v4
      -
  lint:
    container: \${{ matrix.image }}
    steps:
`;

describe("GitHub Actions, finding by finding", () => {
  it("reusable workflows, job containers, services with an image, setup versions; local, docker and malformed uses", async () => {
    const { findings, warnings } = await ci({ ".github/workflows/ci.yml": workflow });
    expect(warnings).toEqual([]);
    expect(refs(findings)).toEqual([
      "action:acme/shared-workflows@5",
      "docker:node@9 20.11",
      "docker:redis@12 7.2",
      "action:actions/checkout@17",
      "action:actions/setup-node@18 18.0.0",
      "action:actions/setup-python@21",
      "docker:alpine@24 3.19",
    ]);
    expect(findings.find((f) => f.ref === "action:actions/setup-node")?.declared).toBe("18");
  });

  it("a setup action's plain `version` input is its tool's release only for the actions that install that tool", async () => {
    const steps = [
      "      - uses: pnpm/action-setup@v4\n        with:\n          version: 9.4.0",
      "      - uses: golangci/golangci-lint-action@v6\n        with:\n          version: v1.59.1",
      "      - uses: azure/setup-helm@v4.2.0\n        with:\n          version: latest",
      "      - uses: supabase/setup-cli@v1\n        with:\n          version: 1.178.2",
    ];
    const { findings } = await ci({ ".github/workflows/lint.yml": `on: [push]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n${steps.join("\n")}\n` });
    expect(refs(findings)).toEqual(["action:pnpm/action-setup@6 9.4.0", "action:golangci/golangci-lint-action@9 1.59.1", "action:azure/setup-helm@12", "action:supabase/setup-cli@15"]);
  });

  it("an input that installs another tool is that tool's release, never the action's own version", async () => {
    const steps = [
      "      - uses: astral-sh/setup-uv@v3\n        with:\n          python-version: '3.12'\n          version: 0.4.18",
      "      - uses: conda-incubator/setup-miniconda@v3\n        with:\n          python-version: '3.11'",
    ];
    const { findings } = await ci({ ".github/workflows/ci.yml": `on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n${steps.join("\n")}\n` });
    expect(refs(findings)).toEqual([
      "action:astral-sh/setup-uv@6 0.4.18",
      "action-input:astral-sh/setup-uv:python-version@8 3.12",
      "action-input:conda-incubator/setup-miniconda:python-version@8 3.11",
      "action:conda-incubator/setup-miniconda@10",
    ]);
  });

  it("setup actions whose own input names the release they install: Swift, Gradle, Dart, Crystal, OCaml, Packer, Earthly", async () => {
    const steps: [string, string][] = [
      ["swift-actions/setup-swift@v2", "swift-version: '5.10'"],
      ["gradle/actions/setup-gradle@v4", "gradle-version: 8.10.2"],
      ["dart-lang/setup-dart@v1", "sdk: 3.5.3"],
      ["dart-lang/setup-dart@v1", "sdk: stable"],
      ["crystal-lang/install-crystal@v1", "crystal: 1.13.2"],
      ["ocaml/setup-ocaml@v3", "ocaml-compiler: '5.2'"],
      ["hashicorp/setup-packer@main", "version: 1.11.2"],
      ["earthly/actions-setup@v1", "version: v0.8.15"],
    ];
    const body = steps.map(([uses, input]) => `      - uses: ${uses}\n        with:\n          ${input}`).join("\n");
    const yml = `on: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n${body}\n`;
    const doc = await scan({ ".github/workflows/ci.yml": yml });
    const tools = Object.fromEntries(doc.tools.map((t) => [t.name, t.version ?? "-"]));
    expect(tools).toMatchObject({ Swift: "5.10", Gradle: "8.10.2", Dart: "3.5.3", Crystal: "1.13.2", OCaml: "5.2", Packer: "1.11.2", Earthly: "0.8.15" });
  });

  it("readWorkflow tolerates what YAML gives for empty keys", () => {
    expect(readWorkflow(null)).toEqual([]);
    expect(readWorkflow({ jobs: null })).toEqual([]);
    const steps = [null, { uses: "actions/setup-java@v4", with: { "java-version": [17, "21"] } }, { uses: "actions/setup-go@v5", with: { "go-version": [1.22] } }];
    expect(readWorkflow({ jobs: { build: { steps } } })).toEqual([{ action: "actions/setup-java", version: "21" }, { action: "actions/setup-go" }]);
    expect(readWorkflow({ jobs: { build: null, test: { steps: null, container: { image: "python:3.12" } } } })).toEqual([{ image: "python:3.12" }]);
  });

  it("an action manifest: the Node.js release, a Docker action's docker:// image but not its Dockerfile", async () => {
    const js = await ci({ "action.yml": "name: Greet\nruns:\n  using: node20\n  main: dist/index.js\n" });
    expect(js.findings).toEqual([{ ref: "engine:node", file: "action.yml", line: 3, version: "20.0.0" }]);
    expect(readActionManifest({ name: "x" })).toEqual([]);
    expect([...readActionManifest({ runs: { using: "docker", image: "Dockerfile" } })]).toEqual([]);
    expect([...readActionManifest({ runs: { using: "docker", image: "docker://alpine:3.19" } })]).toEqual([{ image: "alpine:3.19" }]);
  });
});

describe("GitLab CI, CircleCI, Bitbucket and Jenkins, finding by finding", () => {
  it("GitLab: images as strings or maps, services by name, not needs or variables; the Pages job by name or keyword", async () => {
    const gitlab = `image: ruby:3.2
stages: [build, deploy]
.hidden:
build:
  image:
    name: gcr.io/kaniko-project/executor:v1.9.0
    entrypoint: [""]
  services:
    - redis
    - postgres:\${PG_VERSION}
    - $CI_REGISTRY_IMAGE/db:latest
    - name: docker:24-dind
      alias: docker
  script: ["make"]
docs:
  needs: [build]
  pages:
    publish: public
  script: ["mkdocs build"]
`;
    const { findings, warnings } = await ci({ ".gitlab-ci.yml": gitlab });
    expect(warnings).toEqual([]);
    expect(refs(findings)).toEqual([
      "docker:ruby@1 3.2",
      "docker:kaniko-project/executor@6 1.9.0",
      "docker:redis@9",
      "docker:docker@12 24.0.0",
      "format:gitlab-pages-job@17",
    ]);
    const off = await ci({ ".gitlab-ci.yml": "stages:\n  - test\npreview:\n  pages: false\n  script: [make]\n" });
    expect(off.findings).toEqual([]);
    const named = await ci({ ".gitlab-ci.yml": "pages:\n  script: [make]\n" });
    expect(refs(named.findings)).toEqual(["format:gitlab-pages-job@1"]);
    const list = await ci({ ".gitlab-ci.yml": "- pages: true\n" });
    expect(list.findings).toEqual([]);
    // A file of a document marker and comments (its jobs moved to included files) is no document: no job, no error.
    const bare = await ci({ ".gitlab-ci.yml": "---\n# jobs: see ci/*.yml\n" });
    expect([bare.findings, bare.warnings]).toEqual([[], []]);
  });

  it("GitLab: the repository's files .gitlab-ci.yml includes, by path or glob and in turn; a shipped template by its name only, not projects or URLs", async () => {
    const root = `include:
  - template: Security/SAST.gitlab-ci.yml
  - project: acme/ci-templates
    ref: v3.1.0
    file: /templates/python.yml
  - remote: https://example.com/ci/lint.yml
  - local: /.gitlab/ci/*.yml
  - ci/pages.gitlab-ci.yml
  - local: ci/missing.yml
default:
  image: python:3.12-slim
`;
    const { findings, warnings } = await ci({
      ".gitlab-ci.yml": root,
      ".gitlab/ci/deploy.yml": "include: '.gitlab/ci/jobs/**.yml'\ndeploy:\n  image: bitnami/kubectl:1.30.2\n  script: [kubectl apply -k k8s]\n",
      ".gitlab/ci/jobs/nested/db.yml": "test:\n  services:\n    - name: postgres:16.3\n      alias: db\n",
      ".gitlab/ci/test.yml": "unit:\n  image: python:3.12-slim\n  script: [pytest]\n",
      ".gitlab/ci/readme.md": "image: not-yaml:1.0\n",
      "ci/pages.gitlab-ci.yml": "pages:\n  image: node:20\n  script: [npm run docs]\n",
      "templates/python.yml": "image: python:2.7\n",
    });
    expect(warnings).toEqual([]);
    expect(refs(findings)).toEqual([
      "gitlab-template:security/sast@2",
      "docker:python@11 3.12",
      "docker:bitnami/kubectl@3 1.30.2",
      "docker:postgres@3 16.3",
      "docker:python@2 3.12",
      "format:gitlab-pages-job@1",
      "docker:node@2 20.0.0",
    ]);
    expect(findings.map((f) => f.file)).toEqual([".gitlab-ci.yml", ".gitlab-ci.yml", ".gitlab/ci/deploy.yml", ".gitlab/ci/jobs/nested/db.yml", ".gitlab/ci/test.yml", "ci/pages.gitlab-ci.yml", "ci/pages.gitlab-ci.yml"]);
    // An include of itself, or a cycle, is read once.
    const cycle = await ci({ ".gitlab-ci.yml": "include: [a.yml]\n", "a.yml": "include:\n  - local: b.yml\nx:\n  image: redis:7\n", "b.yml": "include: [a.yml, .gitlab-ci.yml]\n" });
    expect(refs(cycle.findings)).toEqual(["docker:redis@4 7.0.0"]);
  });

  it("CircleCI: orb references with their release, not inline orbs, no Pages job", async () => {
    const config = "version: 2.1\norbs:\n  node: circleci/node@5.1.0\n  local:\n    commands: {}\njobs:\n  build:\n    docker:\n      - image: cimg/node:20.11\n";
    const { findings } = await ci({ ".circleci/config.yml": config });
    expect(findings.map((f) => [f.ref, f.line, f.declared])).toEqual([
      ["circleci-orb:circleci/node", 3, "5.1.0"],
      ["docker:cimg/node", 9, "20.11"],
    ]);
    expect((await ci({ ".circleci/config.yml": "version: 2.1\norbs:\n" })).findings).toEqual([]);
  });

  it("Bitbucket: a step's services are names of its definitions, whose images speak; only `docker` is the built-in daemon", async () => {
    const bitbucket = `image: php:8.3-cli
definitions:
  services:
    mysql:
      image: mariadb:10.11
    cache:
      image: redis:7.2
    docker:
      memory: 3072
pipelines:
  default:
    - step:
        services:
          - mysql
          - cache
          - docker
        script: [vendor/bin/phpunit]
`;
    const { findings } = await ci({ "bitbucket-pipelines.yml": bitbucket });
    expect(refs(findings)).toEqual(["docker:php@1 8.3", "docker:mariadb@5 10.11", "docker:redis@7 7.2", "docker:docker@8"]);
    const doc = await scan({ "bitbucket-pipelines.yml": bitbucket });
    expect(doc.tools.map((t) => t.name).sort()).toEqual(["Bitbucket Pipelines", "Docker", "MariaDB", "PHP", "Redis"]);
  });

  it("Bitbucket: each pipe once with its release, no script line taken for one", async () => {
    const pipelines = `pipelines:
  default:
    - step:
        script:
          - npm test
          - pipe: atlassian/aws-s3-deploy:1.1.0
            variables:
              S3_BUCKET: site
          - pipe: docker://acme/notify:2.0
`;
    const { findings } = await ci({ "bitbucket-pipelines.yml": pipelines });
    expect(findings.map((f) => [f.ref, f.line, f.declared])).toEqual([
      ["bitbucket-pipe:atlassian/aws-s3-deploy", 6, "1.1.0"],
      ["bitbucket-pipe:acme/notify", 9, "2.0"],
    ]);
  });

  it("Jenkins: the steps plugins add for a service (SonarQube, Docker Pipeline), not the pipeline's own calls, comments or chat notifiers", async () => {
    const jenkinsfile = `pipeline {
    agent any
    stages {
        stage('Sonar') {
            steps {
                withSonarQubeEnv('sonar') {
                    sh 'mvn sonar:sonar'
                }
                timeout(time: 5, unit: 'MINUTES') { waitForQualityGate abortPipeline: true }
            }
        }
        stage('Image') {
            steps {
                script {
                    def image = docker.build("acme/billing:\${env.BUILD_ID}")
                    // slackSend channel: '#old'
                    withSonarQubeEnv('again') { }
                }
            }
        }
    }
    post { failure { slackSend channel: '#builds', message: "failed" } }
}
`;
    const { findings } = await ci({ Jenkinsfile: jenkinsfile });
    expect(refs(findings)).toEqual(["jenkins-step:withSonarQubeEnv@6", "jenkins-step:waitForQualityGate@9", "jenkins-step:docker.build@15"]);
    const doc = await scan({ Jenkinsfile: jenkinsfile });
    // slackSend posts the build's status to a chat: no Slack, as a workflow's notification step names none
    expect(doc.tools.map((t) => t.name).sort()).toEqual(["Docker", "Jenkins", "SonarQube"]);
  });

  it("Jenkins: agent images however the call is spaced, in a Jenkinsfile of a subfolder too", async () => {
    const jenkinsfile = `pipeline {
  agent { docker { image 'maven:3.9.6-eclipse-temurin-17' } }
  stages {
    stage('build') {
      steps {
        script {
          docker.image('node:20.11-alpine').inside { sh 'npm ci' }
          docker.image ( "postgres:16" ).withRun { }
          docker.image( 'redis:7.2' ).withRun { }
        }
      }
    }
  }
}
`;
    const { findings } = await ci({ "ci/Jenkinsfile": jenkinsfile, Jenkinsfile: "node {\n  def img = image('python:3.12')\n  image( \"golang:1.22\" )\n}\n" });
    expect(findings.map((f) => [f.file, f.ref, f.line, f.declared])).toEqual([
      ["ci/Jenkinsfile", "docker:maven", 2, "3.9.6-eclipse-temurin-17"],
      ["ci/Jenkinsfile", "docker:node", 7, "20.11-alpine"],
      ["ci/Jenkinsfile", "docker:postgres", 8, "16"],
      ["ci/Jenkinsfile", "docker:redis", 9, "7.2"],
      ["Jenkinsfile", "docker:python", 2, "3.12"],
      ["Jenkinsfile", "docker:golang", 3, "1.22"],
    ]);
  });
});

describe("Travis CI and Netlify, finding by finding", () => {
  it("Travis: language and version at their lines, services once each across jobs, database addons numbered or quoted", async () => {
    const travis = `language: php
php:
  - "8.2"
services:
  - redis
matrix:
  include:
    - services: [Redis, mongodb]
      addons:
        postgresql: 9.6
        mariadb: "10.6"
`;
    const { findings } = await ci({ ".travis.yml": travis });
    expect(refs(findings)).toEqual([
      "travis-language:php@1",
      "travis-service:redis@5",
      "travis-service:postgresql@10 9.6",
      "travis-service:mariadb@11 10.6",
      "travis-service:mongodb@8",
    ].sort((a, b) => Number(a.split("@")[1]!.split(" ")[0]) - Number(b.split("@")[1]!.split(" ")[0])));
  });

  it("Travis: a language's version list (its own key, Ruby's rvm, Java's jdk, Erlang's otp_release) gives no release", async () => {
    const languages = {
      ruby: "language: ruby\nrvm:\n  - 3.2.2\n  - '3.1'\n",
      java: "language: java\njdk:\n  - openjdk17\n  - oraclejdk11\n",
      erlang: "language: erlang\notp_release:\n  - 26.1\n",
      python: "language: python\npython:\n  - 3.10\n",
    };
    for (const [language, travis] of Object.entries(languages)) {
      const found = (await ci({ ".travis.yml": travis })).findings.find((f) => f.ref.startsWith("travis-language:"));
      expect(found?.ref, language).toBe(`travis-language:${language}`);
      expect(found?.version, language).toBeUndefined();
    }
  });

  it("Travis: the addons that run a service's scanner, where the build deploys (one provider or several, per job too)", async () => {
    const travis = `language: node_js
node_js: ["20"]
addons:
  sonarcloud:
    organization: acme
  apt:
    packages: [libxml2]
deploy:
  - provider: pages
    skip_cleanup: true
  - provider: npm
    api_key: $NPM_TOKEN
  - provider: releases
jobs:
  include:
    - stage: deploy
      deploy:
        provider: heroku
        app: acme-api
`;
    const { findings } = await ci({ ".travis.yml": travis });
    expect(refs(findings).filter((r) => /^travis-(addon|deploy):/.test(r))).toEqual([
      "travis-addon:sonarcloud@4",
      "travis-deploy:pages@9",
      "travis-deploy:npm@11",
      "travis-deploy:releases@13",
      "travis-deploy:heroku@18",
    ]);
    const doc = await scan({ ".travis.yml": travis });
    expect(doc.tools.map((t) => t.name).sort()).toEqual(["GitHub Pages", "Heroku", "SonarQube", "Travis CI", "npm"]);
    // The site names no Code Climate from its addon (13alinskyi/koel).
    const koel = await scan({ ".travis.yml": "language: php\naddons:\n  code_climate:\n    repo_token: abc\n" });
    expect(koel.tools.map((t) => t.name)).not.toContain("Code Climate");
  });

  it("Travis without a language names only its services; a broken subproject file names nothing", async () => {
    const { findings, warnings } = await ci({ ".travis.yml": "services:\n  - docker\n", "client/.travis.yml": "language: [\n" });
    expect(refs(findings)).toEqual(["travis-service:docker@2"]);
    expect(warnings).toHaveLength(1);
  });

  it("netlify.toml: the first HUGO_VERSION that is a release, without its v; none without one", async () => {
    const toml = '[build]\ncommand = "hugo"\n[build.environment]\nHUGO_VERSION = "latest"\n[context.production.environment]\nHUGO_VERSION = "v0.121.1"\n';
    const { findings } = await ci({ "netlify.toml": toml });
    expect(findings).toEqual([{ ref: "format:hugo-build-env", file: "netlify.toml", line: 4, version: "0.121.1" }]);
    expect((await ci({ "netlify.toml": '[build]\ncommand = "hugo"\n' })).findings).toEqual([]);
  });
});

describe("firebase.json", () => {
  it("each product the project deploys, at its key's line, at any depth; a file that is no object names nothing", async () => {
    const firebase = '{\n  "hosting": { "public": "dist", "rewrites": [{ "source": "**", "function": "api" }] },\n  "functions": [{ "source": "functions", "runtime": "nodejs20" }],\n  "firestore": { "rules": "firestore.rules" },\n  "emulators": { "firestore": { "port": 8080 } }\n}\n';
    const { findings } = await ci({ "web/firebase.json": firebase, "firebase.json": "[]" });
    expect(refs(findings)).toEqual(["firebase-product:hosting@2", "firebase-product:functions@3", "gcp-runtime:nodejs@3 20.0.0", "firebase-product:firestore@4", "firebase-product:emulators@5"]);
    const { MemorySource, scan } = await import("../src/index.js");
    const { document } = await scan(new MemorySource({ "firebase.json": firebase }), { git: false });
    const names = document.tools.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(["Firebase", "Firebase Hosting", "Cloud Functions for Firebase", "Cloud Firestore"]));
    expect(document.tools.find((t) => t.name === "Firebase Hosting")?.detection_source).toBe("firebase.json");
  });
});

describe("Drone, Woodpecker, Azure Pipelines and Buildkite images", () => {
  it("step and service images (a Drone service's image, not its name; every pipeline document), Azure's job container and resources, Buildkite's docker plugin", async () => {
    const drone = "kind: pipeline\ntype: docker\nsteps:\n  - name: test\n    image: node:20.11-alpine\nservices:\n  - name: database\n    image: postgres:15.5\n---\nkind: pipeline\nname: lint\nsteps:\n  - name: lint\n    image: golangci/golangci-lint:v1.55.2\n";
    const azure = "pool:\n  vmImage: ubuntu-latest\ncontainer: python:3.12\nresources:\n  containers:\n    - container: cache\n      image: redis:7.2\nservices:\n  cache: cache\n";
    const buildkite = 'steps:\n  - command: go test ./...\n    plugins:\n      - docker#v5.9.0:\n          image: "golang:1.22"\n';
    const woodpecker = "steps:\n  build:\n    image: rust:1.75\n";
    const { findings } = await ci({ ".drone.yml": drone, "azure-pipelines.yml": azure, ".buildkite/pipeline.yml": buildkite, ".woodpecker/build.yml": woodpecker });
    const images = findings.filter((f) => f.ref.startsWith("docker:")).map((f) => `${f.file} ${f.ref} ${f.version ?? ""}`.trim());
    expect(images.sort()).toEqual([
      ".buildkite/pipeline.yml docker:golang 1.22",
      ".drone.yml docker:golangci/golangci-lint 1.55.2",
      ".drone.yml docker:node 20.11",
      ".drone.yml docker:postgres 15.5",
      ".woodpecker/build.yml docker:rust 1.75",
      "azure-pipelines.yml docker:python 3.12",
      "azure-pipelines.yml docker:redis 7.2",
    ]);
    // A GitLab service named by its image keeps being read by its name.
    const { findings: gitlab } = await ci({ ".gitlab-ci.yml": "test:\n  image: ruby:3.3\n  services:\n    - name: postgres:16\n      alias: db\n  script: [rake]\n" });
    expect(gitlab.filter((f) => f.ref.startsWith("docker:")).map((f) => f.ref).sort()).toEqual(["docker:postgres", "docker:ruby"]);
  });
});

describe("Cirrus CI, Semaphore and AppVeyor", () => {
  it("Cirrus: a task's container images and its additional containers, not a VM's image", async () => {
    const cirrus = `container:
  image: node:20

test_task:
  container:
    image: python:3.12-slim
    additional_containers:
      - name: postgres
        image: postgres:16.2
        port: 5432
  test_script: pytest

arm_task:
  arm_container:
    image: rust:1.80
  script: cargo test

macos_task:
  macos_instance:
    image: ghcr.io/cirruslabs/macos-sonoma-xcode:15.4
  script: swift test

freebsd_task:
  freebsd_instance:
    image_family: freebsd-14-0
  script: make
`;
    const { findings, warnings } = await ci({ ".cirrus.yml": cirrus });
    expect(warnings).toEqual([]);
    expect(refs(findings)).toEqual(["docker:node@2 20.0.0", "docker:python@6 3.12", "docker:postgres@9 16.2", "docker:rust@15 1.80"]);
  });

  it("Semaphore: agent container images, sem-service servers and sem-version languages, at their releases", async () => {
    const semaphore = `version: v1.0
name: CI
agent:
  machine:
    type: e1-standard-2
    os_image: ubuntu2004
  containers:
    - name: main
      image: 'registry.semaphoreci.com/ruby:3.3'
    - name: db
      image: 'registry.semaphoreci.com/mysql:8.0'
blocks:
  - name: Test
    task:
      prologue:
        commands:
          - sem-version python 3.12
          - sem-version node 20
          - sem-service start postgres 16
          - sem-service start redis
          - sem-service start mongodb:6.0 --port=27017
      jobs:
        - name: test
          commands:
            - checkout
            - sem-service start postgres 16
            - pytest
`;
    const { findings, warnings } = await ci({ ".semaphore/semaphore.yml": semaphore });
    expect(warnings).toEqual([]);
    expect(refs(findings)).toEqual([
      "docker:ruby@9 3.3",
      "docker:mysql@11 8.0",
      "semaphore-version:python@17 3.12",
      "semaphore-version:node@18 20.0.0",
      "semaphore-service:postgres@19 16.0.0",
      "semaphore-service:redis@20",
      "semaphore-service:mongodb@21 6.0",
    ]);
    const doc = await scan({ ".semaphore/semaphore.yml": semaphore });
    const tools = Object.fromEntries(doc.tools.map((t) => [t.name, t.version ?? "-"]));
    expect(tools).toMatchObject({ Python: "3.12", PostgreSQL: "16.0.0", Redis: "-", MongoDB: "6.0", MySQL: "8.0", Ruby: "3.3", Semaphore: "-" });
    expect(tools["Node.js"]).toBeUndefined();
  });

  it("AppVeyor: the services the build VM starts, at the top and in a branch's configuration; not the worker image", async () => {
    const appveyor = `version: 1.0.{build}
image: Visual Studio 2022
services:
  - mssql2019
  - postgresql13
for:
  - branches:
      only: [main]
    services:
      - mongodb
build: off
`;
    const doc = await scan({ "appveyor.yml": appveyor });
    expect(doc.tools.map((t) => t.name).sort()).toEqual(["Appveyor", "Microsoft SQL Server", "MongoDB", "PostgreSQL"]);
    const { findings } = await ci({ ".appveyor.yml": "services: iis\n" });
    expect(refs(findings)).toEqual(["appveyor-service:iis@1"]);
  });
});

describe("Hugo's images in CI", () => {
  it("a GitLab Pages job in GitLab's Hugo image, a job in hugomods/hugo or klakegg/hugo: Hugo at the tag's release", async () => {
    const gitlab = "pages:\n  image: registry.gitlab.com/pages/hugo/hugo_extended:0.134.0\n  script: [hugo]\n  artifacts:\n    paths: [public]\n";
    const hugo = async (files: Record<string, string>) => (await scan(files)).tools.find((t) => t.name === "Hugo")?.version;
    expect(await hugo({ ".gitlab-ci.yml": gitlab })).toBe("0.134.0");
    expect(await hugo({ ".gitlab-ci.yml": "pages:\n  image: hugomods/hugo:0.134.2\n  script: [hugo]\n" })).toBe("0.134.2");
    expect(await hugo({ "bitbucket-pipelines.yml": "image: klakegg/hugo:0.111.3-ext-alpine\npipelines:\n  default:\n    - step:\n        script: [hugo]\n" })).toBe("0.111.3");
  });
});

describe("Earthly", () => {
  it("an Earthfile's FROM images and WITH DOCKER --pull images; not targets, imports, DOCKERFILE or ARG images", async () => {
    const earthfile = `VERSION 0.8
FROM golang:1.23-alpine3.20
WORKDIR /src
# FROM node:20

deps:
    COPY go.mod go.sum ./
    RUN go mod download

build:
    FROM +deps
    RUN go build -o out/app .

integration:
    FROM --allow-privileged earthly/dind:alpine-3.20
    WITH DOCKER --pull postgres:16.4 --pull redis:7.2
        RUN go test -tags integration ./...
    END

lint:
    FROM lib+base
    ARG IMAGE=python:3.12
    FROM $IMAGE

docker:
    FROM DOCKERFILE .
`;
    const { findings, warnings } = await ci({ "services/api/Earthfile": earthfile });
    expect(warnings).toEqual([]);
    expect(refs(findings)).toEqual(["format:earthfile-version@1 0.8", "docker:golang@2 1.23", "docker:earthly/dind@15", "docker:postgres@16 16.4", "docker:redis@16 7.2"]);
  });
});

describe("Azure Pipelines tasks", () => {
  it("installer tasks at the release they install, deploy and analysis tasks; not NodeTool, not a variable's release", async () => {
    const azure = `pool:
  vmImage: ubuntu-latest
stages:
  - stage: Build
    jobs:
      - job: test
        steps:
          - task: UsePythonVersion@0
            inputs:
              versionSpec: '3.12'
          - task: usepythonversion@0
            inputs:
              versionSpec: '$(python.version)'
          - task: NodeTool@0
            inputs:
              versionSpec: '20.x'
          - task: GoTool@0
            inputs:
              version: '1.22.5'
          - task: Docker@2
            inputs:
              command: buildAndPush
  - stage: Deploy
    jobs:
      - deployment: web
        strategy:
          runOnce:
            deploy:
              steps:
                - task: AzureWebApp@1
                  inputs:
                    appName: 'acme-api'
`;
    const { findings, warnings } = await ci({ "azure-pipelines.yml": azure });
    expect(warnings).toEqual([]);
    expect(refs(findings)).toEqual([
      "azure-task:usepythonversion@8 3.12",
      "azure-task:usepythonversion@11",
      "azure-task:nodetool@14", // `20.x` allows every Node.js 20: no release
      "azure-task:gotool@17 1.22.5",
      "azure-task:docker@20",
      "azure-task:azurewebapp@30",
    ]);
    const doc = await scan({ "azure-pipelines.yml": azure });
    const tools = Object.fromEntries(doc.tools.map((t) => [t.name, t.version ?? "-"]));
    expect(tools).toEqual({ Python: "3.12", Golang: "1.22.5", Docker: "-", "Azure App Service": "-", "Microsoft Azure": "-", "Azure Pipelines": "-" });
  });

  it("a task named again is found at its own line, and 20,000 steps are read in one walk (8 s when each was searched from the top)", async () => {
    const twice = "steps:\n  - task: DockerInstaller@0\n    inputs:\n      dockerVersion: '17.09.0-ce'\n  - task: DockerInstaller@0\n    inputs:\n      dockerVersion: 24.0.7\n";
    expect(refs((await ci({ "azure-pipelines.yml": twice })).findings)).toEqual(["azure-task:dockerinstaller@2 17.09.0", "azure-task:dockerinstaller@5 24.0.7"]);
    let many = "steps:\n";
    for (let i = 0; i < 20_000; i++) many += `  - task: Task${i}@0\n    inputs:\n      version: 1.${i}\n`;
    const { findings } = await expectFinishesWithin(() => ci({ "azure-pipelines.yml": many }), 40, "20,000 Azure Pipelines steps");
    expect(findings.at(-1)).toMatchObject({ ref: "azure-task:task19999", line: 59_999 });
  });
});

describe("Buildkite plugins", () => {
  it("each plugin once by its name, as a string or a map, from any owner; the catalog's keys name Docker, Docker Compose, Amazon ECR", async () => {
    const pipeline = `steps:
  - label: test
    command: go test ./...
    plugins:
      - docker#v5.11.0:
          image: golang:1.23
      - ecr#v2.9.0:
          login: true
  - label: e2e
    plugins:
      - docker-compose#v5.4.1:
          run: app
      - https://github.com/acme/lint-buildkite-plugin.git#v1.2.0: ~
      - docker#v5.11.0:
          image: golang:1.23
`;
    const { findings } = await ci({ ".buildkite/pipeline.yml": pipeline });
    expect(refs(findings).filter((r) => r.startsWith("buildkite-plugin:"))).toEqual(["buildkite-plugin:docker@5", "buildkite-plugin:ecr@7", "buildkite-plugin:docker-compose@11", "buildkite-plugin:acme/lint@13"]);
    const doc = await scan({ ".buildkite/pipeline.yml": pipeline });
    expect(doc.tools.map((t) => t.name).sort()).toEqual(["Amazon ECR", "Buildkite", "Docker", "Docker Compose", "Golang"]);
  });
});

describe("Netlify CMS's admin/config.yml", () => {
  it("names Netlify CMS from a backend and its collections, in static/ or public/; not from another admin config", async () => {
    const cms = "backend:\n  name: git-gateway\n  branch: main\nmedia_folder: static/images\ncollections:\n  - name: blog\n    label: Blog\n    folder: content/posts\n    create: true\n    fields: [{ label: Title, name: title, widget: string }]\n";
    const { findings, warnings } = await ci({
      "static/admin/config.yml": cms,
      "web/public/admin/config.yml": cms.replace("git-gateway", "github"),
      // A Django admin's or another app's settings, and a templated file no YAML parser reads: nothing, no warning.
      "server/admin/config.yml": "port: 8080\nbackend: {{ .Values.backend }\n",
      "tools/admin/config.yaml": "backend:\n  url: http://localhost\n",
    });
    expect(findings).toEqual([
      { ref: "format:netlify-cms-config", file: "static/admin/config.yml", line: 1 },
      { ref: "format:netlify-cms-config", file: "web/public/admin/config.yml", line: 1 },
    ]);
    expect(warnings).toEqual([]);
  });

  it("the catalog reads it as Netlify CMS, named in a scan", async () => {
    const cms = "backend:\n  name: git-gateway\ncollections:\n  - name: pages\n    folder: content\n";
    const { document } = await scanTree(new MemorySource({ "static/admin/config.yml": cms, "static/admin/index.html": "<!doctype html>\n" }), { git: false });
    expect(document.tools.find((t) => t.name === "Netlify CMS")?.detection_source).toBe("static/admin/config.yml");
  });
});

describe("Azure Pipelines templates", () => {
  it("reads the tasks and images of the repository's templates a pipeline references, relative to the referencing file; not another repository's or an expression's", async () => {
    const azure = `trigger: [main]
resources:
  repositories:
    - repository: shared
      type: git
      name: platform/pipeline-templates
stages:
  - stage: Build
    jobs:
      - job: build
        steps:
          - task: UseDotNet@2
            inputs:
              version: '8.0.x'
          - template: ci/templates/docker.yml
            parameters:
              repository: acme/web
          - template: steps/scan.yml@shared
          - template: \${{ parameters.extra }}.yml
  - template: /ci/templates/deploy-stage.yml
`;
    const docker = "parameters:\n  - name: repository\nsteps:\n  - task: Docker@2\n    inputs:\n      command: buildAndPush\n";
    const deployStage = "stages:\n  - stage: Deploy\n    jobs:\n      - deployment: web\n        container: mcr.microsoft.com/dotnet/sdk:8.0\n        strategy:\n          runOnce:\n            deploy:\n              steps:\n                - template: ../steps/webapp.yml\n";
    const webapp = "steps:\n  - task: AzureWebApp@1\n    inputs:\n      appName: acme-web\n      template: not-a-template.yml\n  - task: AzureKeyVault@2\n    inputs:\n      KeyVaultName: acme-kv\n";
    const files = { "azure-pipelines.yml": azure, "ci/templates/docker.yml": docker, "ci/templates/deploy-stage.yml": deployStage, "ci/steps/webapp.yml": webapp, "not-a-template.yml": "steps:\n  - task: Maven@4\n" };
    const { findings, warnings } = await ci(files);
    expect(warnings).toEqual([]);
    expect(refs(findings)).toEqual([
      "azure-task:usedotnet@12 8.0",
      "azure-task:azurewebapp@2",
      "azure-task:azurekeyvault@6",
      "docker:dotnet/sdk@5 8.0",
      "azure-task:docker@4",
    ]);
    const doc = await scan(files);
    expect(doc.tools.map((t) => t.name).sort()).toEqual(
      [".NET", "Azure App Service", "Azure Key Vault", "Azure Pipelines", "Docker", "Microsoft Azure"].sort(),
    );
    const webApp = doc.tools.find((t) => t.name === "Azure App Service");
    expect(webApp?.detection_source).toBe("ci/steps/webapp.yml");
  });
});

describe("Azure Pipelines files away from the root", () => {
  it("a pipeline at a configured path (build/azure-pipelines.yml, a .azure-pipelines/ folder) has its tasks read; not one under an example folder", async () => {
    const build = "steps:\n  - task: AzureFunctionApp@2\n    inputs:\n      appName: acme-fn\n";
    const folder = "steps:\n  - task: AzureKeyVault@2\n    inputs:\n      KeyVaultName: acme-kv\n";
    const sample = "steps:\n  - task: HelmDeploy@0\n";
    const files = { "build/azure-pipelines.yml": build, ".azure-pipelines/release.yml": folder, "samples/app/azure-pipelines.yml": sample };
    const { findings, warnings } = await ci(files);
    expect(warnings).toEqual([]);
    expect(refs(findings)).toEqual(["azure-task:azurekeyvault@2", "azure-task:azurefunctionapp@2"]);
    const doc = await scan(files);
    expect(doc.tools.map((t) => t.name).sort()).toEqual(["Azure Functions", "Azure Key Vault", "Azure Pipelines", "Microsoft Azure"]);
    expect(doc.tools.find((t) => t.name === "Azure Key Vault")?.detection_source).toBe(".azure-pipelines/release.yml");
  });
});

describe("Azure's deploy actions and tasks", () => {
  it("Static Web Apps, ARM/Bicep, Key Vault and SQL dacpac deploys name the service (or Microsoft Azure where the site has no tool for it)", async () => {
    const workflow = "on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: Azure/static-web-apps-deploy@v1\n        with:\n          app_location: /\n      - uses: azure/get-keyvault-secrets@v1\n        with:\n          keyvault: acme-kv\n";
    const gh = await scan({ ".github/workflows/swa.yml": workflow });
    // (Git: the root .github/ folder shows a repository GitHub hosts, so kept in git.)
    expect(gh.tools.map((t) => t.name).sort()).toEqual(["Azure Key Vault", "Git", "GitHub Actions", "Microsoft Azure"]);
    const azure = "steps:\n  - task: AzureResourceManagerTemplateDeployment@3\n    inputs:\n      csmFile: infra/main.bicep\n  - task: SqlAzureDacpacDeployment@1\n    inputs:\n      DacpacFile: db.dacpac\n  - task: AzureFileCopy@6\n    inputs:\n      SourcePath: dist\n";
    const az = await scan({ "azure-pipelines.yml": azure });
    expect(az.tools.map((t) => t.name).sort()).toEqual(["Azure Pipelines", "Azure SQL Database", "Azure Storage", "Microsoft Azure"]);
  });
});
