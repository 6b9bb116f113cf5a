import { describe, expect, it } from "vitest";
import { namedToolVersions } from "./helpers.js";

// The official (or standard) clients of the site's tools on the smaller registries: Hex, CPAN, CRAN,
// Hackage, opam, Crystal shards, conda and Clojars, each in the manifest and lockfile its ecosystem
// writes. A client or binding numbered apart from its tool names the tool without lending a release.

describe("Hex: a Phoenix app's monitoring and metrics clients", () => {
  it("Scout's agent, prometheus.erl's companions and the Telemetry.Metrics reporters name their tools", async () => {
    const mix = `defmodule Shop.MixProject do
  use Mix.Project
  def project, do: [app: :shop, version: "0.1.0", elixir: "~> 1.14", deps: deps()]
  defp deps do
    [
      {:phoenix, "~> 1.7.10"},
      {:scout_apm, "~> 1.0"},
      {:prometheus_ex, "~> 3.1"},
      {:telemetry_metrics_statsd, "~> 0.7"}
    ]
  end
end
`;
    const lock = `%{
  "phoenix": {:hex, :phoenix, "1.7.11", "1d88fc6b", [:mix], [], "hexpm", "b1ec57f2"},
  "prometheus_ex": {:hex, :prometheus_ex, "3.1.0", "e7bf4f0f", [:mix], [], "hexpm", "1f3c9c9f"},
  "scout_apm": {:hex, :scout_apm, "1.0.7", "0ca260f7", [:mix], [], "hexpm", "f9e8d7c6"},
  "telemetry_metrics_statsd": {:hex, :telemetry_metrics_statsd, "0.7.0", "d5b2a7a8", [:mix], [], "hexpm", "a8f3e2c1"},
}
`;
    const rebar = `{deps, [{cowboy, "2.10.0"}, {prometheus_cowboy, "0.1.8"}, {riakc, "2.6.0"}, {couchbeam, "1.4.2"}]}.\n`;
    expect(await namedToolVersions({ "mix.exs": mix, "mix.lock": lock }, ["Phoenix Framework", "Scout", "Prometheus", "StatsD"])).toEqual({
      "Phoenix Framework": "1.7.11",
      Scout: "-", // a hosted service: no release
      Prometheus: "-",
      StatsD: "-",
    });
    expect(await namedToolVersions({ "rebar.config": rebar }, ["Prometheus", "Riak", "CouchDB"])).toEqual({ Prometheus: "-", Riak: "-", CouchDB: "-" });
    expect(await namedToolVersions({ "mix.exs": mix.replace("{:scout_apm, \"~> 1.0\"}", "{:riak, \"~> 1.1\"}") }, ["Riak"])).toEqual({ Riak: "-" });
  });
});

describe("CPAN: a Mojolicious app's clients", () => {
  it("AnyEvent::Redis names Redis, Net::Statsd StatsD", async () => {
    const cpanfile = "requires 'Mojolicious', '9.35';\nrequires 'AnyEvent::Redis';\nrequires 'Net::Statsd', '0.12';\n";
    expect(await namedToolVersions({ cpanfile }, ["Mojolicious", "Redis", "StatsD"])).toEqual({ Mojolicious: "9.35", Redis: "-", StatsD: "-" });
  });
});

describe("CRAN: a Shiny dashboard packaged as golem writes it", () => {
  const description = `Package: salesdash
Title: Sales Dashboard
Version: 0.0.0.9000
Depends:
    R (>= 4.1.0)
Imports:
    DT,
    highcharter,
    leaflet,
    plotly,
    redux,
    shiny (>= 1.7.4)
Suggests:
    rmarkdown,
    RSelenium
VignetteBuilder: knitr
`;
  const renv = JSON.stringify({
    R: { Version: "4.3.2", Repositories: [{ Name: "CRAN", URL: "https://packagemanager.posit.co/cran/latest" }] },
    Packages: Object.fromEntries(
      [["DT", "0.31"], ["highcharter", "0.9.4"], ["leaflet", "2.2.1"], ["plotly", "4.10.4"], ["redux", "1.1.4"], ["rmarkdown", "2.25"], ["shiny", "1.8.0"]].map(([name, version]) => [
        name,
        { Package: name, Version: version, Source: "Repository", Repository: "CRAN" },
      ]),
    ),
  }, null, 2);

  it("rmarkdown names Markdown without lending it the package's 2.x", async () => {
    expect(await namedToolVersions({ DESCRIPTION: description, "renv.lock": renv }, ["Markdown", "Shiny"])).toEqual({ Markdown: "-", Shiny: "1.8.0" });
  });

  it("the htmlwidgets bindings name the JavaScript library each bundles, at none of their own releases; redux names Redis", async () => {
    expect(await namedToolVersions({ DESCRIPTION: description, "renv.lock": renv }, ["DataTables", "Highcharts", "Leaflet", "Plotly.js", "Redis", "Selenium"])).toEqual({
      DataTables: "-",
      Highcharts: "-",
      Leaflet: "-",
      "Plotly.js": "-",
      Redis: "-",
      Selenium: "-",
    });
  });
});

describe("CRAN: packages built on a tool but numbered apart from it", () => {
  it("shinydashboard and sparklyr name Shiny and Apache Spark without lending them 0.7.2 and 1.8.4", async () => {
    const renv = JSON.stringify({
      R: { Version: "4.3.2", Repositories: [{ Name: "CRAN", URL: "https://cloud.r-project.org" }] },
      Packages: Object.fromEntries([["shinydashboard", "0.7.2"], ["sparklyr", "1.8.4"], ["DBI", "1.2.2"]].map(([name, version]) => [name, { Package: name, Version: version, Source: "Repository", Repository: "CRAN" }])),
    });
    const description = "Package: sparkdash\nVersion: 0.1.0\nImports:\n    shinydashboard (>= 0.7.2),\n    sparklyr (>= 1.8.4),\n    DBI\n";
    expect(await namedToolVersions({ DESCRIPTION: description, "renv.lock": renv }, ["Shiny", "Apache Spark"])).toEqual({ Shiny: "-", "Apache Spark": "-" });
  });
});

describe("Hackage: a Yesod app of Stack's", () => {
  it("the broker, search and service clients name their tools; Pandoc is versioned by its own package", async () => {
    const cabal = `cabal-version: 2.2
name:          blog
version:       0.1.0.0
build-type:    Simple

library
  exposed-modules: Foundation
  build-depends:
      base >=4.9 && <5
    , yesod >=1.6 && <1.7
    , persistent-postgresql
    , amqp
    , bloodhound
    , hw-kafka-client
    , pandoc >=3.1
    , prometheus-client
  default-language: Haskell2010
`;
    const freeze = "active-repositories: hackage.haskell.org:merge\nconstraints: any.amqp ==0.22.2,\n             any.base ==4.18.2.0,\n             any.pandoc ==3.1.11.1,\n             any.yesod ==1.6.2.1\nindex-state: hackage.haskell.org 2024-01-15T10:00:00Z\n";
    expect(await namedToolVersions({ "blog.cabal": cabal, "cabal.project.freeze": freeze }, ["Yesod", "RabbitMQ", "Elasticsearch", "Kafka", "Pandoc", "Prometheus"])).toEqual({
      Yesod: "1.6.2", // the site writes three parts of a release
      RabbitMQ: "-",
      Elasticsearch: "-",
      Kafka: "-",
      Pandoc: "3.1.11",
      Prometheus: "-",
    });
  });
});

describe("opam and Crystal shards", () => {
  it("ocaml-redis's Lwt client, the MariaDB bindings and Crystal's Sentry client name their tools", async () => {
    const opam = `opam-version: "2.0"\ndepends: [\n  "ocaml" {>= "4.14"}\n  "dream" {>= "1.0.0~alpha5"}\n  "redis-lwt"\n  "mariadb" {>= "1.1"}\n  "sentry"\n]\n`;
    expect(await namedToolVersions({ "todo.opam": opam }, ["Redis", "MariaDB", "Sentry"])).toEqual({ Redis: "-", MariaDB: "-", Sentry: "-" });
    const shard = "name: todo-api\nversion: 0.1.0\ndependencies:\n  kemal:\n    github: kemalcr/kemal\n  raven:\n    github: Sija/raven.cr\n";
    expect(await namedToolVersions({ "shard.yml": shard }, ["Kemal", "Sentry"])).toEqual({ Kemal: "-", Sentry: "-" });
  });
});

describe("conda: a data-science environment's programs and servers", () => {
  it("conda-forge's builds of SQLite, CMake and FFmpeg name them at the locked release; r-rmarkdown names Markdown without one", async () => {
    const env = "name: churn\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n  - pandas\n  - sqlite\n  - cmake>=3.27\n  - ffmpeg\n  - r-base=4.3\n  - r-rmarkdown\n";
    const lock = ["version: 1", "package:", ...[["python", "3.11.7"], ["sqlite", "3.44.2"], ["cmake", "3.28.1"], ["r-rmarkdown", "2.25"]].flatMap(([name, version]) => [
      `- name: ${name}`, `  version: ${version}`, "  manager: conda", "  platform: linux-64", "  dependencies: {}", `  url: https://conda.anaconda.org/conda-forge/linux-64/${name}-${version}-0.conda`, "  hash:", "    md5: 0", "  category: main", "  optional: false",
    ])].join("\n") + "\n";
    expect(await namedToolVersions({ "environment.yml": env, "conda-lock.yml": lock }, ["SQLite", "CMake", "FFMPEG", "Markdown"])).toEqual({
      SQLite: "3.44.2",
      CMake: "3.28.1",
      FFMPEG: "-",
      Markdown: "-",
    });
  });

  it("conda-forge's R packages (`r-` and the CRAN name lower-cased) name what their CRAN namesakes name", async () => {
    // pinned as conda-forge builds them: shinydashboard's and sparklyr's releases are their own
    const env = "name: dash\nchannels:\n  - conda-forge\ndependencies:\n  - r-base=4.3\n  - r-shinydashboard=0.7.2\n  - r-leaflet\n  - r-dt\n  - r-rpostgres\n  - r-sparklyr=1.8.4\n";
    expect(await namedToolVersions({ "environment.yml": env }, ["Shiny", "Leaflet", "DataTables", "PostgreSQL", "Apache Spark"])).toEqual({
      Shiny: "-",
      Leaflet: "-",
      DataTables: "-",
      PostgreSQL: "-",
      "Apache Spark": "-",
    });
  });
});

describe("Clojars: Monger", () => {
  it("a Leiningen project's Monger names MongoDB, without the client's release", async () => {
    const project = '(defproject acme "0.1.0"\n  :dependencies [[org.clojure/clojure "1.11.1"]\n                 [com.novemberain/monger "3.6.0"]])\n';
    expect(await namedToolVersions({ "project.clj": project }, ["MongoDB"])).toEqual({ MongoDB: "-" });
  });
});
