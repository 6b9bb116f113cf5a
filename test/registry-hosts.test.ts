import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";
import { registriesDetector } from "../detectors/registries/index.js";
import { registryKeys } from "../detectors/registries/registry-keys.js";
import { compact, detectorFindings } from "./detector-findings.js";
import { expectFinishesWithin } from "./work-budget.js";

// Package and container registries a repository's configuration names by their host
// (detectors/registries, catalog/matchers/registries.yml): the private registries a project
// resolves from, publishes to, logs in or pushes to, never a public image it pulls.
const tools = async (files: Record<string, string>): Promise<string[]> => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return document.tools.filter((t) => !t.package_url).map((t) => `${t.name}@${t.detection_source}`).sort();
};
const refs = async (files: Record<string, string>): Promise<string[]> => compact((await detectorFindings(registriesDetector, files)).findings);

describe("registry host keys", () => {
  it("tries the host with its path segment, then wider patterns, AWS accounts and regions as *", () => {
    expect(registryKeys("https://user:${TOKEN}@npm.fury.io/acme/")).toEqual(["npm.fury.io/acme", "npm.fury.io", "*.fury.io/acme", "*.fury.io", "*/acme"]);
    expect(registryKeys("111122223333.dkr.ecr.eu-west-1.amazonaws.com/platform/python:3.11")).toContain("*.dkr.ecr.*.amazonaws.com");
    expect(registryKeys("http://localhost:4873/")[0]).toBe("localhost:4873");
  });
  it("reads no host from a variable, a template or an image without a registry", () => {
    expect(registryKeys("${NPM_REGISTRY}")).toEqual([]);
    expect(registryKeys("//$_/acme/api")).toEqual([]);
    expect(registryKeys("postgres:16")).toEqual([]);
    expect(registryKeys("acme/api:1.0")).toEqual([]);
    // The same image with its registry's host gives it.
    expect(registryKeys("quay.io/acme/api:1.0")).toContain("quay.io");
  });
});

describe("package registries from their configuration files", () => {
  it("names Gemfury from a scoped .npmrc registry and its auth line", async () => {
    expect(await refs({ ".npmrc": "@acme:registry=https://npm.fury.io/acme/\n//npm.fury.io/acme/:_authToken=${FURY_AUTH}\n" })).toEqual(["registry-host:*.fury.io@1"]);
    expect(await tools({ "package.json": '{"name":"web","dependencies":{"react":"^18.2.0"}}', ".npmrc": "@acme:registry=https://npm.fury.io/acme/\n" })).toContain("Gemfury@.npmrc");
  });
  it("names JFrog Artifactory from .yarnrc.yml, publishConfig, composer.json and Maven's distributionManagement", async () => {
    expect(await refs({ ".yarnrc.yml": 'nodeLinker: node-modules\nnpmRegistryServer: "https://acme.jfrog.io/artifactory/api/npm/npm-virtual/"\n' })).toEqual(["registry-host:*.jfrog.io@2"]);
    expect(await refs({ "package.json": '{"name":"x","publishConfig":{"registry":"https://acme.jfrog.io/artifactory/api/npm/npm-local/"}}' })).toEqual(["registry-host:*.jfrog.io@1"]);
    expect(await refs({ "composer.json": '{"repositories":[{"type":"composer","url":"https://acme.jfrog.io/artifactory/api/composer/php"},{"type":"vcs","url":"https://github.com/acme/sdk"}]}' })).toEqual(["registry-host:*.jfrog.io@1"]);
    const pom = [
      "<project>",
      "  <repositories><repository><id>central</id><url>https://repo.maven.apache.org/maven2</url></repository></repositories>",
      "  <distributionManagement>",
      "    <repository><id>rel</id><url>https://artifacts.acme.example/artifactory/libs-release-local</url></repository>",
      "  </distributionManagement>",
      "</project>",
    ].join("\n");
    expect(await refs({ "pom.xml": pom })).toEqual(["registry-host:*/artifactory@4"]);
  });
  it("names AWS CodeArtifact from a Poetry source and Sonatype Nexus from pip's --index-url", async () => {
    const pyproject = '[tool.poetry]\nname = "x"\n\n[[tool.poetry.source]]\nname = "ca"\nurl = "https://acme-111122223333.d.codeartifact.us-east-1.amazonaws.com/pypi/py/simple/"\n';
    expect(await tools({ "pyproject.toml": pyproject })).toContain("AWS CodeArtifact@pyproject.toml");
    expect(await refs({ "requirements.txt": "--index-url https://nexus.corp.acme.example/repository/pypi-all/simple\nflask==3.0.0\n" })).toEqual(["registry-host:nexus.corp.acme.example/repository@1"]);
  });
  it("names Gemfury from a Gemfile source block, a gemspec's push host and a Pipfile source", async () => {
    expect(await refs({ Gemfile: 'source "https://rubygems.org"\n\nsource "https://gem.fury.io/acme/" do\n  gem "acme-auth"\nend\n' })).toEqual(["registry-host:*.fury.io@3"]);
    expect(await refs({ "x.gemspec": 'Gem::Specification.new do |spec|\n  spec.metadata["allowed_push_host"] = "https://push.fury.io/acme"\nend\n' })).toEqual(["registry-host:*.fury.io@2"]);
    expect(await refs({ Pipfile: '[[source]]\nurl = "https://pypi.fury.io/${FURY_TOKEN}/acme/"\nverify_ssl = true\nname = "fury"\n' })).toEqual(["registry-host:*.fury.io@2"]);
  });
  it("names MyGet and ProGet from NuGet.config, not a vendor's own MyGet feed", async () => {
    const config = (feeds: string) => `<configuration>\n  <packageSources>\n${feeds}  </packageSources>\n</configuration>\n`;
    const ours = config('    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />\n    <add key="a" value="https://www.myget.org/F/acme/api/v3/index.json" />\n    <add key="p" value="https://proget.acme.local/nuget/internal/" />\n');
    expect(await refs({ "NuGet.config": ours })).toEqual(["registry-host:www.myget.org@4", "registry-host:proget.acme.local/nuget@5"]);
    expect(await refs({ "NuGet.config": config('    <add key="d" value="https://dotnet.myget.org/F/dotnet-core/api/v3/index.json" />\n') })).toEqual([]);
  });
  it("names Cloudsmith from Gradle's maven { url } around a credentials block and from Cargo's registries", async () => {
    const gradle = 'repositories {\n    mavenCentral()\n    maven { url = uri("https://jitpack.io") }\n    maven {\n        credentials {\n            username = "x"\n        }\n        url = uri("https://dl.cloudsmith.io/basic/acme/geo/maven/")\n    }\n}\n';
    expect(await refs({ "build.gradle.kts": gradle })).toEqual(["registry-host:*.cloudsmith.io@8"]);
    expect(await refs({ ".cargo/config.toml": '[registries.acme]\nindex = "sparse+https://cargo.cloudsmith.io/acme/crates/"\n' })).toEqual(["registry-host:*.cloudsmith.io@2"]);
  });
  it("names the private registries Dependabot resolves from", async () => {
    const dependabot = "version: 2\nregistries:\n  fury:\n    type: npm-registry\n    url: https://npm.fury.io/acme\n    token: ${{secrets.FURY_TOKEN}}\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    registries: [fury]\n    schedule: { interval: weekly }\n";
    expect(await refs({ ".github/dependabot.yml": dependabot })).toEqual(["registry-host:*.fury.io@5"]);
  });
  it("names Verdaccio from its default local address", async () => {
    expect(await refs({ ".npmrc": "registry=http://localhost:4873/\n" })).toEqual(["registry-host:localhost:4873@1"]);
  });
});

describe("container registries", () => {
  const workflow = (registry: string, push: string) =>
    [
      "on: push",
      "jobs:",
      "  image:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: docker/login-action@v3",
      "        with:",
      `          registry: ${registry}`,
      "          password: ${{ secrets.QUAY_TOKEN }}",
      "      - uses: docker/build-push-action@v5",
      "        with:",
      `          push: ${push}`,
      "          tags: |",
      "            quay.io/acme/api:latest",
      "",
    ].join("\n");
  it("names Quay.io where a workflow logs in or pushes there, not from a pulled image", async () => {
    expect(await refs({ ".github/workflows/release.yml": workflow("quay.io", "true") })).toEqual(["registry-host:quay.io@8"]);
    expect(await refs({ ".github/workflows/release.yml": workflow("${{ secrets.REGISTRY }}", "true") })).toEqual(["registry-host:quay.io@14"]);
    expect(await refs({ ".github/workflows/ci.yml": workflow("${{ secrets.REGISTRY }}", "false") })).toEqual([]);
    expect(await tools({ Dockerfile: "FROM quay.io/keycloak/keycloak:23.0\n", "docker-compose.yml": "services:\n  minio:\n    image: quay.io/minio/minio:latest\n" })).not.toContain("Quay.io@Dockerfile");
    expect(await refs({ Dockerfile: "FROM quay.io/keycloak/keycloak:23.0\n", "docker-compose.yml": "services:\n  minio:\n    image: quay.io/minio/minio:latest\n" })).toEqual([]);
  });
  it("names Google Container Registry from a CI login and push, not from Google's public images", async () => {
    const ci = "build:\n  script:\n    - echo \"$KEY\" | docker login -u _json_key --password-stdin https://gcr.io\n    - docker push gcr.io/acme-prod/web:$CI_COMMIT_SHA\n";
    expect(await refs({ ".gitlab-ci.yml": ci })).toEqual(["registry-host:gcr.io@3"]);
    expect(await refs({ Dockerfile: "FROM gcr.io/distroless/nodejs20-debian12\nFROM k8s.gcr.io/pause:3.9\n", "docker-compose.yml": "services:\n  c:\n    image: gcr.io/cadvisor/cadvisor:v0.47.2\n" })).toEqual([]);
  });
  it("names Amazon ECR from a private base image and a CI push, and Harbor from a built compose image", async () => {
    expect(await refs({ Dockerfile: "FROM 111122223333.dkr.ecr.eu-west-1.amazonaws.com/platform/python:3.11-slim\n" })).toEqual(["image-host:*.dkr.ecr.*.amazonaws.com@1"]);
    const ci = "steps:\n  - run: |\n      docker build -t 444455556666.dkr.ecr.eu-central-1.amazonaws.com/geo-api:${{ github.sha }} .\n      docker push 444455556666.dkr.ecr.eu-central-1.amazonaws.com/geo-api:${{ github.sha }}\n";
    expect(await tools({ "bitbucket-pipelines.yml": ci })).toContain("Amazon ECR@bitbucket-pipelines.yml");
    expect(await refs({ "docker-compose.yml": "services:\n  api:\n    build: .\n    image: harbor.acme.example/shop/api:dev\n" })).toEqual(["registry-host:harbor.acme.example/shop@4"]);
  });
  it("names nothing from a registry written as a variable", async () => {
    expect(await refs({ ".npmrc": "registry=${NPM_REGISTRY}\n", ".gitlab-ci.yml": "j:\n  script:\n    - docker login -u $U -p $P $CI_REGISTRY\n    - docker push $CI_REGISTRY_IMAGE:latest\n" })).toEqual([]);
    // The registry written out, the same .npmrc names it.
    expect(await refs({ ".npmrc": "registry=https://npm.fury.io/acme/\n" })).not.toEqual([]);
  });
  it("names Amazon ECR from a Kubernetes manifest and an ECS task definition, not a public image beside it", async () => {
    const deployment = "apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: orders\n          image: 777788889999.dkr.ecr.us-west-2.amazonaws.com/orders:1.8.2\n        - name: exporter\n          image: quay.io/prometheus/statsd-exporter:v0.26.0\n";
    expect(await refs({ "k8s/deployment.yaml": deployment, "charts/api/values.yaml": "image:\n  repository: gcr.io/google-samples/hello-app\n" })).toEqual(["image-host:*.dkr.ecr.*.amazonaws.com@8"]);
    expect(await refs({ "orders-task-definition.json": '{"containerDefinitions":[{"name":"o","image":"777788889999.dkr.ecr.us-west-2.amazonaws.com/orders:latest"}]}' })).toEqual(["image-host:*.dkr.ecr.*.amazonaws.com@1"]);
  });
  it("names Google Container Registry from Jib's target image and Cloud Build's pushed images, not its builders", async () => {
    const pom = "<project>\n  <build><plugins><plugin>\n    <artifactId>jib-maven-plugin</artifactId>\n    <configuration>\n      <from><image>gcr.io/distroless/java17-debian12</image></from>\n      <to><image>gcr.io/acme-quotes/quotes</image></to>\n    </configuration>\n  </plugin></plugins></build>\n</project>\n";
    expect(await refs({ "pom.xml": pom })).toEqual(["registry-host:gcr.io@6"]);
    expect(await refs({ "build.gradle": "jib {\n  to {\n    image = 'gcr.io/acme/api'\n  }\n}\n" })).toEqual(["registry-host:gcr.io@3"]);
    expect(await refs({ "cloudbuild.yaml": "steps:\n  - name: gcr.io/cloud-builders/docker\n    args: [build, -t, gcr.io/$PROJECT_ID/web, .]\nimages:\n  - gcr.io/$PROJECT_ID/web\n" })).toEqual(["registry-host:gcr.io@5"]);
    expect(await refs({ "cloudbuild.yaml": "steps:\n  - name: gcr.io/cloud-builders/docker\n    args: [build, .]\n" })).toEqual([]);
  });
  it("names the registry a vendor's CLI logs in or pushes to", async () => {
    expect(await tools({ ".circleci/config.yml": "version: 2.1\njobs:\n  p:\n    docker:\n      - image: cimg/ruby:3.2\n    steps:\n      - run: package_cloud push acme/tools/ubuntu/jammy dist/*.deb\n" })).toContain("packagecloud.io@.circleci/config.yml");
    expect(await tools({ "Makefile": "login:\n\taws codeartifact login --tool npm --domain acme --repository js\n" })).toContain("AWS CodeArtifact@Makefile");
    expect(await refs({ "deploy.sh": "#!/bin/sh\ngcloud auth configure-docker --quiet\ndocker push gcr.io/acme/web\n" })).toEqual(["registry-host:gcr.io@2"]);
    expect(await refs({ "deploy.sh": "#!/bin/sh\ngcloud auth configure-docker europe-west1-docker.pkg.dev\n" })).toEqual([]);
  });
  it("leaves a vendor's own public registry under a customer pattern alone", async () => {
    expect(await refs({ "build.gradle": 'repositories {\n  maven { url "https://groovy.jfrog.io/artifactory/plugins-release" }\n}\n' })).toEqual([]);
    // A customer's own host under the pattern names it.
    expect(await refs({ "build.gradle": 'repositories {\n  maven { url "https://acme.jfrog.io/artifactory/libs-release" }\n}\n' })).not.toEqual([]);
  });
  it("names Amazon ECR from a CI login, a Jenkins registry block and a CI job's private image", async () => {
    expect(await refs({ ".travis.yml": "before_deploy:\n  - $(aws ecr get-login --no-include-email --region us-east-1)\n" })).toEqual(["registry-host:*.dkr.ecr.*.amazonaws.com@2"]);
    // aws-actions/amazon-ecr-login alone stays AWS's (see catalog/matchers/ci.yml), and a push to ECR Public names nothing
    const publicPush = "on: push\njobs:\n  d:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: aws-actions/amazon-ecr-login@v2\n        with:\n          registry-type: public\n      - run: docker push public.ecr.aws/d8a4z9o5/worker:latest\n";
    expect(await tools({ ".github/workflows/d.yml": publicPush })).not.toContain("Amazon ECR@.github/workflows/d.yml");
    expect(await refs({ Jenkinsfile: "node {\n  docker.withRegistry('https://quay.io', 'quay-creds') {\n    app.push('latest')\n  }\n}\n" })).toEqual(["registry-host:quay.io@2"]);
    expect(await refs({ ".gitlab-ci.yml": "test:\n  image: 111122223333.dkr.ecr.eu-west-1.amazonaws.com/ci/node:20\n  script: [npm test]\nlint:\n  image: quay.io/acme/linter:1\n" })).toEqual(["image-host:*.dkr.ecr.*.amazonaws.com@2"]);
  });
  it("names Quay.io from an image of the repository's own owner, not another owner's", async () => {
    const manifest = "apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: quay.io/acme/api:v1.2.0\n        - name: proxy\n          image: quay.io/oauth2-proxy/oauth2-proxy:v7.5.1\n";
    expect(await refs({ "go.mod": "module github.com/acme/api\n\ngo 1.22\n", "k8s/deployment.yaml": manifest })).toEqual(["registry-host:quay.io@8"]);
    expect(await refs({ "package.json": '{"name":"api","repository":{"type":"git","url":"git+https://github.com/Acme/api.git"}}', "k8s/deployment.yaml": manifest })).toEqual(["registry-host:quay.io@8"]);
    expect(await refs({ "go.mod": "module github.com/other/api\n", "k8s/deployment.yaml": manifest })).toEqual([]);
    expect(await refs({ "k8s/deployment.yaml": manifest })).toEqual([]);
  });
});

describe("registry reading on pathological input", () => {
  it("reads a long auth line, unclosed XML blocks and an unclosed maven block in linear time", async () => {
    const files = {
      ".npmrc": `//${"a".repeat(100_000)}:\n`,
      "pom.xml": "<repositories>".repeat(20_000),
      "NuGet.config": '<packageSources><add value="'.repeat(10_000),
      "build.gradle": "maven {".repeat(20_000),
    };
    const { findings } = await expectFinishesWithin(() => detectorFindings(registriesDetector, files), 5);
    expect(findings).toEqual([]);
  });
  it("passes a line of unclosed template braces in linear time (it took 37 s), and still reads the file", async () => {
    const workflow = `# ${"{{".repeat(150_000)}\njobs:\n  push:\n    steps:\n      - run: docker login acme.jfrog.io -u "\${{ secrets.USER }}"\n`;
    const { findings } = await expectFinishesWithin(() => detectorFindings(registriesDetector, { ".github/workflows/release.yml": workflow }), 5);
    expect(compact(findings)).toEqual(["registry-host:*.jfrog.io@5"]);
  });
  // Each took seconds to minutes (a time growing with the square of the run) before its fix.
  it("reads a gemspec's long run of spaces, unclosed <add and XML comments, and lines of unclosed templates in linear time", async () => {
    const files = {
      "acme.gemspec": `spec.metadata["allowed_push_host"${" ".repeat(100_000)}`,
      "NuGet.config": `<packageSources>${"<add ".repeat(60_000)}</packageSources>`,
      "pom.xml": "<!--".repeat(60_000),
      "k8s/deployment.yaml": "{{".repeat(100_000),
      Dockerfile: "${{".repeat(60_000),
    };
    const { findings } = await expectFinishesWithin(() => detectorFindings(registriesDetector, files), 5);
    expect(findings).toEqual([]);
    // Still read as before: a closed comment hides its repository, a closed template is blanked.
    const pom = "<repositories>\n<!-- <repository><url>https://acme.jfrog.io/artifactory/old</url></repository> -->\n<repository><url>https://repo.acme.com/artifactory/libs</url></repository>\n</repositories>\n";
    expect(await refs({ "pom.xml": pom })).toEqual(["registry-host:*/artifactory@3"]);
    expect(await refs({ "acme.gemspec": 'spec.metadata["allowed_push_host"] = "https://push.fury.io/acme"\n' })).toEqual(["registry-host:*.fury.io@1"]);
  });
});

describe("registry images in examples", () => {
  it("reads no image of an example's, a test's or a document's manifest; the project's own still count", async () => {
    const manifest = "apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.0\n";
    expect(await refs({ "examples/eks/deployment.yaml": manifest, "docs/deploy.yaml": manifest, "test/fixtures/pod.yaml": manifest })).toEqual([]);
    expect(await refs({ "deploy/k8s/deployment.yaml": manifest })).toEqual(["image-host:*.dkr.ecr.*.amazonaws.com@8"]);
    // A key at its line's start is on its own line, not the one before.
    expect(await refs({ ".gitlab-ci.yml": "stages: [build]\nimage: 123456789012.dkr.ecr.us-east-1.amazonaws.com/ci:1\n" })).toEqual(["image-host:*.dkr.ecr.*.amazonaws.com@2"]);
  });
});

describe("registry lines in workflows", () => {
  it("gives an action's input its own line when the value holds a ${{ }} template", async () => {
    const workflow = [
      "on: push",
      "jobs:",
      "  build:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: docker/build-push-action@v5",
      "        with:",
      "          push: true",
      "          tags: quay.io/acme/api:${{ github.sha }}",
      "",
    ].join("\n");
    expect(await refs({ ".github/workflows/ci.yml": workflow })).toEqual(["registry-host:quay.io@9"]);
  });
});
