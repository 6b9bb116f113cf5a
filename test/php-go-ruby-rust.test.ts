import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { readGoMod } from "../detectors/go/gomod.js";
import { readGemfile } from "../detectors/ruby/gemfile.js";
import { fixture, tool } from "./helpers.js";

const opts = { git: false } as const;
const pkg = (tools: ToolEntry[], url: string) => tools.find((t) => t.package_url === url);

describe("PHP", () => {
  it("a Laravel app: composer.lock versions and licenses; the PHP constraint gives PHP no release", async () => {
    const { document } = await scan(fixture("laravel-app"), opts);
    expect(tool(document.tools, "Laravel")).toMatchObject({ version: "10.40.0", license: "MIT", detection_source: "composer.json", detection_source_url: "composer.lock" });
    expect(tool(document.tools, "PHPUnit")?.version).toBe("10.5.9");
    expect(tool(document.tools, "Redis")).toBeDefined();
    expect(tool(document.tools, "PHP")).toBeDefined();
    expect(tool(document.tools, "PHP")?.version).toBeUndefined();
    expect(pkg(document.tools, "https://packagist.org/laravel/sanctum")).toMatchObject({ version: "3.3.3", license: "MIT", category: "Build, Test, Deploy", sub_category: "Package Managers" });
    expect(document.tools.some((t) => t.name === "ext-json")).toBe(false);
  });
});

describe("PHP message transports", () => {
  it("Enqueue's transports and a plain-PHP Kafka client name the broker each speaks to", async () => {
    const names = async (packages: Record<string, string>) => {
      const composer = JSON.stringify({ name: "acme/worker", require: { php: ">=8.1", ...packages } });
      const { document } = await scan(new MemorySource({ "composer.json": composer }), opts);
      return document.tools.filter((t) => !t.package_url).map((t) => t.name);
    };
    expect(await names({ "enqueue/rdkafka": "^0.10" })).toContain("Kafka");
    expect(await names({ "nmred/kafka-php": "^0.2" })).toContain("Kafka");
    expect(await names({ "enqueue/amqp-ext": "^0.10" })).toContain("RabbitMQ");
    expect(await names({ "enqueue/amqp-bunny": "^0.10" })).toContain("RabbitMQ");
    expect(await names({ "enqueue/redis": "^0.10" })).toContain("Redis");
  });
});

describe("Go", () => {
  it("reads go.mod blocks, single lines, indirect markers and replacements", () => {
    const mod = readGoMod('module x\n\ngo 1.21\n\nrequire github.com/a/b v1.2.3 // indirect\nrequire (\n\t"github.com/c/d" v0.1.0\n)\nreplace github.com/a/b => github.com/fork/b v1.2.4\n');
    expect(mod.go).toBe("1.21");
    expect(mod.requires).toEqual([
      { path: "github.com/a/b", version: "v1.2.3", indirect: true, line: 5 },
      { path: "github.com/c/d", version: "v0.1.0", indirect: false, line: 7 },
    ]);
    expect(mod.replaces.get("github.com/a/b")).toEqual({ path: "github.com/fork/b", version: "v1.2.4" });
  });

  it("a Go workspace with two modules", async () => {
    const { document } = await scan(fixture("go-workspace"), opts);
    expect(tool(document.tools, "Gin Gonic")?.version).toBe("1.9.1");
    expect(tool(document.tools, "GORM")).toBeDefined();
    expect(tool(document.tools, "Redis")).toBeDefined();
    expect(tool(document.tools, "Testify")?.detection_source).toBe("worker/go.mod");
    expect(tool(document.tools, "Golang")?.version).toBe("1.22.0");
    expect(pkg(document.tools, "https://pkg.go.dev/golang.org/x/sync")).toMatchObject({ name: "sync", version: "0.0.0" });
  });
});

describe("Ruby", () => {
  it("reads gem lines, groups and sources as text", () => {
    const gemfile = readGemfile('ruby "3.2.2"\ngem "rails", "~> 7.1", ">= 7.1.2"\ngroup :test do\n  gem "capybara", require: false\nend\ngem "devise", github: "heartcombo/devise"\n');
    expect(gemfile.ruby).toBe("3.2.2");
    expect(gemfile.gems.map((g) => [g.name, g.requirements, g.groups, g.source])).toEqual([
      ["rails", ["~> 7.1", ">= 7.1.2"], [], undefined],
      ["capybara", [], ["test"], undefined],
      ["devise", [], [], "github"],
    ]);
  });

  it("a Rails app with Gemfile.lock and database.yml", async () => {
    const { document } = await scan(fixture("rails-app"), opts);
    expect(tool(document.tools, "Rails")).toMatchObject({ version: "7.1.2", detection_source_url: "Gemfile.lock" });
    expect(tool(document.tools, "Sidekiq")?.version).toBe("7.2.0");
    expect(tool(document.tools, "PostgreSQL")).toBeDefined();
    expect(tool(document.tools, "Ruby")?.version).toBe("3.2.2");
    // BUNDLED WITH alone, as every lockfile has it, names no Bundler; declaring the gem does (below).
    expect(tool(document.tools, "Bundler")).toBeUndefined();
    expect(pkg(document.tools, "https://rubygems.org/devise")?.version).toBe("4.9.3");
    // The SMTP server production mail goes through; the commented-out one names nothing.
    expect(tool(document.tools, "Twilio SendGrid")).toMatchObject({ detection_source: "config/environments/production.rb" });
    expect(tool(document.tools, "Mailgun")).toBeUndefined();
    // The importmap's downloaded pin (Chart.js, with the colour library it needs); gem-shipped modules name nothing.
    expect(tool(document.tools, "Chart.js")).toMatchObject({ version: "4.4.1", detection_source: "config/importmap.rb" });
  });

  it("Bundler from a declared bundler gem, at the release BUNDLED WITH records; not from the lockfile alone", async () => {
    const lock = "GEM\n  remote: https://rubygems.org/\n  specs:\n    rails (7.1.2)\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  rails (~> 7.1)\n\nBUNDLED WITH\n   2.4.22\n";
    const plain = await scan(new MemorySource({ Gemfile: 'source "https://rubygems.org"\ngem "rails", "~> 7.1"\n', "Gemfile.lock": lock }), opts);
    expect(tool(plain.document.tools, "Bundler")).toBeUndefined();
    expect(tool(plain.document.tools, "Rails")?.version).toBe("7.1.2");
    const declared = await scan(new MemorySource({ Gemfile: 'source "https://rubygems.org"\ngem "bundler"\ngem "rails", "~> 7.1"\n', "Gemfile.lock": lock.replace("  rails (~> 7.1)", "  bundler\n  rails (~> 7.1)") }), opts);
    expect(tool(declared.document.tools, "Bundler")).toMatchObject({ version: "2.4.22", detection_source: "Gemfile" });
  });
});

describe("Rust", () => {
  it("a Cargo workspace: inherited dependencies resolved from the workspace and its lockfile", async () => {
    const { document } = await scan(fixture("cargo-workspace"), opts);
    expect(tool(document.tools, "Tokio")).toMatchObject({ version: "1.35.1", detection_source: "crates/server/Cargo.toml", detection_source_url: "Cargo.lock" });
    expect(tool(document.tools, "Serde")?.version).toBe("1.0.195");
    expect(tool(document.tools, "Actix")?.version).toBe("4.4.1");
    expect(tool(document.tools, "Rust")?.version).toBe("1.75.0");
    expect(document.tools.some((t) => t.name === "common")).toBe(false); // a path dependency
  });

  it("malformed manifests are warnings naming them", async () => {
    const { warnings } = await scan(new MemorySource({ "Cargo.toml": "[package\n", "composer.json": "{", "go.mod": "module x\ngo 1.21\n" }), opts);
    expect(warnings.map((w) => w.file).sort()).toEqual(["Cargo.toml", "composer.json"]);
  });
});

describe("gemspec dependencies and R packages", () => {
  it("a Gemfile with `gemspec` reports the gemspec's dependencies from Gemfile.lock", async () => {
    const { document } = await scan(
      new MemorySource({
        Gemfile: "source 'https://rubygems.org'\ngemspec\ngem 'rubocop'\n",
        "Gemfile.lock": "PATH\n  remote: .\n  specs:\n    barion (0.3.0)\n      rails (>= 6)\n\nGEM\n  remote: https://rubygems.org/\n  specs:\n    faker (3.1.1)\n    rails (7.1.2)\n    rubocop (1.59.0)\n\nDEPENDENCIES\n  barion!\n  faker (~> 3.1)\n  rubocop\n\nBUNDLED WITH\n   2.4.10\n",
      }),
      opts,
    );
    expect(pkg(document.tools, "https://rubygems.org/faker")).toMatchObject({ version: "3.1.1", detection_source: "Gemfile.lock" });
    expect(pkg(document.tools, "https://rubygems.org/barion")).toBeUndefined();
    expect(tool(document.tools, "RuboCop")?.version).toBe("1.59.0");
  });

  it("an R package's DESCRIPTION", async () => {
    const description = "Package: aif360\nVersion: 0.1.0\nDepends: R (>= 3.5.0)\nImports:\n    reticulate (>= 1.16),\n    rstudioapi\nSuggests: testthat, ggplot2\n";
    const { document } = await scan(new MemorySource({ "aif360-r/DESCRIPTION": description }), opts);
    expect(pkg(document.tools, "https://cran.r-project.org/reticulate")?.version).toBe("1.16");
    expect(pkg(document.tools, "https://cran.r-project.org/testthat")).toBeDefined();
    // The package's folder pins R for itself: the site names R without a release (corpus
    // 2lambda123/AIF360, whose aif360-r/DESCRIPTION this is; src/document/version-rules.ts).
    expect(tool(document.tools, "R Language")).toBeDefined();
    expect(tool(document.tools, "R Language")?.version).toBeUndefined();
    const root = await scan(new MemorySource({ DESCRIPTION: description }), opts);
    expect(tool(root.document.tools, "R Language")?.version).toBe("3.5.0");
    expect(tool(document.tools, "ggplot2")).toBeDefined();
  });

  it("R's base packages are not CRAN packages; CRAN entries are the site's package-manager entries; rmarkdown means Markdown", async () => {
    const description = [
      "Package: fitStuff",
      "Version: 0.2.0",
      "Imports:",
      "    ICSNP,",
      "    mvtnorm,",
      "    stats,",
      "    utils,",
      "    methods",
      "Suggests:",
      "    knitr,",
      "    rmarkdown,",
      "    testthat",
      "VignetteBuilder: knitr, rmarkdown",
      "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ DESCRIPTION: description, "R/fit.R": "" }), opts);
    const cran = document.tools.filter((t) => t.package_url?.startsWith("https://cran.r-project.org/")).map((t) => t.name).sort();
    expect(cran).toEqual(["ICSNP", "knitr", "mvtnorm", "rmarkdown", "testthat"]);
    expect(pkg(document.tools, "https://cran.r-project.org/mvtnorm")).toMatchObject({ category: "Build, Test, Deploy", sub_category: "Package Managers" });
    expect(tool(document.tools, "Markdown")).toMatchObject({ detection_source: "DESCRIPTION" });
  });

  it("an renv.lock gives the versions it resolved to the DESCRIPTION's packages, and lists none of its own", async () => {
    const description = "Package: app\nVersion: 0.1.0\nDepends: R (>= 4.1)\nImports:\n    shiny (>= 1.7.0),\n    DT\nSuggests: testthat\n";
    const lock = JSON.stringify({
      R: { Version: "4.3.1", Repositories: [{ Name: "CRAN", URL: "https://cloud.r-project.org" }] },
      Packages: {
        shiny: { Package: "shiny", Version: "1.7.5", Source: "Repository", Repository: "CRAN" },
        DT: { Package: "DT", Version: "0.30", Source: "Repository", Repository: "CRAN" },
        httpuv: { Package: "httpuv", Version: "1.6.11", Source: "Repository", Repository: "CRAN" },
      },
    });
    const { document } = await scan(new MemorySource({ DESCRIPTION: description, "renv.lock": lock, "R/app.R": "" }), opts);
    expect(pkg(document.tools, "https://cran.r-project.org/shiny")?.version).toBe("1.7.5");
    expect(pkg(document.tools, "https://cran.r-project.org/DT")?.version).toBe("0.30");
    expect(pkg(document.tools, "https://cran.r-project.org/testthat")).toBeDefined();
    expect(pkg(document.tools, "https://cran.r-project.org/testthat")?.version).toBeUndefined();
    expect(pkg(document.tools, "https://cran.r-project.org/httpuv")).toBeUndefined();
    expect(tool(document.tools, "Shiny")?.version).toBe("1.7.5");
    expect(tool(document.tools, "R Language")?.version).toBe("4.3.1");
    const broken = await scan(new MemorySource({ DESCRIPTION: description, "renv.lock": "{ not json" }), opts);
    expect(pkg(broken.document.tools, "https://cran.r-project.org/shiny")?.version).toBe("1.7.0");
  });
});
