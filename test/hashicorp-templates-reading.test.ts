import { describe, expect, it } from "vitest";
import { hashicorpDetector } from "../detectors/hashicorp/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// Packer's JSON templates (the legacy form and HCL's JSON form), an HCL template's `packer { }` block
// and a Nomad job, each read alone finding by finding, as `packer fix`, `packer hcl2_upgrade` and
// `nomad job init` leave them. For a mutation round (5 December 2026, a54c).
const findings = async (files: Record<string, string>): Promise<string[]> => {
  const run = await detectorFindings(hashicorpDetector, files);
  expect(run.warnings).toEqual([]);
  return compact(run.findings);
};

describe("Packer's JSON templates", () => {
  it("a legacy packer.json: the template itself, each builder type once at its first line and each provisioner", async () => {
    const template = JSON.stringify(
      {
        variables: { aws_region: "eu-west-1", docker_image: "ubuntu:22.04" },
        builders: [
          { type: "amazon-ebs", region: "{{user `aws_region`}}", instance_type: "t3.micro", ami_name: "web-{{timestamp}}" },
          { type: "docker", image: "{{user `docker_image`}}", commit: true },
          { type: "amazon-ebs", name: "web-arm", region: "{{user `aws_region`}}", instance_type: "t4g.micro" },
          { name: "no type" },
        ],
        provisioners: [
          { type: "shell", inline: ["sudo apt-get update"] },
          { type: "ansible", playbook_file: "./playbook.yml" },
          { type: "shell", script: "./cleanup.sh" },
        ],
      },
      null,
      2,
    );
    expect(await findings({ "packer.json": template })).toEqual([
      "format:packer-template",
      "packer-builder:amazon-ebs@8",
      "packer-builder:docker@14",
      "packer-provisioner:shell@30",
      "packer-provisioner:ansible@36",
    ]);
  });

  it("a legacy template without provisioners names its builders; one of builders without a type names nothing", async () => {
    const template = '{\n  "builders": [\n    {\n      "type": "virtualbox-iso",\n      "guest_os_type": "Ubuntu_64"\n    }\n  ]\n}\n';
    expect(await findings({ "packer/base.json": template })).toEqual(["format:packer-template", "packer-builder:virtualbox-iso@4"]);
    expect(await findings({ "packer/base.json": '{\n  "builders": [\n    { "name": "base" }\n  ]\n}\n' })).toEqual([]);
  });

  it("a packer/ folder's variables file, holding no template, names nothing and is not parsed (a broken one warns of nothing)", async () => {
    expect(await findings({ "packer/variables.json": '{\n  "aws_region": "eu-west-1",\n  "instance_type": "t3.micro"\n}\n' })).toEqual([]);
    expect(await findings({ "packer/secrets.json": '{\n  "token": "abc",\n' })).toEqual([]);
  });

  it("HCL's JSON form (*.pkr.json): its sources by builder type and its builds' provisioners, no legacy template", async () => {
    const template = JSON.stringify(
      {
        source: { "amazon-ebs": { web: { region: "eu-west-1", instance_type: "t3.micro" } }, googlecompute: { web: { project_id: "acme" } } },
        build: [
          { sources: ["source.amazon-ebs.web"], provisioner: [{ shell: { inline: ["echo hi"] } }, { ansible: { playbook_file: "site.yml" } }] },
          { sources: ["source.googlecompute.web"], provisioner: { shell: { inline: ["echo again"] } } },
        ],
      },
      null,
      2,
    );
    expect(await findings({ "web.pkr.json": template })).toEqual([
      "packer-builder:amazon-ebs@3",
      "packer-builder:googlecompute@9",
      "packer-provisioner:shell@22",
      "packer-provisioner:ansible@29",
    ]);
    // one build as an object, not a list
    const single = JSON.stringify({ source: { docker: { app: { image: "ubuntu:22.04", commit: true } } }, build: { sources: ["source.docker.app"], provisioner: [{ shell: { inline: ["apt-get update"] } }] } }, null, 2);
    expect(await findings({ "app.pkr.json": single })).toEqual(["packer-builder:docker@3", "packer-provisioner:shell@16"]);
  });

  it("a *.pkr.json with neither builders nor sources (a variables file in HCL's JSON form) names nothing", async () => {
    expect(await findings({ "vars.pkr.json": '{\n  "variable": {\n    "region": { "default": "eu-west-1" }\n  }\n}\n' })).toEqual([]);
  });
});

describe("a Packer HCL template's packer { } block", () => {
  it("required_version after a required_plugins block is the template's floor; a plugin's own version is not", async () => {
    const template = [
      "packer {",
      "  required_plugins {",
      "    amazon = {",
      '      version = ">= 1.2.8"',
      '      source  = "github.com/hashicorp/amazon"',
      "    }",
      "  }",
      '  required_version = ">= 1.10.0, < 2.0.0"',
      "}",
      "",
      'source "amazon-ebs" "ubuntu" {',
      '  ami_name      = "learn-packer-linux-aws"',
      '  instance_type = "t2.micro"',
      "}",
      "",
      "build {",
      '  name    = "learn-packer"',
      "  sources = [\"source.amazon-ebs.ubuntu\"]",
      '  provisioner "shell" {',
      '    inline = ["echo Installing Redis"]',
      "  }",
      "}",
      "",
    ].join("\n");
    expect(await findings({ "aws-ubuntu.pkr.hcl": template })).toEqual([
      "format:packer-required-version@8 >= 1.10.0, < 2.0.0 ->1.10.0",
      "packer-builder:amazon-ebs@11",
      "packer-provisioner:shell@19",
    ]);
  });

  it("a packer block of plugins only names no floor; a required_version outside any packer block is none either", async () => {
    const plugins = 'packer {\n  required_plugins {\n    docker = {\n      version = ">= 1.0.8"\n      source = "github.com/hashicorp/docker"\n    }\n  }\n}\n\nsource "docker" "ubuntu" {\n  image  = "ubuntu:jammy"\n  commit = true\n}\n';
    expect(await findings({ "docker-ubuntu.pkr.hcl": plugins })).toEqual(["packer-builder:docker@10"]);
    const stray = 'variable "required_version" {\n  default = "1.0"\n}\nlocals {\n  required_version = ">= 1.9.0"\n}\n';
    expect(await findings({ "variables.pkr.hcl": stray })).toEqual([]);
  });
});

describe("a Nomad job", () => {
  it("each task's driver and the image a Docker task runs, at their lines; a templated image and a commented task are none", async () => {
    const job = [
      'job "example" {',
      '  datacenters = ["dc1"]',
      "",
      '  group "cache" {',
      "    network {",
      '      port "db" {',
      "        to = 6379",
      "      }",
      "    }",
      "",
      '    task "redis" {',
      '      driver = "docker"',
      "",
      "      config {",
      '        image          = "redis:7.2"',
      '        ports          = ["db"]',
      "        auth_soft_fail = true",
      "      }",
      "    }",
      "",
      '    task "app" {',
      '      driver = "Docker"',
      '      config { image = "${var.app_image}" }',
      "    }",
      "",
      "    # task \"legacy\" {",
      '    #   driver = "java"',
      "    # }",
      '    task "batch" {',
      '      driver = "exec"',
      "    }",
      "  }",
      "}",
      "",
    ].join("\n");
    expect(await findings({ "jobs/example.nomad.hcl": job })).toEqual([
      "nomad-driver:docker@12",
      "docker:redis@15 7.2 ->7.2",
      "nomad-driver:docker@22",
      "nomad-driver:exec@30",
    ]);
  });
});
