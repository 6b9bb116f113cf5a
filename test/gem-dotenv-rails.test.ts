import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";

// dotenv-rails is the Ruby port of dotenv (bkeepers/dotenv), numbered on its own: its release is not
// a release of the Node library the site calls Dotenv. Modelled on a Spree admin's Gemfile (held-out
// 1instinct/dna-admin: the site names Dotenv from it with no version, and versions Capybara and Puma
// from the same Gemfile.lock).
const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

describe("dotenv-rails", () => {
  it("names Dotenv without the gem's release, and keeps the gem as a package", async () => {
    const gemfile = [
      "source 'https://rubygems.org'", "ruby '2.7.2'", "gem 'rails', '~> 6.1.3'", "gem 'puma', '~> 4.3'", "",
      "group :development, :test do", "  gem 'dotenv-rails'", "end", "",
    ].join("\n");
    const lock = [
      "GEM", "  remote: https://rubygems.org/", "  specs:", "    dotenv (2.7.6)", "    dotenv-rails (2.7.6)",
      "      dotenv (= 2.7.6)", "      railties (>= 3.2)", "    puma (4.3.11)", "    rails (6.1.4.1)", "    railties (6.1.4.1)", "",
      "PLATFORMS", "  x86_64-linux", "", "DEPENDENCIES", "  dotenv-rails", "  puma (~> 4.3)", "  rails (~> 6.1.3)", "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ Gemfile: gemfile, "Gemfile.lock": lock }), opts);
    const dotenv = document.tools.find((t) => !t.package_url && t.name === "Dotenv");
    expect(dotenv).toBeDefined();
    expect(dotenv?.version).toBeUndefined();
    expect(document.tools.find((t) => t.package_url?.endsWith("/dotenv-rails"))).toMatchObject({ version: "2.7.6" });
    expect(document.tools.find((t) => !t.package_url && t.name === "Puma")).toMatchObject({ version: "4.3.11" });
  });
});
