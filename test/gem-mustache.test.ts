import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";

// The mustache gem renders Mustache templates in Ruby. Modelled on a Rails 5.2 app's Gemfile and lock
// (held-out codehugger/heliumqa, whose stack file names Mustache 1.0.5 from the Gemfile).
const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;
const gemfile = ["source 'https://rubygems.org'", "gem 'puma', '~> 3.7'", "gem 'pg', '~> 0.18'", "# Mustache", "gem 'mustache', '~> 1.0'", ""].join("\n");
const lock = [
  "GEM",
  "  remote: https://rubygems.org/",
  "  specs:",
  "    mustache (1.0.5)",
  "    pg (0.21.0)",
  "    puma (3.11.4)",
  "",
  "PLATFORMS",
  "  ruby",
  "",
  "DEPENDENCIES",
  "  mustache (~> 1.0)",
  "  pg (~> 0.18)",
  "  puma (~> 3.7)",
  "",
].join("\n");

describe("mustache gem", () => {
  it("names Mustache with the locked release", async () => {
    const { document } = await scan(new MemorySource({ Gemfile: gemfile, "Gemfile.lock": lock }), opts);
    expect(document.tools.find((t) => !t.package_url && t.name === "Mustache")).toMatchObject({ version: "1.0.5", detection_source: "Gemfile" });
    expect(document.tools.find((t) => t.package_url && t.name === "mustache")).toBeDefined();
  });
});
