import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateCommand } from "../src/cli/commands/validate.js";
import { call, tempDir } from "./helpers.js";
import { problemLine } from "../src/kit/yaml-lines.js";

// validate's problems named a JSON pointer only (`key.yml: /tools/0: must have required property
// 'name'`): in a file of 300 entries, the user counted them by hand.
describe("validate says the line of each problem", () => {
  const yaml = [
    "repo_name: acme/shop",
    "timestamp: last tuesday",
    "tools:",
    "- name: React",
    "  version: 18.2.0",
    "- category: Libraries",
    "  website_url: https://lodash.com",
    "- name: Vue.js",
    "  version: ^3.4.0",
    "",
  ].join("\n");

  it("of a techstack.yml: the entry's line, or the field's within it, and a header key's", async () => {
    const dir = tempDir();
    const file = join(dir, "techstack.yml");
    writeFileSync(file, yaml);
    const out = await call(validateCommand, [file]);
    expect(out.code).toBe(1);
    expect(out.stdout.split("\n").filter(Boolean).map((line) => line.slice(0, line.indexOf(": must"))).sort()).toEqual([`${file}:2: /timestamp`, `${file}:6: /tools/1`, `${file}:9: /tools/2/version`]);
  });

  it("of detect's JSON, as it prints it", () => {
    const json = JSON.stringify({ repo_name: "acme/shop", tools: [{ name: "React" }, { category: "Libraries" }] }, null, 2);
    expect(problemLine(json, "/tools/1")).toBe(json.split("\n").indexOf("    {", json.split("\n").indexOf("    {") + 1) + 1);
    expect(problemLine(json, "/repo_name")).toBe(2);
  });

  it("a header key after the list is not the last entry's field", () => {
    const after = ["repo_name: acme/shop", "tools:", "- name: React", "  version: ^18", "provider: github", "", "# written by hand", 'version: "0.1"', ""].join("\n");
    expect(problemLine(after, "/tools/0/version")).toBe(4);
    const indented = ["repo_name: acme/shop", "tools:", "  - name: React", "    version: ^18", 'version: "0.1"', ""].join("\n");
    expect(problemLine(indented, "/tools/0/version")).toBe(4);
  });

  it("none where the layout does not say (a flow list, a path past the entries)", () => {
    expect(problemLine("repo_name: a\ntools: [{name: X}, {}]\n", "/tools/1")).toBeUndefined();
    expect(problemLine(yaml, "/tools/7")).toBeUndefined();
  });
});
