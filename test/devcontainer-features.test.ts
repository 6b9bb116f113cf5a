import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";
import { tool } from "./helpers.js";

const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

describe("a dev container's features", () => {
  it("each feature names the tool it installs, at the version option it is given", async () => {
    // JSONC, as VS Code writes it: comments and a trailing comma.
    const devcontainer = [
      "// For format details, see https://aka.ms/devcontainer.json.",
      "{",
      '\t"name": "Acme",',
      '\t"image": "mcr.microsoft.com/devcontainers/typescript-node:1-20-bookworm",',
      '\t"features": {',
      '\t\t"ghcr.io/devcontainers/features/docker-in-docker:2": { "version": "24.0.7", "moby": true },',
      '\t\t"ghcr.io/devcontainers/features/python:1": { "version": "3.11" },',
      '\t\t"ghcr.io/devcontainers/features/terraform:1.3.2": {',
      '\t\t\t"version": "1.7.5", // pinned with .terraform-version',
      '\t\t\t"tflint": "latest"',
      "\t\t},",
      '\t\t"ghcr.io/devcontainers/features/go@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef": { "version": "latest" },',
      '\t\t"ghcr.io/devcontainers/features/aws-cli:1": {},',
      '\t\t"ghcr.io/devcontainers-contrib/features/pnpm:2": { "version": "8.15.5" },',
      '\t\t"ghcr.io/azure/azure-dev/azd:latest": {},',
      '\t\t"ghcr.io/devcontainers/features/nix:1": { "version": "2.20.5", "multiUser": true },',
      '\t\t"ghcr.io/devcontainers/features/anaconda:1": {},',
      "\t},",
      "}",
      "",
    ].join("\n");
    const { document, warnings } = await scan(new MemorySource({ ".devcontainer/devcontainer.json": devcontainer }), opts);
    expect(warnings).toEqual([]);
    expect(tool(document.tools, "Python")).toMatchObject({ version: "3.11", detection_source: ".devcontainer/devcontainer.json" });
    expect(tool(document.tools, "Terraform")).toMatchObject({ version: "1.7.5", detection_source: ".devcontainer/devcontainer.json" });
    expect(tool(document.tools, "pnpm")?.version).toBe("8.15.5");
    expect(tool(document.tools, "AWS CLI")).toBeDefined();
    expect(tool(document.tools, "Nix")).toMatchObject({ version: "2.20.5", detection_source: ".devcontainer/devcontainer.json" });
    expect(tool(document.tools, "Anaconda")).toMatchObject({ detection_source: ".devcontainer/devcontainer.json" });
    expect(tool(document.tools, "Golang")).toBeDefined();
    expect(tool(document.tools, "Golang")?.version).toBeUndefined();
    // Docker Engine's release, which the site does not write for Docker
    expect(tool(document.tools, "Docker")).toBeDefined();
    expect(tool(document.tools, "Docker")?.version).toBeUndefined();
  });

  it("the legacy short form: a feature id and its version as a string", async () => {
    const devcontainer = JSON.stringify({ name: "app", dockerComposeFile: "docker-compose.yml", service: "app", features: { node: "18.15.0", "github-cli": "latest", python: "os-provided", "ghcr.io/devcontainers/features/java:1": { version: "none" }, ruby: "none" } });
    const { document } = await scan(new MemorySource({ ".devcontainer/devcontainer.json": devcontainer }), opts);
    // `none` installs nothing
    expect(tool(document.tools, "Java")).toBeUndefined();
    expect(tool(document.tools, "Ruby")).toBeUndefined();
    expect(tool(document.tools, "Node.js")).toMatchObject({ version: "18.15.0", detection_source: ".devcontainer/devcontainer.json" });
    expect(tool(document.tools, "Python")).toBeDefined();
    expect(tool(document.tools, "Python")?.version).toBeUndefined();
  });

  it("the spec's other places: a configuration's own folder under .devcontainer, and .devcontainer.json at the root", async () => {
    const python = JSON.stringify({ image: "mcr.microsoft.com/devcontainers/base:bookworm", features: { "ghcr.io/devcontainers/features/python:1": { version: "3.12" } } });
    const root = JSON.stringify({ image: "mcr.microsoft.com/devcontainers/base:bookworm", features: { "ghcr.io/devcontainers/features/ruby:1": { version: "3.3.0" } } });
    const { document } = await scan(new MemorySource({ ".devcontainer/python/devcontainer.json": python, ".devcontainer.json": root }), opts);
    expect(tool(document.tools, "Python")).toMatchObject({ version: "3.12", detection_source: ".devcontainer/python/devcontainer.json" });
    expect(tool(document.tools, "Ruby")).toMatchObject({ version: "3.3.0", detection_source: ".devcontainer.json" });
    expect(tool(document.tools, "Docker")).toBeDefined();
  });
  it("a Dockerfile it builds takes the build args it passes, over the ARG defaults (VS Code's templates)", async () => {
    const devcontainer = [
      "// For format details, see https://aka.ms/devcontainer.json.",
      "{",
      '\t"name": "Python 3",',
      '\t"build": {',
      '\t\t"dockerfile": "Dockerfile",',
      '\t\t"context": "..",',
      '\t\t"args": {',
      "\t\t\t// Update 'VARIANT' to pick a Python version: 3, 3.10, 3.9",
      '\t\t\t"VARIANT": "3.11-bullseye",',
      '\t\t\t"NODE_VERSION": "lts/*"',
      "\t\t}",
      "\t},",
      "}",
    ].join("\n");
    const dockerfile = ['ARG VARIANT="3.10-bullseye"', "FROM mcr.microsoft.com/vscode/devcontainers/python:0-${VARIANT}", 'ARG NODE_VERSION="none"', ""].join("\n");
    const { document, warnings } = await scan(new MemorySource({ ".devcontainer/devcontainer.json": devcontainer, ".devcontainer/Dockerfile": dockerfile }), opts);
    expect(warnings).toEqual([]);
    expect(tool(document.tools, "Python")).toMatchObject({ version: "3.11.0", detection_source: ".devcontainer/Dockerfile" });
    // The legacy top-level `dockerFile`, a path relative to the configuration's folder
    const legacy = JSON.stringify({ dockerFile: "../docker/dev.Dockerfile", build: { args: { NODE_VERSION: "20.11.1" } } });
    const dev = "ARG NODE_VERSION=18\nFROM node:${NODE_VERSION}-bookworm\n";
    const second = await scan(new MemorySource({ ".devcontainer/devcontainer.json": legacy, "docker/dev.Dockerfile": dev }), opts);
    expect(tool(second.document.tools, "Node.js")).toMatchObject({ version: "20.11.1", detection_source: "docker/dev.Dockerfile" });
  });
  it("Gitpod's workspace image, from .gitpod.yml or a .gitpod.Dockerfile: the database it adds, without a release (the tag is a build date)", async () => {
    const gitpod = "image: gitpod/workspace-postgres:2024-03-13-15-51-48\ntasks:\n  - init: npm install\n    command: npm run dev\n";
    const { document, warnings } = await scan(new MemorySource({ ".gitpod.yml": gitpod, "web/.gitpod.Dockerfile": "FROM gitpod/workspace-mongodb:2024-03-13-15-51-48\nUSER gitpod\n" }), opts);
    expect(warnings).toEqual([]);
    expect(tool(document.tools, "PostgreSQL")).toMatchObject({ detection_source: ".gitpod.yml" });
    expect(tool(document.tools, "PostgreSQL")?.version).toBeUndefined();
    expect(tool(document.tools, "MongoDB")).toMatchObject({ detection_source: "web/.gitpod.Dockerfile" });
    expect(tool(document.tools, "MongoDB")?.version).toBeUndefined();
    // `image: { file }` builds the Dockerfile, read by its own name
    const built = await scan(new MemorySource({ ".gitpod.yml": "image:\n  file: .gitpod.Dockerfile\n", ".gitpod.Dockerfile": "FROM gitpod/workspace-full\n" }), opts);
    expect(built.warnings).toEqual([]);
    // (Docker is cited as the language bar, which counts the .gitpod.Dockerfile.)
    expect(tool(built.document.tools, "Docker")?.detection_source).toBe("Repo Metadata");
  });

  it("a collection's feature the catalog does not list names the tool it is named for, by its version manager's name", async () => {
    // As the Azure samples' dev containers write them: asdf-, SDKMAN!- and CLI-named features of
    // devcontainers-extra (formerly devcontainers-contrib) and of single-feature publishers.
    const devcontainer = JSON.stringify({
      image: "mcr.microsoft.com/devcontainers/base:bookworm",
      features: {
        "ghcr.io/devcontainers-contrib/features/postgres-asdf:1": { version: "15.4" },
        "ghcr.io/devcontainers-extra/features/kubectl-asdf:2": { version: "1.29.2" },
        "ghcr.io/devcontainers-extra/features/heroku-cli:1": { version: "8.11.0" },
        "ghcr.io/devcontainers-extra/features/pulumi:1": { version: "latest" },
        "ghcr.io/devcontainers-extra/features/ant-sdkman:2": { version: "1.10.14" },
        "ghcr.io/dhoeric/features/flyctl:1": {},
        "ghcr.io/devcontainers/features/git:1": { version: "2.44.0" },
        "ghcr.io/devcontainers/features/nvidia-cuda:1": { cudaVersion: "12.2" },
        // Miniconda: its `version` option is conda's release, not Anaconda's
        "ghcr.io/devcontainers/features/conda:1": { version: "4.12.0" },
        // named for no tool of the catalog
        "ghcr.io/devcontainers-extra/features/apt-packages:1": { packages: "curl" },
        "ghcr.io/devcontainers/features/common-utils:2": {},
        // an official feature the catalog leaves out: the Azure CLI comes with Azure's sample
        // templates, deployed to Azure or not
        "ghcr.io/devcontainers/features/azure-cli:1": { version: "latest" },
      },
    });
    const { document, warnings } = await scan(new MemorySource({ ".devcontainer/devcontainer.json": devcontainer }), opts);
    expect(warnings).toEqual([]);
    const found = Object.fromEntries(document.tools.filter((t) => t.detection_source === ".devcontainer/devcontainer.json").map((t) => [t.name, t.version ?? "-"]));
    expect(found).toEqual({
      PostgreSQL: "15.4",
      Kubernetes: "1.29.2",
      // the CLI's release, not Heroku's
      Heroku: "-",
      Pulumi: "-",
      "Apache Ant": "1.10.14",
      Fly: "-",
      Git: "2.44.0",
      CUDA: "-",
      Anaconda: "-",
      Docker: "-",
    });
  });
});
