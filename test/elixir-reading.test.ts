import { describe, expect, it } from "vitest";
import { elixirDetector, readMixExs, readMixLock } from "../detectors/elixir/index.js";
import { byFile, detectorFindings } from "./detector-findings.js";

// The Elixir reader case by case, on mix.exs, mix.lock and config.exs files as `mix phx.new`
// and library authors write them.

// A library's mix.exs: exact and compared requirements, optional and renamed packages, no elixir line.
const libraryMix = `defmodule Tesla.MixProject do
  use Mix.Project

  def project do
    [app: :tesla, version: "1.8.0", deps: deps()]
  end

  defp deps do
    [
      {:mime, "2.0.5"},
      {:decimal, "== 2.1.1"},
      {:castore, "!= 1.0.0", only: :test},
      {:hackney, "<= 1.20.1", optional: true},
      {:gun, "> 1.3.0", optional: true},
      {:fuse, "< 3.0.0", only: [:dev, :prod]},
      {:jason, "~> 1.4", hex: :jason},
      {:plug, optional: true},
      {:mint, runtime: false},
      {:finch, hex: :finch},
      {:ex_doc, ">= 0.0.0", only: :dev, runtime: false},
      {:plug_cowboy, "~>2.6"},
      {:floki, git: "https://github.com/philss/floki.git", only: :test},
      {:ex_machina, path: "../ex_machina", override: true},
      {:bypass, "~> 2.1", github: "PSPDFKit-labs/bypass"}
    ]
  end
end
`;
const lock = `%{
  "mime": {:hex, :mime, "2.0.5", "dc34c8efd439abe6ae0343edbb8556f4d63f178594894720607772a041b04b02", [:mix], [], "hexpm", "da0d64a365c45bc9935cc5c8a7fc5e49a0e0f9932a761c55d6c52b142780a05c"},
  "castore": {:hex, :castore, "1.0.5", "x", [:mix], [], "hexpm", "y"},
  "plug": {:hex, :plug, "1.15.3", "x", [:mix], [], "hexpm", "y"},
  "telemetry": {:hex, :telemetry, "1.2.1", "x", [:rebar3], [], "hexpm", "y"},
  "nimble_options": {:hex, :nimble_options, "1.1.0", "x", [:mix], [], "hexpm", "y"},
}
`;

describe("Elixir", () => {
  it("a library's mix.exs: every requirement operator, dev only without :prod, option-only dependencies, a same-named hex: option", async () => {
    const { findings, warnings } = await detectorFindings(elixirDetector, { "mix.exs": libraryMix, "mix.lock": lock });
    expect(warnings).toEqual([]);
    // The lock's telemetry and nimble_options name no tool: they are not reported.
    expect(byFile(findings)).toEqual({
      "mix.exs": [
        "runtime:elixir",
        "hex:mime@10 2.0.5 ->2.0.5 (mix.lock)",
        "hex:decimal@11 == 2.1.1 ->2.1.1",
        "hex:castore@12 != 1.0.0 ->1.0.5 (mix.lock) dev",
        "hex:hackney@13 <= 1.20.1",
        "hex:gun@14 > 1.3.0",
        "hex:fuse@15 < 3.0.0",
        "hex:jason@16 ~> 1.4 ->1.4",
        "hex:plug@17 ->1.15.3 (mix.lock)",
        "hex:mint@18",
        "hex:finch@19",
        "hex:ex_doc@20 >= 0.0.0 dev",
        "hex:plug_cowboy@21 ~>2.6 ->2.6",
        // git and github dependencies name their library at no release; a path one is the repository's
        "hex:floki@22 dev",
        "hex:bypass@24",
      ],
    });
  });

  it("an app without mix.lock, a binary mix.exs, a comment inside a config call, a dialyzer PLT path holding digits", async () => {
    const appMix = `defmodule Api.MixProject do
  use Mix.Project

  def project do
    [app: :api, elixir: "~> 1.16", deps: deps(), dialyzer: [plt_file: {:no_warn, "_build/plts/otp26.plt"}]]
  end

  defp deps, do: [{:bandit, "~> 1.2"}]
end
`;
    const config = "import Config\n\nconfig :esbuild,\n  # bump with mix esbuild.install\n  version: \"0.19.11\",\n  api: []\n";
    const { findings, warnings } = await detectorFindings(elixirDetector, { "mix.exs": appMix, "config/config.exs": config, "bin/mix.exs": "\u0000\u0001\u0002" });
    expect(warnings).toEqual(["bin/mix.exs: skipped: binary content"]);
    expect(byFile(findings)).toEqual({
      "config/config.exs": ["mix-config:esbuild@3 ->0.19.11"],
      "mix.exs": ["runtime:elixir ~> 1.16", "hex:bandit@8 ~> 1.2 ->1.2"],
    });
  });

  it("readMixExs and readMixLock on their own", () => {
    expect(readMixExs('def project, do: [elixir: "~> 1.16", deps: [{ :phoenix, "~> 1.7" }, {:ecto,"~> 3.11"}]]')).toEqual({
      elixir: "~> 1.16",
      deps: [
        { name: "phoenix", requirement: "~> 1.7", only: [] },
        { name: "ecto", requirement: "~> 3.11", only: [] },
      ],
    });
    expect([...readMixLock(lock)]).toEqual([
      ["mime", "2.0.5"], ["castore", "1.0.5"], ["plug", "1.15.3"], ["telemetry", "1.2.1"], ["nimble_options", "1.1.0"],
    ]);
  });
});
