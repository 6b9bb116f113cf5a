import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

const detect = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false })).document;

// Infrastructure as code, a second look (stop 36): Terraform, OpenTofu, Terragrunt, CDK for
// Terraform, Pulumi, the AWS CDK, Chef, Puppet, Ansible and Crossplane repositories.
describe("Terraform providers of self-hosted software", () => {
  it("take none of the provider plugin's release (Nomad provider 2.1.0 is no Nomad 2.1.0)", async () => {
    const main = [
      "terraform {\n  required_providers {",
      '    proxmox = { source = "bpg/proxmox", version = "0.43.2" }',
      '    nomad = { source = "hashicorp/nomad", version = "2.1.0" }',
      '    rancher2 = { source = "rancher/rancher2", version = "3.2.0" }',
      '    openstack = { source = "terraform-provider-openstack/openstack", version = "~> 1.53.0" }',
      '    vsphere = { source = "hashicorp/vsphere", version = "2.6.1" }',
      '    stackpath = { source = "stackpath/stackpath", version = "1.5.0" }',
      "  }\n}\n",
    ].join("\n");
    const lock = ["bpg/proxmox", "hashicorp/nomad", "rancher/rancher2", "terraform-provider-openstack/openstack", "hashicorp/vsphere", "stackpath/stackpath"]
      .map((p, i) => `provider "registry.terraform.io/${p}" {\n  version = "${i + 1}.${i}.0"\n}\n`)
      .join("\n");
    const document = await detect({ "main.tf": main, ".terraform.lock.hcl": lock });
    for (const name of ["Proxmox VE", "Nomad", "Rancher", "OpenStack", "VMware vSphere", "StackPath"]) {
      expect(tool(document.tools, name), name).toBeDefined();
      expect(tool(document.tools, name)?.version, name).toBeUndefined();
    }
  });
});
