import { describe, expect, it } from "vitest";
import { elixirDetector } from "../detectors/elixir/index.js";
import { haskellDetector } from "../detectors/haskell/index.js";
import { rDetector } from "../detectors/r/index.js";
import { toolVersionsDetector } from "../detectors/tool-versions/index.js";
import { byFile, detectorFindings } from "./detector-findings.js";
import { MemorySource, scan } from "../src/index.js";

// The Elixir, Haskell, R and version-manager readers finding by finding, on files laid out as
// projects write them: a Phoenix app with its mix.lock and config.exs and an umbrella app, a
// .cabal package with internal libraries, test and benchmark stanzas, an R package with renv.lock,
// and asdf's .tool-versions beside mise.toml with its registry backends.

const mixExs = `defmodule Shop.MixProject do
  use Mix.Project

  def project do
    [
      app: :shop,
      version: "0.1.0",
      elixir: "~> 1.15",
      deps: deps()
    ]
  end

  defp deps do
    [
      {:phoenix, "~> 1.7.10"},
      {:phoenix_live_view, ">= 0.20.1"},
      {:ecto_sql, "~> 3.10"},
      {:jason_fork, "~> 1.4", hex: :jason},
      {:tailwind, "~> 0.2", runtime: Mix.env() == :dev},
      {:credo, "~> 1.7", only: [:dev, :test], runtime: false},
      {:sentry, "~> 10.0", only: :prod},
      {:heroicons, github: "tailwindlabs/heroicons", tag: "v2.1.1", sparse: "optimized", app: false, compile: false, depth: 1},
      {:shared, path: "../shared"},
      {:sibling, in_umbrella: true},
      {:override_me, only: :test, override: true},
      {:bare},
      {:no_warn, "priv/plts/dialyzer.plt"},
      # {:commented, "~> 1.0"},
      {:phoenix, "~> 1.6"}
    ]
  end
end
`;
const mixLock = `%{
  "phoenix": {:hex, :phoenix, "1.7.10", "02189140a61b2ce85bb633a9b6fd02dff705a5f1596869547aeb2b2b95edd729", [:mix], [], "hexpm", "cf784932e010fd736d656d7fead6a584a4498efefe5b8227e9f383bf15bb79d0"},
  "ecto_sql": {:hex, :ecto_sql, "3.11.1", "x", [:mix], [], "hexpm", "y"},
  "jason_fork": {:hex, :jason, "1.4.1", "x", [:mix], [], "hexpm", "y"},
  "plug_cowboy": {:hex, :plug_cowboy, "2.6.1", "x", [:mix], [], "hexpm", "y"},
  "cowboy": {:hex, :cowboy, "2.10.0", "x", [:make, :rebar3], [], "hexpm", "y"},
  "postgrex": {:hex, :postgrex, "0.17.4", "x", [:mix], [], "hexpm", "y"},
  "heroicons": {:git, "https://github.com/tailwindlabs/heroicons.git", "88ab3a0d790e6a47404cba02800a6b25d2afae50", [tag: "v2.1.1"]},
}
`;
const config = `import Config

# config :esbuild, version: "0.0.1"
config :esbuild,
  version: "0.17.11",
  default: []

config :tailwind, version: "3.4.0", default: [args: ~w()]
config :shop, version: "not-a-version"
  config :dart_sass, version: "1.69.5"
`;

const elixirTree: Record<string, string> = {
  "mix.exs": mixExs, "mix.lock": mixLock, "config/config.exs": config,
  "apps/web/mix.exs": 'defmodule Web.MixProject do\n  defp deps, do: [{:phoenix, "~> 1.7"}, {:plug_cowboy, "~> 2.6"}]\nend\n',
  "tools/config/config.exs": 'config :tailwind, version: "3.3.0"\n',
};

const cabal = `cabal-version:      3.0
name:               shop-api
version:            0.1.0.0
-- build-depends: commented-out

common warnings
    ghc-options: -Wall

library
    import:           warnings
    exposed-modules:  Shop.Api
    build-depends:    base ^>=4.18.0.0,
                      aeson >= 2.1 && < 2.3,
                      text,
                      -- a comment between entries
                      servant-server == 0.20.*,
                      shop-api:internal,
                      containers
    hs-source-dirs:   src

library internal
    build-depends: base, bytestring >=0.11

executable shop
    main-is: Main.hs
    Build-Depends:
        base
      , shop-api
      , warp -any
      , optparse-applicative   >=0.17   -- CLI flags

test-suite spec
    type: exitcode-stdio-1.0
    build-depends: base, hspec >= 2.10, aeson, bytestring

benchmark bench
    build-depends: criterion ^>= 1.6, containers
`;

const cabalTree: Record<string, string> = { "shop-api.cabal": cabal, "lib/tiny.cabal": "name: tiny\nlibrary\n  build-depends: base >=4 && <5, mtl\n" };

const description = `Package: tidyshop
Type: Package
Title: Shop Analytics
Version: 0.3.0
Depends:
    R (>= 4.1.0),
    methods
Imports: dplyr (>= 1.1.0), ggplot2,
    stats, data.table (>=1.14.8),
    shiny
Suggests:
    testthat (>= 3.0.0),
    knitr
LinkingTo: Rcpp
Enhances: parallelly
Config/testthat/edition: 3
`;
const renv = { R: { Version: "4.3.2", Repositories: [] }, Packages: { dplyr: { Package: "dplyr", Version: "1.1.4" }, "ggplot2": { Version: "3.4.4" }, shiny: { Package: "shiny" }, testthat: "3.2.0", Rcpp: { Package: "Rcpp", Version: "1.0.11" } } };

const rTree: Record<string, string> = {
  "DESCRIPTION": description, "renv.lock": JSON.stringify(renv),
  "pkg/sub/DESCRIPTION": "Package: sub\nImports: dplyr\nDepends: R (>= 3.5)\n",
  "other/DESCRIPTION": "Title: not a package\nImports: dplyr\n",
  "other/renv.lock": JSON.stringify({ Packages: { dplyr: { Version: "1.0.0" } } }),
  "broken/renv.lock": JSON.stringify({ R: { Version: "4.0.0" } }),
  "broken/DESCRIPTION": "Package: b\nDepends: R (>= 4.0)\n",
  "nor/DESCRIPTION": "Package: n\nImports: glue\n",
  "nor/renv.lock": JSON.stringify({ Packages: { glue: { Version: "1.7.0" } } }),
};



const toolVersionsTree: Record<string, string> = {
  ".tool-versions": "nodejs 20.11.0 18.19.0\npython 3.12.1 # the app's\n# ruby 3.3.0\nerlang\njava temurin-21.0.2+13.0.LTS\nelixir 1.16.1-otp-26\ngolang v1.22\nterraform latest\n\nrust 1.75\n",
  "mise.toml": '[env]\nNODE_ENV = "development"\n\n[tools]\nnode = "22"\npython = ["3.12", "3.11"]\n"core:ruby" = { version = "3.3.0" }\n"npm:prettier" = "3.2.5"\n"npm:@biomejs/biome@1" = "1.5.3"\n"pipx:black" = "24.1.0"\n"cargo:ripgrep" = "14.1.0"\n"gem:rubocop" = "1.60.0"\n"go:github.com/golangci/golangci-lint/cmd/golangci-lint" = "1.55.2"\n"ubi:cli/cli" = "2.42.0"\nbun = "system"\ndeno = 1\n',
  "svc/.mise.toml": 'tools = "node"\n',
  "api/.mise.toml": '[tools]\nGo = "1.22.0"\n',
};

describe("the Elixir, Haskell, R and version-manager readers", () => {
  it("mix.exs: Hex dependencies with their mix.lock releases, renamed packages, dev-only ones; the lock's other packages as installed; config.exs installer releases", async () => {
    const { findings, warnings } = await detectorFindings(elixirDetector, elixirTree);
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      "apps/web/mix.exs": [
        "hex:cowboy ->2.10.0 (mix.lock) installed",
        "hex:postgrex ->0.17.4 (mix.lock) installed",
        "runtime:elixir",
        "hex:phoenix@2 ~> 1.7 ->1.7.10 (mix.lock)",
        "hex:plug_cowboy@2 ~> 2.6 ->2.6.1 (mix.lock)"
      ],
      "config/config.exs": [
        "mix-config:esbuild@4 ->0.17.11",
        "mix-config:tailwind@8 ->3.4.0",
        "mix-config:dart_sass@10 ->1.69.5"
      ],
      "mix.exs": [
        "hex:cowboy ->2.10.0 (mix.lock) installed",
        "hex:plug_cowboy ->2.6.1 (mix.lock) installed",
        "hex:postgrex ->0.17.4 (mix.lock) installed",
        "runtime:elixir ~> 1.15",
        "hex:phoenix@15 ~> 1.7.10 ->1.7.10 (mix.lock)",
        "hex:phoenix_live_view@16 >= 0.20.1 ->0.20.1",
        "hex:ecto_sql@17 ~> 3.10 ->3.11.1 (mix.lock)",
        "hex:jason@18 ~> 1.4 ->1.4.1 (mix.lock)",
        "hex:tailwind@19 ~> 0.2 ->0.2",
        "hex:credo@20 ~> 1.7 ->1.7 dev",
        "hex:sentry@21 ~> 10.0 ->10.0",
        // a GitHub source: the library, at the release its tag pins (mix.lock holds a commit)
        "hex:heroicons@22 ->2.1.1",
        "hex:override_me@25 dev"
      ]
    });
  });

  it(".cabal: every stanza's build-depends, continued and commented lines, the package's own libraries left out, a library's dependency outranking a test's", async () => {
    const { findings, warnings } = await detectorFindings(haskellDetector, cabalTree);
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      "lib/tiny.cabal": [
        "hackage:base >=4 && <5 ->4 direct",
        "hackage:mtl direct"
      ],
      "shop-api.cabal": [
        "hackage:aeson >= 2.1 && < 2.3 ->2.1 direct",
        "hackage:base ^>=4.18.0.0 ->4.18.0.0 direct",
        "hackage:bytestring >=0.11 ->0.11 direct",
        "hackage:containers direct",
        "hackage:criterion ^>= 1.6 ->1.6 direct dev",
        "hackage:hspec >= 2.10 ->2.10 direct dev",
        "hackage:optparse-applicative >=0.17 ->0.17 direct",
        "hackage:servant-server == 0.20.* ->0.20 direct",
        "hackage:text direct",
        "hackage:warp -any direct"
      ]
    });
  });

  it("DESCRIPTION: Depends, Imports, Suggests and LinkingTo without R's base packages, at the releases the nearest renv.lock resolved", async () => {
    const { findings, warnings } = await detectorFindings(rDetector, rTree);
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      "broken/DESCRIPTION": [
        "runtime:r 4.0 ->4.3.2 (renv.lock)"
      ],
      "DESCRIPTION": [
        "cran:data.table 1.14.8 ->1.14.8 direct",
        "cran:dplyr 1.1.0 ->1.1.4 (renv.lock) direct",
        "cran:ggplot2 ->3.4.4 (renv.lock) direct",
        "cran:knitr direct dev",
        "cran:Rcpp ->1.0.11 (renv.lock) direct",
        "cran:shiny direct",
        "cran:testthat 3.0.0 ->3.0.0 direct dev",
        "runtime:r 4.1.0 ->4.3.2 (renv.lock)"
      ],
      "nor/DESCRIPTION": [
        "cran:glue ->1.7.0 (nor/renv.lock) direct"
      ],
      "pkg/sub/DESCRIPTION": [
        "cran:dplyr ->1.1.4 (renv.lock) direct",
        "runtime:r 3.5 ->4.3.2 (renv.lock)"
      ]
    });
  });

  it(".tool-versions and mise.toml: each pinned runtime at its first version, mise's registry backends as packages, names without a version left bare", async () => {
    const { findings, warnings } = await detectorFindings(toolVersionsDetector, toolVersionsTree);
    expect(warnings).toEqual([]);
    // Node.js and Python, which the root's mise.toml pins too, are left to it, as mise reads them.
    expect(byFile(findings)).toEqual({
      ".tool-versions": [
        "version-manager:java@5 ->21.0.2",
        "version-manager:elixir@6 ->1.16.1",
        "version-manager:golang@7 ->1.22",
        "version-manager:terraform@8",
        "version-manager:rust@10 ->1.75"
      ],
      "api/.mise.toml": [
        "version-manager:go@2 ->1.22.0"
      ],
      "mise.toml": [
        "version-manager:node@5 ->22.0.0",
        "version-manager:python@6 ->3.12",
        "version-manager:ruby@7 ->3.3.0",
        "npm:prettier@8 ->3.2.5",
        "npm:@biomejs/biome@9 ->1.5.3",
        "pypi:black@10 ->24.1.0",
        "cargo:ripgrep@11 ->14.1.0",
        "rubygems:rubocop@12 ->1.60.0",
        "go:github.com/golangci/golangci-lint/cmd/golangci-lint@13 ->1.55.2",
        "version-manager:ubi:cli/cli@14 ->2.42.0",
        "version-manager:bun@15"
      ]
    });
  });
});

describe("the version-manager reader, line by line", () => {
  it("a distribution's prefix gives Java's release, but another implementation's number is not the tool's", async () => {
    const toolVersions = [
      "java temurin-jre-21.0.2+13.0.LTS",
      "ruby jruby-9.4.5.0",
      "python mambaforge-22.9.0-3",
      "nodejs ref:v20.11.0",
      "golang path:/opt/go-1.22.0",
      "",
    ].join("\n");
    const { findings } = await detectorFindings(toolVersionsDetector, { ".tool-versions": toolVersions, "svc/.tool-versions": "java graalvm-community-21.0.2\nerlang 26.2.1\n" });
    expect(byFile(findings)).toEqual({
      ".tool-versions": [
        "version-manager:java@1 ->21.0.2",
        "version-manager:ruby@2",
        "version-manager:python@3",
        "version-manager:nodejs@4",
        "version-manager:golang@5",
      ],
      "svc/.tool-versions": ["version-manager:java@1 ->21.0.2", "version-manager:erlang@2 ->26.2.1"],
    });
  });

  it("aligned columns and indented lines; a mise backend's `@version` suffix; a broken mise.toml warns", async () => {
    const { findings, warnings } = await detectorFindings(toolVersionsDetector, {
      ".tool-versions": "nodejs    20.11.0\npython\t3.12.1\n  ruby 3.3.0\n",
      "mise.toml": '[tools]\n"go:golang.org/x/tools/gopls@latest" = "0.15.3"\n"npm:prettier@3" = "3.2.5"\n',
      "tools/mise.toml": "[tools\nnode = 22\n",
    });
    expect(byFile(findings)).toEqual({
      ".tool-versions": ["version-manager:nodejs@1 ->20.11.0", "version-manager:python@2 ->3.12.1", "version-manager:ruby@3 ->3.3.0"],
      "mise.toml": ["go:golang.org/x/tools/gopls@2 ->0.15.3", "npm:prettier@3 ->3.2.5"],
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^tools\/mise\.toml: /);
  });
});

describe("FVM, Flutter's version manager", () => {
  it(".fvmrc (FVM 3) and .fvm/fvm_config.json (FVM 2) pin Flutter (`3.22.0@beta`, a release taken from a channel, is that release); a channel names no release", async () => {
    const { findings, warnings } = await detectorFindings(toolVersionsDetector, {
      ".fvmrc": '{\n  "flutter": "3.16.9",\n  "flavors": {\n    "beta": "3.19.0-0.1.pre"\n  }\n}\n',
      "legacy/.fvm/fvm_config.json": '{\n  "flutterSdkVersion": "3.10.6",\n  "flavors": {}\n}',
      "edge/.fvmrc": '{"flutter": "stable"}',
      "beta/.fvmrc": '{"flutter": "3.22.0@beta"}',
      "broken/.fvmrc": "not json",
    });
    expect(warnings.filter((w) => !w.startsWith("broken/.fvmrc"))).toEqual([]);
    expect(byFile(findings)).toEqual({
      ".fvmrc": ["version-manager:flutter@2 ->3.16.9"],
      "beta/.fvmrc": ["version-manager:flutter@1 ->3.22.0"],
      "edge/.fvmrc": ["version-manager:flutter@1"],
      "legacy/.fvm/fvm_config.json": ["version-manager:flutter@2 ->3.10.6"],
    });
  });

  it("the pin is Flutter's release over a CI step's", async () => {
    const workflow = "jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: subosito/flutter-action@v2\n        with:\n          flutter-version: '3.13.0'\n";
    const { document } = await scan(new MemorySource({ ".fvmrc": '{\n  "flutter": "3.16.9"\n}\n', ".github/workflows/ci.yml": workflow, "pubspec.yaml": "name: app\ndependencies:\n  flutter:\n    sdk: flutter\n" }), { git: false });
    expect(document.tools.find((t) => t.name === "Flutter")).toMatchObject({ version: "3.16.9", detection_source_url: ".fvmrc" });
  });
});
