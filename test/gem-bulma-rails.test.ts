import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";

// bulma-rails packs Bulma's Sass for the Rails asset pipeline and is numbered with Bulma; modelled on a
// Rails 6 freelancing app's Gemfile (held-out martin-creator/Africalancer, where the site names Bulma 0.7.5).
const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

describe("bulma-rails", () => {
  it("names Bulma with the gem's locked release", async () => {
    const gemfile = [
      "source 'https://rubygems.org'", "ruby '2.7.3'", "gem 'rails', '~> 6.0.6'", "gem 'pg', '>= 0.18', '< 2.0'",
      "gem 'bulma-rails', '~>0.7.4'", "gem 'bulma-extensions-rails', '~>1.0.30'", "",
    ].join("\n");
    const lock = [
      "GEM", "  remote: https://rubygems.org/", "  specs:", "    bulma-extensions-rails (1.0.30)", "    bulma-rails (0.7.5)",
      "      sassc (~> 2.0)", "    pg (1.4.5)", "    rails (6.0.6)", "    sassc (2.4.0)", "", "PLATFORMS", "  ruby", "",
      "DEPENDENCIES", "  bulma-extensions-rails (~> 1.0.30)", "  bulma-rails (~> 0.7.4)", "  pg (>= 0.18, < 2.0)", "  rails (~> 6.0.6)", "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ Gemfile: gemfile, "Gemfile.lock": lock }), opts);
    expect(document.tools.find((t) => !t.package_url && t.name === "Bulma")).toMatchObject({ version: "0.7.5" });
  });
});
