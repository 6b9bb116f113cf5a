import { describe, expect, it } from "vitest";
import { coded } from "../src/errors.js";
import { diff, formatDiff, isEmptyDiff } from "../src/document/diff.js";
import { factChanges, formatFactChanges } from "../src/document/fact-changes.js";
import type { StackDocument, ToolEntry } from "../src/types.js";

// `techstack diff` and the pull-request comment (src/document/diff.ts), on two documents as a
// committed techstack.yml and a fresh scan of a Django service give them.
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
const pypi = (name: string, version?: string): ToolEntry => ({ name, package_url: `https://pypi.org/project/${name}`, ...(version ? { version } : {}) });

const committed = doc([
  { name: "Python", version: "3.11.4" },
  { name: "Django", version: "4.2.0" },
  { name: "PostgreSQL" },
  { name: "Redis", version: "6.2.6" },
  pypi("Django", "4.2.0"),
  pypi("celery", "5.2.6"),
  pypi("redis", "4.2.2"),
]);
const scanned = doc([
  // The site's own capitalisation may differ from ours: the same tool, not a removal and an addition.
  { name: "python", version: "3.12.1" },
  { name: "Django", version: "4.2.0" },
  { name: "PostgreSQL", version: "16.1.0" },
  { name: "Redis" },
  { name: "Celery" },
  pypi("django", "5.0.1"),
  pypi("redis", "4.2.2"),
  pypi("psycopg2-binary", "2.9.9"),
]);

describe("diff of two documents", () => {
  // Computed in each test, so that the mutation run sees which tests reach diff().
  const changes = () => diff(committed, scanned);

  it("keys tools by name and packages by their page, both case-insensitive", () => {
    const d = changes();
    expect(d.added.map((t) => t.name)).toEqual(["Celery", "psycopg2-binary"]);
    expect(d.removed.map((t) => t.name)).toEqual(["celery"]);
    expect(d.changed).toStrictEqual([
      { name: "python", from: "3.11.4", to: "3.12.1", direction: "upgrade" },
      { name: "PostgreSQL", to: "16.1.0" },
      { name: "Redis", from: "6.2.6" },
      { name: "django", package_url: "https://pypi.org/project/django", from: "4.2.0", to: "5.0.1", direction: "upgrade" },
    ]);
  });

  it("reads a version YAML parsed as a number as the same version written as text", () => {
    const before = doc([{ name: "Python", version: 3.1 as unknown as string }]);
    expect(isEmptyDiff(diff(before, doc([{ name: "Python", version: "3.1" }])))).toBe(true);
    expect(diff(before, doc([{ name: "Python", version: "3.10" }])).changed).toEqual([{ name: "Python", from: "3.1", to: "3.10", direction: "upgrade" }]);
  });

  it("is empty only when nothing was added, removed or changed", () => {
    expect(isEmptyDiff(diff(committed, committed))).toBe(true);
    expect(isEmptyDiff(diff(doc([]), doc([{ name: "Celery" }])))).toBe(false);
    expect(isEmptyDiff(diff(doc([{ name: "Celery" }]), doc([])))).toBe(false);
    expect(isEmptyDiff(diff(doc([{ name: "Celery", version: "5.3.0" }]), doc([{ name: "Celery", version: "5.3.1" }])))).toBe(false);
  });

  it("as text: one line each, a missing version as (none), as check's other lines write it, a package marked as one", () => {
    const d = changes();
    expect(formatDiff(d)).toBe(
      [
        "+ Celery",
        "+ psycopg2-binary 2.9.9 (package)",
        "- celery 5.2.6 (package)",
        "~ python 3.11.4 -> 3.12.1",
        "~ PostgreSQL (none) -> 16.1.0",
        "~ Redis 6.2.6 -> (none)",
        "~ django 4.2.0 -> 5.0.1 (package)",
        "",
      ].join("\n"),
    );
    expect(formatDiff(diff(scanned, scanned), "text")).toBe("no changes\n");
  });

  it("as Markdown: nothing changed", () => {
    expect(formatDiff(diff(scanned, scanned), "markdown")).toBe("No change to the tech stack.\n");
  });

  it("as Markdown: a missing version is N/A, as the site's tables write it, and tools alone need no package table", () => {
    const tools = formatDiff(diff(doc([{ name: "Redis", version: "6.2.6" }, { name: "Memcached" }, { name: "Nginx" }]), doc([{ name: "Redis" }, { name: "PostgreSQL", version: "16.1.0" }, { name: "Nginx", version: "1.25.3" }])), "markdown");
    expect(tools).toBe(
      [
        "### Tech stack changes",
        "",
        "| | Tool | Version |",
        "|:--|:--|:--|",
        "| ➕ added | PostgreSQL | 16.1.0 |",
        "| ➖ removed | Memcached | N/A |",
        "| 🔄 changed | Redis | 6.2.6 → N/A |",
        "| 🔄 changed | Nginx | N/A → 1.25.3 |",
        "",
      ].join("\n"),
    );
  });

  // A reviewer read "➕ added | Redis" and had to open techstack.yml to learn why: each row names its file.
  it("as Markdown: each row names the file it was found in, the removed one's from before, the changed one's from after", () => {
    const before = doc([
      { name: "Memcached", detection_source: "docker-compose.yml" },
      { name: "Node.js", version: "18.0.0", detection_source: ".nvmrc" },
      { name: "Shell", detection_source: "Repo Metadata" },
      { name: "express", package_url: "https://www.npmjs.com/express", version: "4.18.2", detection_source: "api/package.json" },
    ]);
    const after = doc([
      { name: "Redis", version: "7.2.4", detection_source: "deploy/a|b/compose.yml" },
      { name: "Node.js", version: "20.11.0", detection_source: "package.json" },
      { name: "Sentry", detection_source: "manual" },
      { name: "Go" },
      { name: "express", package_url: "https://www.npmjs.com/express", version: "4.19.2", detection_source: "api/package.json" },
    ]);
    const d = diff(before, after);
    expect(d.changed).toStrictEqual([
      { name: "Node.js", from: "18.0.0", to: "20.11.0", detection_source: "package.json", direction: "upgrade" },
      { name: "express", package_url: "https://www.npmjs.com/express", from: "4.18.2", to: "4.19.2", detection_source: "api/package.json", direction: "upgrade" },
    ]);
    expect(formatDiff(d, "markdown").split("\n").slice(2, 12)).toEqual([
      "| | Tool | Version | Found in |",
      "|:--|:--|:--|:--|",
      // a `|` of a path would end the cell, code or not
      "| ➕ added | Redis | 7.2.4 | `deploy/a\\|b/compose.yml` |",
      "| ➕ added | Sentry | N/A | added by hand |",
      "| ➕ added | Go | N/A | |",
      "| ➖ removed | Memcached | N/A | `docker-compose.yml` |",
      "| ➖ removed | Shell | N/A | repository metadata |",
      "| ⬆️ upgraded | Node.js | 18.0.0 → 20.11.0 | `package.json` |",
      "",
      "<details><summary>Packages: 1 upgraded</summary>",
    ]);
    expect(formatDiff(d, "markdown")).toContain("| ⬆️ upgraded | [express](https://www.npmjs.com/express) | 4.18.2 → 4.19.2 | `api/package.json` |");
    // The text form, a terminal's and check's, stays one short line an entry.
    expect(formatDiff(d).split("\n")[0]).toBe("+ Redis 7.2.4");
  });

  it("as Markdown: a table past 200 rows says how many more; an empty version is N/A; a file named over two lines is cited on one", () => {
    const many = Array.from({ length: 203 }, (_, i) => ({ ...pypi(`pkg-${String(i).padStart(3, "0")}`, "1.0.0"), detection_source: "requirements.txt" }));
    const lines = formatDiff(diff(doc([]), doc(many)), "markdown").split("\n");
    const table = lines.slice(lines.indexOf("| | Package | Version | Found in |"));
    expect(table.slice(200, 204)).toEqual(["| ➕ added | [pkg-198](https://pypi.org/project/pkg-198) | 1.0.0 | `requirements.txt` |", "| ➕ added | [pkg-199](https://pypi.org/project/pkg-199) | 1.0.0 | `requirements.txt` |", "| | … and 3 more | | |", ""]);
    const tools = formatDiff(diff(doc([]), doc([{ name: "Go", version: "", detection_source: "go\r\n.mod" }])), "markdown");
    expect(tools).toContain("| ➕ added | Go | N/A | `go .mod` |");
  });

  it("as Markdown: the package summary counts packages only", () => {
    const out = formatDiff(diff(doc([{ name: "Memcached" }, pypi("redis", "4.2.2")]), doc([pypi("redis", "5.0.1")])), "markdown");
    expect(out).toContain("<details><summary>Packages: 1 upgraded</summary>");
  });

  it("as Markdown: packages only, removed and changed, counted without the zeros", () => {
    const packages = formatDiff(diff(doc([pypi("celery", "5.2.6"), pypi("redis", "4.2.2")]), doc([pypi("redis")])), "markdown");
    expect(packages).toBe(
      [
        "### Tech stack changes",
        "",
        "Packages: 1 removed, 1 changed",
        "",
        "| | Package | Version |",
        "|:--|:--|:--|",
        "| ➖ removed | [celery](https://pypi.org/project/celery) | 5.2.6 |",
        "| 🔄 changed | [redis](https://pypi.org/project/redis) | 4.2.2 → N/A |",
        "",
      ].join("\n"),
    );
  });

  it("as Markdown: a name or version from a manifest cannot break the table, open a link or write HTML", () => {
    const out = formatDiff(diff(doc([]), doc([{ name: "a [b](c) <img>\r\nd", version: "1|2" }, { name: "x", package_url: "https://example.com/a b\tc\u00a0d" }])), "markdown");
    expect(out).toContain("| ➕ added | a \\[b\\](c) &lt;img&gt; d | 1\\|2 |");
    expect(out).toContain("[x](https://example.com/a%20b%09c%A0d)");
  });

  it("as Markdown: a package link is escaped as techstack.md escapes it, so a `|` or `<` in its URL stays in its cell", () => {
    const url = "https://example.com/a|b<c>[d]\"e'f`g(h)";
    const out = formatDiff(diff(doc([]), doc([{ name: "x", version: "1.0.0", package_url: url }])), "markdown");
    const row = out.split("\n").find((line) => line.includes("[x]("));
    expect(row).toBe("| ➕ added | [x](https://example.com/a%7Cb%3Cc%3E%5Bd%5D%22e%27f%60g%28h%29) | 1.0.0 |");
  });

  it("a version a YAML file left empty (null) is no version", () => {
    const out = formatDiff(diff(doc([]), doc([{ name: "Redis", version: null as unknown as string }])), "markdown");
    expect(out).toContain("| ➕ added | Redis | N/A |");
    // Nor "null" where it changed: the change has no `from`, which each format spells as it spells no version.
    const d = diff(doc([{ name: "Redis", version: null as unknown as string }, { name: "Go", version: "" }]), doc([{ name: "Redis", version: "7.2.4" }, { name: "Go", version: "1.22.0" }]));
    expect(d.changed).toStrictEqual([{ name: "Redis", to: "7.2.4" }, { name: "Go", to: "1.22.0" }]);
    expect(formatDiff(d)).toBe("~ Redis (none) -> 7.2.4\n~ Go (none) -> 1.22.0\n");
    expect(formatDiff(d, "markdown")).toContain("| 🔄 changed | Redis | N/A → 7.2.4 |");
    // A file written empty is none too, in text as in Markdown.
    expect(formatDiff(diff(doc([{ name: "Go", detection_source: "" }]), doc([{ name: "Go", detection_source: "go.mod" }])))).toBe("> Go moved from no file to go.mod\n");
  });

  it("names the formats it takes when given another", () => {
    expect(() => formatDiff(changes(), "html" as "text")).toThrow("formatDiff: unknown format 'html' (text or markdown)");
  });

  it("as Markdown: a monorepo's folders renamed with every version bumped still fits one pull-request comment (65,536 characters), the tables and moves cut shorter", () => {
    // 400 packages and 300 tools of a pnpm monorepo, each moved from packages/ to libs/ and bumped, 300 packages added.
    const entry = (i: number, version: string, dir: string, tool: boolean): ToolEntry => {
      const where = `${dir}/component-library-${i % 150}/package.json`;
      if (tool) return { name: `Tool ${i}`, version, detection_source: where };
      const name = `@acme-design-system/component-with-a-long-name-${i}`;
      return { name, package_url: `https://www.npmjs.com/${name}`, version, detection_source: where };
    };
    const side = (dir: string, version: string, added: number) => [
      ...Array.from({ length: 400 + added }, (_, i) => entry(i, version, dir, false)),
      ...Array.from({ length: 300 }, (_, i) => entry(i, version, dir, true)),
    ];
    const out = formatDiff(diff(doc(side("packages", "1.2.3-beta.4", 0)), doc(side("libs", "10.20.30-rc.40", 300))), "markdown");
    expect(out.length).toBeLessThanOrEqual(65_000);
    // Each part says how much it leaves out, and every fold it opens is closed.
    expect(out).toMatch(/^\| \| … and \d+ more \| \| \|$/m);
    expect(out).toMatch(/^… and \d+ more moves of \d+ entries$/m);
    expect(out.match(/<details/g)?.length).toBe(out.match(/<\/details>/g)?.length);
    expect(out).toContain("<details><summary>Packages: 300 added, 400 upgraded</summary>");
    expect(out).toContain("<details><summary>Detected from another file: 300 tools and 400 packages</summary>");
  });

  it("as Markdown: 200 rows a table, then how many more", () => {
    const rowsOf = (n: number) => formatDiff(diff(doc([]), doc(Array.from({ length: n }, (_, i) => ({ name: `Tool ${i}` })))), "markdown");
    expect(rowsOf(200)).not.toContain("more");
    expect(rowsOf(201)).toContain("| | … and 1 more | |");
  });
});

describe("an entry detected from another file (a manifest moved, a Dockerfile renamed)", () => {
  const npm = (name: string, version: string, detection_source: string): ToolEntry => ({ name, package_url: `https://www.npmjs.com/package/${name}`, version, detection_source });
  // A Next.js app moved into web/ and its Dockerfile renamed: the same tools at the same versions.
  const was = doc([
    { name: "React", version: "18.3.1", detection_source: "package.json" },
    { name: "NGINX", version: "1.25.3", detection_source: "Dockerfile" },
    { name: "Sentry", detection_source: "manual" },
    npm("react", "18.3.1", "package.json"),
  ]);
  const now = doc([
    { name: "React", version: "18.3.1", detection_source: "web/package.json" },
    { name: "NGINX", version: "1.25.3", detection_source: "Dockerfile.web" },
    { name: "Sentry", detection_source: "manual" },
    npm("react", "18.3.1", "web/package.json"),
  ]);

  it("diff lists it as moved, while isEmptyDiff keeps meaning no tool or version changed", () => {
    const d = diff(was, now);
    expect(d.moved).toStrictEqual([
      { name: "React", from: "package.json", to: "web/package.json" },
      { name: "NGINX", from: "Dockerfile", to: "Dockerfile.web" },
      { name: "react", package_url: "https://www.npmjs.com/package/react", from: "package.json", to: "web/package.json" },
    ]);
    expect([d.added, d.removed, d.changed]).toEqual([[], [], []]);
    expect(isEmptyDiff(d)).toBe(true);
    // Nothing moved: no `moved` at all, the shape diff had before.
    expect(diff(was, was)).toStrictEqual({ added: [], removed: [], changed: [] });
  });

  it("moved holds exactly the detection_source changes check's fact comparison finds (absent, null and empty alike)", () => {
    const before = doc([{ name: "Redis", detection_source: null as unknown as string }, { name: "Vite" }, { name: "Go", detection_source: "go.mod" }, { name: "Gone", detection_source: "x" }, { name: "Git", detection_source: "" }]);
    const after = doc([{ name: "redis", detection_source: "compose.yaml" }, { name: "Vite", detection_source: undefined }, { name: "Go" }, { name: "New", detection_source: "y" }, { name: "Git" }]);
    const moves = diff(before, after).moved;
    expect(moves).toStrictEqual([{ name: "redis", to: "compose.yaml" }, { name: "Go", from: "go.mod" }]);
    const facts = factChanges(before, after).filter((f) => f.field === "detection_source").map(({ field: _field, ...rest }) => rest);
    expect(moves).toStrictEqual(facts);
  });

  it("as text: a line each after the other changes, a missing file as 'no file'; never 'no changes'", () => {
    expect(formatDiff(diff(was, now))).toBe(
      ["> 1 tool and 1 package moved from package.json to web/package.json", "    React; packages: react", "> NGINX moved from Dockerfile to Dockerfile.web", ""].join("\n"),
    );
    const withChange = formatDiff(diff(doc([{ name: "Go", version: "1.21.0", detection_source: "go.mod" }]), doc([{ name: "Go", version: "1.22.0", detection_source: "api/go.mod" }, { name: "Redis" }])));
    expect(withChange).toBe(["+ Redis", "~ Go 1.21.0 -> 1.22.0", "> Go moved from go.mod to api/go.mod", ""].join("\n"));
    expect(formatDiff(diff(doc([{ name: "Go" }]), doc([{ name: "Go", detection_source: "go.mod" }])))).toBe("> Go moved from no file to go.mod\n");
    expect(formatDiff(diff(doc([npm("react", "18.3.1", "package.json")]), doc([npm("react", "18.3.1", "web/package.json")])))).toBe("> react (package) moved from package.json to web/package.json\n");
  });

  it("as Markdown: only moves say so in a sentence, then list them, open; never 'No change'", () => {
    expect(formatDiff(diff(was, now), "markdown")).toBe(
      [
        "### Tech stack changes",
        "",
        "No tool or version changed, but 3 entries are now detected from another file.",
        "",
        "<details open><summary>Detected from another file: 2 tools and 1 package</summary>",
        "",
        "<details><summary>1 tool and 1 package moved from <code>package.json</code> to <code>web/package.json</code></summary>",
        "",
        "React; packages: [react](https://www.npmjs.com/package/react)",
        "",
        "</details>",
        "",
        "NGINX moved from `Dockerfile` to `Dockerfile.web`",
        "",
        "</details>",
        "",
      ].join("\n"),
    );
    const one = formatDiff(diff(doc([{ name: "Go" }]), doc([{ name: "Go", detection_source: "go.mod" }])), "markdown");
    expect(one).toContain("No tool or version changed, but 1 entry is now detected from another file.");
    expect(one).toContain("<details open><summary>Detected from another file: 1 tool</summary>");
    expect(one).toContain("\nGo moved from no file to `go.mod`\n");
  });

  it("as Markdown: with other changes, the moves come last, folded", () => {
    const out = formatDiff(diff(was, doc([...now.tools, { name: "Redis", version: "7.2.4" }])), "markdown");
    expect(out).toMatch(/^### Tech stack changes\n\n\| \| Tool \| Version \|\n\|:--\|:--\|:--\|\n\| ➕ added \| Redis \| 7\.2\.4 \|\n\n<details><summary>Detected from another file: 2 tools and 1 package<\/summary>\n\n<details><summary>1 tool and 1 package moved/);
    expect(out).toMatch(/NGINX moved from `Dockerfile` to `Dockerfile.web`\n\n<\/details>\n$/);
  });

  it("as Markdown: a path cannot break the comment, in a sentence or in a summary", () => {
    const odd = formatDiff(diff(doc([{ name: "Go", detection_source: "a|`b`" }]), doc([{ name: "Go", detection_source: "<c>\nd" }])), "markdown");
    expect(odd).toContain("\nGo moved from `` a|`b` `` to `<c> d`\n");
    const many = (source: string) => doc(["Go", "Bazel"].map((name) => ({ name, detection_source: source })));
    expect(formatDiff(diff(many("x&y"), many("</details>")), "markdown")).toContain("<summary>2 tools moved from <code>x&amp;y</code> to <code>&lt;/details&gt;</code></summary>");
  });

  it("a diff made by hand without moved is read as before; a moved list that is not one is refused", () => {
    const empty = { added: [], removed: [], changed: [] };
    expect(formatDiff(empty)).toBe("no changes\n");
    expect(formatDiff(empty, "markdown")).toBe("No change to the tech stack.\n");
    expect(formatDiff({ ...empty, moved: [] })).toBe("no changes\n");
    expect(() => formatDiff({ ...empty, moved: "Dockerfile" } as never)).toThrow(coded(new TypeError('formatDiff: moved must be a list of entries (as diff makes it), not "Dockerfile"'), "TECHSTACK_BAD_ARGUMENT"));
    expect(() => formatDiff({ ...empty, moved: [{ from: "a" }] } as never)).toThrow("formatDiff: moved[0]: a tool entry needs a name (a string)");
    expect(() => isEmptyDiff({ ...empty, moved: [null] } as never)).toThrow("isEmptyDiff: moved[0]: a tool entry must be a mapping");
  });
});

describe("factChanges", () => {
  const doc = (tools: Array<Record<string, unknown>>) => ({ tools }) as unknown as Parameters<typeof factChanges>[0];
  it("names each catalog field an entry of both documents changes; absent, null and empty are alike; versions and dates are diff's or nobody's", () => {
    const before = doc([
      { name: "Sentry", detection_source: "manual" },
      { name: "express", package_url: "https://www.npmjs.com/express", version: "4.18.2", license: null, last_updated_by: "a" },
      { name: "Gone", category: "Other" },
      { name: "Git", description: "", license: "" },
    ]);
    const after = doc([
      { name: "Git" },
      { name: "sentry", website_url: "https://sentry.io/", category: "Monitoring", detection_source: "manual" },
      { name: "Express", package_url: "https://www.npmjs.com/EXPRESS", version: "4.19.0", last_updated_by: "b", open_source: false },
      { name: "New", category: "Other" },
    ]);
    expect(factChanges(before, after)).toEqual([
      { name: "sentry", field: "website_url", to: "https://sentry.io/" },
      { name: "sentry", field: "category", to: "Monitoring" },
      { name: "Express", package_url: "https://www.npmjs.com/EXPRESS", field: "open_source", to: "false" },
    ]);
    expect(factChanges(after, after)).toEqual([]);
  });

  it("formats a line per change, long values cut, and counts what passes the limit", () => {
    const changes = Array.from({ length: 3 }, (_, i) => ({ name: `T${i}`, field: "description" as const, from: "x".repeat(100), to: undefined }));
    expect(formatFactChanges(changes, 2)).toBe(`~ T0 description: ${"x".repeat(71)}… -> (none)\n~ T1 description: ${"x".repeat(71)}… -> (none)\n  and 1 more\n`);
  });
});
