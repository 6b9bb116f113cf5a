import { describe, expect, it } from "vitest";
import { scan } from "../src/index.js";
import { readMixExs, readMixLock } from "../detectors/elixir/index.js";
import { fixture } from "./helpers.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";

describe("Elixir", () => {
  it("reads Hex dependencies of mix.exs (and git ones, marked), leaving out path, umbrella and commented ones", () => {
    const project = readMixExs(readFileSync(join(fixture("phoenix-app"), "mix.exs"), "utf8"));
    expect(project.elixir).toBe("~> 1.14");
    expect(project.deps.map((d) => d.name)).toEqual(["phoenix", "phoenix_ecto", "ecto_sql", "postgrex", "phoenix_live_view", "esbuild", "tailwind", "heroicons", "credo", "jason", "bandit"]);
    expect(project.deps.find((d) => d.name === "heroicons")).toMatchObject({ git: true, requirement: undefined });
    expect(project.deps.find((d) => d.name === "credo")?.only).toEqual(["dev", "test"]);
    const lock = readMixLock(readFileSync(join(fixture("phoenix-app"), "mix.lock"), "utf8"));
    expect(lock.get("phoenix")).toBe("1.7.10");
    expect(lock.has("heroicons")).toBe(false); // a git dependency
  });

  it("a Phoenix app: Phoenix and PostgreSQL with lockfile versions, Elixir from mix.exs", async () => {
    const { document, warnings } = await scan(fixture("phoenix-app"), { git: false });
    expect(warnings).toEqual([]);
    const tool = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    expect(tool("Phoenix Framework")).toMatchObject({ version: "1.7.10", detection_source: "mix.exs" });
    // The release is mix.lock's, and the document cites that file for it, as it cites other lockfiles.
    expect(tool("Phoenix Framework")?.detection_source_url).toBe("mix.lock");
    // postgrex 0.17.4 is the client's release, not the server's.
    expect(tool("PostgreSQL")).toBeDefined();
    expect(tool("PostgreSQL")?.version).toBeUndefined();
    // The tailwind and esbuild Hex packages are installers (0.2.0, 0.8.1); config.exs names the releases they fetch.
    expect(tool("Tailwind CSS")).toMatchObject({ version: "3.4.0", detection_source: "config/config.exs" });
    expect(tool("Esbuild")).toMatchObject({ version: "0.17.11", detection_source: "config/config.exs" });
    expect(tool("Credo")?.version).toBe("1.7.1");
    expect(tool("Elixir")).toBeDefined();
    expect(tool("Redis")).toBeUndefined(); // commented out
  });

  it("without a lockfile: the lower bound of a requirement, and no version for >= 0.0.0", async () => {
    const { MemorySource } = await import("../src/index.js");
    const mix = 'defmodule A.MixProject do\n  defp deps do\n    [\n      {:phoenix, "~> 1.6.0"},\n      {:postgrex, ">= 0.0.0"}\n    ]\n  end\nend\n';
    const { document } = await scan(new MemorySource({ "mix.exs": mix }), { git: false });
    const tool = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    expect(tool("Phoenix Framework")?.version).toBe("1.6.0");
    expect(tool("PostgreSQL")).toBeDefined();
    expect(tool("PostgreSQL")?.version).toBeUndefined();
  });

  it("a Phoenix 1.3 app on Cowboy 1 and MySQL through mariaex", async () => {
    const { MemorySource } = await import("../src/index.js");
    const mix = 'defmodule First.Mixfile do\n  defp deps do\n    [\n      {:phoenix, "~> 1.3.2"},\n      {:phoenix_ecto, "~> 3.2"},\n      {:mariaex, "~> 0.8.4"},\n      {:cowboy, "~> 1.0"}\n    ]\n  end\nend\n';
    const lock = '%{\n  "cowboy": {:hex, :cowboy, "1.1.2", "61ac29ea970389a88eca5a65601460162d370a70018afe6f949a29dca91f3bb0", [:rebar3], [], "hexpm"},\n}\n';
    const { document } = await scan(new MemorySource({ "mix.exs": mix, "mix.lock": lock }), { git: false });
    const tool = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    expect(tool("Cowboy")).toMatchObject({ version: "1.1.2", detection_source: "mix.exs" });
    expect(tool("MySQL")?.detection_source).toBe("mix.exs");
    expect(tool("Phoenix Framework")?.version).toBe("1.3.2");
    // Phoenix 1.4+ reaches Cowboy through Plug's adapter, whose release is not Cowboy's.
    const adapter = await scan(new MemorySource({ "mix.exs": mix.replace('{:cowboy, "~> 1.0"}', '{:plug_cowboy, "~> 2.6"}') }), { git: false });
    const cowboy = adapter.document.tools.find((t) => t.name === "Cowboy" && !t.package_url);
    expect(cowboy?.detection_source).toBe("mix.exs");
    expect(cowboy).toBeDefined();
    expect(cowboy?.version).toBeUndefined();
  });

  it("an umbrella app on plug_cowboy: Cowboy takes the release the umbrella's mix.lock installed, the app's mix.exs stays the source", async () => {
    const { MemorySource } = await import("../src/index.js");
    const web = 'defmodule Shop.Web.MixProject do\n  defp deps do\n    [\n      {:phoenix, "~> 1.4.11"},\n      {:shop, in_umbrella: true},\n      {:plug_cowboy, "~> 2.0"}\n    ]\n  end\nend\n';
    const core = 'defmodule Shop.MixProject do\n  defp deps do\n    [\n      {:ecto_sql, "~> 3.1"},\n      {:postgrex, ">= 0.0.0"}\n    ]\n  end\nend\n';
    const lock = [
      "%{",
      '  "cowboy": {:hex, :cowboy, "2.7.0", "91ed100138a764355f43316b1d23d7ff6bdb0de4ea618cb5d8677c93a7a2f115", [:rebar3], [], "hexpm"},',
      '  "phoenix": {:hex, :phoenix, "1.4.11", "d112c862f6959f98e6e915c3b76c7a87ca3efd075850c8daa7c3c7a609014b0d", [:mix], [], "hexpm"},',
      '  "plug_cowboy": {:hex, :plug_cowboy, "2.1.0", "b75768153c3a8a9e8039d4b25bb9b14efbc58e9c4a6e6a270abff1cd30cbe320", [:mix], [], "hexpm"},',
      '  "postgrex": {:hex, :postgrex, "0.15.3", "5806baa8a19a68c4d07c7a624ccdb9b57e89cbc573f1b98099e3741214746ae4", [:mix], [], "hexpm"},',
      "}", "",
    ].join("\n");
    const files = { "mix.exs": "defmodule Shop.Umbrella.MixProject do\nend\n", "apps/shop_web/mix.exs": web, "apps/shop/mix.exs": core, "mix.lock": lock };
    const { document } = await scan(new MemorySource(files), { git: false });
    const tool = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    expect(tool("Cowboy")).toMatchObject({ version: "2.7.0", detection_source: "apps/shop_web/mix.exs" });
    expect(tool("Phoenix Framework")?.version).toBe("1.4.11");
    // The installed postgrex is the client's release: PostgreSQL still has none.
    expect(tool("PostgreSQL")).toBeDefined();
    expect(tool("PostgreSQL")?.version).toBeUndefined();
    // Without the lockfile's cowboy line the adapter gives Cowboy no release.
    const bare = await scan(new MemorySource({ ...files, "mix.lock": lock.replace(/^ {2}"cowboy".*\n/m, "") }), { git: false });
    expect(bare.document.tools.find((t) => t.name === "Cowboy" && !t.package_url)?.version).toBeUndefined();
  });

  it("the store, broker or service a Phoenix app's drivers, Broadway producers and ExAws clients reach", async () => {
    const { MemorySource } = await import("../src/index.js");
    // A Phoenix app on SQL Server through Ecto's Tds adapter, with a Kafka pipeline and S3 uploads.
    const mix = [
      "defmodule Shop.MixProject do", "  use Mix.Project", "", "  defp deps do", "    [",
      '      {:phoenix, "~> 1.7.10"},', '      {:ecto_sql, "~> 3.10"},', '      {:tds, "~> 2.3"},',
      '      {:broadway_kafka, "~> 0.4"},', '      {:xandra, "~> 0.18"},', '      {:ex_aws_s3, "~> 2.5"},',
      '      {:appsignal_phoenix, "~> 2.3"}', "    ]", "  end", "end", "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "mix.exs": mix }), { git: false });
    const tool = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    for (const name of ["Microsoft SQL Server", "Kafka", "Cassandra", "Amazon S3", "AppSignal"]) expect(tool(name), name).toMatchObject({ detection_source: "mix.exs" });
    expect(tool("Microsoft SQL Server")).toBeDefined();
    expect(tool("Microsoft SQL Server")?.version).toBeUndefined();
  });
});
