import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { infraDetector } from "../detectors/infra/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// Ansible Builder's execution environment definitions, as AWX and Automation Platform users keep
// them: schema 3 with an ansible-core pin and the collections inline, schema 1 naming its files.

const V3 = `---
version: 3
images:
  base_image:
    name: quay.io/centos/centos:stream9
dependencies:
  ansible_core:
    package_pip: ansible-core==2.16.3
  ansible_runner:
    package_pip: ansible-runner
  galaxy: |
    ---
    collections:
      - name: awx.awx
      - name: community.postgresql
        version: ">=3.2.0"
      - name: kubernetes.core
  python:
    - psycopg2-binary
  system: |
    git-core [platform:rpm]
`;
const V1 = `---
version: 1
build_arg_defaults:
  EE_BASE_IMAGE: 'quay.io/ansible/ansible-runner:latest'
ansible_config: 'ansible.cfg'
dependencies:
  galaxy: requirements.yml
  python: requirements.txt
  system: bindep.txt
`;

const found = async (files: Record<string, string>) => {
  const { findings, warnings } = await detectorFindings(infraDetector, files);
  expect(warnings).toEqual([]);
  return compact(findings);
};

describe("Ansible execution environments", () => {
  it("schema 3: the exact ansible-core pin, and the collections its galaxy dependencies list inline", async () => {
    expect(await found({ "execution-environment.yml": V3 })).toEqual(["format:ansible-execution-environment@8 ->2.16.3", "ansible-galaxy:awx.awx@14", "ansible-galaxy:community.postgresql@15", "ansible-galaxy:kubernetes.core@17"]);
  });

  it("a range or a bare package names no release; a galaxy mapping is read, a file name is that file's", async () => {
    const ranged = V3.replace("ansible-core==2.16.3", "ansible-core>=2.15.0rc2,<2.16").replace(/ {2}galaxy: \|[\s\S]*?(?= {2}python:)/, "  galaxy:\n    collections:\n      - community.docker\n");
    expect(await found({ "ee/execution_environment.yaml": ranged })).toEqual(["format:ansible-execution-environment", "ansible-galaxy:community.docker@13"]);
    expect(await found({ "execution-environment.yml": V1 })).toEqual(["format:ansible-execution-environment"]);
  });

  it("a pre-release pin is read as requirements.txt's same pin is: the finding holds it, the document writes what it writes for that pin", async () => {
    const rc = V3.replace("ansible-core==2.16.3", "ansible-core==2.17.0rc1");
    expect((await found({ "execution-environment.yml": rc }))[0]).toBe("format:ansible-execution-environment@8 ->2.17.0rc1");
    const ansibleOf = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false })).document.tools.find((t) => t.name === "Ansible")?.version ?? "-";
    for (const pin of ["ansible-core==2.17.0rc1", "ansible-core===2.15.8", "ansible_core == 2.16.0b2"]) {
      const fromRequirements = await ansibleOf({ "requirements.txt": `${pin}\n` });
      expect([pin, await ansibleOf({ "execution-environment.yml": V3.replace("ansible-core==2.16.3", pin) })]).toEqual([pin, fromRequirements]);
    }
  });

  // Event-Driven Ansible's decision environments are built by Ansible Builder from the same schema,
  // kept as decision-environment.yml (3 owners: TimGrt, ericcames, smartgic), on a de-minimal base.
  it("a decision environment (decision-environment.yml) is read as an execution environment", async () => {
    const de = V3.replace("quay.io/centos/centos:stream9", "registry.redhat.io/ansible-automation-platform-25/de-minimal-rhel9:latest").replace("awx.awx", "ansible.eda");
    expect(await found({ "decision-environment.yml": de })).toEqual(["format:ansible-execution-environment@8 ->2.16.3", "ansible-galaxy:ansible.eda@14", "ansible-galaxy:community.postgresql@15", "ansible-galaxy:kubernetes.core@17"]);
    expect(await found({ "eda/decision_environment.yaml": V1 })).toEqual(["format:ansible-execution-environment"]);
  });

  it("a file of that name holding no definition names nothing", async () => {
    expect(await found({ "execution-environment.yml": "name: dev\nsteps: []\n" })).toEqual([]);
  });

  it("names Ansible at the pinned release, and the servers its collections manage", async () => {
    const { document } = await scan(new MemorySource({ "execution-environment.yml": V3 }), { git: false });
    expect(Object.fromEntries(document.tools.map((t) => [t.name, t.version ?? "-"]))).toEqual({ Ansible: "2.16.3", PostgreSQL: "-", Kubernetes: "-" });
  });
});
