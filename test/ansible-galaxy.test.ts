import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { readGalaxyRequirements } from "../detectors/infra/ansible-galaxy.js";
import { parseYaml } from "../src/parse/yaml.js";
import { tool } from "./helpers.js";

// Ansible Galaxy's requirements.yml: the roles and collections a playbook repository installs.
describe("Ansible Galaxy requirements", () => {
  it("reads roles and collections by Galaxy name, in both layouts; a URL source by its name; other YAML is none", () => {
    const modern = "roles:\n  - name: geerlingguy.Docker\n    version: 7.1.0\n  - src: https://github.com/acme/ansible-role-app.git\n    name: acme.app\n  - src: https://github.com/acme/unnamed.git\ncollections:\n  - name: community.postgresql\n    version: '>=3.0.0'\n  - community.general\n";
    expect(readGalaxyRequirements(parseYaml(modern))).toEqual(["geerlingguy.docker", "acme.app", "community.postgresql", "community.general"]);
    expect(readGalaxyRequirements(parseYaml("- src: geerlingguy.nginx\n- name: geerlingguy.php\n  version: 5.0.0\n"))).toEqual(["geerlingguy.nginx", "geerlingguy.php"]);
    expect(readGalaxyRequirements(parseYaml("collections: []\n"))).toEqual([]);
    // A list of anything else, a mapping without roles or collections: some other requirements.yml.
    expect(readGalaxyRequirements(parseYaml("- Node 20\n- a database\n"))).toBeUndefined();
    expect(readGalaxyRequirements(parseYaml("dependencies:\n  - name: redis\n"))).toBeUndefined();
  });

  it("names Ansible and the tools its roles and collections install, without the role's release", async () => {
    const { document } = await scan(new MemorySource({ "ansible/requirements.yml": "roles:\n  - name: geerlingguy.docker\n    version: 7.1.0\ncollections:\n  - name: community.postgresql\n" }), { git: false });
    expect(tool(document.tools, "Ansible")).toMatchObject({ detection_source: "ansible/requirements.yml" });
    expect(tool(document.tools, "Docker")).toMatchObject({ detection_source: "ansible/requirements.yml" });
    expect(tool(document.tools, "Docker")?.version).toBeUndefined();
    expect(tool(document.tools, "PostgreSQL")).toBeDefined();
  });

  it("a Helm 2 chart's requirements.yaml stays the chart's; a list of notes names no Ansible", async () => {
    const helm = await scan(new MemorySource({ "chart/Chart.yaml": "apiVersion: v1\nname: app\nversion: 0.1.0\n", "chart/requirements.yaml": "dependencies:\n  - name: redis\n    version: 17.0.0\n    repository: https://charts.bitnami.com/bitnami\n" }), { git: false });
    expect(tool(helm.document.tools, "Ansible")).toBeUndefined();
    expect(tool(helm.document.tools, "Redis")).toBeDefined();
    const notes = await scan(new MemorySource({ "docs/requirements.yml": "- Node 20\n- PostgreSQL 16\n" }), { git: false });
    expect(notes.document.tools).toEqual([]);
  });
});
