import { describe, expect, it } from "vitest";
import { configManagementDetector, splitModuleName } from "../detectors/config-management/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// The configuration-management reader finding by finding, on files laid out as their tools write
// them: a Puppet module's metadata.json as the PDK writes it, a cookbook's metadata.rb as `chef
// generate cookbook` writes it, Berksfiles and Policyfiles, r10k Puppetfiles and Test Kitchen's
// kitchen.yml (and .kitchen.yml, its older name).

const found = async (files: Record<string, string>) => {
  const { findings, warnings } = await detectorFindings(configManagementDetector, files);
  expect(warnings).toEqual([]);
  return compact(findings);
};

const PDK_METADATA = `{
  "name": "acme-webserver",
  "version": "1.2.0",
  "author": "acme",
  "summary": "Installs and configures the web tier",
  "license": "Apache-2.0",
  "source": "https://github.com/acme/puppet-webserver",
  "dependencies": [
    {
      "name": "puppetlabs/stdlib",
      "version_requirement": ">= 9.0.0 < 10.0.0"
    },
    {
      "name": " puppetlabs-Concat ",
      "version_requirement": ">= 7.0.0 < 10.0.0"
    },
    {
      "name": "puppetlabs-stdlib",
      "version_requirement": ">= 9.0.0 < 10.0.0"
    },
    {
      "name": "nginx"
    },
    {
      "name": "puppet labs/mysql"
    },
    {
      "version_requirement": ">= 1.0.0"
    },
    "puppetlabs-apt",
    {
      "name": "puppet-nginx"
    }
  ],
  "operatingsystem_support": [
    { "operatingsystem": "Ubuntu", "operatingsystemrelease": ["22.04"] }
  ],
  "requirements": [
    { "name": "puppet", "version_requirement": ">= 7.24 < 9.0.0" }
  ],
  "pdk-version": "3.0.0"
}
`;

describe("a Puppet module's metadata.json", () => {
  it("the module's format at its name's line, each dependency once (either spelling, trimmed, lower-cased) at its line; names that split no way are skipped", async () => {
    expect(await found({ "metadata.json": PDK_METADATA })).toEqual([
      "format:puppet-module-metadata@2",
      "puppet-module:puppetlabs-stdlib@10",
      "puppet-module:puppetlabs-concat@14",
      "puppet-module:puppet-nginx@32",
    ]);
  });

  it("is told by any one of its marks: a puppet requirement, the systems it supports, or the PDK's release", async () => {
    const only = (extra: string) => `{ "name": "acme/web", "dependencies": [ { "name": "puppetlabs/stdlib" } ]${extra} }`;
    const seen = ["format:puppet-module-metadata@1", "puppet-module:puppetlabs-stdlib@1"];
    expect(await found({ "metadata.json": only(', "requirements": [ { "name": "puppet" } ]') })).toEqual(seen);
    expect(await found({ "metadata.json": only(', "requirements": [ { "name": "openvox" }, { "name": "puppet" } ]') })).toEqual(seen);
    expect(await found({ "metadata.json": only(', "operatingsystem_support": []') })).toEqual(seen);
    expect(await found({ "metadata.json": only(', "pdk-version": "2.7.1"') })).toEqual(seen);
  });

  it("another project's metadata.json is no module's: without the marks, a requirement of something else, a PDK release that is no string, a name of no owner, or no dependencies list", async () => {
    const files = [
      '{ "name": "acme-web", "dependencies": [], "version": "1.0.0" }',
      '{ "name": "acme-web", "dependencies": [], "requirements": [ { "name": "openvox" }, "puppet" ] }',
      '{ "name": "acme-web", "dependencies": [], "pdk-version": 3 }',
      '{ "name": "webserver", "dependencies": [], "pdk-version": "3.0.0" }',
      '{ "name": "acme-web", "dependencies": {}, "pdk-version": "3.0.0" }',
      '{ "name": 7, "dependencies": [], "pdk-version": "3.0.0" }',
      '{ "name": "acme-web-", "dependencies": [], "pdk-version": "3.0.0" }',
      '{ "name": "acme_ops-web", "dependencies": [], "pdk-version": "3.0.0" }',
      '["requirements", "pdk-version"]',
    ];
    for (const text of files) expect(await found({ "metadata.json": text })).toEqual([]);
  });

  it("one below the root, or with JSON comments and none of the keys, is not parsed: no warning", async () => {
    expect(await found({ "modules/web/metadata.json": PDK_METADATA, "app/metadata.json": PDK_METADATA })).toEqual([]);
    expect(await found({ "metadata.json": '// an app\'s own\n{ "name": "x" }\n' })).toEqual([]);
  });
});

describe("Chef: metadata.rb, Berksfile, Policyfile", () => {
  const GENERATED = `# frozen_string_literal: true
name 'acme_web'
maintainer 'Acme Ops'
license 'Apache-2.0'
version '0.1.0'
chef_version '>= 16.0'
depends 'nginx', '~> 12.0'
depends( 'postgresql', '>= 11.0')
  depends "redisio"
# depends 'docker'
depends 'nginx'
depends 'Java'
`;

  it("a generated cookbook's metadata.rb: its format at the name's line, each cookbook once at its line, calls with brackets and indented ones too", async () => {
    expect(await found({ "metadata.rb": GENERATED })).toEqual([
      "format:chef-cookbook-metadata@2",
      "chef-cookbook:nginx@7",
      "chef-cookbook:postgresql@8",
      "chef-cookbook:redisio@9",
      "chef-cookbook:java@12",
    ]);
  });

  it("is a cookbook's by name beside any of depends, chef_version, supports or maintainer; name('x') counts; a name alone, or one not first on its line, does not", async () => {
    const format = async (text: string) => (await found({ "metadata.rb": text })).filter((f) => f.startsWith("format:"));
    expect(await format("name('web')\nsupports 'ubuntu'\n")).toEqual(["format:chef-cookbook-metadata@1"]);
    expect(await format("# the cookbook's name\nname   'web'\nchef_version '>= 17'\n")).toEqual(["format:chef-cookbook-metadata@2"]);
    expect(await format("name( 'web' )\nmaintainer 'x'\n")).toEqual(["format:chef-cookbook-metadata@1"]);
    expect(await format("maintainer 'x'\nname \"web\"\n")).toEqual(["format:chef-cookbook-metadata@2"]);
    expect(await format("name 'web'\nversion '1.0.0'\n")).toEqual([]);
    expect(await format("gem.name 'web'\ndepends 'x'\n")).toEqual([]);
    expect(await format("name web\ndepends 'x'\n")).toEqual([]);
    expect(await format("name 'web'\nsupported 'x'\n")).toEqual([]);
    expect(await format("name 'web'\n  maintainer 'x'\n")).toEqual([]);
  });

  it("a Berksfile's and a Policyfile's cookbooks; a metadata line or a comment names none", async () => {
    expect(await found({ Berksfile: "source 'https://supermarket.chef.io'\n\nmetadata\n\ncookbook 'redisio', '~> 6.4'\ncookbook('docker')\n#cookbook 'nginx'\ncookbook 'Redisio'\ndescription 'wraps the cookbook \"nginx\"'\n" })).toEqual([
      "chef-cookbook:redisio@5",
      "chef-cookbook:docker@6",
    ]);
    expect(await found({ "Policyfile.rb": "name 'web'\nrun_list 'web::default'\ncookbook 'web', path: '.'\ncookbook \"postgresql\", '~> 11.0'\n" })).toEqual([
      "chef-cookbook:web@3",
      "chef-cookbook:postgresql@4",
    ]);
  });
});

describe("an r10k Puppetfile", () => {
  it("each module once at its line, either spelling, in brackets or indented; comments and other lines skipped", async () => {
    const PUPPETFILE = `forge 'https://forge.puppet.com'

mod 'puppetlabs/stdlib', '9.4.1'
mod( 'puppetlabs-concat', '9.0.0')
  mod "puppet-nginx",
    :git => 'https://github.com/voxpupuli/puppet-nginx.git'
# mod 'puppetlabs-apache'
mod 'PuppetLabs-StdLib'
mod 'stdlib'
mod 'a/b/c'
mod 'puppetlabs-postgresql', :latest
moduledir 'vendor' # see mod 'puppetlabs-apt'
`;
    expect(await found({ Puppetfile: PUPPETFILE })).toEqual([
      "puppet-module:puppetlabs-stdlib@3",
      "puppet-module:puppetlabs-concat@4",
      "puppet-module:puppet-nginx@5",
      "puppet-module:puppetlabs-postgresql@11",
    ]);
  });

  it("splitModuleName: at the one slash, else at the last dash with a name on both sides", () => {
    expect(splitModuleName("puppetlabs/stdlib")).toEqual(["puppetlabs", "stdlib"]);
    expect(splitModuleName("puppet-systemd-extra")).toEqual(["puppet-systemd", "extra"]);
    expect(splitModuleName("voxpupuli/puppet-nginx")).toEqual(["voxpupuli", "puppet-nginx"]);
    expect(splitModuleName("a/b/c")).toBeUndefined();
    expect(splitModuleName("stdlib")).toBeUndefined();
    expect(splitModuleName("-stdlib")).toBeUndefined();
    expect(splitModuleName("/stdlib")).toBeUndefined();
    expect(splitModuleName("stdlib/")).toBeUndefined();
    expect(splitModuleName("stdlib-")).toEqual(undefined);
    expect(splitModuleName("a-b")).toEqual(["a", "b"]);
    expect(splitModuleName("a/b")).toEqual(["a", "b"]);
  });
});

describe("Test Kitchen", () => {
  it("kitchen.yml's driver and provisioner, each at its own name line, past comments and other keys", async () => {
    const KITCHEN = `---
driver:
  # the containers
  privileged: true
  name: Dokken
  chef_version: latest

provisioner:
  name: "dokken"
  product_name: chef

verifier:
  name: inspec
`;
    expect(await found({ "kitchen.yml": KITCHEN })).toEqual(["kitchen-driver:dokken@5", "kitchen-provisioner:dokken@9"]);
    expect(await found({ ".kitchen.yml": "driver:\n  name: vagrant\nprovisioner:\n  name: 'chef_zero'\n" })).toEqual(["kitchen-driver:vagrant@2", "kitchen-provisioner:chef_zero@4"]);
  });

  it("a section with no name of its own, or a name at the top level, names nothing", async () => {
    expect(await found({ "kitchen.yml": "driver: vagrant\nname: x\nprovisioner:\n  require_chef_omnibus: true\nplatforms:\n  - name: ubuntu-22.04\n" })).toEqual([]);
  });
});
