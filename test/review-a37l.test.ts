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
