import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { readMixExs } from "../detectors/elixir/index.js";

// `hex: :name` installs a Hex package under another app name; mix.lock keys it by the app name.
const mixExs = [
  "defmodule App.MixProject do",
  "  use Mix.Project",
  "  def project, do: [app: :app, version: \"0.1.0\", elixir: \"~> 1.15\", deps: deps()]",
  "  defp deps do",
  "    [",
  '      {:phoenix, "~> 1.7.10"},',
  '      {:gql, "~> 1.7", hex: :absinthe},',
  '      {:jason, "~> 1.4", hex: :jason}',
  "    ]",
  "  end",
  "end",
].join("\n");
const mixLock = [
  "%{",
  '  "jason": {:hex, :jason, "1.4.1", "abc", [:mix], [], "hexpm", "def"},',
  '  "phoenix": {:hex, :phoenix, "1.7.10", "abc", [:mix], [], "hexpm", "def"},',
  '  "gql": {:hex, :absinthe, "1.7.6", "abc", [:mix], [], "hexpm", "def"},',
  "}",
].join("\n");

describe("mix.exs hex: renames", () => {
  it("reports the Hex package installed, at the version locked under the app name", async () => {
    expect(readMixExs(mixExs).deps.map((d) => [d.name, d.hexName])).toEqual([
      ["phoenix", undefined],
      ["gql", "absinthe"],
      ["jason", undefined],
    ]);
    const { document } = await scan(new MemorySource({ "mix.exs": mixExs, "mix.lock": mixLock }), { git: false });
    // Absinthe is a GraphQL server: the package installed names the tool, with its locked release.
    expect(document.tools.find((t) => t.name === "GraphQL")).toMatchObject({ detection_source: "mix.exs" });
  });
});
