import { describe, expect, it } from "vitest";
import { builtinCatalog, parseCatalogFile } from "../src/catalog/load.js";
import { catalogFileProblem } from "../src/catalog/check-file.js";
import { MemorySource, scan } from "../src/index.js";

// kinds.yml's `year-named-releases`: the tools whose release lines are named by a year that is not
// their version (SQL Server 2022 is 16.0), read by the docker detector (an image tagged by the year)
// and the CI detector (a setup step's input naming the year). Data, so a repository's catalog file
// adds a line or a tool of its own.

const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;
const known = (id: string) => builtinCatalog().tools.has(id);

const compose = (tag: string) => ({ "docker-compose.yml": `services:\n  db:\n    image: mcr.microsoft.com/mssql/server:${tag}\n    environment:\n      ACCEPT_EULA: 'Y'\n` });

const workflow = (action: string, input: string, year: string) => ({
  ".github/workflows/ci.yml": `name: ci\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: ${action}@v1\n        with:\n          ${input}: ${year}\n      - run: make test\n`,
});

async function versionOf(files: Record<string, string>, name: string, catalog?: string): Promise<string | undefined> {
  const { document } = await scan(new MemorySource(files), { ...opts, ...(catalog ? { catalog: parseCatalogFile(catalog) } : {}) });
  return document.tools.find((t) => t.name === name && !t.package_url)?.version;
}

describe("year-named-releases", () => {
  it("holds SQL Server's lines, 2017 to 2025, in the built-in catalog", () => {
    expect(builtinCatalog().tableValue("year-named-releases", "microsoft-sql-server")).toBe("2017=14.0 2019=15.0 2022=16.0 2025=17.0");
  });

  it("a repository's catalog file adds a line: an image tagged 2028 and a setup step's `sqlserver-version: 2028` name its release", async () => {
    const lines = 'kinds:\n  year-named-releases:\n    microsoft-sql-server: "2017=14.0 2019=15.0 2022=16.0 2025=17.0 2028=18.0"\n';
    expect(await versionOf(compose("2028-latest"), "Microsoft SQL Server")).toBeUndefined();
    expect(await versionOf(compose("2028-latest"), "Microsoft SQL Server", lines)).toBe("18.0");
    expect(await versionOf(compose("2022-latest"), "Microsoft SQL Server", lines)).toBe("16.0");
    expect(await versionOf(workflow("ankane/setup-sqlserver", "sqlserver-version", "2028"), "Microsoft SQL Server")).toBeUndefined();
    expect(await versionOf(workflow("ankane/setup-sqlserver", "sqlserver-version", "2028"), "Microsoft SQL Server", lines)).toBe("18.0");
  });

  it("a repository's own tool named by year: its setup step's year names the release the table gives, not the year", async () => {
    const catalog = [
      "tools:",
      "  - id: acme-ledger",
      "    name: Acme Ledger",
      "    category: Data Stores",
      "    sub_category: Databases",
      "matchers:",
      "  action-input:",
      '    "acme/setup-ledger:ledger-version": acme-ledger',
      "kinds:",
      "  year-named-releases:",
      '    acme-ledger: "2023=7.0 2024=8.1"',
      "",
    ].join("\n");
    expect(await versionOf(workflow("acme/setup-ledger", "ledger-version", "2024"), "Acme Ledger", catalog)).toBe("8.1");
    // A year the table does not list names no release; without the table the year is read as a version.
    expect(await versionOf(workflow("acme/setup-ledger", "ledger-version", "2026"), "Acme Ledger", catalog)).toBeUndefined();
    const unnamed = catalog.replace(/kinds:[\s\S]*$/, "");
    expect(await versionOf(workflow("acme/setup-ledger", "ledger-version", "2024"), "Acme Ledger", unnamed)).toBe("2024.0.0");
  });

  it("is checked in a catalog file: each tool's lines are `year=release`, space-separated", () => {
    const problem = (table: unknown) => catalogFileProblem({ kinds: { "year-named-releases": table } }, known);
    expect(problem({ "microsoft-sql-server": "2017=14.0 2028=18.0" })).toBeUndefined();
    const message = "kinds.year-named-releases must map tool ids to their lines, each `year=release` and space-separated (microsoft-sql-server: 2019=15.0 2022=16.0)";
    expect(problem({ "microsoft-sql-server": "2022 is 16.0" })).toBe(message);
    expect(problem({ "microsoft-sql-server": "22=16.0" })).toBe(message);
    expect(problem({ "microsoft-sql-server": "2022=" })).toBe(message);
    expect(problem({ "microsoft-sql-server": 16 })).toBe(message);
    expect(problem(["microsoft-sql-server"])).toBe(message);
  });
});
