import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { readKamalAccessories } from "../detectors/docker/index.js";
import { readPhpExtensionInstalls } from "../detectors/docker/dockerfile.js";

// PHP and Ruby web tools the site lists under the import threshold, each from its own package,
// image or file: Kamal (the kamal gem, config/deploy.yml and its accessories' images), Solid Queue
// (the solid_queue gem), Solid Cache (the solid_cache gem), Laravel Breeze (laravel/breeze), FrankenPHP (the dunglas/frankenphp image).

const opts = { git: false } as const;
const toolsOf = async (files: Record<string, string>) => {
  const { document, warnings } = await scan(new MemorySource(files), opts);
  expect(warnings).toEqual([]);
  return document.tools.filter((t: ToolEntry) => !t.package_url).map((t) => `${t.name}${t.version ? ` ${t.version}` : ""} (${t.detection_source})`).sort();
};

const GEMFILE = `source "https://rubygems.org"
ruby "3.3.6"
gem "rails", "~> 8.0.0"
gem "solid_queue"
gem "solid_cache"
gem "kamal", require: false
`;
const LOCK = `GEM
  remote: https://rubygems.org/
  specs:
    kamal (2.4.0)
      sshkit (>= 1.23.0, < 2.0)
    rails (8.0.1)
    solid_cache (1.0.6)
      activejob (>= 7.2)
    solid_queue (1.1.2)
      activejob (>= 7.1)

PLATFORMS
  x86_64-linux

DEPENDENCIES
  kamal
  rails (~> 8.0.0)
  solid_cache
  solid_queue

BUNDLED WITH
   2.5.23
`;
const DEPLOY = `service: myapp
image: acme/myapp
servers:
  web:
    - 192.168.0.1
registry:
  server: ghcr.io
  username: acme
accessories:
  db:
    image: postgres:16.4
    host: 192.168.0.2
    port: "127.0.0.1:5432:5432"
  cache:
    image: redis:7.2
    host: 192.168.0.2
`;

describe("PHP and Ruby web tools", () => {
  it("Rails 8: Kamal, Solid Queue and Solid Cache from their gems at the locked release, accessories' servers from deploy.yml", async () => {
    const tools = await toolsOf({ Gemfile: GEMFILE, "Gemfile.lock": LOCK, "config/deploy.yml": DEPLOY });
    expect(tools).toEqual(expect.arrayContaining(["Kamal 2.4.0 (Gemfile)", "Solid Queue 1.1.2 (Gemfile)", "Solid Cache 1.0.6 (Gemfile)", "PostgreSQL 16.4 (config/deploy.yml)", "Redis 7.2 (config/deploy.yml)"]));
  });

  it("Kamal from a deploy.yml alone; a config/deploy.yml of another kind names nothing", async () => {
    expect(await toolsOf({ "config/deploy.yml": DEPLOY })).toEqual(expect.arrayContaining(["Kamal (config/deploy.yml)", "PostgreSQL 16.4 (config/deploy.yml)"]));
    // A Rails app in a folder of the repository deploys with its own config/deploy.yml.
    expect(await toolsOf({ "backend/config/deploy.yml": DEPLOY })).toEqual(expect.arrayContaining(["Kamal (backend/config/deploy.yml)", "PostgreSQL 16.4 (backend/config/deploy.yml)", "Redis 7.2 (backend/config/deploy.yml)"]));
    expect(readKamalAccessories({ production: { branch: "main", host: "example.com" } })).toBeUndefined();
    expect(readKamalAccessories({ accessories: { db: { image: "mysql:8.0", host: "1.2.3.4" } } })).toEqual(["mysql:8.0"]);
    expect(readKamalAccessories({ accessories: { db: { port: 3306 } } })).toBeUndefined();
  });

  it("Laravel Breeze from laravel/breeze, FrankenPHP from its image", async () => {
    const tools = await toolsOf({
      "composer.json": JSON.stringify({ require: { php: "^8.2", "laravel/framework": "^11.9" }, "require-dev": { "laravel/breeze": "^2.1" } }),
      "composer.lock": JSON.stringify({ packages: [{ name: "laravel/framework", version: "v11.14.0" }], "packages-dev": [{ name: "laravel/breeze", version: "v2.1.1" }] }),
      Dockerfile: "FROM dunglas/frankenphp:1.2-php8.3\nWORKDIR /app\n",
    });
    expect(tools).toEqual(expect.arrayContaining(["Laravel Breeze 2.1.1 (composer.json)", "Laravel 11.14.0 (composer.json)", "FrankenPHP 1.2.0 (Dockerfile)"]));
  });

  it("Sidekiq from sidekiq-pro / sidekiq-ent (numbered apart), Laravel Vapor from vapor.yml", async () => {
    const gemfile = 'source "https://rubygems.org"\ngem "rails"\nsource "https://gems.contribsys.com/" do\n  gem "sidekiq-pro"\n  gem "sidekiq-ent"\nend\n';
    const tools = await toolsOf({ Gemfile: gemfile });
    expect(tools.filter((t) => t.startsWith("Sidekiq"))).toEqual(["Sidekiq (Gemfile)"]);
    const vapor = await toolsOf({ "vapor.yml": "id: 12345\nname: acme\nenvironments:\n  production:\n    runtime: 'php-8.3:al2'\n" });
    expect(vapor).toContain("Laravel Vapor (vapor.yml)");
  });

  it("the PHP extensions a PHP image's build installs name their services", async () => {
    const dockerfile = `FROM php:8.3-fpm-bookworm
RUN apt-get update && apt-get install -y libpq-dev \\
    && docker-php-ext-configure gd --with-jpeg \\
    && docker-php-ext-install -j$(nproc) pdo_pgsql gd \\
    && pecl install redis-6.0.2 \\
    && docker-php-ext-enable redis
RUN install-php-extensions mongodb^1.17 @composer xdebug
`;
    expect(readPhpExtensionInstalls(dockerfile).map((e) => `${e.name}:${e.line}`)).toEqual(["pdo_pgsql:2", "gd:2", "redis:2", "mongodb:7", "xdebug:7"]);
    const tools = await toolsOf({ Dockerfile: dockerfile });
    expect(tools).toEqual(expect.arrayContaining(["PostgreSQL (Dockerfile)", "Redis (Dockerfile)", "MongoDB (Dockerfile)", "PHP 8.3.0 (Dockerfile)"]));
    // apt-get's packages and a configure step are no installs
    expect(readPhpExtensionInstalls("FROM php:8\nRUN apt-get install -y redis && docker-php-ext-configure pgsql\n")).toEqual([]);
  });

  it("Stimulus at @hotwired/stimulus's release (its vendor's scope, not another vendor's wrapper)", async () => {
    const tools = await toolsOf({ "package.json": JSON.stringify({ dependencies: { "@hotwired/stimulus": "^3.2.2", "@hotwired/turbo-rails": "^8.0.4" } }) });
    expect(tools).toContain("Stimulus 3.2.2 (package.json)");
  });

  it("API Platform 4's split packages and Symfony's orm-pack", async () => {
    const tools = await toolsOf({
      "composer.json": JSON.stringify({ require: { php: ">=8.2", "api-platform/symfony": "^4.0", "symfony/orm-pack": "^2.4", "symfony/framework-bundle": "7.1.*" } }),
      "composer.lock": JSON.stringify({ packages: [{ name: "api-platform/symfony", version: "v4.0.4" }, { name: "symfony/orm-pack", version: "v2.4.1" }, { name: "doctrine/orm", version: "3.2.2" }, { name: "symfony/framework-bundle", version: "v7.1.5" }] }),
    });
    expect(tools).toEqual(expect.arrayContaining(["API Platform 4.0.4 (composer.json)", "Doctrine 2 3.2.2 (composer.json)", "Symfony 7.1.5 (composer.json)"]));
    const laravel = await toolsOf({ "composer.json": JSON.stringify({ require: { "api-platform/laravel": "^4.0", "laravel/framework": "^11.0" } }) });
    expect(laravel).toContain("API Platform 4.0 (composer.json)");
  });
});
