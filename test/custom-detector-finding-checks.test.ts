import { describe, expect, it } from "vitest";
import { MemorySource, REPO_METADATA, scan, type Detector, type Finding } from "../src/index.js";

// A custom detector's finding that names no catalog tool, no kind, or a file the scan never listed:
// a warning naming the detector and the ref, not the silence of "nothing found".
const tree = {
  "deno.json": '{ "tasks": { "dev": "deno run --watch main.ts" } }\n',
  "docker-compose.yml": "services:\n  cache:\n    image: redis:7.2-alpine\n",
};

function reporting(findings: Finding[]): Detector {
  return {
    name: "mine",
    files: ["deno.json", "docker-compose.yml"],
    async detect(ctx) {
      for (const finding of findings) ctx.report(finding);
    },
  };
}

describe("custom detector findings", () => {
  it("an unknown tool id is a warning naming the detector and the ref, with the catalog's near spelling", async () => {
    const { document, warnings } = await scan(new MemorySource(tree), { detectors: [reporting([{ ref: "tool:Deno", file: "deno.json" }, { ref: "tool:no-such-tool", file: "deno.json" }, { ref: "tool:no-such-tool", file: "docker-compose.yml" }])], disable: true });
    expect(warnings).toEqual([
      { file: "deno.json", message: "detector mine: tool:Deno is no catalog tool (did you mean tool:deno?); the finding is dropped" },
      { file: "deno.json", message: "detector mine: tool:no-such-tool is no catalog tool; the finding is dropped" },
    ]);
    // The catalog's file matchers still name Deno and Docker Compose from their files; nothing else is added.
    expect(document.tools.map((t) => t.name).sort()).toEqual(["Deno", "Docker Compose"]);
  });

  it("a ref without a kind is a warning, not dropped without a word", async () => {
    const { warnings } = await scan(new MemorySource(tree), { detectors: [reporting([{ ref: "garbage", file: "deno.json" }, { ref: "redis", file: "docker-compose.yml" }])], disable: true });
    expect(warnings).toEqual([
      { file: "deno.json", message: "detector mine: garbage is no ref (<kind>:<name>, as tool:redis or npm:react); the finding is dropped" },
      { file: "docker-compose.yml", message: "detector mine: redis is no ref (<kind>:<name>, as tool:redis or npm:react; did you mean tool:redis?); the finding is dropped" },
    ]);
  });

  it("a file the scan did not list is refused with a warning; the repository's metadata and a listed file are taken", async () => {
    const { document, warnings } = await scan(new MemorySource(tree), { detectors: [reporting([{ ref: "tool:redis", file: "not/listed.yml" }, { ref: "tool:git", file: REPO_METADATA }, { ref: "tool:redis", file: "docker-compose.yml", version: "7.2" }])], disable: true });
    expect(warnings).toEqual([{ file: "not/listed.yml", message: "detector mine: tool:redis is reported from not/listed.yml, which the scan did not list; the finding is dropped" }]);
    expect(document.tools.find((t) => t.name === "Redis")).toMatchObject({ detection_source: "docker-compose.yml", version: "7.2" });
    expect(document.tools.map((t) => t.name)).toContain("Git");
  });
});
