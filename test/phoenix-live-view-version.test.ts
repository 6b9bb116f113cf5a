import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Modelled on a Phoenix 1.5-era LiveView app whose Phoenix comes from GitHub, not Hex.
const mix = `defmodule Glider.MixProject do
  use Mix.Project

  def project do
    [app: :glider, version: "0.1.0", elixir: "~> 1.12", deps: deps()]
  end

  defp deps do
    [
      {:phoenix, github: "phoenixframework/phoenix", override: true},
      {:phoenix_ecto, "~> 4.1"},
      {:phoenix_live_view, "~> 0.15.7"},
      {:phoenix_html, "~> 2.11"},
      {:plug_cowboy, "~> 2.0"}
    ]
  end
end
`;
const lock = `%{
  "phoenix": {:git, "https://github.com/phoenixframework/phoenix.git", "15206c261641426f40677671ff44092a2c342b45", []},
  "phoenix_live_view": {:hex, :phoenix_live_view, "0.15.7", "0972", [:mix], [], "hexpm", "3a75"},
  "plug_cowboy": {:hex, :plug_cowboy, "2.5.0", "51c9", [:mix], [], "hexpm", "5b2c"},
}
`;

describe("Phoenix LiveView", () => {
  it("names Phoenix but lends it none of its own release", async () => {
    const { document } = await scan(new MemorySource({ "mix.exs": mix, "mix.lock": lock }), { git: false });
    const phoenix = document.tools.find((t) => t.name === "Phoenix Framework" && !t.package_url);
    expect(phoenix?.detection_source).toBe("mix.exs");
    expect(phoenix).toBeDefined();
    expect(phoenix?.version).toBeUndefined();
  });

  it("leaves Phoenix's own release to the phoenix package", async () => {
    const hexMix = mix.replace('{:phoenix, github: "phoenixframework/phoenix", override: true}', '{:phoenix, "~> 1.5.9"}');
    const hexLock = lock.replace(/"phoenix": \{:git[^\n]*/, '"phoenix": {:hex, :phoenix, "1.5.9", "0000", [:mix], [], "hexpm", "0000"},');
    const { document } = await scan(new MemorySource({ "mix.exs": hexMix, "mix.lock": hexLock }), { git: false });
    expect(document.tools.find((t) => t.name === "Phoenix Framework" && !t.package_url)?.version).toBe("1.5.9");
  });
});
