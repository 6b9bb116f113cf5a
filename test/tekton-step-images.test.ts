import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { infraDetector } from "../detectors/infra/index.js";
import { detectorFindings } from "./detector-findings.js";
import { expectFinishesWithin } from "./work-budget.js";

// A repository whose CI runs on Tekton: its Tasks and Pipelines kept in a tekton/ (or .tekton/)
// folder, outside the manifest folders. The step images name the toolchains the CI builds with,
// as a CI job's image does; a `$(params.image)` substitution names nothing.
const task = `apiVersion: tekton.dev/v1
kind: Task
metadata:
  name: go-test
spec:
  params:
    - name: image
  stepTemplate:
    image: golang:1.23
  steps:
    - name: test
      script: go test ./...
    - name: lint
      image: golangci/golangci-lint:v1.60.3
      script: golangci-lint run
    - name: custom
      image: $(params.image)
  sidecars:
    - name: db
      image: postgres:16.4
---
apiVersion: tekton.dev/v1
kind: Pipeline
metadata:
  name: ci
spec:
  tasks:
    - name: e2e
      taskSpec:
        steps:
          - name: cypress
            image: cypress/included:13.13.0
`;

describe("Tekton's step images", () => {
  it("a Task's steps, step template and sidecars, and a Pipeline's inline task, outside the manifest folders", async () => {
    const { document, warnings } = await scan(new MemorySource({ ".tekton/ci.yaml": task }), { git: false });
    expect(warnings).toEqual([]);
    const tools = Object.fromEntries(document.tools.map((t) => [t.name, t.version ?? "-"]));
    expect(tools).toMatchObject({ Golang: "1.23", "golangci-lint": "1.60.3", PostgreSQL: "16.4", Cypress: "13.13.0", Tekton: "-" });
  });
});

describe("Tekton's step images in a file of thousands of Tasks", () => {
  // Each Task's image was looked up from the top of the file, once per document: 20,000 Tasks of
  // one file took 20 s. The lines of a file's `image:` values are now read in one pass.
  it("are read in one pass, each at the line of its first `image:`", async () => {
    const tasks = Array.from({ length: 20000 }, (_, i) => `apiVersion: tekton.dev/v1\nkind: Task\nmetadata:\n  name: t${i}\nspec:\n  steps:\n    - name: s\n      image: "golang:1.${i}"\n`).join("---\n");
    const { findings } = await expectFinishesWithin(() => detectorFindings(infraDetector, { "tekton/tasks.yaml": tasks }), 40);
    const images = findings.filter((f) => f.ref === "docker:golang");
    expect(images).toHaveLength(20000);
    // Task i opens at line 9i + 1 (eight lines and a `---`); its image is the eighth.
    expect(images.slice(0, 3).map((f) => [f.line, f.version])).toEqual([[8, "1.0"], [17, "1.1"], [26, "1.2"]]);
    expect(images.at(-1)!.line).toBe(9 * 19999 + 8);
  });
});
