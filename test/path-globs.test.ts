import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

const TREE = {
  "src/package.json": JSON.stringify({ dependencies: { express: "4.18.2" } }),
  "legacy/app/requirements.txt": "fastapi==0.110.0\n",
  "legacy.txt": "a file named like the folder\n",
};

async function names(options: { include?: string[]; exclude?: string[] }): Promise<string[]> {
  const { document } = await scan(new MemorySource(TREE), { git: false, ...options });
  return document.tools.map((t) => t.name);
}

// As in a .gitignore or an ESLint ignore list, a pattern naming a folder covers what is inside it.
describe("--include and --exclude globs naming a folder", () => {
  it.each([["legacy"], ["legacy/"], ["/legacy"], ["legacy/**"], ["./legacy/**"], ["**/legacy"], ["legacy/app"]])("--exclude %s leaves the folder out", async (glob) => {
    const found = await names({ exclude: [glob] });
    expect(found).not.toContain("FastAPI");
    expect(found).toContain("ExpressJS");
  });

  it.each([["src"], ["src/"], ["./src"], ["src/**"]])("--include %s scans that folder alone", async (glob) => {
    const found = await names({ include: [glob] });
    expect(found).toContain("ExpressJS");
    expect(found).not.toContain("FastAPI");
  });

  it("a pattern still matches no more than it names", async () => {
    expect(await names({ exclude: ["leg"] })).toContain("FastAPI");
    expect(await names({ exclude: ["*.txt"] })).toContain("FastAPI"); // only root-level .txt files
    expect(await names({ exclude: ["**/*.txt"] })).not.toContain("FastAPI");
  });
});

// The filter itself, on the paths a monorepo lists.
describe("the include/exclude path filter", () => {
  it("is no filter when neither list names a glob", async () => {
    const { pathFilter } = await import("../src/scan/path-filter.js");
    expect(pathFilter(undefined, undefined)).toBeUndefined();
    expect(pathFilter([], [])).toBeUndefined();
    // One glob makes it one.
    expect(pathFilter(["services"], [])?.("services/api/go.mod")).toBe(true);
  });

  it("keeps what the includes name and the excludes do not, hidden files and folders too", async () => {
    const { pathFilter } = await import("../src/scan/path-filter.js");
    const keep = pathFilter(["services", ".github/"], ["services/legacy-billing", "**/fixtures"])!;
    expect(keep("services/api/go.mod")).toBe(true);
    expect(keep(".github/workflows/ci.yml")).toBe(true);
    expect(keep("services/legacy-billing/pom.xml")).toBe(false);
    expect(keep("services/api/test/fixtures/package.json")).toBe(false);
    expect(keep("services-old/go.mod")).toBe(false);
    expect(keep("package.json")).toBe(false);
    const onlyExclude = pathFilter(undefined, ["./examples/"])!;
    expect(onlyExclude("examples/react/package.json")).toBe(false);
    expect(onlyExclude(".eslintrc.json")).toBe(true);
    const onlyInclude = pathFilter(["*"], [])!;
    expect(onlyInclude(".travis.yml")).toBe(true);
    expect(onlyInclude("web/package.json")).toBe(true);
  });

  it("a glob that is only slashes names nothing", async () => {
    const { pathFilter } = await import("../src/scan/path-filter.js");
    const keep = pathFilter(["/", "apps/web"], ["//"])!;
    expect(keep("apps/web/package.json")).toBe(true);
    expect(keep("apps/admin/package.json")).toBe(false);
  });
});

// A `!` glob takes back what an earlier one of its list matched, as in a .gitignore: h69-r found
// `--exclude '!examples/**'` scanning examples/ alone (picomatch read it as "all but"), and a
// re-include after `examples/**` leaving nothing to scan, both without a word.
describe("a leading ! in an include or exclude glob", () => {
  it("the last glob matching a path, or a folder holding it, decides", async () => {
    const { pathFilter } = await import("../src/scan/path-filter.js");
    const keep = pathFilter(undefined, ["examples/**", "!examples/demo/**"])!;
    expect(["src/a.ts", "examples/demo/package.json", "examples/other/package.json"].filter(keep)).toEqual(["src/a.ts", "examples/demo/package.json"]);
    // The folder form re-includes the folder's files too, and a later glob takes them out again.
    const again = pathFilter(undefined, ["examples", "!examples/demo", "examples/demo/old"])!;
    expect(["examples/demo/a.json", "examples/demo/old/b.json", "examples/c.json"].filter(again)).toEqual(["examples/demo/a.json"]);
    const include = pathFilter(["src/**", "!src/generated/**"], undefined)!;
    expect(["src/a.ts", "src/generated/b.ts", "docs/c.md"].filter(include)).toEqual(["src/a.ts"]);
  });

  it("a lone ! exclude takes nothing out, and inverts nothing", async () => {
    const found = await names({ exclude: ["!legacy/**"] });
    expect(found).toContain("FastAPI");
    expect(found).toContain("ExpressJS");
  });
});
