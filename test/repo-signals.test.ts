import { describe, expect, it } from "vitest";
import { MemorySource, REPO_METADATA, scan } from "../src/index.js";
import { interpreterOf } from "../detectors/languages/read-files.js";
import { fixture, readTree } from "./helpers.js";

const opts = { git: false, timestamp: "2024-01-01T00:00:00Z" } as const;

/** A Node API repository with its ops files: Dockerfile, compose, a workflow, a Helm chart, hooks. */
describe("repository-wide signals on a Node service", () => {
  it("reports languages, containers, CI, deployment and config-file tools with their sources", async () => {
    const { document } = await scan(fixture("node-api-ops"), opts);
    const tools = new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
    const source = (name: string) => tools.get(name)?.detection_source;
    // Languages: TypeScript sources, shell from the husky hook and the bin/scripts interpreters;
    // the Python under docs/ is documentation and is not a language of the repository.
    const languages = document.tools.filter((t) => t.detection_source === REPO_METADATA).map((t) => t.name).sort();
    // (TypeScript and Docker, counted by the language bar, are cited as it: catalog/overrides.yml.)
    expect(languages).toEqual(["Docker", "Git", "Shell", "TypeScript"]);
    expect(tools.has("Python")).toBe(false);
    expect(tools.has("PHP")).toBe(false);
    expect(tools.get("TypeScript")?.version).toBe("5.3.3");
    // Containers: both stages' base image through the ARG, the compose services by image.
    expect(tools.get("Node.js")).toMatchObject({ version: "20.0.0", detection_source: "Dockerfile" });
    expect(tools.get("PostgreSQL")).toMatchObject({ version: "15.4", detection_source: "docker-compose.yml" });
    expect(tools.get("Redis")?.version).toBe("7.2");
    expect(tools.get("NGINX")?.version).toBe("1.25");
    expect(tools.has("Docker")).toBe(true);
    expect(source("Docker Compose")).toBe("docker-compose.yml");
    // CI and services.
    expect(source("GitHub Actions")).toBe(".github/workflows/ci.yml");
    expect(source("Codecov")).toBe(".github/workflows/ci.yml");
    expect(source("Dependabot")).toBe(".github/dependabot.yml");
    // Deployment.
    expect(tools.has("Helm")).toBe(false); // a chart names Kubernetes alone (stop 53)
    expect(source("Kubernetes")).toBe("deploy/helm/Chart.yaml");
    // The Procfile is read by Heroku, Dokku, Scalingo, buildpacks and foreman alike: no platform from it.
    expect(tools.has("Heroku")).toBe(false);
    // Config files.
    expect(source("EditorConfig")).toBe(".editorconfig");
    expect(source("husky")).toBe(".husky/pre-commit");
    expect(tools.has("ESLint") && tools.has("Prettier") && tools.has("Jest")).toBe(true);
  });

  it("knows the linters' and formatters' newer config file names (TypeScript and ESM variants)", async () => {
    const sourceOf = async (files: Record<string, string>) => {
      const { document } = await scan(new MemorySource(files), opts);
      return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t.detection_source]));
    };
    const found = await sourceOf({
      "eslint.config.mts": 'import js from "@eslint/js";\nexport default [js.configs.recommended];\n',
      "prettier.config.ts": 'import type { Config } from "prettier";\nexport default { semi: false } satisfies Config;\n',
      ".stylelintrc.cjs": 'module.exports = { extends: ["stylelint-config-standard"] };\n',
      "lint-staged.config.mjs": 'export default { "*.ts": "eslint --fix" };\n',
    });
    expect(found.get("ESLint")).toBe("eslint.config.mts");
    expect(found.get("Prettier")).toBe("prettier.config.ts");
    expect(found.get("Stylelint")).toBe(".stylelintrc.cjs");
    expect(found.get("lint-staged")).toBe("lint-staged.config.mjs");
    expect((await sourceOf({ ".prettierrc.json5": "{ semi: false }\n", ".lintstagedrc.yaml": '"*.ts": eslint --fix\n' })).get("Prettier")).toBe(".prettierrc.json5");
    expect((await sourceOf({ ".lintstagedrc.yaml": '"*.ts": eslint --fix\n' })).get("lint-staged")).toBe(".lintstagedrc.yaml");
    expect((await sourceOf({ "eslint.config.json": "{}\n" })).get("ESLint")).toBeUndefined(); // not a name ESLint reads
  });

  it("knows test runners', ORMs' and frameworks' own files without a manifest naming them", async () => {
    const { document } = await scan(new MemorySource({
      // a Laravel skeleton: artisan at the root, PHPUnit's and PHPStan's dist files
      "artisan": "#!/usr/bin/env php\n<?php\n",
      "phpunit.xml.dist": '<?xml version="1.0"?>\n<phpunit bootstrap="vendor/autoload.php"/>\n',
      "phpstan.neon.dist": "parameters:\n  level: 5\n",
      // a Node API's Mocha options and Knex connections
      "api/.mocharc.yml": "spec: test/**/*.spec.js\n",
      "api/knexfile.js": "module.exports = { client: 'pg' };\n",
      ".releaserc.json": '{ "branches": ["main"] }\n',
      "MLproject": "name: churn\nentry_points:\n  main:\n    command: python train.py\n",
    }), opts);
    const source = new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t.detection_source]));
    expect(source.get("Laravel")).toBe("artisan");
    expect(source.get("PHPUnit")).toBe("phpunit.xml.dist");
    expect(source.get("PHPStan")).toBe("phpstan.neon.dist");
    expect(source.get("Mocha")).toBe("api/.mocharc.yml");
    expect(source.get("Knex.js")).toBe("api/knexfile.js");
    expect(source.get("semantic-release")).toBe(".releaserc.json");
    expect(source.get("MLflow")).toBe("MLproject");
    // artisan names Laravel at the root only: a package's own artisan stub is not the application's
    expect((await scan(new MemorySource({ "tools/artisan": "" }), opts)).document.tools.some((t) => t.name === "Laravel")).toBe(false);
  });

  it("names Heroku from heroku.yml, not from a Procfile alone", async () => {
    const heroku = async (files: Record<string, string>) => {
      const { document } = await scan(new MemorySource(files), opts);
      return document.tools.find((t) => t.name === "Heroku" && !t.package_url)?.detection_source;
    };
    const procfile = "web: python manage.py migrate && gunicorn site.wsgi\n";
    expect(await heroku({ Procfile: procfile, "requirements.txt": "Django==3.0\ngunicorn==20.1.0\n" })).toBeUndefined();
    expect(await heroku({ Procfile: procfile, "heroku.yml": "build:\n  docker:\n    web: Dockerfile\n" })).toBe("heroku.yml");
  });

  it("names Heroku from a Procfile that starts Heroku's PHP buildpack scripts (held-out 2lambda123/monica)", async () => {
    const heroku = async (files: Record<string, string>) => {
      const { document } = await scan(new MemorySource(files), opts);
      return document.tools.find((t) => t.name === "Heroku" && !t.package_url)?.detection_source;
    };
    const composer = JSON.stringify({ require: { "laravel/framework": "^9.52" } });
    const procfile = "web: vendor/bin/heroku-php-nginx -C nginx_app.conf /public\nqueue: php artisan queue:work --sleep=3 --tries=3\n";
    expect(await heroku({ Procfile: procfile, "composer.json": composer })).toBe("Procfile");
    expect(await heroku({ Procfile: "web: vendor/bin/heroku-php-apache2 public/\n", "composer.json": composer })).toBe("Procfile");
    // Another platform's or a generic PHP command names none.
    expect(await heroku({ Procfile: "web: php -S 0.0.0.0:$PORT -t public\n", "composer.json": composer })).toBeUndefined();
  });

  it("any Gradle script shows Gradle, not only build and settings scripts", async () => {
    const gradle = async (files: Record<string, string>) => {
      const { document } = await scan(new MemorySource(files), opts);
      return document.tools.find((t) => t.name === "Gradle" && !t.package_url)?.detection_source;
    };
    expect(await gradle({ "app/App_Resources/Android/app.gradle": "android {\n  defaultConfig { minSdkVersion 17 }\n}\n" })).toBe("app/App_Resources/Android/app.gradle");
    expect(await gradle({ "gradle/publish.gradle.kts": "plugins { `maven-publish` }\n" })).toBe("gradle/publish.gradle.kts");
    expect(await gradle({ "docs/gradle.md": "# Gradle\n", "gradle.properties": "org.gradle.jvmargs=-Xmx2g\n" })).toBeUndefined();
  });

  it("gives the same document from memory as from the directory", async () => {
    const fromDir = await scan(fixture("node-api-ops"), opts);
    const fromMemory = await scan(new MemorySource(readTree(fixture("node-api-ops"))), { ...opts, repo: { repo_name: "node-api-ops" } });
    expect(fromMemory.document).toEqual(fromDir.document);
  });

  it("reads interpreters from #! lines", () => {
    expect(interpreterOf("#!/usr/bin/env bash\nset -e\n")).toBe("bash");
    expect(interpreterOf("#!/usr/bin/env -S python3 -u\n")).toBe("python");
    expect(interpreterOf("#!/usr/local/bin/ruby2.7 -w")).toBe("ruby");
    expect(interpreterOf("#!/bin/sh")).toBe("sh");
    expect(interpreterOf("echo no shebang")).toBeUndefined();
    expect(interpreterOf(undefined)).toBeUndefined();
  });
});

describe("Visual Studio Code", () => {
  it("is named from a workspace's .vscode/tasks.json, not from launch or settings files alone", async () => {
    const names = async (files: Record<string, string>) => (await scan(new MemorySource({ "package.json": "{}", ...files }), { git: false })).document.tools.map((t) => t.name);
    expect(await names({ ".vscode/launch.json": "{}", ".vscode/settings.json": "{}", ".vscode/extensions.json": "{}" })).not.toContain("Visual Studio Code");
    expect(await names({ ".vscode/tasks.json": '{ "version": "2.0.0", "tasks": [] }' })).toContain("Visual Studio Code");
  });
});
