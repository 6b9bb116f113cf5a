import { describe, expect, it } from "vitest";
import { scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { readTerraform } from "../detectors/infra/terraform.js";
import { fixture } from "./helpers.js";

const tool = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name);

describe("infrastructure", () => {
  it("reads Terraform providers and modules as text", () => {
    const use = readTerraform('terraform {\n  required_providers {\n    google = { source = "hashicorp/google", version = "5.10.0" } # pinned\n  }\n}\nprovider "random" {}\nmodule "net" {\n  source = "./modules/net"\n}\n');
    expect(use.providers).toEqual([{ name: "google", source: "hashicorp/google", version: "5.10.0" }, { name: "random" }]);
    expect(use.modules).toEqual([{ name: "net", source: "./modules/net" }]);
  });

  it("Terraform with its lockfile, Kubernetes manifests, a Helm chart and an Ansible playbook", async () => {
    const { document, warnings } = await scan(fixture("infra-repo"), { git: false });
    expect(warnings).toEqual([]);
    expect(tool(document.tools, "Terraform")).toBeDefined();
    expect(tool(document.tools, "Amazon Web Services (AWS)")?.version).toBe("5.31.0");
    expect(tool(document.tools, "CloudFlare")?.version).toBe("4.21.0");
    expect(tool(document.tools, "Kubernetes")?.detection_source).toBe("k8s/deployment.yaml");
    expect(tool(document.tools, "Redis")?.version).toBe("7.2");
    expect(tool(document.tools, "Helm")).toBeDefined();
    expect(tool(document.tools, "PostgreSQL")?.version).toBe("13.2.0");
    expect(tool(document.tools, "Ansible")?.detection_source).toBe("playbook.yml");
  });
});
