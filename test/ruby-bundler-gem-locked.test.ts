import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A Rails app's Gemfile that declares the bundler gem with a pessimistic bound. Bundler writes no
// `bundler (x)` spec into Gemfile.lock: the release that resolved the bundle is its BUNDLED WITH.
const gemfile = [
  'source "https://rubygems.org"',
  "",
  'gem "rails", "~> 7.1.3"',
  'gem "puma", ">= 5.0"',
  "",
  "group :development, :test do",
  '  gem "bundler", "~> 2.5"',
  "end",
  "",
].join("\n");
const lock = [
  "GEM",
  "  remote: https://rubygems.org/",
  "  specs:",
  "    nio4r (2.7.0)",
  "    nokogiri (1.16.2-x86_64-linux)",
  "      racc (~> 1.4)",
  "    puma (6.4.2)",
  "      nio4r (~> 2.0)",
  "    racc (1.7.3)",
  "    rails (7.1.3.2)",
  "",
  "PLATFORMS",
  "  x86_64-linux",
  "",
  "DEPENDENCIES",
  "  bundler (~> 2.5)",
  "  puma (>= 5.0)",
  "  rails (~> 7.1.3)",
  "",
  "RUBY VERSION",
  "   ruby 3.2.2p53",
  "",
  "BUNDLED WITH",
  "   2.5.6",
  "",
].join("\n");

describe("the bundler gem declared in a Gemfile", () => {
  it("takes the release BUNDLED WITH records, as Bundler does, not the Gemfile's bound", async () => {
    const { document } = await scan(new MemorySource({ Gemfile: gemfile, "Gemfile.lock": lock }), { git: false });
    const pkg = document.tools.find((t) => t.package_url === "https://rubygems.org/bundler");
    expect(pkg).toMatchObject({ version: "2.5.6", detection_source: "Gemfile", detection_source_url: "Gemfile.lock" });
    expect(document.tools.find((t) => t.name === "Bundler")).toMatchObject({ version: "2.5.6" });
    expect(document.tools.find((t) => t.package_url === "https://rubygems.org/rails")).toMatchObject({ version: "7.1.3", detection_source_url: "Gemfile.lock" });
  });

  it("without a lockfile, keeps the Gemfile's bound as written", async () => {
    const { document } = await scan(new MemorySource({ Gemfile: gemfile }), { git: false });
    expect(document.tools.find((t) => t.package_url === "https://rubygems.org/bundler")).toMatchObject({ version: "2.5", detection_source_url: "Gemfile" });
  });
});

describe("the bundler gem a gemspec declares for development (audit a37g)", () => {
  it("takes the release BUNDLED WITH records, as the Gemfile's does", async () => {
    const gemspec = [
      "Gem::Specification.new do |spec|",
      '  spec.name = "tiny_cli"',
      '  spec.add_dependency "thor", "~> 1.2"',
      '  spec.add_development_dependency "bundler", "~> 2.0"',
      '  spec.add_development_dependency "rake", "~> 13.0"',
      "end",
    ].join("\n");
    const gemLock = [
      "PATH",
      "  remote: .",
      "  specs:",
      "    tiny_cli (0.1.0)",
      "      thor (~> 1.2)",
      "",
      "GEM",
      "  remote: https://rubygems.org/",
      "  specs:",
      "    rake (13.0.6)",
      "    thor (1.2.2)",
      "",
      "PLATFORMS",
      "  ruby",
      "",
      "DEPENDENCIES",
      "  bundler (~> 2.0)",
      "  rake (~> 13.0)",
      "  tiny_cli!",
      "",
      "BUNDLED WITH",
      "   2.3.26",
      "",
    ].join("\n");
    const { document } = await scan(
      new MemorySource({ Gemfile: 'source "https://rubygems.org"\ngemspec\n', "Gemfile.lock": gemLock, "tiny_cli.gemspec": gemspec }),
      { git: false },
    );
    const pkg = document.tools.find((t) => t.package_url === "https://rubygems.org/bundler");
    expect(pkg).toMatchObject({ version: "2.3.26", detection_source: "tiny_cli.gemspec", detection_source_url: "Gemfile.lock" });
    expect(document.tools.find((t) => t.name === "Bundler")).toMatchObject({ version: "2.3.26", detection_source: "tiny_cli.gemspec" });
  });
});
