import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { readBuildpackConfig, readMailerAdapters, readMixExs } from "../detectors/elixir/index.js";
import { tool } from "./helpers.js";

// What real Elixir apps declare in mix.exs, beside the drivers: an Ash app's data layer and GraphQL
// extension (postgrex and absinthe only in mix.lock under them), Absinthe's Plug endpoint, a Nerves
// firmware's Raspberry Pi systems, an MQTT client. Each library is numbered on its own.
const mixExs = (deps: string[]) =>
  ["defmodule App.MixProject do", "  use Mix.Project", "", "  def project do", '    [app: :app, version: "0.1.0", elixir: "~> 1.17", deps: deps()]', "  end", "", "  defp deps do", "    [", deps.map((d) => `      ${d}`).join(",\n"), "    ]", "  end", "end", ""].join("\n");
const lockLine = (name: string, version: string) =>
  `  "${name}": {:hex, :${name}, "${version}", "0000000000000000000000000000000000000000000000000000000000000000", [:mix], [], "hexpm", "1111111111111111111111111111111111111111111111111111111111111111"},`;
const mixLock = (entries: Array<[string, string]>) => ["%{", ...entries.map(([n, v]) => lockLine(n, v)), "}", ""].join("\n");

async function toolsOf(files: Record<string, string>) {
  const { document } = await scan(new MemorySource(files), { git: false });
  return document.tools;
}

describe("Hex packages of Ash, Absinthe, Nerves and MQTT apps", () => {
  it("an Ash app's ash_postgres and ash_graphql name PostgreSQL and GraphQL without their own releases", async () => {
    const tools = await toolsOf({
      "mix.exs": mixExs(['{:ash, "~> 3.4"}', '{:ash_postgres, "~> 2.4"}', '{:ash_graphql, "~> 1.4"}', '{:ash_phoenix, "~> 2.1"}']),
      "mix.lock": mixLock([["absinthe", "1.7.8"], ["ash", "3.4.21"], ["ash_graphql", "1.4.1"], ["ash_phoenix", "2.1.2"], ["ash_postgres", "2.4.6"], ["postgrex", "0.19.2"]]),
    });
    for (const name of ["PostgreSQL", "GraphQL"]) {
      expect(tool(tools, name), name).toBeDefined();
      expect(tool(tools, name)?.version, name).toBeUndefined();
    }
  });

  it("an Ash app on SQLite (ash_sqlite) names SQLite", async () => {
    const tools = await toolsOf({ "mix.exs": mixExs(['{:ash, "~> 3.4"}', '{:ash_sqlite, "~> 0.2"}']), "mix.lock": mixLock([["ash_sqlite", "0.2.1"], ["exqlite", "0.24.2"]]) });
    expect(tool(tools, "SQLite")).toBeDefined();
    expect(tool(tools, "SQLite")?.version).toBeUndefined();
  });

  it("absinthe_plug (absinthe only locked under it) names GraphQL", async () => {
    const tools = await toolsOf({ "mix.exs": mixExs(['{:phoenix, "~> 1.7.14"}', '{:absinthe_plug, "~> 1.5"}']), "mix.lock": mixLock([["absinthe", "1.7.8"], ["absinthe_plug", "1.5.8"], ["phoenix", "1.7.14"]]) });
    expect(tool(tools, "GraphQL")).toBeDefined();
    expect(tool(tools, "GraphQL")?.version).toBeUndefined();
  });

  it("a Nerves firmware's Raspberry Pi systems name the Raspberry Pi, not at the system's release; other boards' systems name nothing", async () => {
    const tools = await toolsOf({
      "mix.exs": mixExs(['{:nerves, "~> 1.10", runtime: false}', '{:nerves_system_rpi4, "~> 1.24", runtime: false, targets: :rpi4}', '{:nerves_system_bbb, "~> 2.19", runtime: false, targets: :bbb}']),
      "mix.lock": mixLock([["nerves", "1.11.1"], ["nerves_system_bbb", "2.24.1"], ["nerves_system_rpi4", "1.28.1"]]),
    });
    expect(tool(tools, "Raspberry Pi")).toBeDefined();
    expect(tool(tools, "Raspberry Pi")?.version).toBeUndefined();
    expect(tools.map((t) => t.name).sort()).toEqual(["Elixir", "Raspberry Pi"]);
  });

  it("a Phoenix app's mix.lock names no Hex (Mix's package manager is no tool of its own, as a pom.xml names no Maven)", async () => {
    const tools = await toolsOf({
      "mix.exs": mixExs(['{:phoenix, "~> 1.7.7"}', '{:phoenix_ecto, "~> 4.4"}', '{:postgrex, ">= 0.0.0"}', '{:plug_cowboy, "~> 2.5"}']),
      "mix.lock": mixLock([["phoenix", "1.7.7"], ["phoenix_ecto", "4.4.2"], ["plug_cowboy", "2.6.1"], ["postgrex", "0.17.3"]]),
    });
    expect(tool(tools, "Phoenix Framework")?.version).toBe("1.7.7");
    expect(tool(tools, "PostgreSQL")).toBeDefined();
    expect(tool(tools, "Hex")).toBeUndefined();
  });

  it("Tortoise and its MQTT 3.1.1 fork name MQTT without the client's 0.x", async () => {
    for (const name of ["tortoise", "tortoise311"]) {
      const tools = await toolsOf({ "mix.exs": mixExs([`{:${name}, "~> 0.10"}`]), "mix.lock": mixLock([[name, "0.10.0"]]) });
      expect(tool(tools, "MQTT"), name).toBeDefined();
      expect(tool(tools, "MQTT")?.version, name).toBeUndefined();
    }
  });

  it("Phoenix pinned to its GitHub repository names Phoenix Framework at no release (mix.lock holds a commit); a path dependency names nothing", async () => {
    const tools = await toolsOf({
      "mix.exs": mixExs(['{:phoenix, github: "phoenixframework/phoenix", branch: "main", override: true}', '{:redix, path: "../redix"}', '{:bandit, "~> 1.5"}']),
      "mix.lock": ["%{", '  "phoenix": {:git, "https://github.com/phoenixframework/phoenix.git", "0e6fbd4f1c2b8e5a7d3c9f1b4e6a8d0c2f5b7e9a", [branch: "main"]},', lockLine("bandit", "1.5.7"), "}", ""].join("\n"),
    });
    expect(tool(tools, "Phoenix Framework")).toBeDefined();
    expect(tool(tools, "Phoenix Framework")?.version).toBeUndefined();
    expect(tool(tools, "Redis")).toBeUndefined();
    // pinned to a release tag, it is at that release
    const tagged = await toolsOf({ "mix.exs": mixExs(['{:phoenix, github: "phoenixframework/phoenix", tag: "v1.7.14", override: true}']) });
    expect(tool(tagged, "Phoenix Framework")?.version).toBe("1.7.14");
    const erlang = await toolsOf({ "rebar.config": '{deps, [{cowboy, {git, "https://github.com/ninenines/cowboy.git", {tag, "2.12.0"}}}, {eredis, {git, "https://github.com/Nordix/eredis.git", {branch, "master"}}}]}.\n' });
    expect(tool(erlang, "Cowboy")?.version).toBe("2.12.0");
    expect(tool(erlang, "Redis")).toBeDefined();
  });

  it("a Heroku app's elixir_buildpack.config gives the Elixir and Erlang it builds with; mix.exs's requirement is only a range", async () => {
    const config = "# Erlang version\nerlang_version=27.1\n\n# Elixir version\nelixir_version=1.17.3 # pinned\n\nalways_rebuild=false\nruntime_path=/app\n";
    const { document } = await scan(new MemorySource({ "mix.exs": mixExs(['{:phoenix, "~> 1.7.14"}']), "elixir_buildpack.config": config }), { git: false });
    expect(tool(document.tools, "Elixir")).toMatchObject({ version: "1.17.3", detection_source: "Repo Metadata", detection_source_url: "elixir_buildpack.config" });
    expect(tool(document.tools, "Erlang")).toMatchObject({ version: "27.1", detection_source: "elixir_buildpack.config" });
  });

  it("reads the buildpack's release forms: quoted, a tag, OTP-; a branch, a commit and R16B names give none", () => {
    const text = ['erlang_version="OTP-26.2.5"', "elixir_version=(tag v1.16.3)", "", "# elixir_version=1.2.0"].join("\n");
    expect(readBuildpackConfig(text)).toEqual([
      { name: "erlang", declared: "OTP-26.2.5", version: "26.2.5", line: 1 },
      { name: "elixir", declared: "(tag v1.16.3)", version: "1.16.3", line: 2 },
    ]);
    expect(readBuildpackConfig("erlang_version=R16B03-1\nelixir_version=(branch main)\n").map((p) => p.version)).toEqual([undefined, undefined]);
  });

  it("a dependency whose requirement is a module attribute (`{:phoenix, @phoenix_version}`) is read, at the attribute's requirement", async () => {
    const text = ["defmodule Lib.MixProject do", "  use Mix.Project", "", '  @phoenix_version "~> 1.7.14"', "  @ecto_version Application.get_env(:lib, :ecto)", "", "  defp deps do", "    [", "      {:phoenix, @phoenix_version},", "      {:postgrex, @ecto_version, optional: true},", '      {:ex_doc, ">= 0.0.0", only: :dev}', "    ]", "  end", "end", ""].join("\n");
    expect(readMixExs(text).deps).toEqual([
      { name: "phoenix", requirement: "~> 1.7.14", only: [] },
      { name: "postgrex", requirement: undefined, only: [] },
      { name: "ex_doc", requirement: ">= 0.0.0", only: ["dev"] },
    ]);
    const tools = await toolsOf({ "mix.exs": text, "mix.lock": mixLock([["phoenix", "1.7.14"], ["postgrex", "0.19.1"]]) });
    expect(tool(tools, "Phoenix Framework")?.version).toBe("1.7.14");
    expect(tool(tools, "PostgreSQL")).toBeDefined();
  });

  it("elixir-grpc's grpc and protobuf name gRPC and Protobuf, and so do Erlang's grpcbox and gpb, without the libraries' 0.x", async () => {
    const elixir = await toolsOf({ "mix.exs": mixExs(['{:grpc, "~> 0.9"}', '{:protobuf, "~> 0.13"}']), "mix.lock": mixLock([["grpc", "0.9.0"], ["protobuf", "0.13.0"]]) });
    const erlang = await toolsOf({ "rebar.config": '{deps, [{grpcbox, "0.17.1"}]}.\n{project_plugins, [rebar3_gpb_plugin]}.\n{profiles, [{prod, [{deps, [{gpb, "4.21.1"}]}]}]}.\n' });
    for (const tools of [elixir, erlang]) {
      for (const name of ["gRPC", "Protobuf"]) {
        expect(tool(tools, name), name).toBeDefined();
        expect(tool(tools, name)?.version, name).toBeUndefined();
      }
    }
  });

  it("the mailer adapter a Phoenix app's config sets names its email service; the generator's commented example, Local and SMTP name none", async () => {
    const runtime = ["import Config", "", "if config_env() == :prod do", "  # config :app, App.Mailer,", "  #   adapter: Swoosh.Adapters.Mailgun,", "  config :app, App.Mailer,", "    adapter: Swoosh.Adapters.Postmark,", '    api_key: System.fetch_env!("POSTMARK_API_KEY")', "end", ""].join("\n");
    const files = {
      "mix.exs": mixExs(['{:phoenix, "~> 1.7.14"}', '{:swoosh, "~> 1.16"}']),
      "config/config.exs": "import Config\nconfig :app, App.Mailer, adapter: Swoosh.Adapters.Local\n",
      "config/runtime.exs": runtime,
      "config/test.exs": "import Config\nconfig :app, App.Mailer, adapter: Swoosh.Adapters.Test\n",
      "apps/legacy/mix.exs": mixExs(['{:bamboo, "~> 2.3"}']),
      "apps/legacy/config/prod.exs": "import Config\nconfig :legacy, Legacy.Mailer, adapter: Bamboo.SendGridAdapter, api_key: {:system, \"SENDGRID_API_KEY\"}\n",
    };
    const { document } = await scan(new MemorySource(files), { git: false });
    expect(tool(document.tools, "Postmark")).toMatchObject({ detection_source: "config/runtime.exs" });
    expect(tool(document.tools, "Twilio SendGrid")).toMatchObject({ detection_source: "apps/legacy/config/prod.exs" });
    expect(tool(document.tools, "Mailgun")).toBeUndefined();
    expect(readMailerAdapters(runtime)).toEqual([{ adapter: "Swoosh.Adapters.Postmark", line: 7 }]);
    // Resend's SDK brings its own adapter (Resend.Swoosh.Adapter): the package names it
    const resend = await toolsOf({ "mix.exs": mixExs(['{:swoosh, "~> 1.16"}', '{:resend, "~> 0.4"}']), "config/runtime.exs": "import Config\nconfig :app, App.Mailer, adapter: Resend.Swoosh.Adapter\n" });
    expect(tool(resend, "Resend")).toBeDefined();
  });
});
