import { describe, expect, it } from "vitest";
import { registriesDetector } from "../detectors/registries/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// Which reader a registries file reaches. pip's index options are read from the files pip reads as
// requirements; any other file of a requirements/ folder, or named for requirements, reaches the
// reader of its own kind. Every CI system the ci detector reads (its CI_FILES) runs the commands of
// its file: the registries a job logs in to, pushes to or installs from are read there as in a
// GitHub workflow.
const refs = async (files: Record<string, string>): Promise<string[]> => {
  const { findings, warnings } = await detectorFindings(registriesDetector, files);
  expect(warnings).toEqual([]);
  return compact(findings);
};

describe("registries: pip's requirements reader takes only pip's files", () => {
  it("a Dockerfile in a requirements/ folder is read as a Dockerfile, its base image's registry named", async () => {
    const dockerfile = [
      "FROM 111122223333.dkr.ecr.eu-west-1.amazonaws.com/platform/python:3.11-slim",
      "COPY base.txt prod.txt /tmp/requirements/",
      "RUN pip install --no-cache-dir -r /tmp/requirements/prod.txt",
      "",
    ].join("\n");
    const files = { "requirements/Dockerfile": dockerfile, "requirements/base.txt": "Django==5.0.2\n", "requirements/prod.txt": "-r base.txt\ngunicorn==21.2.0\n" };
    expect(await refs(files)).toEqual(["image-host:*.dkr.ecr.*.amazonaws.com@1"]);
  });

  it("a shell script named for requirements is read for the registries it pushes to", async () => {
    const script = ["#!/bin/sh", "set -e", "pip-compile requirements.in", "docker build -t gcr.io/acme/wheels .", "docker push gcr.io/acme/wheels", ""].join("\n");
    expect(await refs({ "requirements.sh": script })).toEqual(["registry-host:gcr.io@5"]);
  });

  it("the requirements files pip-tools and pip users name still give their index options", async () => {
    const files = {
      "requirements/base.in": "--index-url https://nexus.acme.example/repository/pypi-all/simple\ndjango\n",
      "constraints.txt": "--extra-index-url https://pypi.fury.io/acme/\nurllib3==2.2.1\n",
    };
    expect(await refs(files)).toEqual(["registry-host:*.fury.io@1", "registry-host:nexus.acme.example/repository@1"]);
  });

  it("as the python detector finds them: a subproject's requirements/ folder, dev-requirements.txt, requirements.pip", async () => {
    const files = {
      "backend/requirements/base.txt": "--index-url https://acme.jfrog.io/artifactory/api/pypi/pypi-virtual/simple\nDjango==5.0.2\n",
      "dev-requirements.txt": "-r backend/requirements/base.txt\n--extra-index-url https://pypi.fury.io/acme/\npytest==8.0.0\n",
      "requirements.pip": "--extra-index-url https://nexus.acme.example/repository/pypi-internal/simple\nacme-auth==1.4.0\n",
    };
    expect(await refs(files)).toEqual(["registry-host:*.jfrog.io@1", "registry-host:*.fury.io@2", "registry-host:nexus.acme.example/repository@1"]);
  });

  it("a file a requirements file includes under another name gives its index options, as pip reads it; one nobody includes gives none", async () => {
    // OpenStack-era projects keep their test list in test-requires.txt beside requirements.txt, pulled
    // in with -r; pip takes the index options of every file the -r and -c chain reaches.
    const files = {
      "requirements.txt": "-r base-requires.txt\n-c pins/constraints-upper.txt\nDjango==4.2.11\n",
      "base-requires.txt": "--extra-index-url https://pypi.fury.io/acme/\nacme-auth==1.4.0\n-r test-requires.txt\n",
      "test-requires.txt": "--index-url https://nexus.acme.example/repository/pypi-all/simple\npytest==8.0.0\n-r base-requires.txt\n",
      "pins/constraints-upper.txt": "--extra-index-url https://acme.jfrog.io/artifactory/api/pypi/pypi-virtual/simple\nurllib3==2.2.1\n",
      "tools/other-requires.txt": "--extra-index-url https://gitlab.example.com/api/v4/projects/7/packages/pypi/simple\nflake8==7.0.0\n",
      "acme.egg-info/requires.txt": "--extra-index-url https://gitlab.example.com/api/v4/projects/8/packages/pypi/simple\n",
    };
    expect(await refs(files)).toEqual(["registry-host:*.fury.io@1", "registry-host:*.jfrog.io@1", "registry-host:nexus.acme.example/repository@1"]);
  });
});

describe("registries: the commands of every CI system's file", () => {
  it("Cirrus CI: a task's docker login and push", async () => {
    const cirrus = [
      "container:",
      "  image: python:3.12-slim",
      "",
      "publish_task:",
      "  only_if: $CIRRUS_BRANCH == 'main'",
      "  env:",
      "    REGISTRY_PASSWORD: ENCRYPTED[1f2e3d4c5b6a]",
      "  script:",
      '    - echo "$REGISTRY_PASSWORD" | docker login -u ci --password-stdin acme.jfrog.io',
      "    - docker build -t acme.jfrog.io/docker-local/api:$CIRRUS_CHANGE_IN_REPO .",
      "    - docker push acme.jfrog.io/docker-local/api:$CIRRUS_CHANGE_IN_REPO",
      "",
    ].join("\n");
    expect(await refs({ ".cirrus.yml": cirrus })).toEqual(["registry-host:*.jfrog.io@9"]);
  });

  it("Semaphore: a job's pip install from a private index", async () => {
    const semaphore = [
      "version: v1.0",
      "name: Python",
      "agent:",
      "  machine:",
      "    type: e1-standard-2",
      "    os_image: ubuntu2004",
      "blocks:",
      "  - name: Test",
      "    task:",
      "      jobs:",
      "        - name: pytest",
      "          commands:",
      "            - checkout",
      "            - pip install --extra-index-url https://pypi.fury.io/acme/ -r requirements.txt",
      "            - pytest",
      "",
    ].join("\n");
    expect(await refs({ ".semaphore/semaphore.yml": semaphore })).toEqual(["registry-host:*.fury.io@14"]);
  });

  it("AppVeyor: a deploy script's push", async () => {
    const appveyor = [
      "image: Ubuntu2004",
      "services:",
      "  - docker",
      "build_script:",
      "  - sh: docker build -t quay.io/acme/worker:$APPVEYOR_BUILD_VERSION .",
      "deploy_script:",
      '  - sh: echo "$QUAY_TOKEN" | docker login quay.io -u acme+appveyor --password-stdin',
      "  - sh: docker push quay.io/acme/worker:$APPVEYOR_BUILD_VERSION",
      "",
    ].join("\n");
    expect(await refs({ "appveyor.yml": appveyor })).toEqual(["registry-host:quay.io@7"]);
  });
});
