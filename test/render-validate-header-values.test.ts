import { describe, expect, it } from "vitest";
import { validateCommand } from "../src/cli/commands/validate.js";
import { render } from "../src/document/render.js";
import { validate } from "../src/document/validate.js";
import type { StackDocument } from "../src/types.js";
import { call, tempDir, writeFile } from "./helpers.js";

// Two header values the library and the CLI said nothing useful of. render's JSON of a document
// holding a bigint (a caller's `version: 1n`, a count from a database driver) threw JSON's own
// uncoded "Do not know how to serialize a BigInt", naming neither the field nor what to give; and
// validate took an empty repo_name, which names no repository (the site keys a stack by it),
// though detect never writes one and the API refuses `repo: { repo_name: "" }`. An empty branch
// stays valid: a scan outside git cannot know one.

const document = (header: Partial<Record<keyof StackDocument, unknown>> = {}, version: unknown = "18.3.1"): StackDocument =>
  ({
    repo_name: "acme/shop",
    report_id: "7d1c0a51f0a4b1d6f9d2f4b38c2b1e90",
    version: 0.1,
    repo_type: "Public",
    timestamp: "2024-05-01T12:00:00+00:00",
    requested_by: "",
    provider: "github",
    branch: "",
    detected_tools_count: 1,
    tools: [{ name: "React", version, category: "Libraries", detection_source: "web/package.json" }],
    ...header,
  }) as StackDocument;

describe("render's JSON of a document holding a bigint", () => {
  it("is a coded TypeError naming the field and what JSON takes", () => {
    for (const [doc, path] of [
      [document({ version: 1n }), "/version"],
      [document({ detected_tools_count: 1n }), "/detected_tools_count"],
      [document({}, 18n), "/tools/0/version"],
    ] as const) {
      expect(() => render(doc, "json"), path).toThrow(expect.objectContaining({ name: "TypeError", code: "TECHSTACK_INVALID_DOCUMENT", message: `render: ${path} is a bigint (${String((doc as unknown as Record<string, unknown>)[path.slice(1)] ?? 18n)}n), which JSON cannot write: give a number or a string` }));
    }
  });

  it("a document JSON can write is written as before", () => {
    expect(JSON.parse(render(document(), "json"))).toEqual(document());
  });
});

describe("validate of a header's repo_name and branch", () => {
  it("an empty or blank repo_name is a problem at /repo_name; an empty branch is none", () => {
    expect(validate(document({ repo_name: "" }))).toEqual([{ path: "/repo_name", message: expect.stringMatching(/^must be the repository's name .*not empty/) }]);
    expect(validate(document({ repo_name: "  " })).map((e) => e.path)).toEqual(["/repo_name"]);
    expect(validate(document({ branch: "" }))).toEqual([]);
    expect(validate(document())).toEqual([]);
  });

  it("the CLI says it with the file's line, exit 1", async () => {
    const dir = tempDir("techstack-empty-name-");
    writeFile(dir, "techstack.yml", "repo_name: ''\nbranch: ''\ndetected_tools_count: 1\ntools:\n- name: React\n  version: 18.3.1\n");
    const checked = await call(validateCommand, [`${dir}/techstack.yml`]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(/techstack\.yml:1: \/repo_name: must be the repository's name/);
  });
});
