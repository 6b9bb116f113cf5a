import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { compact, detectorFindings } from "./detector-findings.js";
import { configManagementDetector } from "../detectors/config-management/index.js";
import { fixture, tool } from "./helpers.js";

// Puppet's Puppetfile and Chef's Berksfile and metadata.rb: the modules and cookbooks that install the tools.
describe("Puppet modules and Chef cookbooks", () => {
  it("finding by finding: each module (either spelling) or cookbook once, at its line; comments skipped", async () => {
    const { findings, warnings } = await detectorFindings(configManagementDetector, {
      Puppetfile: "mod 'puppetlabs-mysql', '15.0.0'\nmod 'PuppetLabs/MySQL'\n# mod 'puppetlabs-apache'\nmod \"puppet-nginx\",\n  :git => 'https://github.com/voxpupuli/puppet-nginx.git'\n",
      "cookbooks/web/metadata.rb": "name 'web'\ndepends 'nginx', '~> 12.0'\n",
      Berksfile: "source 'https://supermarket.chef.io'\nmetadata\ncookbook 'redisio'\n",
    });
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual(["chef-cookbook:redisio@3", "format:chef-cookbook-metadata@1", "chef-cookbook:nginx@2", "puppet-module:puppetlabs-mysql@1", "puppet-module:puppet-nginx@4"]);
  });

  it("a configuration repository: Puppet, Chef and the servers their modules and cookbooks set up, without a module's release", async () => {
    const { document, warnings } = await scan(fixture("config-management"), { git: false });
    expect(warnings).toEqual([]);
    const from = (name: string) => tool(document.tools, name)?.detection_source;
    expect(from("PostgreSQL")).toBe("Puppetfile");
    expect(from("Redis")).toBe("Puppetfile");
    expect(from("NGINX")).toBe("Puppetfile");
    expect(from("Docker")).toBe("Berksfile");
    expect(from("Java")).toBe("metadata.rb");
    expect(from("Apache Tomcat")).toBe("metadata.rb");
    expect(tool(document.tools, "PostgreSQL")?.version).toBeUndefined();
    expect(tool(document.tools, "Apache HTTP Server")).toBeUndefined(); // commented out
  });

  it("a metadata.rb that is no cookbook's (a gem's own, deep in a folder) is not read", async () => {
    const { document } = await scan(new MemorySource({ "lib/acme/metadata.rb": "depends 'nginx'\n" }), { git: false });
    expect(tool(document.tools, "NGINX")).toBeUndefined();
    // The same line in a cookbook's metadata.rb, at the root, names it.
    const cookbook = await scan(new MemorySource({ "metadata.rb": "name 'acme'\ndepends 'nginx'\n" }), { git: false });
    expect(tool(cookbook.document.tools, "NGINX")).toBeDefined();
  });
});
