import { describe, expect, it } from "vitest";
import { isComposeFile, readCompose, readComposeBuilds, readComposeReferences, readEnvFile } from "../detectors/docker/compose.js";
import { MemorySource, scan } from "../src/index.js";
import { substitute } from "../detectors/docker/substitute.js";
import { parseYaml } from "../src/parse/yaml.js";

// The compose file readers as pure functions, on files shaped like real docker-compose.yml files.

const compose = `
services:
  db:
    image: " postgres:16-alpine "
    environment: [POSTGRES_PASSWORD=secret]
  api:
    build:
      context: ./api
      dockerfile: docker/Dockerfile.prod
      args:
        NODE_VERSION: 20
        PNPM: "8.15.1"
        FLAGS: [a, b]
  worker:
    build:
      context: ./worker
      args:
        - PYTHON_VERSION=3.12
        - =nothing
        - NO_VALUE
        - 42
  web:
    build: ./web
  cache:
    image: ""
  remote:
    build:
      context: https://github.com/acme/proxy.git#main
      args: { A: "1" }
  ssh:
    build:
      context: git@github.com:acme/proxy.git
      args: { A: "1" }
  outside:
    build:
      context: ../shared
      args: { A: "1" }
  rooted:
    build:
      context: /srv/app
      args: { A: "1" }
  noargs:
    build:
      context: .
      args: {}
  listed:
    build: [not, a, map]
  odd:
    build:
      context: [a, b]
      dockerfile: { name: Dockerfile }
      args: { A: "1" }
  odder:
    build:
      dockerfile: [Dockerfile]
      args: { A: "1" }
  nothing: ~
`;

describe("compose files", () => {
  it("every service's image, trimmed; empty and missing images left out", () => {
    expect(readCompose(parseYaml(compose))).toStrictEqual([{ service: "db", image: "postgres:16-alpine" }]);
  });

  it("the builds that pass args, their Dockerfile relative to the compose file; remote and outside contexts left out", () => {
    expect(readComposeBuilds(parseYaml(compose))).toStrictEqual([
      { service: "api", dockerfile: "api/docker/Dockerfile.prod", args: new Map([["NODE_VERSION", "20"], ["PNPM", "8.15.1"]]) },
      { service: "worker", dockerfile: "worker/Dockerfile", args: new Map([["PYTHON_VERSION", "3.12"]]) },
    ]);
    // A build at the compose file's own folder by default.
    expect(readComposeBuilds(parseYaml("services:\n  app:\n    build:\n      args:\n        GO_VERSION: '1.22'\n"))).toStrictEqual([
      { service: "app", dockerfile: "Dockerfile", args: new Map([["GO_VERSION", "1.22"]]) },
    ]);
  });

  it("version 1 files list services at the top level: only the entries with an image or a build", () => {
    const v1 = parseYaml("web:\n  image: nginx:1.25\n  links: [db]\ndb:\n  image: mysql:8\nvolumes:\n  data: {}\nname: shop\n");
    expect(readCompose(v1)).toStrictEqual([{ service: "web", image: "nginx:1.25" }, { service: "db", image: "mysql:8" }]);
    const built = parseYaml("app:\n  build:\n    context: app\n    args: { RUBY_VERSION: '3.3' }\nredis:\n  image: redis\n");
    expect(readComposeBuilds(built)).toStrictEqual([{ service: "app", dockerfile: "app/Dockerfile", args: new Map([["RUBY_VERSION", "3.3"]]) }]);
    expect(readCompose(parseYaml("- image: nginx\n"))).toStrictEqual([]);
    expect(readCompose(undefined)).toStrictEqual([]);
    expect(readCompose("text")).toStrictEqual([]);
  });

  it("is a compose file: a services map with a service naming an image or a build", () => {
    expect(isComposeFile(parseYaml(compose))).toBe(true);
    expect(isComposeFile(parseYaml("services:\n  app:\n    build: .\n"))).toBe(true);
    expect(isComposeFile(parseYaml("services:\n  app:\n    ports: ['80:80']\n  other: ~\n"))).toBe(false);
    expect(isComposeFile(parseYaml("services:\n  app:\n    image: [nginx]\n"))).toBe(false);
    // GitLab CI and Render write services as a list; a Travis services list names servers.
    expect(isComposeFile(parseYaml("services:\n  - postgres:15\n  - name: redis\n    image: redis\n"))).toBe(false);
    expect(isComposeFile(parseYaml("services:\n  - [image]\n"))).toBe(false);
    expect(isComposeFile(parseYaml("services:\n  app: [image, build]\n"))).toBe(false);
    expect(isComposeFile(parseYaml("services: docker\n"))).toBe(false);
    expect(isComposeFile(parseYaml("web:\n  image: nginx\n"))).toBe(false);
    expect(isComposeFile(undefined)).toBe(false);
  });
});

describe(".env files", () => {
  it("KEY=value lines: export prefixes, quotes and trailing comments dropped; other lines skipped", () => {
    const env = readEnvFile(
      [
        "# versions",
        "POSTGRES_VERSION=16.1",
        "export  NODE_VERSION = 20.11.0   ",
        "  REDIS_TAG=7.2-alpine   # the cache",
        'NGINX_TAG="1.25 # not a comment"',
        "KEYCLOAK='23.0'",
        "HASH=abc#def",
        "MIXED=\"1.0'",
        "EMPTY=",
        "1BAD=1",
        "no equals sign",
        "exported=yes",
      ].join("\r\n"),
    );
    expect([...env]).toStrictEqual([
      ["POSTGRES_VERSION", "16.1"],
      ["NODE_VERSION", "20.11.0"],
      ["REDIS_TAG", "7.2-alpine"],
      ["NGINX_TAG", "1.25 # not a comment"],
      ["KEYCLOAK", "23.0"],
      ["HASH", "abc#def"],
      ["MIXED", "\"1.0'"],
      ["EMPTY", ""],
      ["exported", "yes"],
    ]);
  });
});

describe("substitute", () => {
  const vars = new Map([["TAG", "16"], ["EMPTY", ""], ["NODE_VERSION", "20"]]);
  it("${VAR} and $VAR; unset ones empty, or kept as written with keepUnset", () => {
    expect(substitute("postgres:${TAG}-alpine", vars)).toBe("postgres:16-alpine");
    expect(substitute("node:$NODE_VERSION-slim", vars)).toBe("node:20-slim");
    expect(substitute("redis:${REDIS}", vars)).toBe("redis:");
    expect(substitute("redis:$REDIS", vars)).toBe("redis:");
    expect(substitute("redis:${REDIS}", vars, true)).toBe("redis:${REDIS}");
    expect(substitute("redis:$REDIS", vars, true)).toBe("redis:$REDIS");
    expect(substitute("redis:${EMPTY}", vars, true)).toBe("redis:");
  });

  it("defaults when unset (:- also when empty), alternatives when set (:+ only when not empty), ? errors kept", () => {
    expect(substitute("${TAG:-15}|${MISSING:-15}|${EMPTY:-15}|${EMPTY-15}|${MISSING-15}", vars)).toBe("16|15|15||15");
    expect(substitute("${TAG:+x}|${MISSING:+x}|${EMPTY:+x}|${EMPTY+x}|${MISSING+x}", vars)).toBe("x|||x|");
    expect(substitute("${TAG:?need}|${MISSING:?need a tag}|${EMPTY?set}|${EMPTY:?empty}", vars)).toBe("16|${MISSING:?need a tag}||${EMPTY:?empty}");
    expect(substitute("${MISSING:-}|${TAG:+}", vars)).toBe("|");
  });
});

describe("compose files a compose file takes in", () => {
  it("its include list and its services' extends.file, under any name, relative to its folder; remote ones left out", () => {
    const data = parseYaml(
      [
        "include:",
        "  - infra/db.yml",
        "  - path: [infra/queue.yml, infra/queue.override.yml]",
        "  - oci://registry.example.com/stack:1",
        "services:",
        "  api:",
        "    extends:",
        "      file: infra/common-services.yml",
        "      service: base",
        "  worker:",
        "    extends: { service: api }",
        "",
      ].join("\n"),
    );
    expect(readComposeReferences(data)).toEqual(["infra/db.yml", "infra/queue.yml", "infra/queue.override.yml", "infra/common-services.yml"]);
  });

  it("their services' images are read, each from its own file, and name Docker Compose there", async () => {
    const { document, warnings } = await scan(
      new MemorySource({
        "docker-compose.yml": "include:\n  - infra/db.yml\nservices:\n  api:\n    extends:\n      file: infra/common-services.yml\n      service: base\n",
        "infra/db.yml": "services:\n  db:\n    image: mysql:${MYSQL_TAG}\n",
        "infra/common-services.yml": "services:\n  base:\n    image: php:8.3.3-fpm\n",
        ".env": "MYSQL_TAG=8.3.0\n",
      }),
      { git: false },
    );
    expect(warnings).toEqual([]);
    const byName = new Map(document.tools.map((t) => [t.name, t]));
    expect(byName.get("MySQL")).toMatchObject({ version: "8.3.0", detection_source: "infra/db.yml" });
    expect(byName.get("PHP")).toMatchObject({ version: "8.3.3", detection_source: "infra/common-services.yml" });
    expect(byName.get("Docker Compose")?.detection_source).toBe("docker-compose.yml");
  });
});
