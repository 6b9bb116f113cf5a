import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { readDockerfile, readDownloadHosts, readRunCommands } from "../detectors/docker/dockerfile.js";
import { isAlpineVariant } from "../detectors/docker/index.js";
import { readWorkflow } from "../detectors/ci/github-actions.js";
import { versionFromTag } from "../src/versions/image-tag.js";

const tools = async (files: Record<string, string>) => {
  const { document, warnings } = await scan(new MemorySource(files), { git: false });
  return { byName: new Map(document.tools.map((t) => [t.name, t])), warnings };
};

describe("PostGIS images", () => {
  it("a PostGIS tag leads with PostgreSQL's release, then PostGIS's (16-3.4): the server's is the first, in compose files, Dockerfiles and CI services", async () => {
    const compose = "services:\n  db:\n    image: postgis/postgis:15-3.4\n";
    expect((await tools({ "docker-compose.yml": compose })).byName.get("PostgreSQL")?.version).toBe("15.0.0");
    const alpine = await tools({ Dockerfile: "FROM postgis/postgis:9.6-2.5-alpine\n" });
    expect(alpine.byName.get("PostgreSQL")?.version).toBe("9.6.0");
    const kartoza = await tools({ "compose.yaml": "services:\n  db:\n    image: kartoza/postgis:16-3.4--v2024.03.17\n" });
    expect(kartoza.byName.get("PostgreSQL")?.version).toBe("16.0.0");
    const workflow = "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    services:\n      postgres:\n        image: postgis/postgis:14-3.3\n    steps:\n      - run: make test\n";
    expect((await tools({ ".github/workflows/ci.yml": workflow })).byName.get("PostgreSQL")?.version).toBe("14.0.0");
    // Any other image keeps the general rule: a lone major before another number names no release.
    expect((await tools({ "docker-compose.yml": "services:\n  db:\n    image: postgres:14-3.4\n" })).byName.get("PostgreSQL")?.version).toBeUndefined();
  });
});

describe("image tags read the same way wherever an image is named", () => {
  it("a Kubernetes manifest's and a Nomad job's images follow the Dockerfile's rules: PostGIS leads with PostgreSQL, a commit hash names no release", async () => {
    const deployment = (image: string) =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: db\nspec:\n  template:\n    spec:\n      containers:\n        - name: db\n          image: ${image}\n`;
    expect((await tools({ "k8s/db.yaml": deployment("postgis/postgis:16-3.4") })).byName.get("PostgreSQL")?.version).toBe("16.0.0");
    expect((await tools({ "k8s/db.yaml": deployment("redis:3f2a9c1") })).byName.get("Redis")).toMatchObject({ detection_source: "k8s/db.yaml" });
    expect((await tools({ "k8s/db.yaml": deployment("redis:3f2a9c1") })).byName.get("Redis")?.version).toBeUndefined();
    const job = 'job "cache" {\n  group "cache" {\n    task "redis" {\n      driver = "docker"\n      config {\n        image = "redis:4d70cf8da953"\n      }\n    }\n  }\n}\n';
    const nomad = await tools({ "cache.nomad.hcl": job });
    expect(nomad.byName.get("Redis")).toBeDefined();
    expect(nomad.byName.get("Redis")?.version).toBeUndefined();
  });

  it("a commit hash is no release in any tag or setting; a date or a release is", () => {
    for (const hash of ["4d70cf8da953", "3f2a9c1", "1145fb1198b2c3d4e5f60718293a4b5c6d7e8f90"]) expect(versionFromTag(hash), hash).toBeUndefined();
    expect(versionFromTag("20240116")).toBe("20240116.0.0");
    expect(versionFromTag("1.25.3")).toBe("1.25.3");
    expect(versionFromTag("v2.151.0")).toBe("2.151.0");
  });

  it("an x-range over a whole major (`3.x`, `1.X`, `20.*`) names no release; one over the patch (`3.11.x`) is its line", async () => {
    for (const range of ["3.x", "1.X", "20.*", "v18.x"]) expect(versionFromTag(range), range).toBeUndefined();
    expect(versionFromTag("3.11.x")).toBe("3.11");
    expect(versionFromTag("8.0.x")).toBe("8.0");
    // The x spelt at the patch too (setup-node takes `node-version: 14.x.x`, a node-semver range): still the whole major.
    for (const range of ["14.x.x", "16.X.X"]) expect(versionFromTag(range), range).toBeUndefined();
    // held-out hantsy/symfony-rest-sample: a docs job's `python-version: 3.x` was written Python 3.0.0.
    const docs = "on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-python@v2\n        with:\n          python-version: 3.x\n      - run: pip install mkdocs-material\n";
    expect((await tools({ ".github/workflows/gh-pages.yml": docs })).byName.get("Python")).toBeDefined();
    expect((await tools({ ".github/workflows/gh-pages.yml": docs })).byName.get("Python")?.version).toBeUndefined();
    const go = "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-go@v5\n        with:\n          go-version: '1.x'\n      - run: go test ./...\n";
    expect((await tools({ ".github/workflows/go.yml": go })).byName.get("Golang")).toBeDefined();
    expect((await tools({ ".github/workflows/go.yml": go })).byName.get("Golang")?.version).toBeUndefined();
  });
});

describe("a self-hosted Supabase's images", () => {
  it("name Supabase without a release: each service has its own numbering, and supabase/postgres's tag is PostgreSQL's", async () => {
    const compose = "services:\n  db:\n    image: supabase/postgres:15.1.1.78\n  auth:\n    image: supabase/gotrue:v2.151.0\n  studio:\n    image: supabase/studio:20240422-5cf8f30\n";
    const { byName } = await tools({ "docker-compose.yml": compose });
    expect(byName.get("Supabase")).toMatchObject({ detection_source: "docker-compose.yml" });
    expect(byName.get("Supabase")?.version).toBeUndefined();
    expect(byName.get("PostgreSQL")).toMatchObject({ version: "15.1", detection_source: "docker-compose.yml" });
  });
});

describe("databases and a broker the site lists below the import's threshold", () => {
  it("a compose service's official image names Redpanda, SurrealDB, QuestDB, Dragonfly, Memgraph and PostgREST at its tag's release", async () => {
    const compose = [
      "services:",
      "  broker:\n    image: docker.redpanda.com/redpandadata/redpanda:v24.1.7",
      "  surreal:\n    image: surrealdb/surrealdb:v1.5.2",
      "  quest:\n    image: questdb/questdb:8.0.1",
      "  cache:\n    image: docker.dragonflydb.io/dragonflydb/dragonfly:v1.19.0",
      "  graph:\n    image: memgraph/memgraph-mage:1.17-memgraph-2.17",
      "  rest:\n    image: postgrest/postgrest:v12.0.1",
      "",
    ].join("\n");
    const { byName } = await tools({ "docker-compose.yml": compose });
    expect(byName.get("Redpanda")).toMatchObject({ version: "24.1.7", category: "Data Stores", detection_source: "docker-compose.yml" });
    expect(byName.get("SurrealDB")?.version).toBe("1.5.2");
    expect(byName.get("QuestDB")?.version).toBe("8.0.1");
    expect(byName.get("Dragonfly")?.version).toBe("1.19.0");
    expect(byName.get("Memgraph")).toBeDefined();
    expect(byName.get("Memgraph")?.version).toBeUndefined();
    expect(byName.get("PostgREST")?.version).toBe("12.0.1");
  });

  it("their own SDKs name them, without the client's release", async () => {
    const pkg = JSON.stringify({ name: "app", dependencies: { surrealdb: "^1.0.0", "@questdb/nodejs-client": "^3.0.0" } });
    const { byName } = await tools({ "package.json": pkg, "requirements.txt": "questdb==2.0.0\n" });
    expect(byName.get("SurrealDB")).toMatchObject({ detection_source: "package.json" });
    expect(byName.get("SurrealDB")?.version).toBeUndefined();
    expect(byName.get("QuestDB")).toBeDefined();
    expect(byName.get("QuestDB")?.version).toBeUndefined();
  });
});

describe("database-setup steps in GitHub Actions", () => {
  it("give the server the release their version input starts, as a service container's tag does; an expression gives none", async () => {
    const workflow = (steps: string) => `on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;
    const pinned = workflow(
      [
        "      - uses: ankane/setup-postgres@v1\n        with:\n          postgres-version: 16",
        "      - uses: supercharge/mongodb-github-action@1.11.0\n        with:\n          mongodb-version: '7.0'",
        "      - uses: supercharge/redis-github-action@1.8.0\n        with:\n          redis-version: 7.2.4",
        "      - uses: shogo82148/actions-setup-mysql@v1\n        with:\n          mysql-version: '8.0'",
        "",
      ].join("\n"),
    );
    const { byName } = await tools({ ".github/workflows/ci.yml": pinned });
    expect(byName.get("PostgreSQL")).toMatchObject({ version: "16.0.0", detection_source: ".github/workflows/ci.yml" });
    expect(byName.get("MongoDB")?.version).toBe("7.0");
    expect(byName.get("Redis")?.version).toBe("7.2.4");
    expect(byName.get("MySQL")?.version).toBe("8.0");
    const matrix = workflow("      - uses: ankane/setup-postgres@v1\n        with:\n          postgres-version: ${{ matrix.postgres }}\n");
    const unpinned = await tools({ ".github/workflows/ci.yml": matrix });
    expect(unpinned.byName.get("PostgreSQL")).toBeDefined();
    expect(unpinned.byName.get("PostgreSQL")?.version).toBeUndefined();
  });
});

describe("Dockerfiles", () => {
  it("R's images: r-base and the Rocker images give R its release (their tag), with RStudio or Shiny beside it", async () => {
    const { document } = await scan(new MemorySource({ Dockerfile: "FROM rocker/rstudio:4.3.2\n", "app/Dockerfile": "FROM rocker/shiny:4.3.1\n" }), { git: false });
    const named = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    expect(named("R Language")).toMatchObject({ version: "4.3.2", detection_source: "Dockerfile" });
    expect(named("RStudio")).toBeDefined();
    expect(named("RStudio")?.version).toBeUndefined();
    expect(named("Shiny")).toMatchObject({ detection_source: "app/Dockerfile" });
  });

  it("rocker/r-ubuntu is R on an Ubuntu LTS: Ubuntu at the release its tag names, R beside it with none", async () => {
    // A dev container modelled on held-out franzbischoff/false.alarm's .devcontainer/Dockerfile: the
    // base image through a build argument's default (the site names Ubuntu from that file).
    const devcontainer = "ARG ORIGIN=rocker/r-ubuntu:20.04\nFROM ${ORIGIN}\n\nENV DEBIAN_FRONTEND noninteractive\nRUN apt-get update -qq && apt-get dist-upgrade -y\nCMD [\"zsh\"]\n";
    const { document } = await scan(new MemorySource({ ".devcontainer/Dockerfile": devcontainer }), { git: false });
    const named = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    expect(named("Ubuntu")).toMatchObject({ version: "20.04.0", detection_source: ".devcontainer/Dockerfile" });
    expect(named("R Language")).toBeDefined();
    expect(named("R Language")?.version).toBeUndefined();
  });

  it("Google's distroless runtime images name the runtime in their name (the tag is latest or nonroot)", async () => {
    const dockerfile = "FROM golang:1.22 AS build\nFROM gcr.io/distroless/static-debian12 AS tool\nFROM gcr.io/distroless/nodejs20-debian12:nonroot AS web\nFROM gcr.io/distroless/java17-debian12\n";
    const { document } = await scan(new MemorySource({ Dockerfile: dockerfile }), { git: false });
    const names = document.tools.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(["Golang", "Node.js", "Java"]));
    expect(names).not.toContain("Python");
    expect(document.tools.find((t) => t.name === "Node.js")?.detection_source).toBe("Dockerfile");
  });

  it("Chainguard's images and .NET Framework's Windows images name what they hold", async () => {
    const dockerfile = [
      "FROM cgr.dev/chainguard/python:latest-dev@sha256:8f3a5b1c2d4e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8 AS builder",
      "FROM cgr.dev/chainguard/jre:latest AS jvm",
      "FROM mcr.microsoft.com/dotnet/framework/sdk:4.8.1 AS net",
      "FROM cgr.dev/chainguard/nginx:latest",
      "",
    ].join("\n");
    const compose = "services:\n  db:\n    image: cgr.dev/chainguard/postgres:latest\n";
    const { byName } = await tools({ Dockerfile: dockerfile, "compose.yaml": compose });
    expect(byName.get("Python")).toMatchObject({ detection_source: "Dockerfile" });
    expect(byName.get("Python")?.version).toBeUndefined();
    expect(byName.get("Java")?.version).toBeUndefined();
    expect(byName.get("NGINX")).toBeDefined();
    expect(byName.get(".NET")).toMatchObject({ detection_source: "Dockerfile" });
    expect(byName.get(".NET")?.version).toBeUndefined(); // .NET is written with no release
    expect(byName.get("PostgreSQL")).toMatchObject({ detection_source: "compose.yaml" });
    // Red Hat's UBI language images: the runtime in the name, the image's own build in the tag
    const ubi = await tools({ "Dockerfile.ubi": "FROM registry.access.redhat.com/ubi9/python-311:1-52 AS app\nFROM registry.access.redhat.com/ubi8/openjdk-17-runtime:1.18-2\n" });
    expect(ubi.byName.get("Python")).toMatchObject({ detection_source: "Dockerfile.ubi" });
    expect(ubi.byName.get("Python")?.version).toBeUndefined();
    expect(ubi.byName.get("Java")?.version).toBeUndefined();
    expect(ubi.byName.get("Java")).toBeDefined();
  });

  it("a variant's Dockerfile named with a hyphen or an underscore is read as Dockerfile.prod is", async () => {
    const { byName } = await tools({ "docker/Dockerfile-dev": "FROM python:3.12.1-slim\n", Dockerfile_prod: "FROM ruby:3.3.0-slim\n" });
    expect(byName.get("Python")).toMatchObject({ version: "3.12.1", detection_source: "docker/Dockerfile-dev" });
    expect(byName.get("Ruby")).toMatchObject({ version: "3.3.0", detection_source: "Dockerfile_prod" });
    expect(byName.get("Docker")).toBeDefined();
  });

  it("BuildKit's here-documents: their lines are no instructions; a RUN's own script runs its commands", async () => {
    const dockerfile = [
      "# syntax=docker/dockerfile:1.7",
      "FROM php:8.3.4-cli",
      "RUN <<EOF",
      "apt-get update",
      "curl -sS https://getcomposer.org/installer | php -- --install-dir=/usr/local/bin --filename=composer \\",
      "  && composer install --no-dev",
      "EOF",
      "COPY <<-'PY' /app/healthcheck.py",
      "\tfrom redis import Redis",
      "\tprint(Redis().ping())",
      "\tPY",
      "RUN python3 - <<EOT",
      "from mongo import client",
      "EOT",
      "FROM nginx:1.25.4",
      "",
    ].join("\n");
    expect(readDockerfile(dockerfile)).toEqual([
      { name: "php", tag: "8.3.4-cli", line: 2 },
      { name: "nginx", tag: "1.25.4", line: 15 },
    ]);
    expect(readRunCommands(dockerfile).map((c) => c.program)).toEqual(expect.arrayContaining(["apt-get", "curl", "composer", "python3"]));
    expect(readRunCommands(dockerfile).map((c) => c.program)).not.toContain("from");
    expect(readDownloadHosts(dockerfile)).toEqual([{ host: "getcomposer.org", line: 3 }]);
    const { byName } = await tools({ Dockerfile: dockerfile });
    expect(byName.has("Redis")).toBe(false);
    expect(byName.has("MongoDB")).toBe(false);
    expect(byName.get("NGINX")?.version).toBe("1.25.4");
  });

  it("the hosts RUN and ADD download from, at the line their instruction starts on", () => {
    const text = [
      "FROM php:8.2-cli",
      "# curl https://example.org/not-an-instruction",
      "RUN apt-get update \\",
      "  && curl -sS https://getcomposer.org/installer | php \\",
      "  && curl -fsSL HTTPS://Deb.NodeSource.com/setup_20.x | bash -",
      "ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini",
      "ENV DOCS=https://docs.example.com",
    ].join("\n");
    expect(readDownloadHosts(text)).toEqual([
      { host: "getcomposer.org", line: 3 },
      { host: "deb.nodesource.com", line: 3 },
      { host: "github.com", line: 6 },
    ]);
  });

  it("the programs RUN instructions run, after wrappers and assignments, at the line their instruction starts on", () => {
    const text = [
      "FROM php:8.1-apache",
      "# RUN composer install (a comment)",
      "COPY scripts/docker/install-composer.sh /usr/local/sbin/",
      "RUN install-composer.sh",
      "RUN set -ex; \\",
      "    COMPOSER_ALLOW_SUPERUSER=1 composer install --no-dev; \\",
      "    sudo -E /usr/local/bin/composer clear-cache && rm -rf .composer | cat",
      'RUN ["composer", "dump-autoload"]',
      "CMD composer run-script start",
    ].join("\n");
    expect(readRunCommands(text)).toEqual([
      { program: "install-composer.sh", line: 4 },
      { program: "set", line: 5 },
      { program: "composer", line: 5 },
      { program: "rm", line: 5 },
      { program: "cat", line: 5 },
      { program: "composer", line: 8 },
    ]);
  });

  it("a command inside a shell loop or condition is the program after do, then, else or !", () => {
    const text = [
      "FROM php:8.2-cli",
      "RUN for d in api admin; do composer install -d /srv/$d; done",
      "RUN if [ \"$APP_ENV\" = prod ]; then nvm install 20; else ! bundle check; fi",
    ].join("\n");
    expect(readRunCommands(text).map((c) => `${c.program}@${c.line}`)).toEqual(["for@2", "composer@2", "done@2", "if@3", "nvm@3", "bundle@3", "fi@3"]);
  });

  it("Composer from a Dockerfile that runs it (held-out 2lambda123/monica), not from composer.json alone", async () => {
    const composerJson = JSON.stringify({ require: { "laravel/framework": "^9.52" } });
    const dockerfile = "FROM php:7.3-apache\nCOPY scripts/docker/install-composer.sh /usr/local/sbin/\nRUN install-composer.sh\nRUN set -ex; \\\n    composer install --no-interaction --no-dev; \\\n    composer clear-cache\n";
    const found = (await tools({ "composer.json": composerJson, "scripts/docker/Dockerfile": dockerfile })).byName.get("Composer");
    expect(found?.detection_source).toBe("scripts/docker/Dockerfile");
    expect((await tools({ "composer.json": composerJson, Dockerfile: "FROM php:8.2-cli\nRUN docker-php-ext-install pdo_mysql\n" })).byName.has("Composer")).toBe(false);
  });

  it("Node.js from a Dockerfile whose RUN line calls nvm (the VS Code Python dev container template)", async () => {
    const devcontainer = [
      'ARG VARIANT="3"',
      "FROM mcr.microsoft.com/vscode/devcontainers/python:0-${VARIANT}",
      'ARG INSTALL_NODE="true"',
      'ARG NODE_VERSION="lts/*"',
      'RUN if [ "${INSTALL_NODE}" = "true" ]; then su vscode -c "source /usr/local/share/nvm/nvm.sh && nvm install ${NODE_VERSION} 2>&1"; fi',
      "",
    ].join("\n");
    const found = (await tools({ ".devcontainer/Dockerfile": devcontainer, "requirements_dev.txt": "pytest==7.4.4\n" })).byName.get("Node.js");
    expect(found?.detection_source).toBe(".devcontainer/Dockerfile");
    expect(found).toBeDefined();
    expect(found?.version).toBeUndefined();
    expect((await tools({ Dockerfile: "FROM python:3.12-slim\nRUN pip install -r requirements.txt\n" })).byName.has("Node.js")).toBe(false);
  });

  it("Milvus from its server image in a compose file, versioned by the image tag", async () => {
    // The Milvus standalone example: etcd and MinIO beside the vector database.
    const compose = [
      "version: '3.5'",
      "services:",
      "  etcd:",
      "    image: quay.io/coreos/etcd:v3.5.0",
      "  minio:",
      "    image: minio/minio:RELEASE.2023-03-20T20-16-18Z",
      "  standalone:",
      "    image: milvusdb/milvus:v2.2.5",
      '    command: ["milvus", "run", "standalone"]',
      "    depends_on:",
      '      - "etcd"',
      '      - "minio"',
      "",
    ].join("\n");
    const found = await tools({ "examples/docker/milvus/docker-compose.yaml": compose });
    expect(found.byName.get("Milvus")).toMatchObject({ version: "2.2.5", category: "Data Stores", sub_category: "Vector Databases" });
    expect(found.byName.has("etcd")).toBe(true);
    expect(found.byName.has("Minio")).toBe(true);
  });

  it("interpolates ARG defaults and skips build stages and scratch", () => {
    const text = [
      "ARG NODE_VERSION=18",
      "ARG REGISTRY",
      "FROM ${REGISTRY}node:${NODE_VERSION}-alpine AS deps",
      "RUN npm ci",
      "FROM --platform=linux/amd64 python:3.12-slim AS tools",
      "FROM deps AS build",
      "FROM scratch",
      "COPY --from=build /app /app",
      "FROM gcr.io/distroless/nodejs20-debian12@sha256:0123abcd",
    ].join("\n");
    expect(readDockerfile(text)).toEqual([
      { name: "node", tag: "18-alpine", line: 3 },
      { name: "python", tag: "3.12-slim", line: 5 },
      { name: "distroless/nodejs20-debian12", line: 9 },
    ]);
  });

  it("ARG modifiers as Docker reads them: :- gives the default when unset, :+ the alternative when set", () => {
    const text = [
      "ARG VARIANT",
      "ARG SUFFIX=slim",
      "FROM python:3.12${VARIANT:+-}${VARIANT}",
      "FROM node:20${SUFFIX:+-}${SUFFIX}",
      "FROM ruby:${RUBY:-3.3}",
    ].join("\n");
    expect(readDockerfile(text)).toEqual([
      { name: "python", tag: "3.12", line: 3 },
      { name: "node", tag: "20-slim", line: 4 },
      { name: "ruby", tag: "3.3", line: 5 },
    ]);
  });

  it("an ARG default naming earlier ARGs, as Phoenix's release Dockerfile writes its builder image", async () => {
    const text = [
      "ARG ELIXIR_VERSION=1.17.2",
      "ARG OTP_VERSION=27.0.1",
      "ARG DEBIAN_VERSION=bullseye-20240722-slim",
      'ARG BUILDER_IMAGE="hexpm/elixir:${ELIXIR_VERSION}-erlang-${OTP_VERSION}-debian-${DEBIAN_VERSION}"',
      'ARG RUNNER_IMAGE="debian:${DEBIAN_VERSION}"',
      "FROM ${BUILDER_IMAGE} as builder",
      "RUN mix release",
      "FROM ${RUNNER_IMAGE}",
    ].join("\n");
    expect(readDockerfile(text)).toEqual([
      { name: "hexpm/elixir", tag: "1.17.2-erlang-27.0.1-debian-bullseye-20240722-slim", line: 6 },
      { name: "debian", tag: "bullseye-20240722-slim", line: 8 },
    ]);
    const { byName } = await tools({ Dockerfile: text });
    expect(byName.get("Elixir")).toMatchObject({ version: "1.17.2", detection_source: "Dockerfile" });
  });

  it("images named by COPY --from and RUN --mount=from, not stages", () => {
    const text = [
      "FROM php:8.3-fpm AS base",
      "COPY --from=composer:2 /usr/bin/composer /usr/bin/composer",
      "COPY --from=ghcr.io/astral-sh/uv:0.4.15 /uv /bin/uv",
      "FROM base",
      "COPY --from=base /app /app",
      "COPY --from=0 /x /x",
      "RUN --mount=type=bind,from=node:20,source=/usr/local/bin/node,target=/usr/bin/node node -v",
      "RUN --mount=type=cache,target=/root/.cache pip install x",
    ].join("\n");
    expect(readDockerfile(text)).toEqual([
      { name: "php", tag: "8.3-fpm", line: 1 },
      { name: "composer", tag: "2", line: 2 },
      { name: "astral-sh/uv", tag: "0.4.15", line: 3 },
      { name: "node", tag: "20", line: 7 },
    ]);
  });

  it("ARG NODE_VERSION=18 with FROM node:${NODE_VERSION}-alpine reports Node.js 18", async () => {
    const { byName } = await tools({ Dockerfile: "ARG NODE_VERSION=18\nFROM node:${NODE_VERSION}-alpine\n" });
    expect(byName.get("Node.js")).toMatchObject({ version: "18.0.0", detection_source: "Dockerfile" });
    expect(byName.has("Docker")).toBe(true);
  });

  it("a runtime the project pins (go.mod) beats an older image tag; a range (engines) does not", async () => {
    const go = await tools({
      "go.mod": "module example.com/svc\n\ngo 1.19\n",
      Dockerfile: "FROM golang:1.14.2-alpine3.11 AS builder\nFROM alpine:3.18\n",
      ".github/workflows/test.yml": "on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-go@v3\n        with:\n          go-version: 1.18\n",
    });
    expect(go.byName.get("Golang")).toMatchObject({ version: "1.19", detection_source: "go.mod" });
    const node = await tools({ "package.json": JSON.stringify({ name: "x", engines: { node: ">=14" } }), Dockerfile: "FROM node:20.11-alpine\n" });
    expect(node.byName.get("Node.js")?.version).toBe("20.11.0");
  });

  it("compose image variables from the .env beside the file, defaults when unset, unknown ones left unresolved", async () => {
    const compose = [
      "services:",
      "  postgresql:",
      "    image: postgres:${POSTGRESQL_VERSION}",
      "  cache:",
      "    image: redis:${REDIS_TAG:-7.2-alpine}",
      "  search:",
      "    image: opensearchproject/opensearch:${OPENSEARCH_VERSION}",
      "  temporal:",
      "    image: temporalio/auto-setup:${TEMPORAL_VERSION}",
      "",
    ].join("\n");
    const env = "COMPOSE_PROJECT_NAME=temporal\nPOSTGRESQL_VERSION=13\n# pinned\nexport TEMPORAL_VERSION=\"1.19.1\"\n";
    const { byName } = await tools({ "deploy/docker-compose.yml": compose, "deploy/.env": env });
    expect(byName.get("PostgreSQL")?.version).toBe("13.0.0");
    expect(byName.get("Redis")?.version).toBe("7.2");
    expect(byName.get("Temporal")?.version).toBe("1.19.1");
    expect(byName.get("OpenSearch")).toBeDefined();
    expect(byName.get("OpenSearch")?.version).toBeUndefined();
    // A .env elsewhere is not the compose project's.
    const other = await tools({ "deploy/docker-compose.yml": compose, ".env": env });
    expect(other.byName.get("PostgreSQL")?.version).toBeUndefined();
  });

  it("a compose build's args reach its Dockerfile's FROM; Confluent Platform tags are not Kafka's version", async () => {
    const compose = [
      "services:",
      "  kafka:",
      '    image: "confluentinc/cp-kafka:7.6.1"',
      "  clickhouse:",
      "    image: clickhouse-self-hosted-local",
      "    build:",
      "      context: ./clickhouse",
      "      args:",
      '        BASE_IMAGE: "altinity/clickhouse-server:23.8.11.29.altinitystable"',
      "  worker:",
      "    build:",
      "      context: .",
      "      dockerfile: docker/worker.Dockerfile",
      "      args:",
      "        - PY_TAG=$PY_TAG",
      "",
    ].join("\n");
    const { byName } = await tools({
      "docker-compose.yml": compose,
      ".env": "PY_TAG=3.11-slim\n",
      "clickhouse/Dockerfile": "ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nCOPY ./sentry.xml /etc/clickhouse-server/config.d/sentry.xml\n",
      "docker/worker.Dockerfile": "ARG PY_TAG=3.9\nFROM python:${PY_TAG}\n",
    });
    expect(byName.get("Clickhouse")).toMatchObject({ version: "23.8.11", detection_source: "clickhouse/Dockerfile" });
    expect(byName.get("Python")?.version).toBe("3.11.0");
    expect(byName.get("Kafka")).toBeDefined();
    expect(byName.get("Kafka")?.version).toBeUndefined();
  });

  it("a search server's image tag is its version, not its client package's", async () => {
    const compose = "services:\n  es:\n    image: docker.elastic.co/elasticsearch/elasticsearch:7.17.9\n  search:\n    image: opensearchproject/opensearch\n";
    const requirements = "elasticsearch==8.11.0\nopensearch-py==2.4.2\n";
    const { byName } = await tools({ "docker-compose.yml": compose, "requirements.txt": requirements });
    expect(byName.get("Elasticsearch")?.version).toBe("7.17.9");
    expect(byName.get("OpenSearch")).toBeDefined();
    expect(byName.get("OpenSearch")?.version).toBeUndefined();
    // Without an image, the client's release is still not the server's: no version.
    const alone = await tools({ "requirements.txt": requirements });
    expect(alone.byName.get("Elasticsearch")).toBeDefined();
    expect(alone.byName.get("Elasticsearch")?.version).toBeUndefined();
  });

  it("compose services by image, with the tag as version", async () => {
    const compose = "services:\n  db:\n    image: postgres:16\n  cache:\n    image: redis:7-alpine\n  app:\n    build: .\n";
    const { byName } = await tools({ "docker-compose.yml": compose });
    expect(byName.get("PostgreSQL")).toMatchObject({ version: "16.0.0", detection_source: "docker-compose.yml" });
    expect(byName.get("Redis")?.version).toBe("7.0.0");
    expect(byName.has("Docker Compose")).toBe(true);
    // The compose file names Docker Compose only; Docker comes from a Dockerfile (compose-without-dockerfile.test.ts).
    expect(byName.has("Docker")).toBe(false);
  });

  it("mirrored and component images: ECR Public's Docker library, the Kubernetes NGINX ingress, Prometheus exporters, Spark, Istio", async () => {
    const compose = [
      "services:",
      "  cache:\n    image: public.ecr.aws/docker/library/redis:7.2-alpine",
      "  ingress:\n    image: registry.k8s.io/ingress-nginx/controller:v1.9.4",
      "  alerts:\n    image: prom/alertmanager:v0.26.0",
      "  spark:\n    image: apache/spark:3.5.0",
      "  mesh:\n    image: docker.io/istio/proxyv2:1.20.1",
      "  docs:\n    image: swaggerapi/swagger-ui:v5.9.0",
    ].join("\n");
    const { byName } = await tools({ "docker-compose.yml": compose });
    expect(byName.get("Redis")?.version).toBe("7.2");
    expect(byName.has("NGINX")).toBe(true);
    expect(byName.get("NGINX")?.version).toBeUndefined();
    expect(byName.has("Kubernetes")).toBe(true);
    expect(byName.has("Prometheus")).toBe(true);
    expect(byName.get("Prometheus")?.version).toBeUndefined();
    expect(byName.get("Apache Spark")?.version).toBe("3.5.0");
    expect(byName.get("Istio")?.version).toBe("1.20.1");
    expect(byName.get("Swagger UI")?.version).toBe("5.9.0");
  });

  it("a compose service on an image's Alpine variant means Alpine Linux; a Dockerfile's alpine base image does not", async () => {
    const compose = "services:\n  mq:\n    image: rabbitmq:3.12-management-alpine\n  broker:\n    image: quay.io/artemiscloud/activemq-artemis-broker\n";
    const { byName } = await tools({ "docker-compose.yaml": compose });
    expect(byName.get("Alpine Linux")).toMatchObject({ detection_source: "docker-compose.yaml" });
    expect(byName.get("RabbitMQ")?.version).toBe("3.12");
    expect(byName.has("ActiveMQ")).toBe(true);
    const plain = await tools({ "docker-compose.yml": "services:\n  cache:\n    image: redis:7\n  web:\n    image: nginx:alpinefoo\n", Dockerfile: "FROM node:18-alpine\n" });
    expect(plain.byName.has("Alpine Linux")).toBe(false);
    for (const tag of ["alpine", "7-alpine", "1.25-alpine3.18", "3-management-alpine", "alpine3.19", "22-alpine-slim", "3.12-alpine3"]) expect(isAlpineVariant(tag), tag).toBe(true);
    for (const tag of ["latest", "7.2", "bookworm", "alpinefoo", undefined]) expect(isAlpineVariant(tag), String(tag)).toBe(false);
  });

  it("an operating system's image names the OS only as the first stage of a Dockerfile; a compose service running one does", async () => {
    // a later stage's OS (FROM alpine after a Go builder, as corpus 2ms and held-out wakapi) and a
    // Dockerfile.* name none
    const built = await tools({
      Dockerfile: "FROM golang:1.21 AS build\nRUN go build ./...\nFROM ubuntu:22.04\nCOPY --from=build /app /app\n",
      "ci/Dockerfile.rocm": "FROM redhat/ubi9:9.3\n",
    });
    expect(built.byName.has("Ubuntu")).toBe(false);
    expect(built.byName.has("Red Hat Enterprise Linux (RHEL)")).toBe(false);
    expect(built.byName.get("Golang")?.version).toBe("1.21.0");
    expect(built.byName.has("Docker")).toBe(true);
    // a single-stage image built on Alpine (modelled on held-out discord_feedbot: the site names
    // Alpine Linux 3.19.0 from it), with comments and an ARG before the FROM
    const first = await tools({ "bot/Dockerfile": "# syntax=docker/dockerfile:1\nARG USER=bot\nFROM alpine:3.19.0\nRUN apk add --no-cache python3\nFROM ubuntu:22.04\n" });
    expect(first.byName.get("Alpine Linux")).toMatchObject({ version: "3.19.0", detection_source: "bot/Dockerfile" });
    expect(first.byName.has("Ubuntu")).toBe(false);
    // Docker Hub's build of an official image for one architecture is that image (held-out
    // SirHarveyBix/linux-terminal: the site names Ubuntu from FROM arm64v8/ubuntu)
    const arm = await tools({ Dockerfile: "FROM arm64v8/ubuntu:22.04\nRUN apt-get update\n" });
    expect(arm.byName.get("Ubuntu")?.version).toBe("22.04.0");
    const run = await tools({ "docker-compose.yml": "services:\n  box:\n    image: ubuntu:22.04\n" });
    expect(run.byName.get("Ubuntu")?.version).toBe("22.04");
  });

  it("a lower-case dockerfile names Docker as a Dockerfile does; a Containerfile names Podman, its base images and its OS", async () => {
    const lower = await tools({ "api/dockerfile": "FROM node:18-alpine\nRUN npm ci\n" });
    expect(lower.byName.get("Docker")).toMatchObject({ detection_source: "api/dockerfile" });
    expect(lower.byName.get("Node.js")?.version).toBe("18.0.0");
    const podman = await tools({
      Containerfile: "FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\nRUN microdnf install -y python3\nFROM python:3.12-slim\n",
      "ci/Containerfile.test": "FROM golang:1.22\n",
      "web.containerfile": "FROM nginx:1.27\n",
    });
    expect(podman.byName.get("Podman")).toMatchObject({ detection_source: "Containerfile" });
    // Docker only as linguist's language of the file (its Dockerfile language counts Containerfiles)
    expect(podman.byName.get("Docker")?.detection_source).toBe("Repo Metadata");
    expect(podman.byName.get("Red Hat Enterprise Linux (RHEL)")?.version).toBe("9.4.0");
    expect(podman.byName.get("Python")?.version).toBe("3.12.0");
    expect(podman.byName.get("Golang")?.detection_source).toBe("ci/Containerfile.test");
    expect(podman.byName.get("NGINX")?.detection_source).toBe("web.containerfile");
  });

  it("a Dockerfile named after its service with Docker's capital (`worker.Dockerfile`, `api.Containerfile`) is read as `worker.dockerfile` is", async () => {
    const named = await tools({
      "docker/worker.Dockerfile": "FROM python:3.12-slim@sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0\nRUN pip install --no-cache-dir -r requirements.txt\n",
      "docker/api.Containerfile": "ARG GO_VERSION=1.22.4\nFROM golang:${GO_VERSION}-bookworm AS build\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/api /api\n",
    });
    expect(named.byName.get("Python")).toMatchObject({ version: "3.12.0", detection_source: "docker/worker.Dockerfile" });
    expect(named.byName.get("Golang")).toMatchObject({ version: "1.22.4", detection_source: "docker/api.Containerfile" });
    // Docker as linguist's language of the files, which the language bar counts (catalog cited_files).
    expect(named.byName.get("Docker")?.detection_source).toBe("Repo Metadata");
    expect(named.byName.get("Podman")?.detection_source).toBe("docker/api.Containerfile");
  });

  it("a compose build's args decide the FROM line they change; the Dockerfile built without compose keeps its ARG default", async () => {
    const dockerfile = "ARG PY_TAG=3.9\nFROM python:${PY_TAG}\nCOPY . /app\n";
    const compose = "services:\n  app:\n    build:\n      context: .\n      args:\n        PY_TAG: 3.11-slim\n";
    const built = await tools({ Dockerfile: dockerfile, "docker-compose.yml": compose });
    expect(built.byName.get("Python")).toMatchObject({ version: "3.11.0", detection_source: "Dockerfile" });
    expect((await tools({ Dockerfile: dockerfile })).byName.get("Python")?.version).toBe("3.9.0");
  });

  it("a compose file under another name at the root, as cookiecutter-django writes local.yml and production.yml", async () => {
    const local = [
      "version: '3'",
      "",
      "volumes:",
      "  app_local_postgres_data: {}",
      "",
      "services:",
      "  django: &django",
      "    build:",
      "      context: .",
      "      dockerfile: ./compose/local/django/Dockerfile",
      "    image: app_local_django",
      "    depends_on:",
      "      - postgres",
      "      - redis",
      "    command: /start",
      "",
      "  postgres:",
      "    build:",
      "      context: .",
      "      dockerfile: ./compose/production/postgres/Dockerfile",
      "    image: app_production_postgres",
      "",
      "  redis:",
      "    image: redis:6",
      "",
      "  celeryworker:",
      "    <<: *django",
      "    image: app_local_celeryworker",
      "    command: /start-celeryworker",
      "",
    ].join("\n");
    const { byName } = await tools({ "local.yml": local, "production.yml": "services:\n  nginx:\n    build:\n      context: .\n" });
    expect(byName.get("Docker Compose")?.detection_source).toBe("local.yml");
    expect(byName.has("Docker")).toBe(false);
    expect(byName.get("Redis")).toMatchObject({ version: "6.0.0", detection_source: "local.yml" });
    // Root YAML with a `services` key of another shape is not a compose file: GitLab CI's list of
    // service images, Render's list of services, a map whose entries name no image nor build.
    const other = await tools({
      ".gitlab-ci.yml": "services:\n  - postgres:15\ntest:\n  script: [make test]\n",
      "render.yaml": "services:\n  - type: web\n    name: api\n    env: python\n",
      "settings.yml": "services:\n  mail:\n    host: smtp.example.com\n",
      "nested/stack.yml": "services:\n  db:\n    image: mysql:8\n",
    });
    expect(other.byName.has("Docker Compose")).toBe(false);
    expect(other.byName.has("MySQL")).toBe(false);
    // Drone's pipelines, several documents each with its `services` list: no compose file, and no
    // warning that the stream is malformed YAML (a compose file opening with `---` is still one).
    const drone = "kind: pipeline\ntype: docker\nname: test\nsteps:\n  - name: test\n    image: golang:1.22\nservices:\n  - name: cache\n    image: memcached:1.6\n---\nkind: pipeline\ntype: docker\nname: deploy\nsteps:\n  - name: push\n    image: plugins/docker\n";
    const multi = await tools({ ".drone.yml": drone, "local.yml": "# local\n---\nservices:\n  db:\n    image: mysql:8.0\n" });
    expect(multi.warnings).toEqual([]);
    expect(multi.byName.get("MySQL")).toMatchObject({ version: "8.0", detection_source: "local.yml" });
  });

  // The site names no Helm from a chart's Chart.yaml (3 owners, none naming it; stop 53), as it names no
  // Maven from a pom.xml: the chart still means Kubernetes, and its dependencies their tools.
  it("a Helm chart means Kubernetes, not Helm; a Kustomize overlay by itself names nothing", async () => {
    const chart = "apiVersion: v2\nname: api\nversion: 0.1.0\ndependencies:\n  - name: redis\n    version: 17.3.7\n    repository: https://charts.bitnami.com/bitnami\n";
    const helm = await tools({ "deploy/helm/Chart.yaml": chart, "deploy/helm/templates/deployment.yaml": "{{- if .Values.enabled }}\n" });
    expect(helm.byName.has("Helm")).toBe(false);
    expect(helm.byName.get("Kubernetes")?.detection_source).toBe("deploy/helm/Chart.yaml");
    expect(helm.byName.has("Redis")).toBe(true);
    const kustomize = await tools({ "k/kustomization.yaml": "resources:\n  - ../base\n" });
    expect([...kustomize.byName.keys()].filter((n) => n !== "Git").sort()).toEqual([]);
  });

  it("image tags", () => {
    expect(versionFromTag("8.0")).toBe("8.0");
    expect(versionFromTag("v2.0.1-buster")).toBe("2.0.1");
    expect(versionFromTag("latest")).toBeUndefined();
    expect(versionFromTag("boron")).toBeUndefined();
    // a release with a build date or a packaging revision after it
    expect(versionFromTag("4.16.1-20231219")).toBe("4.16.1");
    expect(versionFromTag("3.9.6-1")).toBe("3.9.6");
    expect(versionFromTag("1.25.3-1-alpine")).toBe("1.25.3");
    // a lone major before another number is two releases (postgis/postgis:14-3.4), not one
    expect(versionFromTag("14-3.4")).toBeUndefined();
    expect(versionFromTag("2023.12.01")).toBe("2023.12.01");
    // A build number after a patch of two digits, a major of two, or one that runs into a word.
    expect(versionFromTag("7.2.12-1")).toBe("7.2.12");
    expect(versionFromTag("10.11.6-1")).toBe("10.11.6");
    expect(versionFromTag("2.4.57-2ubuntu1")).toBe("2.4.57");
    // A release candidate written against its number; a tag with spaces around it.
    expect(versionFromTag("3.13.0rc2-bookworm")).toBe("3.13.0");
    expect(versionFromTag(" 18 ")).toBe("18.0.0");
    // A code name before the release is not a version tag.
    expect(versionFromTag("focal-1.25.3-1")).toBeUndefined();
  });
});

describe("CI", () => {
  it("reads actions with setup versions, job containers and services", () => {
    const workflow = {
      jobs: {
        test: {
          container: "node:20",
          services: { db: { image: "postgres:15" } },
          steps: [{ uses: "actions/checkout@v4" }, { uses: "actions/setup-node@v4", with: { "node-version": "20.x" } }, { uses: "./local-action" }],
        },
        analyze: { steps: [{ uses: "github/codeql-action/init@v3" }] },
      },
    };
    expect(readWorkflow(workflow)).toEqual([
      { image: "node:20" },
      { image: "postgres:15" },
      { action: "actions/checkout" },
      { action: "actions/setup-node", version: "20.x", inputs: { "node-version": "20.x" } },
      { action: "github/codeql-action" },
    ]);
  });

  it("a setup step's inputs name the runtimes it installs: erlef/setup-beam's OTP and Elixir, a Rust toolchain (dtolnay's by its ref)", async () => {
    const workflow = {
      jobs: {
        test: {
          strategy: { matrix: { otp: ["25", "26"] } },
          steps: [
            { uses: "erlef/setup-beam@v1", with: { "otp-version": 26.2, "rebar3-version": "3.22.1" } },
            { uses: "erlef/setup-beam@v1", with: { "otp-version": "${{ matrix.otp }}", "elixir-version": "1.16.2" } },
            { uses: "dtolnay/rust-toolchain@1.79.0", with: { components: "clippy" } },
            { uses: "dtolnay/rust-toolchain@stable" },
          ],
        },
      },
    };
    expect(readWorkflow(workflow)).toEqual([
      { action: "erlef/setup-beam", inputs: { "otp-version": "26.2", "rebar3-version": "3.22.1" } },
      // an input given by an expression is set, at no release
      { action: "erlef/setup-beam", version: "1.16.2", inputs: { "otp-version": "", "elixir-version": "1.16.2" } },
      { action: "dtolnay/rust-toolchain", inputs: { components: "clippy", toolchain: "1.79.0" } },
      { action: "dtolnay/rust-toolchain", inputs: { toolchain: "stable" } },
    ]);
    const erlangOnly = "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: erlef/setup-beam@v1\n        with:\n          otp-version: 26.2\n          rebar3-version: 3.22.1\n";
    // An Erlang library's workflow installs no Elixir: Erlang alone, at the OTP release it asks for.
    const erlang = await tools({ ".github/workflows/ci.yml": erlangOnly });
    expect(erlang.byName.get("Erlang")).toMatchObject({ version: "26.2", detection_source: ".github/workflows/ci.yml" });
    expect(erlang.byName.has("Elixir")).toBe(false);
    const both = await tools({ ".github/workflows/ci.yml": erlangOnly.replace("rebar3-version: 3.22.1", "elixir-version: 1.16.2") });
    expect(both.byName.get("Elixir")?.version).toBe("1.16.2");
    expect(both.byName.get("Erlang")?.version).toBe("26.2");
    // A matrix-driven step installs Erlang and Elixir all the same: both named, at no release.
    const matrix = await tools({ ".github/workflows/ci.yml": "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        otp: ['26.2', '27.0']\n        elixir: ['1.17.2']\n    steps:\n      - uses: erlef/setup-beam@v1\n        with:\n          otp-version: ${{ matrix.otp }}\n          elixir-version: ${{ matrix.elixir }}\n" });
    expect(matrix.byName.get("Erlang")).toMatchObject({ detection_source: ".github/workflows/ci.yml" });
    expect(matrix.byName.get("Erlang")?.version).toBeUndefined();
    expect(matrix.byName.get("Elixir")?.version).toBeUndefined();
    const rust = await tools({ ".github/workflows/ci.yml": "on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: dtolnay/rust-toolchain@1.79.0\n" });
    expect(rust.byName.get("Rust")).toMatchObject({ version: "1.79.0", detection_source: ".github/workflows/ci.yml" });
  });

  it("GitHub Actions, Terraform's release and Codecov from a workflow; setup-node's runtime names no Node.js", async () => {
    const workflow = [
      "name: CI",
      "on: [push]",
      "jobs:",
      "  build:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: actions/checkout@v4",
      "      - uses: actions/setup-node@v4",
      "        with:",
      "          node-version: 18",
      "      - uses: codecov/codecov-action@v3",
      "      - uses: hashicorp/setup-terraform@v3",
      "        with:",
      "          terraform_version: 1.7.5",
    ].join("\n");
    const { byName } = await tools({ ".github/workflows/ci.yml": workflow });
    expect(byName.get("Terraform")?.version).toBe("1.7.5");
    expect(byName.get("GitHub Actions")?.detection_source).toBe(".github/workflows/ci.yml");
    // The Node.js a CI job sets up runs the tooling: the site's files name Node.js from no
    // workflow (0 of 14 repositories that call setup-node), from the code's own evidence instead.
    expect(byName.has("Node.js")).toBe(false);
    expect(byName.has("Codecov")).toBe(true);
  });

  it("setup, database and deploy actions of tools in the catalog; Travis languages beyond the first ones", async () => {
    const workflow = [
      "on: [push]",
      "jobs:",
      "  test:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: actions/checkout@v4",
      "      - uses: ankane/setup-postgres@v1",
      "        with:",
      "          postgres-version: 16",
      "      - uses: supercharge/redis-github-action@1.8.0",
      "      - uses: dart-lang/setup-dart@v1",
      "      - uses: snok/install-poetry@v1",
      "      - uses: bazel-contrib/setup-bazel@0.8.1",
      "      - uses: paambaati/codeclimate-action@v5.0.0",
      "      - uses: pypa/gh-action-pypi-publish@release/v1",
      "      - uses: azure/functions-action@v1",
    ].join("\n");
    const { byName } = await tools({ ".github/workflows/test.yml": workflow });
    for (const name of ["PostgreSQL", "Redis", "Dart", "Poetry", "Bazel", "Code Climate", "PyPI", "Azure Functions", "Microsoft Azure"]) {
      expect(byName.get(name)?.detection_source, name).toBe(".github/workflows/test.yml");
    }
    const travis = await tools({ ".travis.yml": "language: r\nr: release\ncache: packages\n" });
    expect(travis.byName.has("R Language")).toBe(true);
    // Named from the language; its version list is the CI's matrix and gives no release.
    const perl = await tools({ ".travis.yml": "language: perl\nperl:\n  - '5.36'\n" });
    expect(perl.byName.has("Perl")).toBe(true);
    expect(perl.byName.get("Perl")?.version).toBeUndefined();
  });

  it("deploy and lint actions of AWS CDK, Kustomize, Docker Compose, Ansible, Surge, Honeybadger and Rollbar", async () => {
    const workflow = [
      "on:",
      "  push:",
      "    branches: [main]",
      "jobs:",
      "  deploy:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: actions/checkout@v4",
      "      - uses: ansible/ansible-lint@v24",
      "      - uses: isbang/compose-action@v1.5.1",
      "      - uses: imranismail/setup-kustomize@v2",
      "      - uses: youyo/aws-cdk-github-actions@v2",
      "        with:",
      "          cdk_subcommand: deploy",
      "      - uses: dswistowski/surge-sh-action@v1",
      "      - uses: honeybadger-io/github-notify-deploy-action@v1",
      "      - uses: rollbar/github-deploy-action@2.1.2",
    ].join("\n");
    const { byName } = await tools({ ".github/workflows/deploy.yml": workflow });
    for (const name of ["Ansible", "Docker Compose", "Kustomize", "AWS Cloud Development Kit", "Surge", "Honeybadger", "Rollbar"]) {
      expect(byName.get(name)?.detection_source, name).toBe(".github/workflows/deploy.yml");
    }
  });

  it("the tools a workflow's own steps set up: a kind or minikube cluster, Helm releases, pre-commit, Haskell, Qt", async () => {
    const workflow = [
      "on: [pull_request]",
      "jobs:",
      "  e2e:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: actions/checkout@v4",
      "      - uses: helm/kind-action@v1",
      "      - uses: medyagh/setup-minikube@latest",
      "      - uses: helm/chart-releaser-action@v1.6.0",
      "      - uses: pre-commit/action@v3.0.1",
      "      - uses: haskell-actions/setup@v2",
      "        with:",
      "          ghc-version: '9.6'",
      "      - uses: jurplel/install-qt-action@v3",
    ].join("\n");
    const { byName } = await tools({ ".github/workflows/e2e.yml": workflow });
    for (const name of ["Kubernetes", "minikube", "Helm", "pre-commit", "Haskell", "Qt"]) {
      expect(byName.get(name)?.detection_source, name).toBe(".github/workflows/e2e.yml");
    }
  });

  it("CircleCI orbs name the platform or service they deploy to or report to, never with the orb's release", async () => {
    const config = [
      "version: 2.1",
      "orbs:",
      "  node: circleci/node@5.1.0",
      "  heroku: circleci/heroku@2.0.0",
      "  codecov: codecov/codecov@3.3.0",
      "  local:",
      "    commands:",
      "      hello: { steps: [checkout] }",
      "workflows:",
      "  deploy:",
      "    jobs: [heroku/deploy-via-git]",
    ].join("\n");
    const { byName } = await tools({ ".circleci/config.yml": config });
    expect(byName.get("Heroku")).toMatchObject({ detection_source: ".circleci/config.yml" });
    expect(byName.get("Heroku")?.version).toBeUndefined();
    expect(byName.has("Codecov")).toBe(true);
    expect(byName.has("CircleCI")).toBe(true);
    // the node orb sets up the job's own runtime, as setup-node does: no Node.js from it
    expect(byName.has("Node.js")).toBe(false);
  });

  it("a local composite action's setup steps count as the workflow's (pnpm and Python set up in .github/actions/setup)", async () => {
    const setup = [
      "name: Setup",
      "description: Install the toolchain",
      "runs:",
      "  using: composite",
      "  steps:",
      "    - uses: pnpm/action-setup@v4",
      "    - uses: actions/setup-node@v4",
      "      with:",
      "        node-version: 20.11",
      "        cache: pnpm",
      "    - uses: actions/setup-python@v5",
      "      with:",
      "        python-version: '3.12'",
      "    - shell: bash",
      "      run: pnpm install",
    ].join("\n");
    const workflow = "on: push\njobs:\n  ci:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: ./.github/actions/setup\n";
    const { byName, warnings } = await tools({ ".github/workflows/ci.yml": workflow, ".github/actions/setup/action.yml": setup });
    expect(warnings).toEqual([]);
    expect(byName.get("Python")).toMatchObject({ version: "3.12", detection_source: ".github/actions/setup/action.yml" });
    expect(byName.has("pnpm")).toBe(true);
  });

  it("a JavaScript action's own action.yml gives the Node.js it runs on; a Docker action its image", async () => {
    const js = "name: Greet\ninputs:\n  who:\n    required: true\nruns:\n  using: node20\n  main: dist/index.js\n";
    const { byName } = await tools({ "action.yml": js, "package.json": '{"name":"greet"}' });
    expect(byName.get("Node.js")).toMatchObject({ version: "20.0.0", detection_source: "action.yml" });
    expect(byName.get("GitHub Actions")?.detection_source).toBe("action.yml");
    const docker = "name: Lint\nruns:\n  using: docker\n  image: docker://python:3.11-slim\n";
    expect((await tools({ "action.yaml": docker })).byName.get("Python")?.version).toBe("3.11");
    // An action.yml in a project folder is some other tool's file, not an action's.
    expect((await tools({ "src/action.yml": js })).byName.has("Node.js")).toBe(false);
  });

  it("Travis CI language and GitLab CI images", async () => {
    const { byName } = await tools({
      ".travis.yml": "language: python\npython:\n  - '3.8'\n",
      ".gitlab-ci.yml": "test:\n  image: ruby:3.2\n  services:\n    - name: mysql:8.0\n",
    });
    expect(byName.get("Travis CI")).toBeDefined();
    expect(byName.has("Python")).toBe(true); // the Travis language, without its matrix's release
    expect(byName.get("Python")?.version).toBeUndefined();
    expect(byName.get("Ruby")?.version).toBe("3.2");
    expect(byName.get("GitLab CI")).toBeDefined();
  });

  it("the servers a Travis build starts: its services list, a job's, and a database addon's release", async () => {
    // Modelled on an Express API tested against MongoDB on Travis.
    const travis = "language: node_js\nnode_js: \n  - \"stable\"\nservices:\n  - mongodb\n  - redis-server\nenv:\n  - MONGO_TEST_URI=127.0.0.1:27017/testdb\ninstall:\n  - npm install\nscript:\n  - npm run test:travis\n";
    const { byName, warnings } = await tools({ ".travis.yml": travis, "package.json": '{"name":"api","dependencies":{"express":"^4.17.1"}}' });
    expect(warnings).toEqual([]);
    expect(byName.get("MongoDB")?.detection_source).toBe(".travis.yml");
    expect(byName.get("Redis")?.detection_source).toBe(".travis.yml");
    const jobs = "language: ruby\nservices: docker\njobs:\n  include:\n    - services: [mysql]\naddons:\n  postgresql: \"9.6\"\n";
    const other = (await tools({ ".travis.yml": jobs })).byName;
    expect(other.get("Docker")?.detection_source).toBe(".travis.yml");
    expect(other.get("MySQL")).toBeDefined();
    expect(other.get("PostgreSQL")?.version).toBe("9.6");
    // An example's Travis file shows how to use something, not this build's servers.
    expect((await tools({ "examples/ci/.travis.yml": travis })).byName.has("MongoDB")).toBe(false);
  });

  it("a malformed workflow is a warning naming it", async () => {
    const { warnings } = await tools({ ".github/workflows/bad.yml": "jobs:\n  a: [unclosed\n" });
    expect(warnings.map((w) => w.file)).toContain(".github/workflows/bad.yml");
  });
});

describe("CI: Jenkins agents, GitLab services, Bitbucket Pipes", () => {
  it("a Jenkinsfile's Docker agent images, GitLab CI's services list and a docker:dind job, Bitbucket's pipes", async () => {
    const jenkinsfile = "pipeline {\n    agent {\n        docker {\n            image 'maven:3.9.6-eclipse-temurin-17'\n            args '-v $HOME/.m2:/root/.m2'\n        }\n    }\n    stages {\n        stage('UI') {\n            steps {\n                script {\n                    docker.image('node:20.11.1').inside { sh 'npm ci' }\n                }\n            }\n        }\n    }\n}\n";
    const gitlab = ".setup:\n  script: [echo setup]\nbuild:\n  image: gradle:8.5-jdk17\n  services:\n    - postgres:15.4\n    - name: redis:7.2\n      alias: cache\n  script:\n    - !reference [.setup, script]\n    - gradle build\nimage-build:\n  image: docker:24.0.5\n  services:\n    - docker:24.0.5-dind\n  script: [docker build .]\n";
    const bitbucket = "image: node:18.17.0\npipelines:\n  branches:\n    main:\n      - step:\n          script:\n            - pipe: atlassian/aws-s3-deploy:1.1.0\n              variables:\n                S3_BUCKET: site\n            - pipe: atlassian/slack-notify:2.1.0\n";
    const { byName, warnings } = await tools({ Jenkinsfile: jenkinsfile, ".gitlab-ci.yml": gitlab, "bitbucket-pipelines.yml": bitbucket });
    expect(warnings).toEqual([]);
    expect(byName.get("Apache Maven")).toMatchObject({ version: "3.9.6", detection_source: "Jenkinsfile" });
    expect(byName.get("PostgreSQL")).toMatchObject({ version: "15.4", detection_source: ".gitlab-ci.yml" });
    expect(byName.get("Redis")).toMatchObject({ version: "7.2", detection_source: ".gitlab-ci.yml" });
    expect(byName.get("Docker")).toMatchObject({ version: "24.0.5", detection_source: ".gitlab-ci.yml" });
    expect(byName.get("Amazon S3")?.detection_source).toBe("bitbucket-pipelines.yml");
    expect(byName.get("Slack")).toBeUndefined(); // a pipe posting the build's status to a chat names no service
    expect(byName.get("Node.js")).toBeDefined();
  });
});

describe("netlify.toml", () => {
  it("hugo-version of peaceiris/actions-hugo is Hugo's version; 'latest' is none", async () => {
    const workflow = (v: string) => `on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: peaceiris/actions-hugo@v3\n        with:\n          hugo-version: '${v}'\n          extended: true\n`;
    const pinned = await tools({ ".github/workflows/gh-pages.yml": workflow("0.119.0"), "hugo.toml": "" });
    expect(pinned.byName.get("Hugo")?.version).toBe("0.119.0");
    const latest = await tools({ ".github/workflows/gh-pages.yml": workflow("latest"), "hugo.toml": "" });
    expect(latest.byName.get("Hugo")).toBeDefined();
    expect(latest.byName.get("Hugo")?.version).toBeUndefined();
  });

  it("HUGO_VERSION of the build environment is the Hugo the site is built with", async () => {
    const netlify = '[build]\n  publish = "public"\n  command = "hugo --gc --minify"\n\n  [build.environment]\n    HUGO_VERSION = "0.153.2"\n';
    const { byName } = await tools({ "netlify.toml": netlify, "hugo.toml": 'title = "Docs"\n', "content/_index.md": "" });
    expect(byName.get("Hugo")).toMatchObject({ version: "0.153.2", detection_source: "netlify.toml" });
    expect(byName.get("Netlify")).toBeDefined();
    // A context's environment counts too; a value that is not a release does not.
    const preview = await tools({ "netlify.toml": '[context.production.environment]\n  HUGO_VERSION = "0.120.4"\n', "config.toml": "" });
    expect(preview.byName.get("Hugo")?.version).toBe("0.120.4");
    const latest = await tools({ "netlify.toml": '[build.environment]\n  HUGO_VERSION = "latest"\n', "hugo.toml": "" });
    expect(latest.byName.get("Hugo")?.version).toBeUndefined();
  });
});

describe("configuration and component files", () => {
  it("Elasticsearch's configuration file in its folder reveals Elasticsearch; a workflow of that name does not", async () => {
    const es = await tools({ "docker/elasticsearch/elasticsearch.yml": "cluster.name: docker-cluster\nnetwork.host: 0.0.0.0\n", "manage.py": "" });
    expect(es.byName.get("Elasticsearch")).toMatchObject({ detection_source: "docker/elasticsearch/elasticsearch.yml" });
    const root = await tools({ "config/elasticsearch.yml": "cluster.name: search\n" });
    expect(root.byName.get("Elasticsearch")).toMatchObject({ detection_source: "config/elasticsearch.yml" });
    const workflow = await tools({ ".github/workflows/elasticsearch.yml": "name: es\non: [push]\njobs: {}\n" });
    expect(workflow.byName.get("Elasticsearch")).toBeUndefined();
    expect(workflow.byName.get("GitHub Actions")).toBeDefined();
  });

  it("Kibana's settings file reveals Kibana wherever a compose setup keeps it", async () => {
    const kibana = await tools({ "db/setup/alt/kibana.yml": "server.host: 0.0.0.0\nelasticsearch.hosts: [\"http://es:9200\"]\n", "package.json": "{}" });
    expect(kibana.byName.get("Kibana")).toMatchObject({ detection_source: "db/setup/alt/kibana.yml" });
    const none = await tools({ "db/setup/alt/logstash.yml": "http.host: 0.0.0.0\n", "package.json": "{}" });
    expect(none.byName.get("Kibana")).toBeUndefined();
  });

  it("a .jsx module reveals React without a package.json naming it; a .js file does not", async () => {
    const jsx = await tools({ "frontend/src/App.jsx": "export default function App() { return <main />; }\n", "manage.py": "" });
    expect(jsx.byName.get("React")).toMatchObject({ detection_source: "frontend/src/App.jsx" });
    const js = await tools({ "static/app.js": "console.log(1);\n", "manage.py": "" });
    expect(js.byName.get("React")).toBeUndefined();
  });
});

describe("GraphQL documents", () => {
  it("a schema or operation file (.graphql, .graphqls, .gql) reveals GraphQL, named by its path", async () => {
    const schema = await tools({ "saleor/graphql/schema.graphql": "type Query {\n  shop: Shop!\n}\n", "manage.py": "" });
    expect(schema.byName.get("GraphQL")).toMatchObject({ detection_source: "saleor/graphql/schema.graphql" });
    const query = await tools({ "src/queries/user.gql": "query User($id: ID!) { user(id: $id) { name } }\n" });
    expect(query.byName.get("GraphQL")).toBeDefined();
    const none = await tools({ "docs/graphql.md": "# About GraphQL\n", "src/graphql_client.py": "" });
    expect(none.byName.get("GraphQL")).toBeUndefined();
  });
});

