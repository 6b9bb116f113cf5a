import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCommand } from "../src/cli/commands/check.js";
import { diffCommand } from "../src/cli/commands/diff.js";
import { writeCommand } from "../src/cli/commands/write.js";
import { diff, isEmptyDiff } from "../src/document/diff.js";
import { factChanges } from "../src/document/fact-changes.js";
import type { StackDocument, ToolEntry } from "../src/types.js";
import { call, tempDir, writeFile } from "./helpers.js";

// A techstack.yml edited by hand, or merged from two branches that each bumped a tool, can name
// one tool (or package) twice. diff kept one entry per name, the last, so the other one vanished
// from the comparison: a merge that left `React 18.2.0` beside `React 18.3.1` compared with a scan
// finding 18.3.1 said nothing, though write drops the stale entry. Each entry is now matched with
// one of the other side's (the same version first): one left over is added or removed, so both
// are reported.

const doc = (tools: ToolEntry[]): StackDocument => ({
  repo_name: "acme/shop",
  report_id: "",
  version: 0.1,
  repo_type: "Public",
  timestamp: "2024-05-01 12:00:00.000000000 Z",
  requested_by: "ada",
  provider: "github",
  branch: "main",
  detected_tools_count: tools.length,
  tools,
});
const react = (version: string, source = "web/package.json"): ToolEntry => ({ name: "React", version, detection_source: source });
const npm = (name: string, version: string): ToolEntry => ({ name, version, package_url: `https://www.npmjs.com/package/${name}`, detection_source: "web/package.json" });

describe("diff of documents naming a tool twice", () => {
  it("a merged file's second entry of a tool, which the scan has once, is removed", () => {
    const merged = doc([{ name: "TypeScript", version: "5.4.5" }, react("18.2.0"), react("18.3.1")]);
    const scanned = doc([{ name: "TypeScript", version: "5.4.5" }, react("18.3.1")]);
    const changes = diff(merged, scanned);
    expect(changes.removed).toEqual([react("18.2.0")]);
    expect(changes.changed).toEqual([]);
    expect(changes.added).toEqual([]);
    expect(isEmptyDiff(changes)).toBe(false);
    // And the other way round: the scan's second entry is added.
    expect(diff(scanned, merged).added).toEqual([react("18.2.0")]);
  });

  it("the last entry is not the only one read: a first entry that changed is a change", () => {
    const merged = doc([react("18.2.0"), react("18.3.1")]);
    const scanned = doc([react("18.3.1"), react("19.0.0")]);
    const changes = diff(merged, scanned);
    expect(changes.changed).toEqual([{ name: "React", from: "18.2.0", to: "19.0.0", detection_source: "web/package.json", direction: "upgrade" }]);
    expect(changes.added).toEqual([]);
    expect(changes.removed).toEqual([]);
  });

  it("the same entries twice on both sides (two tools added by hand under one name) are no difference", () => {
    const twice = doc([
      { name: "Sentry", detection_source: "manual" },
      { name: "Sentry", detection_source: "manual" },
      npm("lodash", "4.17.21"),
      npm("lodash", "4.17.21"),
    ]);
    const changes = diff(twice, structuredClone(twice));
    expect(changes).toEqual({ added: [], removed: [], changed: [] });
    expect(factChanges(twice, structuredClone(twice))).toEqual([]);
  });

  it("a package listed twice with two releases, once in the scan, loses the other release", () => {
    const changes = diff(doc([npm("lodash", "4.17.20"), npm("lodash", "4.17.21")]), doc([npm("lodash", "4.17.21")]));
    expect(changes.removed).toEqual([npm("lodash", "4.17.20")]);
    expect(changes.changed).toEqual([]);
  });
});

describe("check and diff of a committed techstack.yml holding a tool twice", () => {
  it("is stale, naming the entry write drops, and the refresh makes it fresh", async () => {
    const dir = join(tempDir("techstack-dup-"), "web");
    writeFile(dir, "package.json", '{"name":"web","private":true,"dependencies":{"react":"18.3.1"}}\n');
    const at = ["--timestamp", "2024-01-01T00:00:00Z", "--no-git"];
    expect((await call(writeCommand, [dir, ...at])).code).toBe(0);
    const file = join(dir, "techstack.yml");
    const entry = /^- name: React\n(?: {2}.*\n)+/m.exec(readFileSync(file, "utf8"))![0];
    appendFileSync(file, entry.replace(/version: .*/, "version: 18.2.0"));
    const checked = await call(checkCommand, [dir, ...at]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(/^- React 18\.2\.0/m);
    const shown = await call(diffCommand, [file, dir, "--no-git", "--format", "json"]);
    expect(JSON.parse(shown.stdout).removed).toEqual([expect.objectContaining({ name: "React", version: "18.2.0" })]);
    expect((await call(writeCommand, [dir, ...at])).code).toBe(0);
    expect(readFileSync(file, "utf8").match(/^- name: React$/gm)).toHaveLength(1);
    expect((await call(checkCommand, [dir, ...at])).code).toBe(0);
  });
});
