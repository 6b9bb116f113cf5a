import { describe, expect, it } from "vitest";
import { diff, formatDiff } from "../src/document/diff.js";
import type { StackDocument, ToolEntry } from "../src/types.js";

// diff --format markdown within a pull-request comment's 65,536 characters: its caps halved as far as
// needed and no further, and its layout (the packages folded under the tools) kept at every cap.

// A diff reads the two documents' tools alone.
const doc = (tools: ToolEntry[]): StackDocument => ({ repo_name: "acme/shop", provider: "github", branch: "main", tools }) as StackDocument;

const npm = (name: string, version: string, detection_source: string): ToolEntry => ({ name, package_url: `https://www.npmjs.com/package/${name}`, version, detection_source });

describe("a Markdown diff's layout and bounds", () => {
  it("a tool added, a package bumped and two entries moved: the comment as posted", () => {
    const before = doc([npm("express", "4.18.2", "package.json"), { name: "Node.js", version: "20.11.0", detection_source: ".nvmrc" }, npm("zod", "3.22.4", "package.json")]);
    const after = doc([npm("express", "4.19.2", "api/package.json"), { name: "Node.js", version: "20.11.0", detection_source: ".nvmrc" }, npm("zod", "3.22.4", "api/package.json"), { name: "Redis", version: "7.2.4", detection_source: "docker-compose.yml" }]);
    const out = formatDiff(diff(before, after), "markdown");
    expect(out).toBe(
      [
        "### Tech stack changes",
        "",
        "| | Tool | Version | Found in |",
        "|:--|:--|:--|:--|",
        "| ➕ added | Redis | 7.2.4 | `docker-compose.yml` |",
        "",
        "<details><summary>Packages: 1 upgraded</summary>",
        "",
        "| | Package | Version | Found in |",
        "|:--|:--|:--|:--|",
        "| ⬆️ upgraded | [express](https://www.npmjs.com/package/express) | 4.18.2 → 4.19.2 | `api/package.json` |",
        "",
        "</details>",
        "",
        "<details><summary>Detected from another file: 2 packages</summary>",
        "",
        "<details><summary>2 packages moved from <code>package.json</code> to <code>api/package.json</code></summary>",
        "",
        "[express](https://www.npmjs.com/package/express), [zod](https://www.npmjs.com/package/zod)",
        "",
        "</details>",
        "",
        "</details>",
        "",
      ].join("\n"),
    );
  });

  it("a diff a little too long for one comment is halved once: 100 rows a table, not dropped to one", () => {
    // 600 tools of a design system moved and bumped: 67,000 characters at the full caps, 36,500 at half.
    const folder = "design-system/components/shared/ui-kit/primitives/react/experimental/accessible-widgets";
    const tools = (dir: string, version: string) =>
      Array.from({ length: 600 }, (_, i) => ({ name: `Tool ${i} of the design system`, version, detection_source: `${dir}/${folder}/component-library-${i}/package.json` }));
    const out = formatDiff(diff(doc(tools("packages", "1.2.3-beta.4")), doc(tools("libs", "10.20.30-rc.40"))), "markdown");
    expect(out.length).toBeLessThanOrEqual(65_000);
    expect(out.split("\n").filter((line) => line.startsWith("| ⬆️ upgraded |"))).toHaveLength(100);
    expect(out).toContain("| | … and 500 more | | |");
    expect(out).toContain("… and 550 more moves of 550 entries");
  });

  it("entries whose paths alone outgrow a comment are still written, at the smallest caps: one row", () => {
    const path = `${"very-deeply-nested-generated-folder/".repeat(2_000)}package.json`;
    const names = ["react", "react-dom", "scheduler"];
    const out = formatDiff(diff(doc(names.map((name) => npm(name, "18.2.0", path))), doc(names.map((name) => npm(name, "18.3.1", path)))), "markdown");
    expect(out.length).toBeGreaterThan(65_000);
    expect(out).toContain("| ⬆️ upgraded | [react](https://www.npmjs.com/package/react) | 18.2.0 → 18.3.1 |");
    expect(out).not.toContain("[react-dom]");
    expect(out).toContain("| | … and 2 more | | |");
  });
});
