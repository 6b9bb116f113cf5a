import { describe, expect, it } from "vitest";
import { detectorFindings } from "./detector-findings.js";
import { ciDetector } from "../detectors/ci/index.js";

// Stop 69's mutation round of detectors/ci/buildkite.ts: a file is a pipeline by its name only where
// the name itself starts with `pipeline` (.buildkite/pipeline.release.yml), not where a folder does.
// A `.buildkite/pipelines/` folder holds pipelines and what they use: the compose file the
// docker-compose plugin's `config:` names there is no pipeline.
describe("a .buildkite/pipelines/ folder", () => {
  it("reads the pipelines in it and not the compose file beside them", async () => {
    const files = {
      ".buildkite/pipeline.yml": "steps:\n  - label: upload\n    command: buildkite-agent pipeline upload .buildkite/pipelines/test.yml\n",
      ".buildkite/pipelines/test.yml": [
        "steps:",
        "  - label: ':docker: test'",
        "    plugins:",
        "      - docker-compose#v4.16.0:",
        "          run: app",
        "          config: .buildkite/pipelines/docker-compose.yml",
        "",
      ].join("\n"),
      ".buildkite/pipelines/docker-compose.yml": "services:\n  app:\n    build: ../..\n  db:\n    image: postgres:16.2\n",
    };
    const { findings, warnings } = await detectorFindings(ciDetector, files);
    expect(warnings).toEqual([]);
    expect([...new Set(findings.map((f) => f.file))].sort()).toEqual([".buildkite/pipelines/test.yml"]);
  });
});
