import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { infraDetector } from "../detectors/infra/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// Molecule, which tests an Ansible role or collection: each scenario's molecule.yml names its
// driver, the machines the tests converge (Docker or Podman containers, Vagrant boxes), as roles
// on Ansible Galaxy keep them (molecule/default/molecule.yml beside the role's meta/main.yml).

const DOCKER_SCENARIO = `---
dependency:
  name: galaxy
driver:
  name: docker
platforms:
  - name: instance
    image: "geerlingguy/docker-\${MOLECULE_DISTRO:-ubuntu2204}-ansible:latest"
    command: \${MOLECULE_DOCKER_COMMAND:-""}
    volumes:
      - /sys/fs/cgroup:/sys/fs/cgroup:rw
    cgroupns_mode: host
    privileged: true
    pre_build_image: true
provisioner:
  name: ansible
  playbooks:
    converge: \${MOLECULE_PLAYBOOK:-converge.yml}
verifier:
  name: ansible
`;
const CONVERGE = `---
- name: Converge
  hosts: all
  become: true
  roles:
    - role: acme.webserver
`;

const found = async (files: Record<string, string>) => {
  const { findings, warnings } = await detectorFindings(infraDetector, files);
  expect(warnings).toEqual([]);
  return compact(findings);
};

describe("Molecule scenarios", () => {
  it("a scenario's driver, at its own name line; the converge playbook beside it is a playbook", async () => {
    expect(await found({ "molecule/default/molecule.yml": DOCKER_SCENARIO, "molecule/default/converge.yml": CONVERGE })).toEqual([
      "format:ansible-playbook",
      "format:molecule-scenario",
      "molecule-driver:docker@5",
    ]);
  });

  it("other drivers, in a role kept below the repository's root; a driver's options before its name", async () => {
    const podman = "driver:\n  options:\n    managed: true\n  name: Podman\nplatforms:\n  - name: podman\n    image: quay.io/centos/centos:stream9\n";
    expect(await found({ "roles/web/molecule/rocky/molecule.yml": podman })).toEqual(["format:molecule-scenario", "molecule-driver:podman@4"]);
    expect(await found({ "molecule/vagrant/molecule.yaml": "driver:\n  name: vagrant\n  provider:\n    name: virtualbox\n" })).toEqual(["format:molecule-scenario", "molecule-driver:vagrant@2"]);
  });

  it("a molecule.yml with no driver section, or outside a scenario's folder, is no scenario", async () => {
    expect(await found({ "molecule/default/molecule.yml": "platforms:\n  - name: instance\n" })).toEqual([]);
    expect(await found({ "molecule.yml": DOCKER_SCENARIO, "ci/molecule/molecule.yml": "driver: docker\n" })).toEqual([]);
  });

  it("names Ansible and the driver's tool; the default driver makes no machines of its own", async () => {
    const tools = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false })).document.tools.map((t) => t.name).sort();
    expect(await tools({ "molecule/default/molecule.yml": DOCKER_SCENARIO })).toEqual(["Ansible", "Docker"]);
    expect(await tools({ "molecule/default/molecule.yml": "driver:\n  name: default\n" })).toEqual(["Ansible"]);
  });
});
