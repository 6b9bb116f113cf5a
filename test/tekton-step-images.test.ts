import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

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
