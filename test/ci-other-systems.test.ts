import { describe, expect, it } from "vitest";
import { namedToolVersions } from "./helpers.js";
import { MemorySource, scan as scanTree } from "../src/index.js";
import { expectFinishesWithin } from "./work-budget.js";
import { detectorFindings } from "./detector-findings.js";
import { ciDetector } from "../detectors/ci/index.js";

// CI systems other than GitHub Actions' steps (Jenkins, Buildkite, Drone, Woodpecker, Cloud Build,
// CodeBuild, Dagger): what their files plainly reveal, audited file by file.
const opts = { git: false, packages: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

describe("Dagger.io, the CI engine, is not Square's Dagger", () => {
  it("its action, SDKs and dagger.json name Dagger.io", async () => {
    const files = {
      ".github/workflows/ci.yml": "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: dagger/dagger-for-github@v6\n        with:\n          version: '0.13.3'\n          verb: call\n          args: test\n",
      "ci/dagger.json": '{\n  "name": "ci",\n  "sdk": "go",\n  "engineVersion": "v0.13.3"\n}\n',
      "ci/go.mod": "module acme.dev/ci\n\ngo 1.22\n\nrequire dagger.io/dagger v0.13.3\n",
      "tools/package.json": JSON.stringify({ name: "pipeline", private: true, dependencies: { "@dagger.io/dagger": "0.13.3" } }),
      "py/requirements.txt": "dagger-io==0.13.3\n",
    };
    expect(await namedToolVersions(files, ["Dagger.io", "Dagger"], opts)).toEqual({ "Dagger.io": "0.13.3", Dagger: "not named" });
  });
});

describe("the releases a build tool's own file pins", () => {
  it("a Dagger module's engineVersion is Dagger.io's; an Earthfile's VERSION Earthly's (the floor it needs)", async () => {
    const files = {
      "ci/dagger.json": '{\n  "name": "ci",\n  "sdk": "python",\n  "engineVersion": "v0.11.9"\n}\n',
      Earthfile: "VERSION --use-function-keyword 0.8\nFROM rust:1.76-slim\nbuild:\n    RUN cargo build --release\n",
    };
    expect(await namedToolVersions(files, ["Dagger.io", "Earthly", "Rust"], opts)).toEqual({ "Dagger.io": "0.11.9", Earthly: "0.8", Rust: "1.76" });
    expect(await namedToolVersions({ "dagger.json": '{"name": "ci", "engineVersion": "latest"}' }, ["Dagger.io"], opts)).toEqual({ "Dagger.io": "-" });
  });
});

describe("Google Cloud Build's steps", () => {
  const cloudbuild = [
    "steps:",
    "  - name: gcr.io/cloud-builders/docker",
    "    args: [build, -t, gcr.io/$PROJECT_ID/api:$SHORT_SHA, .]",
    "  - name: node:20.11",
    "    entrypoint: npm",
    "    args: [test]",
    "  - name: gcr.io/cloud-builders/gke-deploy",
    "    args: [run, --filename=k8s/, --cluster=prod]",
    "  - name: gcr.io/$PROJECT_ID/custom-builder",
    "  - name: gcr.io/cloud-builders/gcloud:latest",
    "    args: [run, deploy, api]",
    "images: [gcr.io/$PROJECT_ID/api:$SHORT_SHA]",
    "",
  ].join("\n");

  it("run in the images they name: Google's builders name their tool, without the builder's release", async () => {
    expect(await namedToolVersions({ "deploy/cloudbuild.yaml": cloudbuild }, ["Google Cloud Build", "Docker", "Node.js", "Google Kubernetes Engine", "Kubernetes", "Google Cloud Platform"], opts)).toEqual({
      "Google Cloud Build": "-",
      Docker: "-",
      "Node.js": "20.11",
      "Google Kubernetes Engine": "-",
      Kubernetes: "-",
      "Google Cloud Platform": "-",
    });
  });

  it("the docker, bazel and gradle builders are tagged with their tool's release; npm's tag is Node.js'", async () => {
    const tagged = "steps:\n  - name: gcr.io/cloud-builders/docker:19.03.8\n    args: [build, .]\n  - name: gcr.io/cloud-builders/bazel:6.4.0\n    args: [build, //...]\n  - name: gcr.io/cloud-builders/gradle:4.6-jdk-8\n    args: [build]\n  - name: gcr.io/cloud-builders/npm:node-18.12.0\n    args: [test]\n";
    expect(await namedToolVersions({ "cloudbuild.yaml": tagged }, ["Docker", "Bazel", "Gradle", "npm"], opts)).toEqual({ Docker: "19.03.8", Bazel: "6.4.0", Gradle: "4.6", npm: "-" });
  });

  it("a build config under another name is one by its steps (Cloud Build named), not a file of the name holding none", async () => {
    const files = { "deploy/cloudbuild.gke.yaml": "steps:\n  - name: gcr.io/cloud-builders/gke-deploy\n    args: [run, --filename=k8s/, --cluster=prod]\n", "cloudbuild-notes.yaml": "owner: platform\n" };
    expect(await namedToolVersions(files, ["Google Cloud Build", "Google Kubernetes Engine"], opts)).toEqual({ "Google Cloud Build": "-", "Google Kubernetes Engine": "-" });
    expect(await namedToolVersions({ "cloudbuild-notes.yaml": "owner: platform\n" }, ["Google Cloud Build"], opts)).toEqual({ "Google Cloud Build": "not named" });
  });

  it("a JSON build config reads the same; a copy under examples/ names nothing of its steps; a broken file warns", async () => {
    const json = JSON.stringify({ steps: [{ name: "gcr.io/cloud-builders/kubectl", args: ["apply", "-f", "k8s/"] }] });
    expect(await namedToolVersions({ "cloudbuild.json": json, "examples/cloudbuild.yaml": "steps:\n  - name: python:3.12\n" }, ["Kubernetes", "Python"], opts)).toEqual({ Kubernetes: "-", Python: "not named" });
    const { document, warnings } = await scanTree(new MemorySource({ "cloudbuild.yaml": "steps:\n  - name: [unclosed\n" }), { git: false });
    expect(document.tools.map((t) => t.name)).toEqual(["Google Cloud Build"]);
    expect(warnings.map((w) => w.file)).toEqual(["cloudbuild.yaml"]);
  });
});

describe("an AWS CodeBuild buildspec's runtime-versions", () => {
  const buildspec = (runtimes: string) => `version: 0.2\nphases:\n  install:\n    runtime-versions:\n${runtimes}\n    commands:\n      - pip install -r requirements.txt\n  build:\n    commands:\n      - pytest\n`;

  it("name the languages at the release written (3.10 stays 3.10), not Node.js or Java, as setup-node and setup-java", async () => {
    const files = { "buildspec.yml": buildspec("      python: 3.10\n      golang: 1.22\n      nodejs: 20\n      java: corretto17\n      ruby: latest") };
    expect(await namedToolVersions(files, ["AWS CodeBuild", "Python", "Golang", "Ruby", "Node.js", "Java"], opts)).toEqual({
      "AWS CodeBuild": "-",
      Python: "3.10",
      Golang: "1.22",
      Ruby: "-",
      "Node.js": "not named",
      Java: "not named",
    });
  });

  it("beside a buildspec.yml, another buildspec adds its runtimes and leaves CodeBuild's source at buildspec.yml", async () => {
    const { document } = await scanTree(new MemorySource({ "buildspec.yml": buildspec("      python: 3.12"), "buildspec-integration.yml": buildspec("      golang: 1.22") }), { git: false });
    const source = Object.fromEntries(document.tools.map((t) => [t.name, t.detection_source]));
    expect(source).toMatchObject({ "AWS CodeBuild": "buildspec.yml", Python: "buildspec.yml", Golang: "buildspec-integration.yml" });
  });

  it("its commands' logins and pushes name the registry, as a workflow's do (Amazon ECR)", async () => {
    const files = { "buildspec.yml": "version: 0.2\nphases:\n  pre_build:\n    commands:\n      - aws ecr get-login-password | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com\n  post_build:\n    commands:\n      - docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:latest\n" };
    expect(await namedToolVersions(files, ["AWS CodeBuild", "Amazon ECR"], opts)).toEqual({ "AWS CodeBuild": "-", "Amazon ECR": "-" });
  });

  it("a buildspec under another name is one by its phases (CodeBuild named); a flow map keeps its values", async () => {
    const files = { "ci/buildspec-deploy.yml": "version: 0.2\nphases:\n  install:\n    runtime-versions: { php: 8.2, dotnet: 8.0 }\n  build:\n    commands: [make deploy]\n", "buildspec-notes.yml": "title: not a buildspec\n" };
    expect(await namedToolVersions(files, ["AWS CodeBuild", "PHP", ".NET"], opts)).toEqual({ "AWS CodeBuild": "-", PHP: "8.2", ".NET": "-" });
  });
});

describe("Drone and Woodpecker plugins", () => {
  it("a plugin step's image names the tool or service it builds with or uploads to, never at the plugin's release; chat plugins name nothing", async () => {
    const drone = [
      "kind: pipeline",
      "type: docker",
      "name: default",
      "steps:",
      "  - name: test",
      "    image: golang:1.22",
      "    commands: [go test ./...]",
      "  - name: publish",
      "    image: plugins/docker:20.17",
      "    settings: { repo: acme/api }",
      "  - name: artifacts",
      "    image: plugins/s3-sync:1.3.0",
      "    settings: { bucket: acme-artifacts }",
      "  - name: notify",
      "    image: plugins/slack",
      "",
    ].join("\n");
    const woodpecker = "steps:\n  - name: image\n    image: woodpeckerci/plugin-kaniko:2.0.0\n    settings: { repo: acme/web }\n";
    expect(await namedToolVersions({ ".drone.yml": drone, ".woodpecker/release.yml": woodpecker }, ["Golang", "Docker", "Amazon S3", "kaniko", "Slack"], opts)).toEqual({
      Golang: "1.22",
      Docker: "-",
      "Amazon S3": "-",
      kaniko: "-",
      Slack: "not named",
    });
  });
});

describe("Jenkins pipelines", () => {
  it("a Kubernetes agent's containers: containerTemplate images and the pod YAML's, not an image built from variables", async () => {
    const jenkinsfile = [
      "podTemplate(containers: [",
      "  containerTemplate(name: 'gradle', image: 'gradle:8.5-jdk17', command: 'sleep', args: '99d'),",
      "  containerTemplate(name: 'app', image: \"${REGISTRY}/app:${TAG}\", command: 'cat')",
      "]) {",
      "  node(POD_LABEL) { container('gradle') { sh 'gradle build' } }",
      "}",
      "pipeline {",
      "  agent {",
      "    kubernetes {",
      "      yaml '''",
      "apiVersion: v1",
      "kind: Pod",
      "spec:",
      "  containers:",
      "  - name: golang",
      "    image: golang:1.22",
      "    command: [cat]",
      "    tty: true",
      "  - name: db",
      "    image: \"postgres:16\"",
      "'''",
      "    }",
      "  }",
      "  stages { stage('test') { steps { container('golang') { sh 'go test ./...' } } } }",
      "}",
      "",
    ].join("\n");
    expect(await namedToolVersions({ Jenkinsfile: jenkinsfile }, ["Gradle", "Golang", "PostgreSQL", "Jenkins"], opts)).toEqual({ Gradle: "8.5", Golang: "1.22", PostgreSQL: "16.0.0", Jenkins: "-" });
  });

  it("a megabyte after `image:` (spaces, or a value that never ends) holds no scan", async () => {
    const mb = 1_000_000;
    const jenkinsfile = `pipeline {\n  agent { kubernetes { yaml 'image:${" ".repeat(mb)}x' } }\n  containerTemplate(image: ${"a".repeat(mb)}'\n}\n`;
    const found = await expectFinishesWithin(() => namedToolVersions({ Jenkinsfile: jenkinsfile }, ["Jenkins"], opts), 40, "a megabyte after image:");
    expect(found).toEqual({ Jenkins: "-" });
  });

  it("a pipeline under another name (Jenkinsfile.release, deploy.Jenkinsfile) is read and names Jenkins; a note or backup beside it is not", async () => {
    const files = {
      "services/api/Jenkinsfile.release": "pipeline {\n  agent { docker { image 'ruby:3.3' } }\n  stages { stage('release') { steps { sh 'rake release' } } }\n}\n",
      "ops/deploy.Jenkinsfile": "node {\n  withSonarQubeEnv('sonar') { sh './scan.sh' }\n}\n",
      "docs/Jenkinsfile.md": "pipeline { agent { docker { image 'python:3.12' } } }\n",
    };
    expect(await namedToolVersions(files, ["Jenkins", "Ruby", "SonarQube", "Python"], opts)).toEqual({ Jenkins: "-", Ruby: "3.3", SonarQube: "-", Python: "not named" });
    expect(await namedToolVersions({ "Jenkinsfile.bak": "pipeline { agent { docker { image 'python:3.12' } } }\n" }, ["Jenkins", "Python"], opts)).toEqual({ Jenkins: "not named", Python: "not named" });
  });

  it("a chat notifier names no service (slackSend, mattermostSend, office365ConnectorSend)", async () => {
    const jenkinsfile = "pipeline {\n  agent any\n  stages { stage('b') { steps { sh 'make' } } }\n  post {\n    success { slackSend channel: '#ci', message: 'ok' }\n    failure {\n      mattermostSend color: 'danger', message: 'failed'\n      office365ConnectorSend webhookUrl: \"${TEAMS}\", status: 'Failure'\n    }\n  }\n}\n";
    expect(await namedToolVersions({ Jenkinsfile: jenkinsfile }, ["Jenkins", "Slack", "Mattermost", "Microsoft Teams"], opts)).toEqual({ Jenkins: "-", Slack: "not named", Mattermost: "not named", "Microsoft Teams": "not named" });
  });
});

describe("Buildkite and Drone files beside the usual ones", () => {
  it("the root buildkite.yml the agent uploads by default: Buildkite, its plugins and images", async () => {
    const pipeline = "steps:\n  - label: test\n    command: npm test\n    plugins:\n      - docker#v5.10.0:\n          image: node:20.11\n      - ecr#v2.7.0:\n          login: true\n";
    expect(await namedToolVersions({ "buildkite.yml": pipeline }, ["Buildkite", "Docker", "Node.js", "Amazon ECR"], opts)).toEqual({ Buildkite: "-", Docker: "-", "Node.js": "20.11", "Amazon ECR": "-" });
    expect(await namedToolVersions({ "buildkite/pipeline.yml": pipeline }, ["Buildkite", "Node.js"], opts)).toEqual({ Buildkite: "-", "Node.js": "20.11" });
  });

  it("a Drone, Woodpecker or Buildkite step's commands name the registry they push to (Amazon ECR)", async () => {
    const push = "docker push 123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:latest";
    for (const [file, text] of [
      [".drone.yml", `kind: pipeline\nname: default\nsteps:\n  - name: push\n    image: docker:25\n    commands:\n      - ${push}\n`],
      [".woodpecker/release.yml", `steps:\n  - name: push\n    image: docker:25\n    commands:\n      - ${push}\n`],
      [".buildkite/pipeline.yml", `steps:\n  - label: push\n    command: ${push}\n`],
    ]) expect(await namedToolVersions({ [file!]: text! }, ["Amazon ECR"], opts), file).toEqual({ "Amazon ECR": "-" });
  });

  it("a .buildkite pipeline of another name that pipeline.yml uploads is read; a compose file or cache definitions there are no pipeline", async () => {
    // buildkite/agent's .buildkite/ holds pipeline.yml, pipeline.release-stable.yml, docker-compose.yml and
    // cache.yml; other projects upload .buildkite/release.yml or deploy.yml from pipeline.yml's first step.
    const files = {
      ".buildkite/pipeline.yml": "steps:\n  - label: ':pipeline: release'\n    command: buildkite-agent pipeline upload .buildkite/release.yml\n    branches: main\n",
      ".buildkite/release.yml": [
        "steps:",
        "  - label: ':docker: build'",
        "    plugins:",
        "      - docker-compose#v4.16.0:",
        "          build: app",
        "          config: .buildkite/docker-compose.yml",
        "  - label: ':rocket: publish'",
        "    command: ./scripts/publish.sh",
        "    plugins:",
        "      - docker#v5.9.0:",
        "          image: python:3.12.1-slim",
        "      - ecr#v2.7.0:",
        "          login: true",
        "",
      ].join("\n"),
      ".buildkite/pipelines/nightly.yml": "- label: nightly\n  command: make nightly\n  agents:\n    queue: linux\n  plugins:\n    - docker#v5.9.0:\n        image: golang:1.22.2\n",
      ".buildkite/docker-compose.yml": "services:\n  app:\n    build: .\n  redis:\n    image: redis:7.2.4\n",
      ".buildkite/cache.yml": "caches:\n  - name: gomodcache\n    cache_key:\n      - go-modules-v1\n      - { checksum: go.mod }\n    target_paths:\n      - ~/.gomodcache\n",
    };
    expect(await namedToolVersions(files, ["Buildkite", "Python", "Amazon ECR", "Golang"], opts)).toEqual({ Buildkite: "-", Python: "3.12.1", "Amazon ECR": "-", Golang: "1.22.2" });
    // The compose file's images are the docker detector's; the ci detector reads neither file.
    const { findings } = await detectorFindings(ciDetector, files);
    expect(findings.filter((f) => !/pipeline|release|nightly/.test(f.file))).toEqual([]);
  });

  it("a pipeline generator's package.json, lockfile and tsconfig.json in .buildkite/ are no pipeline; pipeline*.json is, at any depth", async () => {
    // elastic/kibana's .buildkite/ holds a TypeScript project that writes its pipelines: a commented
    // tsconfig.json is no YAML, and a lockfile is no pipeline to parse.
    const files = {
      ".buildkite/pipeline.json": JSON.stringify({ steps: [{ label: "test", command: "make test", plugins: [{ "docker#v5.9.0": { image: "golang:1.22.2" } }] }] }),
      ".buildkite/pipelines/pipeline.deploy.json": JSON.stringify({ steps: [{ label: "plan", command: "terraform plan", plugins: [{ "docker#v5.9.0": { image: "hashicorp/terraform:1.7.5" } }] }] }),
      ".buildkite/package.json": JSON.stringify({ name: "kibana-buildkite", private: true, dependencies: { "@buildkite/buildkite-sdk": "0.1.0" } }),
      ".buildkite/package-lock.json": JSON.stringify({ name: "kibana-buildkite", lockfileVersion: 3, packages: { "": { name: "kibana-buildkite" } } }),
      ".buildkite/tsconfig.json": '{\n  // the generator compiles on its own\n  "compilerOptions": { "target": "ES2022" },\n}\n',
    };
    const { findings, warnings } = await detectorFindings(ciDetector, files);
    expect(warnings).toEqual([]);
    expect([...new Set(findings.map((f) => f.file))].sort()).toEqual([".buildkite/pipeline.json", ".buildkite/pipelines/pipeline.deploy.json"]);
  });

  it("a pipeline in a folder of .buildkite/ alone names Buildkite, as the ci detector reads it; so does an agent hook there", async () => {
    // Projects keep their pipelines in .buildkite/pipelines/ (uploaded by a step or set in the
    // pipeline's settings) and the agent's repository hooks in .buildkite/hooks/.
    const deploy = "steps:\n  - label: ':rocket: deploy'\n    command: scripts/deploy.sh\n    plugins:\n      - docker#v5.9.0:\n          image: python:3.12.1-slim\n";
    expect(await namedToolVersions({ ".buildkite/pipelines/deploy.yml": deploy }, ["Buildkite", "Python"], opts)).toEqual({ Buildkite: "-", Python: "3.12.1" });
    const hook = "#!/bin/bash\nset -euo pipefail\nexport AWS_DEFAULT_REGION=eu-west-1\n";
    expect(await namedToolVersions({ ".buildkite/hooks/pre-command": hook }, ["Buildkite"], opts)).toEqual({ Buildkite: "-" });
  });

  it("a .buildkite list is a pipeline when its entries are steps, not a build matrix's records", async () => {
    const files = {
      ".buildkite/pipeline.yml": "steps:\n  - label: upload\n    command: buildkite-agent pipeline upload .buildkite/steps.yml\n",
      ".buildkite/steps.yml": "- label: test\n  plugins:\n    - docker#v5.9.0:\n        image: python:3.12.1\n- wait\n- trigger: deploy\n",
      ".buildkite/matrix.yml": "- image: node:18.19.0\n- image: node:20.11.0\n",
    };
    expect(await namedToolVersions(files, ["Python", "Node.js"], opts)).toEqual({ Python: "3.12.1", "Node.js": "not named" });
  });

  it("a Drone pipeline written in Jsonnet or Starlark names Drone", async () => {
    const jsonnet = "local pipeline(name, image) = {\n  kind: 'pipeline',\n  name: name,\n  steps: [{ name: 'test', image: image, commands: ['go test ./...'] }],\n};\n[pipeline('go-1.22', 'golang:1.22')]\n";
    expect(await namedToolVersions({ ".drone.jsonnet": jsonnet }, ["Drone.io"], opts)).toEqual({ "Drone.io": "-" });
    expect(await namedToolVersions({ ".drone.star": "def main(ctx):\n  return {'kind': 'pipeline', 'name': 'build'}\n" }, ["Drone.io"], opts)).toEqual({ "Drone.io": "-" });
  });
});

describe("Buildkite plugins beyond Docker's", () => {
  it("the OIDC plugins name the cloud they log in to, SEEK's the AWS service they use; test-collector and artifacts nothing", async () => {
    const pipeline = [
      "steps:",
      "  - label: deploy",
      "    command: bin/deploy",
      "    plugins:",
      "      - aws-assume-role-with-web-identity#v1.1.0:",
      "          role-arn: arn:aws:iam::123456789012:role/deploy",
      "      - seek-oss/aws-sm#v2.3.2:",
      "          env:",
      "            RAILS_MASTER_KEY: prod/rails-master-key",
      "      - test-collector#v1.10.0:",
      "          files: tmp/rspec-*.xml",
      "  - label: gcp",
      "    command: bin/publish",
      "    plugins:",
      "      - gcp-workload-identity-federation#v1.2.0:",
      "          audience: //iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/buildkite/providers/buildkite",
      "      - seek-oss/docker-ecr-cache#v2.2.0: ~",
      "",
    ].join("\n");
    expect(await namedToolVersions({ ".buildkite/pipeline.yml": pipeline }, ["Amazon Web Services (AWS)", "AWS Secrets Manager", "Google Cloud Platform", "Amazon ECR", "Docker"], opts)).toEqual({
      "Amazon Web Services (AWS)": "-",
      "AWS Secrets Manager": "-",
      "Google Cloud Platform": "-",
      "Amazon ECR": "-",
      Docker: "-",
    });
  });
});

describe("mobile CI: Bitrise steps and fastlane actions", () => {
  it("the steps and actions that build with a tool or deliver to a service name it; setup-java-style steps and chat notifiers name nothing", async () => {
    const bitrise = [
      "format_version: '13'",
      "workflows:",
      "  primary:",
      "    steps:",
      "      - set-java-version@1:",
      "          inputs:",
      "            - set_java_version: '17'",
      "      - nvm@1:",
      "          inputs:",
      "            - node_version: 20.11.1",
      "      - cocoapods-install@2: {}",
      "      - xcode-archive@5:",
      "          inputs:",
      "            - scheme: Runner",
      "      - firebase-app-distribution@0: {}",
      "      - slack@3: {}",
      "",
    ].join("\n");
    const fastfile = "platform :android do\n  lane :deploy do\n    gradle(task: 'bundle', build_type: 'Release')\n    appcenter_upload(app_name: 'acme-android')\n    slack(message: 'uploaded')\n  end\nend\n";
    const codemagic = "workflows:\n  android:\n    environment:\n      flutter: 3.19.3\n      java: 17\n      node: 20.11.1\n";
    const found = await namedToolVersions({ "bitrise.yml": bitrise, "android/fastlane/Fastfile": fastfile, "codemagic.yaml": codemagic }, ["CocoaPods", "Xcode", "Firebase", "Gradle", "Visual Studio App Center", "Flutter", "Java", "Node.js", "Slack"], opts);
    expect(found).toEqual({ CocoaPods: "-", Xcode: "-", Firebase: "-", Gradle: "-", "Visual Studio App Center": "-", Flutter: "3.19.3", Java: "not named", "Node.js": "not named", Slack: "not named" });
  });
});

describe("Concourse pipelines and tasks", () => {
  const pipeline = [
    "resources:",
    "  - name: repo",
    "    type: git",
    "    source: { uri: https://github.com/acme/api.git, branch: main }",
    "  - name: artifacts",
    "    type: s3",
    "    source: { bucket: acme-artifacts, regexp: api-(.*).tgz }",
    "  - name: image",
    "    type: registry-image",
    "    source: { repository: acme/api, username: ((hub.user)), password: ((hub.pass)) }",
    "jobs:",
    "  - name: test",
    "    plan:",
    "      - get: repo",
    "        trigger: true",
    "      - task: unit",
    "        config:",
    "          platform: linux",
    "          image_resource:",
    "            type: registry-image",
    "            source: { repository: golang, tag: '1.22' }",
    "          inputs: [{ name: repo }]",
    "          run: { path: go, args: [test, ./...] }",
    "",
  ].join("\n");

  it("a pipeline names Concourse, its tasks' images and the services of its resource types (not git)", async () => {
    expect(await namedToolVersions({ "ci/pipeline.yml": pipeline }, ["Concourse", "Golang", "Amazon S3", "Docker", "Git"], opts)).toEqual({ Concourse: "-", Golang: "1.22", "Amazon S3": "-", Docker: "-", Git: "not named" });
  });

  it("a task file names Concourse and its image; a Helm template or another CI's file in ci/ is left unparsed, unwarned", async () => {
    const task = "platform: linux\nimage_resource:\n  type: registry-image\n  source:\n    repository: node\n    tag: 20.11-alpine\ninputs:\n  - name: repo\nrun:\n  path: repo/ci/scripts/test.sh\n";
    const helm = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  jobs: {{ .Values.jobs | toYaml }}\n";
    const gha = "name: ci\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps: [{ run: make }]\n";
    const { document, warnings } = await scanTree(new MemorySource({ "ci/tasks/test.yml": task, "ci/chart/templates/cm.yaml": helm, "concourse/other.yml": gha }), { git: false });
    expect(Object.fromEntries(document.tools.map((t) => [t.name, t.version ?? "-"]))).toMatchObject({ Concourse: "-", "Node.js": "20.11" });
    expect(warnings).toEqual([]);
    expect(await namedToolVersions({ "concourse/other.yml": gha }, ["Concourse"], opts)).toEqual({ Concourse: "not named" });
  });
});
