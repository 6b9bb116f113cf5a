import { describe, expect, it } from "vitest";
import { scan } from "../src/index.js";
import { readMixExs, readMixLock } from "../detectors/elixir/index.js";
import { fixture } from "./helpers.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";

describe("Elixir", () => {
  it("reads Hex dependencies of mix.exs, leaving out git, path, umbrella and commented ones", () => {
    const project = readMixExs(readFileSync(join(fixture("phoenix-app"), "mix.exs"), "utf8"));
    expect(project.elixir).toBe("~> 1.14");
    expect(project.deps.map((d) => d.name)).toEqual(["phoenix", "phoenix_ecto", "ecto_sql", "postgrex", "phoenix_live_view", "esbuild", "tailwind", "credo", "jason", "bandit"]);
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
    expect(cowboy?.version).toBeUndefined();
  });
});
