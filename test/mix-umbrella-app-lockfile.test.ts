import { describe, expect, it } from "vitest";
import { elixirDetector } from "../detectors/elixir/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// A Phoenix umbrella: each app's mix.exs names the shared lockfile as `mix new --umbrella` writes
// it (`lockfile: "../../mix.lock"`). One app still holds the mix.lock it had before it moved
// under the umbrella; Mix no longer reads it.
const appMix = (app: string, deps: string) => `defmodule ${app}.MixProject do
  use Mix.Project

  def project do
    [
      app: :${app.toLowerCase()},
      version: "0.1.0",
      build_path: "../../_build",
      config_path: "../../config/config.exs",
      deps_path: "../../deps",
      lockfile: "../../mix.lock",
      elixir: "~> 1.15",
      deps: deps()
    ]
  end

  defp deps do
    [
${deps}
    ]
  end
end
`;
const rootLock = `%{
  "ecto_sql": {:hex, :ecto_sql, "3.11.3", "4eb7348ff8101fbc4e6bbc5a4404a24fecbe73a3372d16569526b0cf34ebc195", [:mix], [], "hexpm", "e5f36e3d736b99c7fee3e631333b8394ade4bafe9d96d35669fca2d81c2be928"},
  "phoenix": {:hex, :phoenix, "1.7.14", "a7d0b3f1bc95987044ddada111e77bd7f75646a08518942c72a8440278ae7825", [:mix], [], "hexpm", "c7859bc56cc5dfef19ecfc240775dae358cbaa530231118a9e014df392ace61a"},
  "postgrex": {:hex, :postgrex, "0.18.0", "f34664101eaca11ff24481ed4c378492fed2ff416cd9b06c399e90f321867d7e", [:mix], [], "hexpm", "a042989ba1bc1cca7383ebb9e461398e3f89f868c92ce6671feb7ef132a252d1"},
}
`;
const staleLock = `%{
  "phoenix": {:hex, :phoenix, "1.6.16", "e5bdd18c7a06da5852a25c7befb72246de4ddc289182285f8685a40b7b5f5451", [:mix], [], "hexpm", "e15989ff34f670a96b95ef6d1d25bad0d9c50df5df40b671d8f4a669e050ac39"},
}
`;

describe("an umbrella app's mix.exs", () => {
  it("takes its versions from the lockfile its `lockfile:` option names, not one left in its folder", async () => {
    const { findings } = await detectorFindings(elixirDetector, {
      "mix.exs": 'defmodule Shop.Umbrella.MixProject do\n  use Mix.Project\n  def project, do: [apps_path: "apps", version: "0.1.0", deps: []]\nend\n',
      "mix.lock": rootLock,
      "apps/shop/mix.exs": appMix("Shop", '      {:ecto_sql, "~> 3.10"},\n      {:postgrex, ">= 0.0.0"}'),
      "apps/shop_web/mix.exs": appMix("ShopWeb", '      {:phoenix, "~> 1.7.10"},\n      {:shop, in_umbrella: true}'),
      "apps/shop_web/mix.lock": staleLock,
    });
    expect(compact(findings.filter((f) => f.ref.startsWith("hex:") && !f.installed)).sort()).toEqual([
      "hex:ecto_sql@19 ~> 3.10 ->3.11.3 (mix.lock)",
      "hex:phoenix@19 ~> 1.7.10 ->1.7.14 (mix.lock)",
      "hex:postgrex@20 >= 0.0.0 ->0.18.0 (mix.lock)",
    ]);
  });
});
