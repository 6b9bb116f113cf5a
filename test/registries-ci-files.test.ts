import { describe, expect, it } from "vitest";
import { registriesDetector } from "../detectors/registries/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// Every CI system the ci detector reads (its CI_FILES) runs the commands of its file: the registries
// a job logs in to, pushes to or installs from are read there as in a GitHub workflow.
const refs = async (files: Record<string, string>): Promise<string[]> => {
  const { findings, warnings } = await detectorFindings(registriesDetector, files);
  expect(warnings).toEqual([]);
  return compact(findings);
};

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
