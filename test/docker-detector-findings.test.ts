import { describe, expect, it } from "vitest";
import { dockerDetector } from "../detectors/docker/index.js";
import { byFile, detectorFindings } from "./detector-findings.js";

// The docker detector's own findings (detectors/docker/index.ts), file kind by file kind: which
// files it reads as compose files, which images it reports from where, and what each brings.

describe("docker detector findings", () => {
  it("compose files by name: service images with their lines, ${VAR} from the .env beside them, Alpine variants", async () => {
    const { findings, warnings } = await detectorFindings(dockerDetector, {
      "deploy/docker-compose.prod.yml": "services:\n  db:\n    image: postgres:${PG_TAG}\n  cache:\n    image: redis:7-alpine\n  web:\n    build: .\n",
      "deploy/.env": "PG_TAG=16.2\n",
      "compose.yaml": "services:\n  queue:\n    image: rabbitmq:3-management\n",
    });
    expect(byFile(findings)).toEqual({
      "compose.yaml": ["docker:rabbitmq@3 3-management ->3.0.0"],
      "deploy/docker-compose.prod.yml": ["docker:postgres@3 16.2 ->16.2", "docker:redis@5 7-alpine ->7.0.0", "image-variant:alpine@5"],
    });
    expect(warnings).toEqual([]);
  });

  it("a compose file without a .env beside it keeps a variable's default", async () => {
    const { findings } = await detectorFindings(dockerDetector, { "docker-compose.yml": "services:\n  db:\n    image: mysql:${MYSQL_TAG:-8.0}\n" });
    expect(byFile(findings)).toEqual({ "docker-compose.yml": ["docker:mysql@3 8.0 ->8.0"] });
  });

  it("another root YAML file is a compose file by its content only; a services key that holds no images, or a nested file, is not", async () => {
    const { findings } = await detectorFindings(dockerDetector, {
      "production.yml": "version: '3'\nservices:\n  django:\n    image: python:3.12-slim\n",
      "mkdocs.yml": "site_name: Docs\nnav:\n  - index.md\n",
      "services.yml": "services:\n  - name: a\n",
      "notes.yml": "description: |\n  services: are listed elsewhere\n",
      "ops/local.yml": "services:\n  db:\n    image: postgres:15\n",
    });
    expect(byFile(findings)).toEqual({ "production.yml": ["format:compose-file", "docker:python@4 3.12-slim ->3.12"] });
  });

  it("a dev container's image; one without a string image names nothing", async () => {
    const { findings } = await detectorFindings(dockerDetector, {
      ".devcontainer/devcontainer.json": '{"image": "mcr.microsoft.com/devcontainers/python:3.11"}',
    });
    expect(byFile(findings)).toEqual({ ".devcontainer/devcontainer.json": ["docker:devcontainers/python 3.11 ->3.11"] });
    const none = await detectorFindings(dockerDetector, { ".devcontainer/devcontainer.json": '{"build": {"dockerfile": "Dockerfile"}}' });
    expect(none.findings).toEqual([]);
  });

  it("a Dockerfile: every stage's image, an OS image only as the first FROM of a file named Dockerfile; download hosts and RUN programs the catalog knows", async () => {
    const dockerfile = [
      "FROM alpine:3.19 AS base",
      "RUN curl -sS https://getcomposer.org/installer | php",
      "RUN composer install && make && nvm install 20",
      "FROM node:20.11-alpine AS web",
      "FROM debian:bookworm",
      "",
    ].join("\n");
    const { findings } = await detectorFindings(dockerDetector, { Dockerfile: dockerfile, "docker/Dockerfile.prod": dockerfile, "build/app.dockerfile": "FROM ubuntu:22.04\nFROM golang:1.22\n" });
    expect(byFile(findings)).toEqual({
      Dockerfile: ["docker:alpine@1 3.19 ->3.19.0", "download-host:getcomposer.org@2", "run-command:composer@3", "run-command:nvm@3", "docker:node@4 20.11-alpine ->20.11.0"],
      "build/app.dockerfile": ["docker:golang@2 1.22 ->1.22.0"],
      "docker/Dockerfile.prod": ["download-host:getcomposer.org@2", "run-command:composer@3", "run-command:nvm@3", "docker:node@4 20.11-alpine ->20.11.0"],
    });
  });

  it("a Dockerfile's SDKMAN! installs name their tools, at a release written out (VS Code's Java dev container, a JDK by vendor)", async () => {
    const devcontainer = [
      'ARG VARIANT="17-bullseye"',
      "FROM mcr.microsoft.com/vscode/devcontainers/java:0-${VARIANT}",
      "",
      "# [Option] Install Maven",
      'ARG INSTALL_MAVEN="false"',
      'ARG MAVEN_VERSION=""',
      "# [Option] Install Gradle",
      'ARG INSTALL_GRADLE="false"',
      'ARG GRADLE_VERSION=""',
      'RUN if [ "${INSTALL_MAVEN}" = "true" ]; then su vscode -c "umask 0002 && . /usr/local/sdkman/bin/sdkman-init.sh && sdk install maven \\"${MAVEN_VERSION}\\""; fi \\',
      '    && if [ "${INSTALL_GRADLE}" = "true" ]; then su vscode -c "umask 0002 && . /usr/local/sdkman/bin/sdkman-init.sh && sdk install gradle \\"${GRADLE_VERSION}\\""; fi',
      "",
    ].join("\n");
    const jdk = 'FROM ubuntu:22.04\nRUN bash -c "source $HOME/.sdkman/bin/sdkman-init.sh && sdk install java 21.0.2-tem && sdk install sbt 1.9.9 && sdk install java 22.3.r17-grl"\n';
    const { findings } = await detectorFindings(dockerDetector, { ".devcontainer/Dockerfile": devcontainer, "ci/Dockerfile": jdk });
    expect(byFile(findings)).toEqual({
      ".devcontainer/Dockerfile": ["docker:vscode/devcontainers/java@2 0-17-bullseye ->17.0.0", "version-manager:gradle@10", "version-manager:maven@10"],
      "ci/Dockerfile": ["docker:ubuntu@1 22.04 ->22.04.0", "version-manager:java@2 ->21.0.2", "version-manager:java@2 ->17.0.0", "version-manager:sbt@2 ->1.9.9"],
    });
  });

  it("a lower-case dockerfile is a Dockerfile too", async () => {
    const { findings } = await detectorFindings(dockerDetector, { dockerfile: "FROM ubuntu:22.04\n" });
    expect(byFile(findings)).toEqual({ dockerfile: ["docker:ubuntu@1 22.04 ->22.04.0"] });
  });

  it("a base image a compose build's args choose is reported from the Dockerfile; one the Dockerfile names alone, or an OS, is not repeated", async () => {
    const { findings } = await detectorFindings(dockerDetector, {
      "docker-compose.yml": [
        "services:",
        "  api:",
        "    build:",
        "      context: ./api",
        "      args:",
        "        PYTHON_TAG: ${PY}",
        "        BASE: debian",
        "  worker:",
        "    build:",
        "      context: ./worker",
        "      dockerfile: Containerfile",
        "      args: [NODE_TAG=18]",
        "",
      ].join("\n"),
      ".env": "PY=3.11\n",
      "api/Dockerfile": "ARG PYTHON_TAG=3.9\nARG BASE=ubuntu\nFROM python:${PYTHON_TAG}\nFROM ${BASE}:12\nFROM nginx:1.25\n",
      "worker/Containerfile": "ARG NODE_TAG\nFROM node:${NODE_TAG}\n",
    });
    expect(byFile(findings)).toEqual({
      // compose's PYTHON_TAG in place of the ARG default: the line is reported once, as compose builds it
      "api/Dockerfile": ["docker:python@3 3.11 ->3.11.0", "docker:nginx@5 1.25 ->1.25.0"],
      // read alone too, as a Containerfile is, but the FROM line compose's args decide only from them
      "worker/Containerfile": ["docker:node@2 18 ->18.0.0"],
    });
  });

  it("a compose build whose Dockerfile is not in the tree, or does not read, adds nothing", async () => {
    const { findings } = await detectorFindings(dockerDetector, {
      "docker-compose.yml": "services:\n  api:\n    build:\n      context: ./api\n      args:\n        TAG: '3'\n",
    });
    expect(findings).toEqual([]);
    // With the Dockerfile in the tree, the build's base image is read.
    const built = await detectorFindings(dockerDetector, {
      "docker-compose.yml": "services:\n  api:\n    build:\n      context: ./api\n      args:\n        TAG: '3'\n",
      "api/Dockerfile": "ARG TAG=2\nFROM python:${TAG}\n",
    });
    expect(built.findings).not.toEqual([]);
  });

  it("a root YAML file whose name only contains 'compose' is one by its content; `services :` with a space is a services key", async () => {
    const { findings } = await detectorFindings(dockerDetector, {
      "ci-compose.yml": "services:\n  db:\n    image: postgres:16\n",
      "deploy.yml": "services :\n  web:\n    image: nginx:1.25\n",
    });
    expect(byFile(findings)).toEqual({
      "ci-compose.yml": ["format:compose-file", "docker:postgres@3 16 ->16.0.0"],
      "deploy.yml": ["format:compose-file", "docker:nginx@3 1.25 ->1.25"],
    });
  });

  it("a dev container whose image is no string, or whose file does not parse, names nothing and breaks nothing", async () => {
    const object = await detectorFindings(dockerDetector, { ".devcontainer/devcontainer.json": '{"image": {"name": "python"}}' });
    expect([object.findings, object.warnings]).toEqual([[], []]);
    const malformed = await detectorFindings(dockerDetector, { ".devcontainer/devcontainer.json": "<<<<<<< HEAD\n" });
    expect(malformed.findings).toEqual([]);
    expect(malformed.warnings).toEqual([expect.stringMatching(/^\.devcontainer\/devcontainer\.json: malformed JSON/)]);
  });

  it("a binary Dockerfile, or a binary Dockerfile a compose build names, is skipped with the scan's warning only", async () => {
    const binary = "FROM node:20\n\u0000\u0001\u0002";
    const { findings, warnings } = await detectorFindings(dockerDetector, {
      Dockerfile: binary,
      "docker-compose.yml": "services:\n  api:\n    build:\n      context: ./api\n      args:\n        NODE_TAG: '22'\n",
      "api/Dockerfile": binary,
    });
    expect(findings).toEqual([]);
    expect(warnings).toEqual(["Dockerfile: skipped: binary content", "api/Dockerfile: skipped: binary content"]);
  });

  it("a download from a host the catalog does not know names nothing", async () => {
    const { findings } = await detectorFindings(dockerDetector, {
      Dockerfile: "FROM php:8.3\nRUN curl -fsSL https://downloads.example.org/install.sh | sh\n",
    });
    expect(byFile(findings)).toEqual({ Dockerfile: ["docker:php@1 8.3 ->8.3.0"] });
  });

  it("an unset registry variable leaves a service's image, or a build arg's base image, unnamed rather than read as '/api'", async () => {
    const { findings, warnings } = await detectorFindings(dockerDetector, {
      "docker-compose.yml": [
        "services:",
        "  api:",
        "    image: ${REGISTRY}/api:${TAG:-1.0}",
        "    build:",
        "      context: ./api",
        "      args:",
        "        BASE_IMAGE: ${REGISTRY}/python:3.12",
        "  db:",
        "    image: postgres:${PG_VERSION}",
        "",
      ].join("\n"),
      "api/Dockerfile": "ARG BASE_IMAGE=python:3.11\nFROM ${BASE_IMAGE}\n",
    });
    expect(findings.map((f) => [f.file, f.ref, f.version])).toEqual([
      ["api/Dockerfile", "docker:python", "3.11.0"],
      ["docker-compose.yml", "docker:postgres", undefined],
    ]);
    expect(warnings).toEqual([]);
  });

  it("a tagless base image the Dockerfile names alone is not repeated from a compose build; a line compose's args change is reported once", async () => {
    const { findings } = await detectorFindings(dockerDetector, {
      "docker-compose.yml": "services:\n  web:\n    build:\n      context: .\n      args:\n        NODE_TAG: '20'\n",
      Dockerfile: "ARG NODE_TAG=18\nFROM node:${NODE_TAG} AS build\nFROM nginx\n",
    });
    expect(byFile(findings)).toEqual({ Dockerfile: ["docker:node@2 20 ->20.0.0", "docker:nginx@3"] });
  });
});
