import { describe, expect, it } from "vitest";
import { parse, validate } from "../src/index.js";
import { toolsOf } from "./helpers.js";

// A techstack.yml edited by hand (a manual entry) writes numbers plainly; the site's writer quotes
// them. What the types call a string is read as the text written, not as a YAML number.
describe("parse: string fields written as plain numbers", () => {
  it("keeps a tool's version, name and license as written", () => {
    const doc = parse("repo_name: acme/shop\nversion: 0.1\ndetected_tools_count: 2\ntools:\n- name: Python\n  version: 3.10\n- name: 1e3\n  version: 2\n  license: 0\n");
    expect(toolsOf(doc).map((t) => [t.name, t.version])).toEqual([["Python", "3.10"], ["1e3", "2"]]);
    expect(toolsOf(doc)[1]!.license).toBe("0");
    // The document's own numbers stay numbers.
    expect(doc.version).toBe(0.1);
    expect(doc.detected_tools_count).toBe(2);
  });

  it("keeps the document's string facts and a vulnerability's patched release as written", () => {
    const doc = parse("repo_name: acme/shop\nbranch: 2024.10\nrequested_by: 1234\ntools:\n- name: lodash\n  vulnerabilities:\n  - name: x\n    first_patched: 4.17.10\n  - name: y\n    first_patched: 5.0\n");
    expect(doc.branch).toBe("2024.10");
    expect(doc.requested_by).toBe("1234");
    expect(toolsOf(doc)[0]!.vulnerabilities!.map((v) => v.first_patched)).toEqual(["4.17.10", "5.0"]);
  });

  it("JSON numbers in string fields become their decimal text", () => {
    const doc = parse('{"repo_name":"a/b","version":0.1,"tools":[{"name":"Go","version":1.22}]}');
    expect(toolsOf(doc)[0]!.version).toBe("1.22");
    expect(doc.version).toBe(0.1);
  });

  it("YAML 1.1 merge keys, which the site's writer reads, share fields between hand-added entries; the merged version stays as written", () => {
    const text = [
      "repo_name: acme/shop", "report_id: x", "version: 0.1", "repo_type: Public", "timestamp: '2024-01-01T00:00:00+00:00'",
      "requested_by: acme", "provider: github", "branch: main", "detected_tools_count: 2", "tools:",
      "- &hand", "  name: Sentry", "  version: 7.10", "  category: Monitoring", "  detection_source: manual",
      "- <<: *hand", "  name: Datadog", "",
    ].join("\n");
    const doc = parse(text);
    expect(doc.tools).toEqual([
      { name: "Sentry", version: "7.10", category: "Monitoring", detection_source: "manual" },
      { name: "Datadog", version: "7.10", category: "Monitoring", detection_source: "manual" },
    ]);
    expect(validate(doc)).toEqual([]);
  });
});
