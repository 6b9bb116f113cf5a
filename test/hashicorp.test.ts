import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { readVagrantfile } from "../detectors/hashicorp/vagrantfile.js";
import { readHclLines } from "../detectors/hashicorp/hcl-lines.js";
import { fixture, tool } from "./helpers.js";

// Vagrantfiles, Packer templates and Nomad jobs (detectors/hashicorp), read as text.
describe("HashiCorp's machine and job files", () => {
  it("a Vagrantfile: providers as strings or symbols, provisioners by name or by a named one's type; comments skipped", () => {
    const text = [
      'Vagrant.configure("2") do |config|',
      '  config.vm.box = "Ubuntu/jammy64" # the LTS',
      '  config.vm.provider "virtualbox" do |vb|',
      "  end",
      "  config.vm.provider :docker do |d|",
      "  end",
      '  # config.vm.provision "puppet"',
      '  config.vm.provision "setup", type: "shell", inline: "true"',
      '  config.vm.provision "web", :type => "ansible_local"',
      "  config.vm.provision :chef_solo do |chef|",
      "  end",
      "  web.vm.provision(\"docker\") { |d| d.run \"redis\" }",
      "end",
    ].join("\n");
    expect(readVagrantfile(text)).toEqual({
      providers: [{ name: "virtualbox", line: 3 }, { name: "docker", line: 5 }],
      provisioners: [{ name: "shell", line: 8 }, { name: "ansible_local", line: 9 }, { name: "chef_solo", line: 10 }, { name: "docker", line: 12 }],
      boxes: [{ name: "ubuntu/jammy64", line: 2 }],
    });
  });

  it("HCL lines: labelled blocks and plain string attributes, also inside a block opened on the line; variables and comments left out", () => {
    const text = 'source "amazon-ebs" "web" {\n  region = var.region\n  # image = "nope:1"\n  ami = "${var.ami}"\n}\nconfig { image = "redis:7.2" }\n// driver = "exec"\ndriver = "docker" # the default\n';
    expect(readHclLines(text)).toEqual([
      { line: 1, block: ["source", "amazon-ebs"] },
      { line: 6, attribute: ["image", "redis:7.2"] },
      { line: 8, attribute: ["driver", "docker"] },
    ]);
  });

  it("a repository of a Vagrantfile, a Packer template and a Nomad job: the machines, images and provisioners they name", async () => {
    const { document, warnings } = await scan(fixture("hashicorp-machines"), { git: false });
    expect(warnings).toEqual([]);
    const from = (name: string) => tool(document.tools, name)?.detection_source;
    expect(from("Vagrant")).toBe("Vagrantfile");
    expect(from("VirtualBox")).toBe("Vagrantfile");
    expect(from("Ubuntu")).toBe("Vagrantfile"); // ubuntu/jammy64, the box the machine boots
    expect(from("Packer")).toBe("packer/web.pkr.hcl");
    expect(from("Amazon EC2")).toBe("packer/web.pkr.hcl");
    expect(from("Nomad")).toBe("jobs/cache.nomad.hcl");
    expect(from("Docker")).toBe("jobs/cache.nomad.hcl");
    expect(tool(document.tools, "Redis")).toMatchObject({ version: "7.2.4", detection_source: "jobs/cache.nomad.hcl" });
    // Provisioned by Ansible from both the Vagrantfile and the template; a shell provisioner names nothing.
    expect(tool(document.tools, "Ansible")).toBeDefined();
    expect(tool(document.tools, "Shell")).toBeUndefined();
    // A provider left in a comment is not one.
    expect(document.tools.map((t) => t.name)).not.toContain("Hyper-V");
  });

  it("names nothing from a Vagrantfile or job that uses no known plugin", async () => {
    const { document } = await scan(new MemorySource({ Vagrantfile: 'Vagrant.configure("2") do |c|\n  c.vm.provider "hyperv"\n  c.vm.provision "shell", inline: "echo hi"\nend\n', "app.nomad": 'job "a" {\n  task "t" {\n    driver = "exec"\n  }\n}\n' }), { git: false });
    expect(document.tools.map((t) => t.name).sort()).toEqual(["Nomad", "Vagrant"]);
  });
});
