import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";

// Figaro keeps a Rails app's settings in config/application.yml and pushes them to Heroku
// (`figaro heroku:set`). Modelled on a Rails 5 API's Gemfile (held-out martin-creator/AirMartinMobileApp,
// whose stack file names Heroku from the Gemfile and declares no other Heroku gem).
const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;
const gemfile = (extra: string) =>
  ["source 'https://rubygems.org'", "gem 'rails', '~> 5.0.7', '>= 5.0.7.2'", "gem 'sqlite3', '~> 1.3.6'", "gem 'puma', '~> 3.0'", "gem 'devise', '~>4.2'", extra, ""].join("\n");

describe("figaro", () => {
  it("names Heroku, without figaro's own release", async () => {
    const { document } = await scan(new MemorySource({ Gemfile: gemfile("gem 'figaro'") }), opts);
    const heroku = document.tools.find((t) => !t.package_url && t.name === "Heroku");
    expect(heroku).toMatchObject({ detection_source: "Gemfile" });
    expect(heroku?.version).toBeUndefined();
    expect(document.tools.find((t) => t.package_url && t.name === "figaro")).toBeDefined();
  });

  it("a Rails Gemfile without it names no Heroku", async () => {
    const { document } = await scan(new MemorySource({ Gemfile: gemfile("gem 'stripe', '~> 7.0'") }), opts);
    expect(document.tools.find((t) => t.name === "Heroku")).toBeUndefined();
    expect(document.tools.find((t) => !t.package_url && t.name === "Rails")).toBeDefined();
  });
});
