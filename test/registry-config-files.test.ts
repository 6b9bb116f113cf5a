import { describe, expect, it } from "vitest";
import { registriesDetector } from "../detectors/registries/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// The package registries' own settings files, line by line, in the shapes the other registry tests
// leave out. Written against the survivors of a mutation run (5 December 2026, stop 51).
const refs = async (files: Record<string, string>): Promise<string[]> => {
  const { findings, warnings } = await detectorFindings(registriesDetector, files);
  expect(warnings).toEqual([]);
  return compact(findings);
};

describe("registry settings files", () => {
  it(".npmrc: registries named only by their auth lines (a path, a port), not by a commented one", async () => {
    const npmrc = [
      "registry=https://registry.npmjs.org/",
      "# //npm.fury.io/acme/:_authToken=${FURY_TOKEN}",
      "//acme.jfrog.io/artifactory/api/npm/npm-local/:_authToken=${ARTIFACTORY_TOKEN}",
      "//nexus.acme.example:8081/repository/npm-group/:_auth=${NEXUS_AUTH}",
      "always-auth=true",
      "",
    ].join("\n");
    expect(await refs({ ".npmrc": npmrc })).toEqual(["registry-host:*.jfrog.io@3", "registry-host:nexus.acme.example:8081/repository@4"]);
  });

  it(".yarnrc.yml: an unquoted npmRegistryServer and the hosts under npmRegistries", async () => {
    const yarnrc = [
      "nodeLinker: node-modules",
      "npmRegistryServer: https://npm.fury.io/acme/",
      "npmRegistries:",
      '  "//acme.jfrog.io/artifactory/api/npm/npm-virtual/":',
      "    npmAlwaysAuth: true",
      '    npmAuthToken: "${ARTIFACTORY_TOKEN}"',
      "yarnPath: .yarn/releases/yarn-4.1.0.cjs",
      "",
    ].join("\n");
    expect(await refs({ ".yarnrc.yml": yarnrc })).toEqual(["registry-host:*.fury.io@2", "registry-host:*.jfrog.io@4"]);
  });

  it("bunfig.toml: [install]'s registry, as a URL or a table, and each scope's in [install.scopes]; the public npm registry names none", async () => {
    const bunfig = [
      "[install]",
      'registry = { url = "https://npm.fury.io/acme/", token = "$FURY_TOKEN" }',
      "",
      "[install.scopes]",
      '"@acme" = { token = "$ARTIFACTORY_TOKEN", url = "https://acme.jfrog.io/artifactory/api/npm/npm-virtual/" }',
      '"@public" = "https://registry.npmjs.org/"',
      "",
      "[test]",
      'preload = ["./happydom.ts"]',
      "",
    ].join("\n");
    expect(await refs({ "bunfig.toml": bunfig })).toEqual(["registry-host:*.fury.io@2", "registry-host:*.jfrog.io@5"]);
    expect(await refs({ "bunfig.toml": '[install]\nregistry = "https://acme.jfrog.io/artifactory/api/npm/npm/"\n' })).toEqual(["registry-host:*.jfrog.io@2"]);
  });

  it("publishConfig's registry at its own line of a formatted package.json", async () => {
    const pkg = JSON.stringify({ name: "@acme/ui", version: "2.1.0", main: "dist/index.js", publishConfig: { registry: "https://acme.jfrog.io/artifactory/api/npm/npm-local/" } }, null, 2);
    expect(await refs({ "package.json": pkg })).toEqual(["registry-host:*.jfrog.io@6"]);
  });

  it("gems.rb's source (Bundler's other Gemfile name), not a commented one; a gemspec's metadata hash", async () => {
    const gems = '# source "https://gem.fury.io/old/"\nsource "https://rubygems.org"\nsource "https://gem.fury.io/acme/" do\n  gem "acme-auth"\nend\n';
    expect(await refs({ "gems.rb": gems })).toEqual(["registry-host:*.fury.io@3"]);
    const gemspec = 'Gem::Specification.new do |spec|\n  spec.name = "acme-auth"\n  spec.metadata = {\n    "allowed_push_host" => "https://push.fury.io/acme",\n    "source_code_uri" => "https://github.com/acme/auth"\n  }\nend\n';
    expect(await refs({ "acme-auth.gemspec": gemspec })).toEqual(["registry-host:*.fury.io@4"]);
  });

  it("pip: a requirements/ folder's file with --index-url=, pip.ini on Windows, .pypirc's repository", async () => {
    expect(await refs({ "requirements/base.txt": "--index-url=https://nexus.acme.example/repository/pypi-all/simple\nDjango==5.0.2\n" })).toEqual(["registry-host:nexus.acme.example/repository@1"]);
    expect(await refs({ "pip.ini": "[global]\nindex-url=https://pypi.fury.io/acme/\n" })).toEqual(["registry-host:*.fury.io@2"]);
    const pypirc = "[distutils]\nindex-servers =\n    artifactory\n\n[artifactory]\nrepository: https://acme.jfrog.io/artifactory/api/pypi/pypi-local\nusername: ci\n";
    expect(await refs({ ".pypirc": pypirc })).toEqual(["registry-host:*.jfrog.io@6"]);
  });

  it("Yarn 1's .yarnrc: its registry and a scope's quoted registry, each at its line", async () => {
    const yarnrc = '# yarn lockfile settings for CI\nregistry "https://npm.fury.io/acme/"\n"@acme:registry" "https://acme.jfrog.io/artifactory/api/npm/npm-local/"\nlastUpdateCheck 1700000000000\n';
    expect(await refs({ ".yarnrc": yarnrc })).toEqual(["registry-host:*.fury.io@2", "registry-host:*.jfrog.io@3"]);
  });
  it(".yarnrc.yml: a registry left in a comment (the one used before a move) is none; a scope's registry under npmScopes is read", async () => {
    const yarnrc = [
      "nodeLinker: node-modules",
      "",
      '# npmRegistryServer: "https://acme.jfrog.io/artifactory/api/npm/npm-virtual/"',
      "npmScopes:",
      "  acme:",
      "    npmAlwaysAuth: true",
      '    npmRegistryServer: "https://npm.fury.io/acme/"',
      "    # npmPublishRegistry: https://nexus.acme.example:8081/repository/npm-hosted/",
      "",
      "yarnPath: .yarn/releases/yarn-3.6.4.cjs",
      "",
    ].join("\n");
    expect(await refs({ ".yarnrc.yml": yarnrc })).toEqual(["registry-host:*.fury.io@7"]);
  });
});

// The same files in the other ways their tools' guides write them (a54c, 5 December 2026).
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

  it("a Kotlin DSL build's repositories written as maven(\"...\") and maven(url = uri(...)) calls (stop 57)", async () => {
    const build = [
      "repositories {",
      "    mavenCentral()",
      '    maven("https://acme.jfrog.io/artifactory/libs-release")',
      '    maven(url = uri("https://maven.fury.io/acme/"))',
      "}",
      "",
    ].join("\n");
    expect(await refs({ "build.gradle.kts": build })).toEqual(["registry-host:*.jfrog.io@3", "registry-host:*.fury.io@4"]);
  });
});
