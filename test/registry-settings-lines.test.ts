import { describe, expect, it } from "vitest";
import { registriesDetector } from "../detectors/registries/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// The registry settings files in the other ways their tools' guides write them, each at its line:
// a scope's quoted registry with spaces around `=`, pip's short `-i` and spaced options, pip.conf's
// further index URLs on indented lines, a gemspec's metadata line. For a mutation round (5 December 2026, a54c).
const refs = async (files: Record<string, string>): Promise<string[]> => {
  const { findings, warnings } = await detectorFindings(registriesDetector, files);
  expect(warnings).toEqual([]);
  return compact(findings);
};

describe("registry settings files, as their guides write them", () => {
  it(".npmrc: a scope's registry quoted with spaces around `=`, an auth line with a port; a `;` comment is none", async () => {
    const npmrc = [
      "; registry=https://npm.fury.io/old/",
      'engine-strict = true',
      '@acme:registry = "https://acme.jfrog.io/artifactory/api/npm/npm-virtual/"',
      "//nexus.acme.example:8081/repository/npm-group/:_authToken=${NEXUS_TOKEN}",
      "",
    ].join("\n");
    expect(await refs({ ".npmrc": npmrc })).toEqual(["registry-host:*.jfrog.io@3", "registry-host:nexus.acme.example:8081/repository@4"]);
  });

  it("requirements: pip's short -i, a spaced --extra-index-url; a commented index is none", async () => {
    const requirements = ["# --index-url https://pypi.fury.io/old/", "-i https://acme.jfrog.io/artifactory/api/pypi/pypi-virtual/simple", "--extra-index-url   https://pypi.fury.io/acme/", "requests==2.31.0", ""].join("\n");
    expect(await refs({ "requirements.txt": requirements })).toEqual(["registry-host:*.jfrog.io@2", "registry-host:*.fury.io@3"]);
  });

  it("pip.conf: extra-index-url's further URLs on indented lines, each reported once at the option's line", async () => {
    const conf = ["[global]", "timeout = 60", "extra-index-url =", "    https://pypi.fury.io/acme/", "    https://acme.jfrog.io/artifactory/api/pypi/pypi-local/simple", "trusted-host = pypi.fury.io", ""].join("\n");
    expect(await refs({ "pip.conf": conf })).toEqual(["registry-host:*.fury.io@3", "registry-host:*.jfrog.io@3"]);
  });

  it("a gemspec's metadata line as `bundle gem` writes it, and a Gemfile source block", async () => {
    const gemspec = ['Gem::Specification.new do |spec|', '  spec.name = "acme-client"', '  spec.metadata["allowed_push_host"] = "https://gem.fury.io/acme"', '  spec.metadata["homepage_uri"] = spec.homepage', "end", ""].join("\n");
    expect(await refs({ "acme-client.gemspec": gemspec })).toEqual(["registry-host:*.fury.io@3"]);
    const gemfile = ["source 'https://rubygems.org'", "", "source 'https://acme.jfrog.io/artifactory/api/gems/gems-local/' do", "  gem 'acme-auth'", "end", ""].join("\n");
    expect(await refs({ Gemfile: gemfile })).toEqual(["registry-host:*.jfrog.io@3"]);
  });
  it("a gemspec's push host left in a comment (the gem server used before a move) is none", async () => {
    const gemspec = ['Gem::Specification.new do |spec|', '  spec.name = "acme-client"', '  # spec.metadata["allowed_push_host"] = "https://gem.fury.io/acme"', '  spec.metadata["allowed_push_host"] = "https://acme.jfrog.io/artifactory/api/gems/gems-local"', "end", ""].join("\n");
    expect(await refs({ "acme-client.gemspec": gemspec })).toEqual(["registry-host:*.jfrog.io@4"]);
  });
});
