import { describe, expect, it } from "vitest";
import { ciDetector } from "../detectors/ci/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// reportImageRefs reports each image once a file, whichever CI reader lists it: GitLab's jobs
// repeat the default image by name, as many pipelines do.
describe("ci: a CI file's images, each once", () => {
  it("GitLab: the default image and two jobs naming it again, a third job another", async () => {
    const gitlab = [
      "image: node:20.11-alpine",
      "",
      "build:",
      "  image: node:20.11-alpine",
      "  script: npm ci",
      "",
      "test:",
      "  image: postgres:16.2",
      "  script: npm test",
      "",
      "lint:",
      "  image: node:20.11-alpine",
      "  script: npm run lint",
      "",
    ].join("\n");
    const { findings, warnings } = await detectorFindings(ciDetector, { ".gitlab-ci.yml": gitlab });
    expect(warnings).toEqual([]);
    expect(compact(findings.filter((f) => f.ref.startsWith("docker:")))).toEqual(["docker:node@1 20.11-alpine ->20.11", "docker:postgres@8 16.2 ->16.2"]);
  });
});
