import { describe, expect, it } from "vitest";
import { ciDetector } from "../detectors/ci/index.js";
import { detectorFindings } from "./detector-findings.js";

// Review of the a37i/a37j merges: hostile and ordinary inputs of what they added.
describe("Azure Pipelines templates, each read once", () => {
  it("reports a template once however many pipelines reach it", async () => {
    // A ring of pipelines in a .azure-pipelines/ folder, each naming the next as a template: each
    // pipeline followed the whole ring afresh (quadratic: 300 such files took 15 s, 2,000 five minutes).
    const files: Record<string, string> = {};
    const n = 30;
    for (let i = 0; i < n; i++) files[`.azure-pipelines/p${i}.yml`] = `steps:\n- template: p${(i + 1) % n}.yml\n- task: UsePythonVersion@0\n  inputs:\n    versionSpec: '3.1${i % 10}'\n`;
    // Two roots sharing one template kept elsewhere.
    files["azure-pipelines.yml"] = "steps:\n- template: ci/steps.yml\n";
    files["build/azure-pipelines.yml"] = "steps:\n- template: /ci/steps.yml\n";
    files["ci/steps.yml"] = "steps:\n- task: UseNode@1\n  inputs:\n    version: '20.x'\n";
    const { findings } = await detectorFindings(ciDetector, files);
    const tasks = findings.filter((f) => f.ref.startsWith("azure-task:"));
    const perFile = new Map<string, number>();
    for (const f of tasks) perFile.set(f.file, (perFile.get(f.file) ?? 0) + 1);
    expect(perFile.get("ci/steps.yml")).toBe(1);
    expect(perFile.get(".azure-pipelines/p0.yml")).toBe(1);
    expect(tasks).toHaveLength(n + 1);
  });
});

describe("Azure Pipelines templates, hostile references", () => {
  it("stops at loops, leaves the repository never, takes `/` as its root", async () => {
    const files: Record<string, string> = {
      "build/azure-pipelines.yml": "steps:\n- template: azure-pipelines.yml\n- template: a.yml\n- template: ../../../etc/x.yml\n- template: /shared/abs.yml\n- template: x.yml@templates\n- template: ${{ parameters.t }}.yml\n",
      "build/a.yml": "steps:\n- template: b.yml\n- task: UsePythonVersion@0\n  inputs:\n    versionSpec: '3.12'\n",
      "build/b.yml": "steps:\n- template: a.yml\n- template: ..\\shared\\abs.yml\n",
      "shared/abs.yml": "steps:\n- task: UseNode@1\n  inputs:\n    version: '20.x'\n",
      "x.yml": "steps:\n- task: Gradle@3\n",
      "etc/x.yml": "steps:\n- task: Maven@4\n",
    };
    const { findings, warnings } = await detectorFindings(ciDetector, files);
    expect(findings.filter((f) => f.ref.startsWith("azure-task:")).map((f) => `${f.ref} ${f.file}`).sort()).toEqual([
      "azure-task:usenode shared/abs.yml",
      "azure-task:usepythonversion build/a.yml",
    ]);
    expect(warnings).toEqual([]);
  });

  it("follows a chain of templates only so far", async () => {
    const files: Record<string, string> = { "azure-pipelines.yml": "steps:\n- template: t/0.yml\n" };
    for (let i = 0; i < 2000; i++) files[`t/${i}.yml`] = `steps:\n- template: ${i + 1}.yml\n- task: Bash@3\n`;
    const { findings } = await detectorFindings(ciDetector, files);
    expect(findings.filter((f) => f.ref === "azure-task:bash").length).toBe(100);
  });
});
