import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, validate } from "../src/index.js";
import { runCommand, tempDir } from "./helpers.js";

// parse() fills in only what is missing: a `tools` value that is no list is kept as written, so the
// API's validate(parse(text)) says what the CLI's validate says of the same file.
describe("parse keeps a malformed tools value for validate", () => {
  const text = "repo_name: acme/shop\nprovider: github\ntools: 5\n";

  it("a non-list tools is kept, and validate(parse(text)) reports it as the CLI does", async () => {
    const doc = parse(text) as unknown as Record<string, unknown>;
    expect(doc.tools).toBe(5);
    const api = validate(doc).filter((e) => e.path === "/tools");
    expect(api.map((e) => e.message)).toEqual(["must be array"]);
    const dir = tempDir();
    mkdirSync(join(dir, "repo"));
    writeFileSync(join(dir, "repo", "techstack.yml"), text);
    const cli = await runCommand(["validate", join(dir, "repo", "techstack.yml")]);
    expect(cli.stdout).toContain("/tools: must be array");
  });

  it("a missing or empty tools is still the empty list, as a hand-written file's header fields are left out", () => {
    expect(parse("repo_name: acme/shop\n").tools).toEqual([]);
    expect(parse("repo_name: acme/shop\ntools:\n").tools).toEqual([]);
    expect(parse("tools:\n  - name: React\n")).toEqual({ tools: [{ name: "React" }] });
  });
});
