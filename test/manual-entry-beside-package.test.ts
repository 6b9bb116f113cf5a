import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCommand } from "../src/cli/commands/check.js";
import { writeCommand } from "../src/cli/commands/write.js";
import { parse } from "../src/document/parse.js";
import { call, tempDir } from "./helpers.js";

// A tool added by hand is the scan's only where the scan has that tool: a package entry of the same
// name (a requirements file's flask, which names no Flask tool) is another entry, as diff and check
// tell them apart (document/diff.ts's entryKey).
describe("a tool added by hand whose name a package entry shares", () => {
  it("is kept by write, and check then finds the files fresh; a package added by hand that the scan found is the scan's", async () => {
    const dir = tempDir("techstack-manual-");
    writeFileSync(join(dir, "requirements.txt"), "flask==2.3.0\n");
    expect((await call(writeCommand, [dir, "--no-git"])).code).toBe(0);
    const file = join(dir, "techstack.yml");
    const names = () => parse(readFileSync(file, "utf8")).tools.map((t) => `${t.name}${t.package_url ? " (package)" : ""}`);
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
