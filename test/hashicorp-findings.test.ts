import { describe, expect, it } from "vitest";
import { hashicorpDetector } from "../detectors/hashicorp/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// The hashicorp detector's findings one by one: the other tests read Ansible from a Vagrantfile and a Packer
// template together, so either reader could drop its provisioners unseen (mutation survivors, 5 December 2026, stop 51).
describe("HashiCorp files, finding by finding", () => {
  it("a Vagrantfile's provisioner and a Packer template's provisioner, each alone", async () => {
    const vagrantfile = 'Vagrant.configure("2") do |config|\n  config.vm.box = "bento/ubuntu-22.04"\n  config.vm.provision "ansible" do |ansible|\n    ansible.playbook = "site.yml"\n  end\nend\n';
    const vagrant = await detectorFindings(hashicorpDetector, { Vagrantfile: vagrantfile });
    expect(vagrant.warnings).toEqual([]);
    expect(compact(vagrant.findings)).toEqual(["vagrant-box:bento/ubuntu-22.04@2", "vagrant-provisioner:ansible@3"]);
    const template = 'packer {\n  required_version = ">= 1.9.0"\n}\n\nsource "amazon-ebs" "web" {\n  region = "eu-west-1"\n}\n\nbuild {\n  sources = ["source.amazon-ebs.web"]\n  provisioner "Ansible" {\n    playbook_file = "./site.yml"\n  }\n}\n';
    const packer = await detectorFindings(hashicorpDetector, { "web.pkr.hcl": template });
    expect(packer.warnings).toEqual([]);
    expect(compact(packer.findings)).toEqual(["format:packer-required-version@2 >= 1.9.0 ->1.9.0", "packer-builder:amazon-ebs@5", "packer-provisioner:ansible@11"]);
  });
});
