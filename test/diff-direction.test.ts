import { describe, expect, it } from "vitest";
import { diff, formatDiff } from "../src/index.js";
import type { StackDocument, ToolEntry } from "../src/types.js";

// A reviewer of the pull-request comment read "🔄 changed" for a bump and for a rollback alike: a
// Dependabot PR reverted by hand to an older Node.js image looked like any other update.

const doc = (tools: ToolEntry[]): StackDocument => ({ repo_name: "acme/shop", version: 0.1, tools }) as unknown as StackDocument;
const npm = (name: string, version: string): ToolEntry => ({ name, package_url: `https://www.npmjs.com/package/${name}`, version, detection_source: "package.json" }) as ToolEntry;

// Each tool's version before and after, and the file it is found in.
const rows: Array<[name: string, before: string, after: string, source: string]> = [
  ["Node.js", "20.11.0", "18.19.0", ".nvmrc"],
  ["PostgreSQL", "15", "16.1", "docker-compose.yml"],
  ["Redis", "7.2.4", "7.2.4-alpine", "docker-compose.yml"],
  ["Ubuntu", "jammy", "noble", "Dockerfile"],
  ["Python", "3.12", "3.12.0", ".python-version"],
];
const side = (pick: (row: (typeof rows)[number]) => string, react: string): StackDocument =>
  doc([...rows.map((row) => ({ name: row[0], version: pick(row), detection_source: row[3] }) as ToolEntry), npm("react", react)]);
const before = side((row) => row[1], "18.3.1");
const after = side((row) => row[2], "19.0.0");

describe("a version change's direction", () => {
  const d = diff(before, after);

  it("is set where both versions read as releases (a missing minor or patch is 0), left out where either does not or they are one release", () => {
    expect(d.changed.map((c) => [c.name, c.direction])).toEqual([
      ["Node.js", "downgrade"],
      ["PostgreSQL", "upgrade"],
      // 7.2.4-alpine is the image's variant of 7.2.4, not an older pre-release: no direction
      ["Redis", undefined],
      ["Ubuntu", undefined],
      ["Python", undefined],
      ["react", "upgrade"],
    ]);
    // No key at all where there is no direction: the JSON of a change stays as it was.
    expect(Object.keys(d.changed.find((c) => c.name === "Ubuntu")!)).toEqual(["name", "from", "to", "detection_source"]);
  });

  it("labels the Markdown rows apart: upgraded, downgraded, and changed where no order is known", () => {
    const rows = formatDiff(d, "markdown").split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| |"));
    expect(rows).toEqual([
      "| ⬇️ downgraded | Node.js | 20.11.0 → 18.19.0 | `.nvmrc` |",
      "| ⬆️ upgraded | PostgreSQL | 15 → 16.1 | `docker-compose.yml` |",
      "| 🔄 changed | Redis | 7.2.4 → 7.2.4-alpine | `docker-compose.yml` |",
      "| 🔄 changed | Ubuntu | jammy → noble | `Dockerfile` |",
      "| 🔄 changed | Python | 3.12 → 3.12.0 | `.python-version` |",
      "| ⬆️ upgraded | [react](https://www.npmjs.com/package/react) | 18.3.1 → 19.0.0 | `package.json` |",
    ]);
  });

  it("counts the changes in the package summary as their rows are labelled", () => {
    const packages = diff(
      doc([npm("react", "18.3.1"), npm("vite", "5.4.0"), npm("sharp", "0.33.0-rc.1"), npm("zod", "3.23.8")]),
      doc([npm("react", "19.0.0"), npm("vite", "5.2.0"), npm("sharp", "0.33.0"), npm("zod", "3.23.8")]),
    );
    expect(formatDiff(packages, "markdown")).toContain("Packages: 1 upgraded, 1 downgraded, 1 changed");
  });

  it("a diff made by hand without directions is labelled from its versions too", () => {
    const handMade = { added: [], removed: [], changed: [{ name: "Go", from: "1.22.1", to: "1.21.8" }] };
    expect(formatDiff(handMade, "markdown")).toContain("| ⬇️ downgraded | Go | 1.22.1 → 1.21.8 |");
  });

  it("a version added or taken away has no direction", () => {
    const gone = diff(doc([{ name: "Redis", version: "7.2.4" } as ToolEntry]), doc([{ name: "Redis" } as ToolEntry]));
    expect(gone.changed).toStrictEqual([{ name: "Redis", from: "7.2.4" }]);
    expect(formatDiff(gone, "markdown")).toContain("| 🔄 changed | Redis | 7.2.4 → N/A |");
  });
});
