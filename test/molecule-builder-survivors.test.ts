import { describe, expect, it } from "vitest";
import { infraDetector } from "../detectors/infra/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// Molecule scenarios and Ansible Builder definitions in the shapes roles and AWX users write that
// stop 61's tests left out: a driver named through an environment variable, a driver section left
// empty or without a name, a pin written with blanks, an inline galaxy list that does not parse,
// and another tool's file named execution-environment.yml.

const found = async (files: Record<string, string>) => {
  const { findings, warnings } = await detectorFindings(infraDetector, files);
  return { found: compact(findings), warnings };
};

const SCENARIO = (driver: string) => `---
dependency:
  name: galaxy
driver:
${driver}platforms:
  - name: instance
    image: quay.io/centos/centos:stream9
provisioner:
  name: ansible
`;

describe("Molecule's driver", () => {
  it("a driver named through an environment variable names no driver tool", async () => {
    for (const name of ["${MOLECULE_DRIVER:-docker}", "$MOLECULE_DRIVER"]) {
      expect(await found({ "molecule/default/molecule.yml": SCENARIO(`  name: ${name}\n`) }), name).toEqual({ found: ["format:molecule-scenario"], warnings: [] });
    }
  });

  it("a driver section with options but no name is a scenario naming no driver; one left empty is no scenario", async () => {
    expect(await found({ "molecule/default/molecule.yml": SCENARIO("  options:\n    managed: false\n") })).toEqual({ found: ["format:molecule-scenario"], warnings: [] });
    expect(await found({ "molecule/default/molecule.yml": SCENARIO("  # name: docker\n") })).toEqual({ found: [], warnings: [] });
  });
});

describe("Ansible Builder's definition", () => {
  const definition = (core: string, galaxy: string) => `---
version: 3
dependencies:
  ansible_core:
    package_pip: ${core}
  galaxy: |
${galaxy}
`;

  it("an exact pin written with blanks around == is the release", async () => {
    expect((await found({ "execution-environment.yml": definition("ansible-core == 2.15.8", "    collections:\n      - name: community.general") })).found).toEqual([
      "format:ansible-execution-environment@5 ->2.15.8",
      "ansible-galaxy:community.general@8",
    ]);
  });

  it("an inline galaxy list that does not parse is warned of, and its collections left unread", async () => {
    const r = await found({ "execution-environment.yml": definition("ansible-core==2.16.3", "    collections:\n      - name: awx.awx\n     - name: [broken") });
    expect(r.found).toEqual(["format:ansible-execution-environment@5 ->2.16.3"]);
    expect(r.warnings).toEqual(["execution-environment.yml: malformed YAML in dependencies.galaxy: its collections are not read"]);
  });

  it("another tool's execution-environment.yml, whose dependencies are a list, is no definition", async () => {
    expect(await found({ "execution-environment.yml": "name: build\ndependencies:\n  - python3\n  - git\n" })).toEqual({ found: [], warnings: [] });
  });
});
