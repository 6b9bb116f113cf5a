import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/cli/config.js";
import { workspacePackages } from "../src/cli/workspace.js";
import { readStackFileOrThrow } from "../src/cli/commands/write.js";
import { tempDir } from "./helpers.js";

/**
 * The repository's own files the CLI reads beside the scan (its configuration, the workspace's
 * package.json files, an existing techstack.yml) as a Windows editor or PowerShell's `>` saves
 * them: a UTF-8 BOM (Visual Studio's package.json) or UTF-16 LE with a BOM. The scan decodes
 * manifests so; these were read as plain UTF-8, and JSON.parse failed on the BOM.
 */
const bom = (text: string): Buffer => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
const utf16 = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, "\r\n"), "utf16le")]);

describe("files the CLI reads, saved with a BOM or as UTF-16", () => {
  it("package.json with a UTF-8 BOM: its techstack key is the configuration", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "package.json"), bom(JSON.stringify({ name: "app", techstack: { exclude: ["legacy/**"] } }, null, 2)));
    expect(loadConfig(dir)).toEqual({ exclude: ["legacy/**"] });
  });

  it("techstack.config.json with a UTF-8 BOM, techstack.config.yml in UTF-16: read, not an error", () => {
    const json = tempDir();
    writeFileSync(join(json, "techstack.config.json"), bom(JSON.stringify({ exclude: ["a/**"] })));
    expect(loadConfig(json)).toEqual({ exclude: ["a/**"] });
    const yml = tempDir();
    writeFileSync(join(yml, "techstack.config.yml"), utf16("exclude: [vendor-js/**]\ndisable: [docker]\n"));
    expect(loadConfig(yml)).toEqual({ exclude: ["vendor-js/**"], disable: ["docker"] });
  });

  it("workspaces: a root and a member package.json with a UTF-8 BOM are listed", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "package.json"), bom(JSON.stringify({ private: true, workspaces: ["packages/*"] })));
    const member = join(dir, "packages", "api");
    mkdirSync(member, { recursive: true });
    writeFileSync(join(member, "package.json"), bom(JSON.stringify({ name: "@acme/api" })));
    expect(workspacePackages(dir)).toEqual([{ name: "@acme/api", folder: "packages/api" }]);
  });

  it("an existing techstack.yml in UTF-16 (`techstack detect > techstack.yml` in Windows PowerShell) reads as its text", () => {
    const dir = tempDir();
    const text = "repo_name: app\ntools:\n- name: Acme Bus\n  detection_source: manual\n";
    writeFileSync(join(dir, "techstack.yml"), utf16(text));
    expect(readStackFileOrThrow(join(dir, "techstack.yml"))).toBe(text.replace(/\n/g, "\r\n"));
  });
});
