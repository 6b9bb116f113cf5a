import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { compact, detectorFindings } from "./detector-findings.js";
import { rubyDetector } from "../detectors/ruby/index.js";

// A Rails app keeps an engine in engines/billing and installs it by path: the app's Gemfile.lock
// records it under PATH and resolves its gemspec's runtime dependencies (stripe 10.9.0). The
// engine has no lockfile of its own.
const files: Record<string, string> = {
  Gemfile: ['source "https://rubygems.org"', 'gem "rails", "~> 7.1.3"', 'gem "billing", path: "engines/billing"', ""].join("\n"),
  "Gemfile.lock": [
    "PATH",
    "  remote: engines/billing",
    "  specs:",
    "    billing (0.1.0)",
    "      rails (>= 6.1)",
    "      stripe (~> 10.0)",
    "",
    "GEM",
    "  remote: https://rubygems.org/",
    "  specs:",
    "    rails (7.1.3)",
    "    rspec (3.12.0)",
    "    stripe (10.9.0)",
    "",
    "PLATFORMS",
    "  x86_64-linux",
    "",
    "DEPENDENCIES",
    "  billing!",
    "  rails (~> 7.1.3)",
    "",
    "BUNDLED WITH",
    "   2.5.6",
    "",
  ].join("\n"),
  "engines/billing/billing.gemspec": [
    "Gem::Specification.new do |spec|",
    '  spec.name = "billing"',
    '  spec.version = "0.1.0"',
    '  spec.add_dependency "rails", ">= 6.1"',
    '  spec.add_dependency "stripe", "~> 10.0"',
    '  spec.add_development_dependency "rspec", "~> 3.0"',
    "end",
    "",
  ].join("\n"),
};

describe("a gem of the repository installed by path from another bundle", () => {
  it("takes its runtime dependencies' releases from that bundle's lockfile", async () => {
    const { findings } = await detectorFindings(rubyDetector, files);
    expect(compact(findings.filter((f) => f.file === "engines/billing/billing.gemspec" && f.ref.startsWith("rubygems:")))).toEqual([
      "rubygems:rails@4 >= 6.1 ->7.1.3 (Gemfile.lock) direct",
      "rubygems:stripe@5 ~> 10.0 ->10.9.0 (Gemfile.lock) direct",
      // a development dependency is the engine's own bundle's, which that lockfile did not resolve
      "rubygems:rspec@6 ~> 3.0 ->3.0 direct dev",
    ]);
    const { document } = await scan(new MemorySource(files), { git: false });
    expect(document.tools.find((t) => t.name === "stripe")).toMatchObject({ version: "10.9.0", detection_source: "engines/billing/billing.gemspec", detection_source_url: "Gemfile.lock" });
  });

  it("a gem with its own lockfile keeps it", async () => {
    const own = { ...files, "engines/billing/Gemfile.lock": files["Gemfile.lock"]!.replace("stripe (10.9.0)", "stripe (10.2.0)") };
    const { findings } = await detectorFindings(rubyDetector, own);
    expect(compact(findings.filter((f) => f.ref === "rubygems:stripe" && f.file === "engines/billing/billing.gemspec"))).toEqual([
      "rubygems:stripe@5 ~> 10.0 ->10.2.0 (engines/billing/Gemfile.lock) direct",
    ]);
  });
});
