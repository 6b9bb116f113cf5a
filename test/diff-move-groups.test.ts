import { describe, expect, it } from "vitest";
import { coded } from "../src/errors.js";
import { diff, formatDiff, groupMoves, isEmptyDiff, type StackDocument, type ToolEntry } from "../src/index.js";

// How `techstack diff` groups the entries detected from another file (src/document/move-groups.ts):
// by pair of files, largest first, within caps that never split a group.
const doc = (tools: ToolEntry[]): StackDocument => ({ repo_name: "acme/platform", provider: "github", branch: "main", tools }) as StackDocument;
const npm = (name: string, detection_source: string, version = "1.0.0"): ToolEntry => ({ name, package_url: `https://www.npmjs.com/package/${name}`, version, detection_source });
/** `n` packages of one manifest, named after it so that two manifests' packages are distinct. */
const manifest = (prefix: string, n: number, file: string) => Array.from({ length: n }, (_, i) => npm(`${prefix}-${String(i).padStart(3, "0")}`, file));

describe("groupMoves", () => {
  // Three manifests moved under packages/, a Dockerfile renamed, and a tool whose file the new document no longer writes.
  const was = doc([{ name: "Go", detection_source: "go.mod" }, { name: "Docker", detection_source: "Dockerfile" }, ...manifest("ui", 2, "ui/package.json"), ...manifest("cli", 3, "cli/package.json"), ...manifest("sdk", 2, "sdk/package.json"), { name: "Vite", detection_source: "ui/package.json" }]);
  const now = doc([{ name: "Go" }, { name: "Docker", detection_source: "docker/Dockerfile" }, ...manifest("ui", 2, "packages/ui/package.json"), ...manifest("cli", 3, "packages/cli/package.json"), ...manifest("sdk", 2, "packages/sdk/package.json"), { name: "Vite", detection_source: "packages/ui/package.json" }]);

  it("groups by pair of files, the largest first, then by the file before (code-unit order); a group's tools before its packages", () => {
    const groups = groupMoves(diff(was, now));
    expect(groups.map((g) => [g.entries.length, g.from ?? null, g.to ?? null])).toEqual([
      [3, "cli/package.json", "packages/cli/package.json"],
      [3, "ui/package.json", "packages/ui/package.json"],
      [2, "sdk/package.json", "packages/sdk/package.json"],
      [1, "Dockerfile", "docker/Dockerfile"],
      [1, "go.mod", null],
    ]);
    expect(groups[1]!.entries.map((m) => m.name)).toEqual(["Vite", "ui-000", "ui-001"]);
    // Where a document wrote no file, the group has no key for it, as a SourceMove has none.
    expect(groups[4]).toStrictEqual({ from: "go.mod", entries: [{ name: "Go", from: "go.mod" }] });
  });

  it("leaves diff's moved list as it was: flat, in the document's order (JSON's shape unchanged)", () => {
    const d = diff(was, now);
    expect(Object.keys(d)).toEqual(["added", "removed", "changed", "moved"]);
    expect(d.moved!.map((m) => m.name).slice(0, 4)).toEqual(["Go", "Docker", "ui-000", "ui-001"]);
    expect(groupMoves(diff(was, was))).toEqual([]);
  });

  it("sorts the same whatever the locale: code units, so 'Z' before 'a'", () => {
    const groups = groupMoves(diff(doc([{ name: "A", detection_source: "a/x" }, { name: "B", detection_source: "Z/x" }]), doc([{ name: "A", detection_source: "y" }, { name: "B", detection_source: "y" }])));
    expect(groups.map((g) => g.from)).toEqual(["Z/x", "a/x"]);
  });

  it("names what it wants for an argument that is no diff", () => {
    expect(() => groupMoves({ added: [] } as never)).toThrow(coded(new TypeError("groupMoves: expected a diff ({ added, removed, changed }, as diff makes it), not an object of added"), "TECHSTACK_BAD_ARGUMENT"));
    expect(() => groupMoves({ added: [], removed: [], changed: [], moved: [{}] } as never)).toThrow("groupMoves: moved[0]: a tool entry needs a name (a string)");
  });
});

describe("what a move is", () => {
  it("an entry moved and of another version is in both places: its version change, and its group (whose count is the whole manifest's)", () => {
    const d = diff(doc([npm("next", "web/package.json", "14.2.3"), npm("react", "web/package.json")]), doc([npm("next", "apps/web/package.json", "14.2.5"), npm("react", "apps/web/package.json")]));
    expect(d.changed).toStrictEqual([{ name: "next", package_url: "https://www.npmjs.com/package/next", from: "14.2.3", to: "14.2.5", detection_source: "apps/web/package.json", direction: "upgrade" }]);
    expect(d.moved!.map((m) => m.name)).toEqual(["next", "react"]);
    expect(formatDiff(d)).toBe("~ next 14.2.3 -> 14.2.5 (package)\n> 2 packages moved from web/package.json to apps/web/package.json\n    next, react\n");
  });

  it("the same file at another host or branch (detection_source_url) is no move: only detection_source is compared", () => {
    const at = (url: string): ToolEntry => ({ name: "Django", version: "5.0.6", detection_source: "requirements.txt", detection_source_url: `${url}/requirements.txt` });
    // The site's bot wrote one file on a Dependabot branch; a mirror on GitLab writes its own host.
    const d = diff(doc([at("https://github.com/acme/ledger/blob/dependabot/pip/django-5.0.6")]), doc([at("https://gitlab.com/acme/ledger/-/blob/main")]));
    expect(d).toStrictEqual({ added: [], removed: [], changed: [] });
    expect(isEmptyDiff(d) && formatDiff(d)).toBe("no changes\n");
    // Nor is an entry with no detection_source whose address changed: no file is named on either side.
    const bare = (url: string): ToolEntry => ({ name: "Django", detection_source_url: url });
    expect(diff(doc([bare("https://github.com/acme/ledger/blob/main/requirements.txt")]), doc([bare("https://github.com/acme/ledger/blob/main/pyproject.toml")])).moved).toBeUndefined();
  });
});

describe("the caps: never a group split across them", () => {
  it("text: all names while 60 fit; a later group that does not fit keeps its sentence, its names left out; smaller groups after it list theirs", () => {
    const was = doc([...manifest("a", 45, "a/package.json"), ...manifest("b", 20, "b/package.json"), ...manifest("c", 3, "c/package.json")]);
    const now = doc([...manifest("a", 45, "x/a/package.json"), ...manifest("b", 20, "x/b/package.json"), ...manifest("c", 3, "x/c/package.json")]);
    const lines = formatDiff(diff(was, now)).trimEnd().split("\n");
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe("> 45 packages moved from a/package.json to x/a/package.json");
    expect(lines[1]!.split(", ")).toHaveLength(45);
    expect(lines.slice(2)).toEqual(["> 20 packages moved from b/package.json to x/b/package.json", "    names left out: at most 60 are listed", "> 3 packages moved from c/package.json to x/c/package.json", "    c-000, c-001, c-002"]);
  });

  it("text: a first group larger than the cap lists its first 60 names, then how many more", () => {
    const lines = formatDiff(diff(doc(manifest("p", 75, "package.json")), doc(manifest("p", 75, "app/package.json")))).trimEnd().split("\n");
    expect(lines[0]).toBe("> 75 packages moved from package.json to app/package.json");
    expect(lines[1]).toMatch(/^ {4}p-000, p-001, .*, p-059 … and 15 more$/);
    expect(lines).toHaveLength(2);
  });

  it("text: at most 20 groups, then the rest counted in one line", () => {
    const tools = (dir: string) => doc(Array.from({ length: 23 }, (_, i) => ({ name: `Tool ${i}`, detection_source: `${dir}/Dockerfile.${String(i).padStart(2, "0")}` })));
    const lines = formatDiff(diff(tools("old"), tools("new"))).trimEnd().split("\n");
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe("> Tool 0 moved from old/Dockerfile.00 to new/Dockerfile.00");
    expect(lines[20]).toBe("  and 3 more moves of 3 entries");
  });

  it("Markdown: 200 names in all, 100 groups, the same rules", () => {
    const big = formatDiff(diff(doc(manifest("p", 230, "package.json")), doc(manifest("p", 230, "web/package.json"))), "markdown");
    expect(big).toContain("<details open><summary>Detected from another file: 230 packages</summary>\n\n<details><summary>230 packages moved from <code>package.json</code> to <code>web/package.json</code></summary>\n\n[p-000](https://www.npmjs.com/package/p-000), ");
    expect(big).toContain(", [p-199](https://www.npmjs.com/package/p-199) … and 30 more\n\n</details>\n");
    const split = formatDiff(diff(doc([...manifest("a", 150, "a/package.json"), ...manifest("b", 60, "b/package.json")]), doc([...manifest("a", 150, "x/a/package.json"), ...manifest("b", 60, "x/b/package.json")])), "markdown");
    expect(split).toContain("\n60 packages moved from `b/package.json` to `x/b/package.json` (names left out: at most 200 are listed)\n");
    const tools = (dir: string) => doc(Array.from({ length: 104 }, (_, i) => ({ name: `Tool ${i}`, detection_source: `${dir}/${String(i).padStart(3, "0")}.tf` })));
    const many = formatDiff(diff(tools("infra"), tools("terraform")), "markdown");
    expect(many.match(/^Tool \d+ moved from /gm)).toHaveLength(100);
    expect(many).toContain("\n… and 4 more moves of 4 entries\n\n</details>\n");
  });
});
