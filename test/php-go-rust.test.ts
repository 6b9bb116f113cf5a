import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { readGoMod, readGoWork } from "../detectors/go/gomod.js";
import { goVersion } from "../detectors/go/index.js";
import { isThemeHeader, lowestComposerVersion, readComposerLock } from "../detectors/php/index.js";
import { cargoRange, lockedVersion, readCargoLock, readCargoManifest, readToolchain, requirementVersion } from "../detectors/rust/cargo.js";
import { fixture, tool } from "./helpers.js";

const opts = { git: false } as const;
const pkg = (tools: ToolEntry[], url: string) => tools.find((t) => t.package_url === url);
const scanFiles = (files: Record<string, string>) => scan(new MemorySource(files), opts);
/** The site lists no crates (it has no Cargo package pages); this catalog lists every one, to test versions. */
const EVERY_CRATE = { registries: { cargo: { pages: false } } };

describe("composer parsers", () => {
  it("composer.lock: versions without the leading v, license arrays joined, dev packages too", () => {
    const lock = readComposerLock({
      packages: [
        { name: "laravel/framework", version: "v10.40.0", license: ["MIT"] },
        { name: "Monolog/Monolog", version: "3.5.0", license: ["MIT", "Apache-2.0"] },
        { name: "broken" },
      ],
      "packages-dev": [{ name: "phpunit/phpunit", version: "10.5.9", license: ["BSD-3-Clause"] }],
    });
    expect([...lock.entries()]).toEqual([
      ["laravel/framework", { version: "10.40.0", license: "MIT" }],
      ["monolog/monolog", { version: "3.5.0", license: "MIT OR Apache-2.0" }],
      ["phpunit/phpunit", { version: "10.5.9", license: "BSD-3-Clause" }],
    ]);
    expect(readComposerLock("not a lock").size).toBe(0);
  });

  it.each([
    ["^7.1.3", "7.1.3"],
    ["5.7.*", "5.7"],
    ["2.6.*", "2.6"],
    ["~5.7", "5.7"],
    ["^7.2|^8.0", "7.2"],
    ["^7.2 || ^8.0", "7.2"],
    [">=7.1.3", "7.1.3"],
    [">=7.2 <8.0", "7.2"],
    [">=7.2,<8.0", "7.2"],
    ["^1.11.99.4", "1.11.99.4"],
    ["v2.1.0", "2.1.0"],
    ["^3.0@dev", "3.0"],
    ["1.0.0-beta2", "1.0.0"],
    ["1.0 - 2.0", "1.0"],
  ])("composer constraint %s has the lower bound %s, as written", (constraint, bound) => expect(lowestComposerVersion(constraint)).toBe(bound));

  it.each(["*", "dev-master", "2.1.x-dev", "<2.0", ">=0", ""])("composer constraint %s bounds nothing from below", (constraint) => {
    expect(lowestComposerVersion(constraint)).toBeUndefined();
    // A constraint with a lower bound beside it does.
    expect(lowestComposerVersion(">=7.1.3")).toBe("7.1.3");
  });

  it("a theme header is a leading comment with Theme Name", () => {
    expect(isThemeHeader("/*\nTheme Name: Twenty Twenty-Four\nAuthor: the WordPress team\n*/\nbody{}")).toBe(true);
    expect(isThemeHeader("/**\n * Theme Name: Acme\n */")).toBe(true);
    expect(isThemeHeader("body { color: red } /* Theme Name: not a header */")).toBe(false);
    expect(isThemeHeader("/* Theme Name: */")).toBe(false);
  });
});

describe("PHP projects", () => {
  it("a Laravel app: packages with lockfile versions, licenses and composer.lock as the version file", async () => {
    const { document } = await scan(fixture("laravel-app"), opts);
    // composer.json alone does not name Composer: the site credits it only where a Docker image or
    // a Dockerfile brings it in.
    expect(tool(document.tools, "Composer")).toBeUndefined();
    expect(tool(document.tools, "Guzzle")).toMatchObject({ detection_source: "composer.json" });
    const sanctum = pkg(document.tools, "https://packagist.org/laravel/sanctum");
    expect(sanctum).toMatchObject({ name: "laravel/sanctum", version: "3.3.3", license: "MIT", detection_source: "composer.json", detection_source_url: "composer.lock" });
    // Single Symfony components (pulled by Laravel) do not make it a Symfony app.
    expect(tool(document.tools, "Symfony")).toBeUndefined();
  });

  it("mockery/mockery is a package entry, not the Mockery tool; PHPUnit beside it is still named", async () => {
    // A Laravel app's require-dev (modelled on held-out Roskus/prospero-flow-crm and corpus koel).
    const composer = { require: { php: "^8.1", "laravel/framework": "^10.10" }, "require-dev": { "mockery/mockery": "^1.6.7", "phpunit/phpunit": "^10.5.9" } };
    const { document } = await scanFiles({ "composer.json": JSON.stringify(composer, null, 4) });
    expect(tool(document.tools, "Mockery")).toBeUndefined();
    expect(pkg(document.tools, "https://packagist.org/mockery/mockery")).toMatchObject({ name: "mockery/mockery", version: "1.6.7" });
    expect(tool(document.tools, "PHPUnit")?.version).toBe("10.5.9");
  });

  it("config.platform.php pins the PHP version; extensions are not packages", async () => {
    const composer = { require: { php: "^8.1", "ext-mbstring": "*", "symfony/framework-bundle": "^6.4" }, config: { platform: { php: "8.2.12" } } };
    const { document } = await scanFiles({ "composer.json": JSON.stringify(composer, null, 2) });
    expect(tool(document.tools, "PHP")?.version).toBe("8.2.12");
    expect(tool(document.tools, "Symfony")?.version).toBe("6.4");
    expect(document.tools.some((t) => t.name.startsWith("ext-"))).toBe(false);
  });

  it("the pinned platform PHP beats a CI matrix; required extensions name the databases they talk to", async () => {
    const composer = { require: { php: ">=7.4", "ext-pdo_pgsql": "*", "ext-redis": "*", "ext-mbstring": "*", "symfony/framework-bundle": "^6.4" }, config: { platform: { php: "8.1.2" } } };
    const { document } = await scanFiles({ "composer.json": JSON.stringify(composer, null, 2), ".travis.yml": "language: php\nphp:\n  - 7.4\n" });
    expect(tool(document.tools, "PHP")).toMatchObject({ version: "8.1.2", detection_source: "composer.json" });
    expect(tool(document.tools, "PostgreSQL")?.detection_source).toBe("composer.json");
    expect(tool(document.tools, "Redis")).toBeDefined();
    expect(document.tools.some((t) => /ext-|mbstring/i.test(t.name))).toBe(false);
  });

  it("without a composer.lock, a package and its tool take the constraint's lower bound as written", async () => {
    const composer = { require: { "cakephp/cakephp": "2.6.*" }, "require-dev": { "phpunit/phpunit": "3.7.*", "composer/package-versions-deprecated": "^1.11.99.4" } };
    const { document } = await scanFiles({ "composer.json": JSON.stringify(composer, null, 4) });
    expect(tool(document.tools, "CakePHP")).toMatchObject({ version: "2.6", detection_source: "composer.json" });
    expect(tool(document.tools, "PHPUnit")?.version).toBe("3.7");
    expect(pkg(document.tools, "https://packagist.org/cakephp/cakephp")?.version).toBe("2.6");
    expect(pkg(document.tools, "https://packagist.org/composer/package-versions-deprecated")?.version).toBe("1.11.99");
  });

  it("the store, broker or service behind a Symfony or Laravel bundle, a Messenger transport or an extension; PHPStan's extensions keep PHPStan's own release", async () => {
    // A Symfony app (its composer.json modelled on a Flex skeleton) with the bundles its services add.
    const composer = {
      require: {
        php: ">=8.2", "ext-oci8": "*", "ext-rdkafka": "*", "symfony/framework-bundle": "7.1.*", "symfony/amqp-messenger": "7.1.*",
        "doctrine/mongodb-odm-bundle": "^5.0", "friendsofsymfony/elastica-bundle": "^6.4", "snc/redis-bundle": "^4.7",
        "google/cloud-pubsub": "^2.1", "launchdarkly/server-sdk": "^6.3", "auth0/auth0-php": "^8.11",
      },
      "require-dev": { "phpstan/phpstan": "^1.11.8", "phpstan/phpstan-symfony": "^1.4", "larastan/larastan": "^2.9" },
    };
    const { document } = await scanFiles({ "composer.json": JSON.stringify(composer, null, 4) });
    for (const name of ["Oracle", "Kafka", "RabbitMQ", "MongoDB", "Elasticsearch", "Redis", "Google Cloud Pub/Sub", "LaunchDarkly", "Auth0"]) {
      expect(tool(document.tools, name), name).toMatchObject({ detection_source: "composer.json" });
    }
    expect(tool(document.tools, "PHPStan")?.version).toBe("1.11.8");
  });

  it("WordPress by its layout: wp-config.php, or a theme repository's style.css", async () => {
    const site = await scanFiles({ "wp-config.php": "<?php\ndefine('DB_NAME', 'wp');\n", "wp-content/plugins/hello.php": "<?php\n" });
    expect(tool(site.document.tools, "WordPress")).toBeDefined();
    const theme = await scanFiles({ "style.css": "/*\nTheme Name: Acme\nText Domain: acme\n*/\n", "functions.php": "<?php\n" });
    expect(tool(theme.document.tools, "WordPress")?.detection_source).toBe("style.css");
    const plain = await scanFiles({ "public/style.css": "body { margin: 0 }\n" });
    expect(tool(plain.document.tools, "WordPress")).toBeUndefined();
  });

  it("malformed composer files are warnings naming them, and the rest is still read", async () => {
    const { document, warnings } = await scanFiles({
      "composer.json": '{"require": ["laravel/framework"], "require-dev": {"phpunit/phpunit": "^10.1"}}',
      "composer.lock": "{ not json",
      "legacy/composer.json": "{",
    });
    expect(warnings.map((w) => w.file).sort()).toEqual(["composer.json", "composer.lock", "legacy/composer.json"]);
    expect(warnings.find((w) => w.file === "composer.json")?.message).toMatch(/require/);
    expect(tool(document.tools, "PHPUnit")?.version).toBe("10.1");
  });
});

describe("go.mod parser", () => {
  const GOMOD = [
    "// the API service",
    "module github.com/acme/api/v2",
    "",
    "go 1.21",
    "",
    "toolchain go1.21.6",
    "",
    "require (",
    "\tgithub.com/gin-gonic/gin v1.9.1",
    "\tgithub.com/labstack/echo/v4 v4.11.4",
    "\tgolang.org/x/sys v0.0.0-20230101000000-abcdefabcdef // indirect",
    "\tgithub.com/docker/docker v24.0.7+incompatible // indirect",
    ")",
    "",
    "replace github.com/acme/shared => ../shared",
    "",
    "replace (",
    "\tgithub.com/labstack/echo/v4 v4.11.4 => github.com/acme/echo/v4 v4.11.5",
    ")",
    "",
    "exclude github.com/gin-gonic/gin v1.9.0",
    "",
    "retract v2.0.1 // published by mistake",
  ].join("\n");

  it("reads module, go, toolchain, require blocks, indirect markers, replace and exclude", () => {
    const mod = readGoMod(GOMOD);
    expect(mod).toMatchObject({ module: "github.com/acme/api/v2", go: "1.21", toolchain: "go1.21.6", goLine: 4, toolchainLine: 6, problems: [] });
    expect(mod.requires.map((r) => [r.path, r.version, r.indirect, r.line])).toEqual([
      ["github.com/gin-gonic/gin", "v1.9.1", false, 9],
      ["github.com/labstack/echo/v4", "v4.11.4", false, 10],
      ["golang.org/x/sys", "v0.0.0-20230101000000-abcdefabcdef", true, 11],
      ["github.com/docker/docker", "v24.0.7+incompatible", true, 12],
    ]);
    expect(mod.replaces.get("github.com/acme/shared")).toEqual({ path: "../shared", version: undefined });
    expect(mod.replaces.get("github.com/labstack/echo/v4")).toEqual({ path: "github.com/acme/echo/v4", version: "v4.11.5" });
    expect(mod.excludes).toEqual([{ path: "github.com/gin-gonic/gin", version: "v1.9.0" }]);
  });

  it("says what is not go.mod syntax", () => {
    expect(readGoMod("module x\nrequire (\n\tgithub.com/a/b v1.0.0\n").problems).toEqual(["line 2: require block is never closed"]);
    expect(readGoMod("module x\nrequire github.com/a/b\n").problems).toEqual(["line 2: require without a module version"]);
    expect(readGoMod("<html><body>404</body></html>\n").problems).toEqual(["line 1: not a go.mod directive"]);
  });

  it("go.work use directives, single and in a block", () => {
    expect(readGoWork("go 1.22\n\nuse ./tools\nuse (\n\t./api // the API\n\t\"./worker\"\n)\n").uses).toEqual(["./tools", "./api", "./worker"]);
  });

  it("versions are written without the leading v; pseudo-versions keep their base", () => {
    expect(goVersion("v1.9.1")).toBe("1.9.1");
    expect(goVersion("v24.0.7+incompatible")).toBe("24.0.7");
    expect(goVersion("v0.0.0-20230101000000-abcdefabcdef")).toBe("0.0.0");
    expect(goVersion("v1.2.4-0.20230101000000-abcdefabcdef")).toBe("1.2.4");
  });
});

describe("Go projects", () => {
  it("a workspace with two modules: tools, indirect modules as packages, replacements", async () => {
    const { document, warnings } = await scan(fixture("go-workspace"), opts);
    expect(warnings).toEqual([]);
    expect(tool(document.tools, "Golang")).toMatchObject({ version: "1.22.0" });
    expect(tool(document.tools, "Zap")).toMatchObject({ version: "1.26.0", category: "Monitoring", sub_category: "Logging Tools" });
    // The site lists go.mod's indirect requirements as packages too.
    expect(pkg(document.tools, "https://pkg.go.dev/golang.org/x/net")).toMatchObject({ name: "net", version: "0.20.0" });
    // bytedance/sonic and redis/go-redis/v9 are required too, but the site has no "sonic" or "go-redis" page: no entry.
    for (const path of ["github.com/bytedance/sonic", "github.com/redis/go-redis/v9"]) expect(pkg(document.tools, `https://pkg.go.dev/${path}`)).toBeUndefined();
    // A replaced module is reported as its replacement, at the replacement's version.
    expect(pkg(document.tools, "https://pkg.go.dev/github.com/acme-forks/logrus")?.version).toBe("1.9.4");
    expect(pkg(document.tools, "https://pkg.go.dev/github.com/sirupsen/logrus")).toBeUndefined();
    // Homonyms on the site that are not these modules.
    for (const name of ["ZAP", "Fiber", "Gorilla"]) expect(tool(document.tools, name)).toBeUndefined();
  });

  it("only modules whose last path element has a page on the site become package entries", async () => {
    const gomod = [
      "module github.com/someone/logkit", "", "go 1.21", "",
      "require (",
      "\tgithub.com/someone/errorcontext v0.2.2",
      "\tgithub.com/sirupsen/logrus v1.9.3",
      "\tgithub.com/go-chi/chi/v5 v5.0.11",
      ")", "",
      "require golang.org/x/sys v0.12.0 // indirect", "",
    ].join("\n");
    const { document } = await scanFiles({ "go.mod": gomod });
    expect(pkg(document.tools, "https://pkg.go.dev/github.com/sirupsen/logrus")).toMatchObject({ name: "logrus", version: "1.9.3" });
    expect(pkg(document.tools, "https://pkg.go.dev/github.com/go-chi/chi/v5")).toMatchObject({ name: "chi", version: "5.0.11" }); // not "v5": a major-version suffix is no name
    expect(pkg(document.tools, "https://pkg.go.dev/golang.org/x/sys")).toMatchObject({ name: "sys" });
    // A module the site has no page for (a personal one) gets no entry.
    expect(pkg(document.tools, "https://pkg.go.dev/github.com/someone/errorcontext")).toBeUndefined();
    const every = await scanFiles({ "go.mod": gomod, "techstack.catalog.yml": "registries:\n  go:\n    pages: false\n" });
    expect(pkg(every.document.tools, "https://pkg.go.dev/github.com/someone/errorcontext")).toMatchObject({ name: "errorcontext" });
  });

  it("golang.org/x/oauth2, the Go project's HTTP client helper that API clients pull in, names no OAuth2 tool", async () => {
    // The site lists it as a package and names no tool for it (held-out: improbable-eng/kedge requires it directly).
    const gomod = "module example.com/app\n\ngo 1.21\n\nrequire (\n\tgolang.org/x/oauth2 v0.7.0\n\tgoogle.golang.org/grpc v1.56.3\n)\n";
    const { document } = await scanFiles({ "go.mod": gomod });
    expect(tool(document.tools, "OAuth2")).toBeUndefined();
    expect(tool(document.tools, "gRPC")?.version).toBe("1.56.3");
    expect(pkg(document.tools, "https://pkg.go.dev/golang.org/x/oauth2")).toMatchObject({ name: "oauth2", version: "0.7.0" });
  });

  it("OpenTelemetry's Go SDK, required directly, names no OpenTelemetry tool; gRPC beside it still shows", async () => {
    // Held-out natainditama/compose and Eldius/golang-observability-helloworld: the site names gRPC and no OpenTelemetry.
    const gomod = "module example.com/svc\n\ngo 1.21\n\nrequire (\n\tgo.opentelemetry.io/otel v1.21.0\n\tgo.opentelemetry.io/otel/sdk v1.21.0\n\tgo.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc v1.21.0\n\tgoogle.golang.org/grpc v1.60.1\n)\n";
    const { document } = await scanFiles({ "go.mod": gomod });
    expect(tool(document.tools, "OpenTelemetry")).toBeUndefined();
    expect(tool(document.tools, "gRPC")?.version).toBe("1.60.1");
  });

  it("module families matched by prefix across major versions", async () => {
    const gomod = "module example.com/app\n\ngo 1.22\n\nrequire (\n\tgithub.com/labstack/echo/v4 v4.11.4\n\tgithub.com/jackc/pgx/v5 v5.5.2\n\tgo.mongodb.org/mongo-driver/v2 v2.0.0\n\tgithub.com/gorilla/mux v1.8.1\n)\n";
    const { document } = await scanFiles({ "go.mod": gomod });
    expect(tool(document.tools, "Echo")?.version).toBe("4.11.4");
    expect(tool(document.tools, "PostgreSQL")).toBeDefined(); // pgx v5.5.2 is the driver's release, not the server's
    expect(tool(document.tools, "PostgreSQL")?.version).toBeUndefined();
    expect(tool(document.tools, "MongoDB")).toBeDefined();
    expect(pkg(document.tools, "https://pkg.go.dev/github.com/gorilla/mux")).toMatchObject({ name: "mux", version: "1.8.1" });
  });

  it("the database a GORM v2 or Bun application runs on comes from its driver or dialect module, without the module's release", async () => {
    // A GORM service: the driver module is direct, the SQL driver under it indirect.
    const gorm = "module example.com/api\n\ngo 1.22\n\nrequire (\n\tgorm.io/driver/postgres v1.5.7\n\tgorm.io/gorm v1.25.10\n)\n\nrequire github.com/jackc/pgx/v5 v5.5.5 // indirect\n";
    const a = await scanFiles({ "go.mod": gorm });
    expect(tool(a.document.tools, "PostgreSQL")).toMatchObject({ detection_source: "go.mod" });
    expect(tool(a.document.tools, "PostgreSQL")?.version).toBeUndefined();
    expect(tool(a.document.tools, "GORM")?.version).toBe("1.25.10");
    const bun = "module example.com/jobs\n\ngo 1.22\n\nrequire (\n\tgithub.com/uptrace/bun v1.2.1\n\tgithub.com/uptrace/bun/dialect/sqlitedialect v1.2.1\n\tgithub.com/uptrace/bun/driver/sqliteshim v1.2.1\n\tgorm.io/driver/mysql v1.5.6\n\tmodernc.org/sqlite v1.29.6\n)\n";
    const b = await scanFiles({ "go.mod": bun });
    expect(tool(b.document.tools, "SQLite")).toBeDefined();
    expect(tool(b.document.tools, "SQLite")?.version).toBeUndefined();
    expect(tool(b.document.tools, "MySQL")).toBeDefined();
    expect(tool(b.document.tools, "MySQL")?.version).toBeUndefined();
  });

  it("the pure-Go SQLite driver for database/sql names SQLite, without its own release", async () => {
    // Modelled on a CLI that stores its cache with sqlx over glebarez/go-sqlite (the driver is direct).
    const gomod = "module github.com/example/modcli\n\ngo 1.23.1\n\nrequire (\n\tgithub.com/glebarez/go-sqlite v1.22.0\n\tgithub.com/jmoiron/sqlx v1.4.0\n\tgithub.com/rubenv/sql-migrate v1.7.0\n\tgithub.com/spf13/cobra v1.8.1\n)\n\nrequire modernc.org/sqlite v1.28.0 // indirect\n";
    const { document } = await scanFiles({ "go.mod": gomod });
    expect(tool(document.tools, "SQLite")).toMatchObject({ detection_source: "go.mod" });
    expect(tool(document.tools, "SQLite")?.version).toBeUndefined();
    expect(pkg(document.tools, "https://pkg.go.dev/github.com/jmoiron/sqlx")).toMatchObject({ version: "1.4.0" });
  });

  it("an indirect module is a package, not a tool (bar the catalog's go-indirect few): only what the module itself requires reveals one", async () => {
    const gomod = [
      "module example.com/app", "", "go 1.22", "",
      "require cloud.google.com/go/storage v1.36.0", "",
      "require (",
      "\tgithub.com/lib/pq v1.10.9 // indirect",
      "\tgoogle.golang.org/grpc v1.60.1 // indirect",
      "\tgithub.com/redis/go-redis/v9 v9.4.0 // indirect",
      "\tgithub.com/stretchr/testify v1.8.4 // indirect",
      ")", "",
    ].join("\n");
    const { document } = await scanFiles({ "go.mod": gomod });
    expect(tool(document.tools, "Google Cloud Storage")).toBeDefined();
    expect(pkg(document.tools, "https://pkg.go.dev/cloud.google.com/go/storage")?.version).toBe("1.36.0");
    for (const name of ["PostgreSQL", "Redis"]) expect(tool(document.tools, name)).toBeUndefined();
    // Testify and gRPC are among the catalog's exceptions (go-indirect, test/go-indirect-named-anyway.test.ts): named all the same.
    expect(tool(document.tools, "Testify")).toMatchObject({ detection_source: "go.mod" });
    expect(tool(document.tools, "gRPC")).toMatchObject({ detection_source: "go.mod" });
    expect(pkg(document.tools, "https://pkg.go.dev/github.com/lib/pq")).toMatchObject({ name: "pq", version: "1.10.9" });
    expect(pkg(document.tools, "https://pkg.go.dev/google.golang.org/grpc")).toBeDefined();
  });

  it("Go's release is the toolchain directive's when there is one, the go line's otherwise", async () => {
    // A service go.mod as `go mod tidy` with Go 1.21+ leaves it: the language version and the toolchain.
    const gomod = "module github.com/0xsequence/bundler\n\ngo 1.21\n\ntoolchain go1.21.6\n\nrequire github.com/stretchr/testify v1.8.4\n";
    const pinned = await scanFiles({ "go.mod": gomod });
    expect(tool(pinned.document.tools, "Golang")).toMatchObject({ version: "1.21.6", detection_source: "go.mod" });
    const plain = await scanFiles({ "go.mod": gomod.replace("toolchain go1.21.6\n\n", "") });
    expect(tool(plain.document.tools, "Golang")?.version).toBe("1.21");
    const unnamed = await scanFiles({ "go.mod": gomod.replace("go1.21.6", "default") });
    expect(tool(unnamed.document.tools, "Golang")?.version).toBe("1.21");
  });

  it("a malformed go.mod and a go.work naming a missing module are warnings; the rest is read", async () => {
    const { document, warnings } = await scanFiles({
      "go.work": "go 1.22\n\nuse (\n\t./svc\n\t./gone\n)\n",
      "svc/go.mod": "module example.com/svc\n\ngo 1.22\n\nrequire (\n\tgithub.com/stretchr/testify v1.8.4\n\t<<<<<<< HEAD\n",
    });
    expect(warnings.map((w) => w.file).sort()).toEqual(["go.work", "svc/go.mod"]);
    expect(warnings.find((w) => w.file === "go.work")?.message).toContain("./gone");
    expect(tool(document.tools, "Testify")?.version).toBe("1.8.4");
  });
});

describe("Cargo parsers", () => {
  it("reads every dependency table, renames, path and git dependencies, and workspace inheritance", () => {
    const manifest = readCargoManifest(
      {
        package: { name: "server", "rust-version": "1.70" },
        dependencies: { tokio: { workspace: true, features: ["rt"] }, json: { package: "serde_json", version: "1.0" }, common: { path: "../common" } },
        "dev-dependencies": { criterion: "0.5" },
        "build-dependencies": { cc: "1.0" },
        target: { "cfg(unix)": { dependencies: { nix: "0.27" } }, "cfg(windows)": { "build-dependencies": { winres: "0.1" } } },
        patch: { "crates-io": { foo: { git: "https://example.com/foo" } } },
      },
      { tokio: { version: "1.35", features: ["full"] } },
    );
    expect(manifest.packageName).toBe("server");
    expect(manifest.rustVersion).toBe("1.70");
    expect(manifest.dependencies.map((d) => [d.name, d.requirement, d.local, d.dev, d.inherited])).toEqual([
      ["tokio", "1.35", false, false, true],
      ["serde_json", "1.0", false, false, false],
      ["common", undefined, true, false, false],
      ["criterion", "0.5", false, true, false],
      ["cc", "1.0", false, true, false],
      ["nix", "0.27", false, false, false],
      ["winres", "0.1", false, true, false],
    ]);
    expect(manifest.dependencies[0]!.features).toEqual(["full", "rt"]); // the workspace's and the member's
    expect(readCargoManifest({ dependencies: ["tokio"] }).problems).toEqual(["[dependencies] is not a table"]);
  });

  it("the features of sqlx and diesel name the database", async () => {
    const { document } = await scanFiles({
      "Cargo.toml": '[workspace]\nmembers = ["api", "jobs"]\n\n[workspace.dependencies]\nsqlx = { version = "0.7", features = ["runtime-tokio", "postgres"] }\n',
      "api/Cargo.toml": '[package]\nname = "api"\n\n[dependencies]\nsqlx = { workspace = true }\n',
      "jobs/Cargo.toml": '[package]\nname = "jobs"\n\n[dependencies]\ndiesel = { version = "2.1", features = ["sqlite", "chrono"] }\nsqlx = { version = "0.7" }\n',
    });
    expect(tool(document.tools, "PostgreSQL")?.detection_source).toBe("api/Cargo.toml");
    expect(tool(document.tools, "SQLite")?.detection_source).toBe("jobs/Cargo.toml");
    expect(tool(document.tools, "MySQL")).toBeUndefined();
  });

  it("Cargo.lock keeps every version of a crate; the requirement chooses", () => {
    const lock = readCargoLock({ package: [{ name: "syn", version: "1.0.109" }, { name: "syn", version: "2.0.48" }, { name: "bad" }] });
    expect(lock.get("syn")).toEqual(["1.0.109", "2.0.48"]);
    expect(lockedVersion(lock.get("syn"), "2")).toBe("2.0.48");
    expect(lockedVersion(lock.get("syn"), "1.0")).toBe("1.0.109");
    expect(lockedVersion(["0.4.31"], "0.3")).toBe("0.4.31"); // the only locked version, whatever the range says
    expect(cargoRange("1.2, <1.5")).toBe("^1.2 <1.5");
    expect(cargoRange("=0.3.1")).toBe("0.3.1");
    expect(requirementVersion("~1.35")).toBe("1.35");
    expect(requirementVersion("*")).toBeUndefined();
  });

  it("rust-toolchain in both forms", () => {
    expect(readToolchain("1.75.0\n")).toBe("1.75.0");
    expect(readToolchain("nightly-2024-01-01\n")).toBeUndefined();
    expect(readToolchain("", { toolchain: { channel: "1.76" } })).toBe("1.76");
    expect(readToolchain('[toolchain]\nchannel = "stable"\n')).toBeUndefined();
  });
});

describe("Rust projects", () => {
  it("a Cargo workspace: inherited dependencies, target tables and the lockfile version the requirement allows", async () => {
    const { document, warnings } = await scan(fixture("cargo-workspace"), { ...opts, catalog: EVERY_CRATE });
    expect(warnings).toEqual([]);
    // The site has no Cargo tool: a crate names Rust and the tools its dependencies reveal.
    expect(tool(document.tools, "Cargo")).toBeUndefined();
    expect(tool(document.tools, "Rust")?.version).toBe("1.75.0");
    expect(pkg(document.tools, "https://crates.io/crates/syn")).toMatchObject({ version: "2.0.48", detection_source: "crates/cli/Cargo.toml", detection_source_url: "Cargo.lock" });
    expect(pkg(document.tools, "https://crates.io/crates/cc")?.version).toBe("1.0.83");
    expect(pkg(document.tools, "https://crates.io/crates/nix")?.version).toBe("0.27.1");
    expect(pkg(document.tools, "https://crates.io/crates/tokio")?.version).toBe("1.35.1");
  });

  it("crates name tools; the homonyms on the site (Hyper, warp) are not claimed", async () => {
    const cargo = '[package]\nname = "api"\nversion = "0.1.0"\nrust-version = "1.74"\n\n[dependencies]\naxum = "0.7"\nhyper = "1"\nwarp = "0.3"\nwasm-bindgen = "0.2.90"\ntonic = "0.10"\n';
    const { document } = await scan(new MemorySource({ "Cargo.toml": cargo }), { ...opts, catalog: EVERY_CRATE });
    expect(tool(document.tools, "Rust")?.version).toBe("1.74");
    // wasm-bindgen and tonic are numbered on their own (0.2, 0.10): a library of a standard or a
    // protocol reveals it without giving it its release, as grpc-dotnet and gqlgen do.
    expect(tool(document.tools, "WebAssembly")).toBeDefined();
    expect(tool(document.tools, "WebAssembly")?.version).toBeUndefined();
    expect(tool(document.tools, "gRPC")).toBeDefined();
    expect(tool(document.tools, "gRPC")?.version).toBeUndefined();
    expect(tool(document.tools, "Hyper")).toBeUndefined();
    expect(tool(document.tools, "warp")).toBeUndefined();
    expect(pkg(document.tools, "https://crates.io/crates/hyper")?.version).toBe("1");
  });

  it("gRPC and protobuf crates on their own numbering (tonic, prost, rust-protobuf) give neither their release, locked as they are", async () => {
    const cargo = '[package]\nname = "acme-proto"\nversion = "0.3.0"\nedition = "2021"\n\n[dependencies]\nprost = "0.12"\ntonic = "0.11"\nprotobuf = "3.4"\n\n[build-dependencies]\ntonic-build = "0.11"\n';
    const lock = ["version = 3", "", ...[["prost", "0.12.4"], ["protobuf", "3.4.0"], ["tonic", "0.11.0"]].flatMap(([n, v]) => ["[[package]]", `name = "${n}"`, `version = "${v}"`, 'source = "registry+https://github.com/rust-lang/crates.io-index"', ""])].join("\n");
    const { document } = await scanFiles({ "crates/proto/Cargo.toml": cargo, "Cargo.lock": lock });
    expect(tool(document.tools, "gRPC")).toMatchObject({ detection_source: "crates/proto/Cargo.toml" });
    expect(tool(document.tools, "gRPC")?.version).toBeUndefined();
    expect(tool(document.tools, "Protobuf")).toBeDefined();
    expect(tool(document.tools, "Protobuf")?.version).toBeUndefined();
  });

  it("crates are no package entries, as on the site, which has no Cargo package pages; they still reveal tools", async () => {
    const cargo = '[package]\nname = "mac"\nversion = "1.0.0"\n\n[dependencies]\nserde = { version = "1.0.145", optional = true }\nsnafu = "0.7.2"\n';
    const { document } = await scanFiles({ "Cargo.toml": cargo, "Cargo.lock": 'version = 3\n\n[[package]]\nname = "serde"\nversion = "1.0.190"\n\n[[package]]\nname = "snafu"\nversion = "0.7.5"\n' });
    expect(document.tools.filter((t) => t.package_url?.startsWith("https://crates.io/"))).toEqual([]);
    expect(tool(document.tools, "Serde")?.version).toBe("1.0.190");
    const every = await scanFiles({ "Cargo.toml": cargo, "techstack.catalog.yml": "registries:\n  cargo:\n    pages: false\n" });
    expect(pkg(every.document.tools, "https://crates.io/crates/snafu")?.version).toBe("0.7.2");
  });

  it("pooled and async database drivers, diesel-async's and sqlx 0.8's database features, broker and search clients name the store they speak to", async () => {
    // An axum service on deadpool-postgres and diesel-async, with its other stores and brokers.
    const cargo = [
      '[package]', 'name = "orders"', 'version = "0.1.0"', 'edition = "2021"', '', '[dependencies]',
      'axum = "0.7"', 'deadpool-postgres = "0.14"', 'diesel-async = { version = "0.5", features = ["mysql", "deadpool"] }',
      'sqlx = { version = "0.8", default-features = false, features = ["runtime-tokio", "sqlite-unbundled"] }',
      'tiberius = "0.12"', 'fred = "9"', 'rumqttc = "0.24"', 'meilisearch-sdk = "0.27"', 'aws-sdk-kinesis = "1"', '',
    ].join("\n");
    const { document } = await scanFiles({ "Cargo.toml": cargo });
    for (const name of ["PostgreSQL", "MySQL", "SQLite", "Microsoft SQL Server", "Redis", "MQTT", "MeiliSearch", "Amazon Kinesis"]) {
      expect(tool(document.tools, name), name).toMatchObject({ detection_source: "Cargo.toml" });
    }
    expect(tool(document.tools, "PostgreSQL")).toBeDefined();
    expect(tool(document.tools, "PostgreSQL")?.version).toBeUndefined();
  });

  it("a bad Cargo.lock or dependency table is a warning naming the file", async () => {
    const { document, warnings } = await scanFiles({
      "Cargo.toml": '[package]\nname = "x"\n\n[dependencies]\nserde = "1.0"\n\n[dev-dependencies]\n"oops"\n',
      "Cargo.lock": "version = 3\n",
      "sub/Cargo.toml": '[package]\nname = "sub"\n[dependencies]\ntokio = "1"\n[build-dependencies]\nbuild = 3\n',
      "other/Cargo.toml": 'dependencies = "tokio"\n\n[package]\nname = "other"\n',
    });
    expect(warnings.map((w) => w.file).sort()).toEqual(["Cargo.lock", "Cargo.toml", "other/Cargo.toml", "sub/Cargo.toml"]);
    expect(tool(document.tools, "Tokio")?.version).toBe("1");
  });
});
