import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCommand } from "../src/cli/commands/check.js";
import { writeCommand } from "../src/cli/commands/write.js";
import { parse } from "../src/document/parse.js";
import { call, tempDir, toolsOf } from "./helpers.js";

// A tool added by hand is the scan's only where the scan has that tool: a package entry of the same
// name (a requirements file's flask, which names no Flask tool) is another entry, as diff and check
// tell them apart (document/diff.ts's entryKey).
describe("a tool added by hand whose name a package entry shares", () => {
  it("is kept by write, and check then finds the files fresh; a package added by hand that the scan found is the scan's", async () => {
    const dir = tempDir("techstack-manual-");
    writeFileSync(join(dir, "requirements.txt"), "flask==2.3.0\n");
    expect((await call(writeCommand, [dir, "--no-git"])).code).toBe(0);
    const file = join(dir, "techstack.yml");
    const names = () => toolsOf(parse(readFileSync(file, "utf8"))).map((t) => `${t.name}${t.package_url ? " (package)" : ""}`);
    expect(names()).toContain("flask (package)");
    expect(names()).not.toContain("Flask");
    writeFileSync(
      file,
      readFileSync(file, "utf8") +
        "- name: Flask\n  detection_source: manual\n- name: flask\n  package_url: https://pypi.org/project/flask\n  detection_source: manual\n",
    );
    expect((await call(writeCommand, [dir, "--no-git"])).code).toBe(0);
    const after = names();
    expect(after).toContain("Flask");
    expect(after.filter((n) => n === "flask (package)")).toHaveLength(1);
    expect(await call(checkCommand, [dir, "--no-git"])).toMatchObject({ code: 0 });
  });
});

// report_id is a hash of the repository's name and its entries (build.ts reportId): a tool added by
// hand is an entry of the document as much as a detected one, so the id follows it in and out.
describe("a tool added by hand and the report id", () => {
  it("changes the id when added and when deleted, and a rewrite keeps it", async () => {
    const dir = tempDir("techstack-manual-id-");
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "web", dependencies: { next: "14.2.3", react: "18.3.1" } }, null, 2));
    expect((await call(writeCommand, [dir, "--no-git"])).code).toBe(0);
    const file = join(dir, "techstack.yml");
    const id = () => parse(readFileSync(file, "utf8")).report_id;
    const scanned = id();
    const scannedText = readFileSync(file, "utf8");
    writeFileSync(file, `${scannedText}- name: Sentry\n  detection_source: manual\n`);
    expect((await call(writeCommand, [dir, "--no-git"])).code).toBe(0);
    const withSentry = id();
    expect(withSentry).toMatch(/^[0-9a-f]{32}$/);
    expect(withSentry).not.toBe(scanned);
    // Nothing changed: the id stands and the file is left alone.
    expect((await call(writeCommand, [dir, "--no-git"])).stderr).toContain("up to date");
    expect(id()).toBe(withSentry);
    expect(await call(checkCommand, [dir, "--no-git"])).toMatchObject({ code: 0 });
    // Another tool by hand is another report.
    writeFileSync(file, `${readFileSync(file, "utf8")}- name: Datadog\n  detection_source: manual\n`);
    expect((await call(writeCommand, [dir, "--no-git"])).code).toBe(0);
    expect(id()).not.toBe(withSentry);
    // Both deleted: the scan's own id again.
    writeFileSync(file, scannedText);
    expect((await call(writeCommand, [dir, "--no-git"])).code).toBe(0);
    expect(id()).toBe(scanned);
  });
});
