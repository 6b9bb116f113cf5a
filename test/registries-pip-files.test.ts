import { describe, expect, it } from "vitest";
import { registriesDetector } from "../detectors/registries/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// pip's index options are read from the files pip reads as requirements; any other file of a
// requirements/ folder, or named for requirements, reaches the reader of its own kind.
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
});
