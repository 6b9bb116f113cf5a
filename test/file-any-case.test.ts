import { describe, expect, it } from "vitest";
import { builtinCatalog, catalogWith, parseCatalogFile } from "../src/catalog/load.js";
import { catalogFileProblem } from "../src/catalog/check-file.js";
import { resolve } from "../src/catalog/resolve.js";
import { MemorySource, scan, type Detector } from "../src/index.js";
import { runDetectors } from "../src/scan/run.js";

// The `file-any-case` matcher kind: file globs matched whatever the case of the path (and of the
// key), for the files a tool finds on a file system that ignores case: Chocolatey runs
// chocolateyInstall.ps1 from a package's tools/ folder however it is spelt. `file` globs keep
// matching case for case. DetectContext.fileTools answers which tools both kinds name for a path.

const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;
const known = (id: string) => builtinCatalog().tools.has(id);

async function names(files: Record<string, string>, catalog?: string): Promise<string[]> {
  const { document } = await scan(new MemorySource(files), { ...opts, ...(catalog ? { catalog: parseCatalogFile(catalog) } : {}) });
  return document.tools.map((t) => t.name);
}

// A package's manifest as `choco new` writes one, without Chocolatey's own metadata elements: only a
// script beside it in tools/ says it is Chocolatey's.
const nuspec = `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2015/06/nuspec.xsd">
  <metadata>
    <id>ledger-cli</id>
    <version>3.3.2</version>
    <authors>John Wiegley</authors>
    <dependencies>
      <dependency id="vcredist140" version="14.38.33130" />
    </dependencies>
  </metadata>
</package>
`;

describe("file-any-case matchers", () => {
  it("match a path in any case, where a `file` glob matches its own case alone", async () => {
    const catalog = 'matchers:\n  file-any-case:\n    "Ledger.Config.json": ledger\n  file:\n    "hledger.journal": hledger\n';
    const tools = [
      "tools:",
      "  - id: ledger",
      "    name: Ledger",
      "    category: Back Office",
      "    sub_category: Accounting",
      "  - id: hledger",
      "    name: hledger",
      "    category: Back Office",
      "    sub_category: Accounting",
      "",
    ].join("\n");
    expect(await names({ "LEDGER.CONFIG.JSON": "{}\n", "HLEDGER.JOURNAL": "" }, tools + catalog)).toEqual(["Ledger"]);
    expect((await names({ "conf/ledger.config.json": "{}\n", "hledger.journal": "" }, tools + catalog)).sort()).toEqual(["Ledger", "hledger"]);
  });

  it("name Chocolatey from its scripts in every spelling, the ones no brace list held too", async () => {
    for (const script of ["chocolateyInstall.ps1", "CHOCOLATEYINSTALL.PS1", "ChocolateyINSTALL.ps1", "chocolateyBeforeModify.Ps1", "CHOCOLATEYuninstall.ps1"]) {
      expect(await names({ [`tools/${script}`]: "$ErrorActionPreference = 'Stop'\n" }), script).toContain("Chocolatey");
    }
    expect(await names({ "tools/chocolateyInstall.ps1.bak": "" })).not.toContain("Chocolatey");
  });

  it("are what makes a .nuspec Chocolatey's: a repository's own key for a script beside it in tools/ does", async () => {
    const files = { "ledger-cli.nuspec": nuspec, "tools/Setup-Ledger.PS1": "Install-ChocolateyPackage @packageArgs\n" };
    expect(await names(files)).toContain("NuGet");
    const own = 'matchers:\n  file-any-case:\n    "setup-ledger.ps1": chocolatey\n';
    const named = await names(files, own);
    expect(named).toContain("Chocolatey");
    expect(named).not.toContain("NuGet");
    // Only a script directly in the tools/ folder beside it.
    expect(await names({ "ledger-cli.nuspec": nuspec, "tools/old/Setup-Ledger.PS1": "" }, own)).toContain("NuGet");
  });

  it("are checked in a catalog file as `file` globs are", () => {
    expect(catalogFileProblem({ matchers: { "file-any-case": { "setup-*.ps1": "chocolatey" } } }, known)).toBeUndefined();
    expect(catalogFileProblem({ matchers: { "file-any-case": { "*a*a*a*c.ps1": "chocolatey" } } }, known)).toBe("matchers.file-any-case: a glob of more than 2 * or !( in one name: *a*a*a*c.ps1");
  });

  it("are known to a typed name: a script name in any case resolves to its tool", () => {
    expect(resolve(builtinCatalog(), "CHOCOLATEYinstall.Ps1")[0]?.tool.id).toBe("chocolatey");
  });
});

describe("DetectContext.fileTools", () => {
  it("gives a detector the tools the catalog's file matchers of both kinds name for a listed path", async () => {
    const asked: Record<string, readonly string[]> = {};
    const probe: Detector = {
      name: "probe",
      files: [],
      detect(ctx) {
        for (const path of ["tools/ChocolateyInstall.PS1", "Dockerfile", "docs/readme.txt", "not/listed.ps1"]) asked[path] = ctx.fileTools(path);
      },
    };
    const source = new MemorySource({ "tools/ChocolateyInstall.PS1": "", Dockerfile: "FROM alpine:3.19\n", "docs/readme.txt": "" });
    await runDetectors(source, [probe], builtinCatalog());
    expect(asked).toEqual({ "tools/ChocolateyInstall.PS1": ["chocolatey"], Dockerfile: ["docker"], "docs/readme.txt": [], "not/listed.ps1": [] });
    const own = catalogWith(parseCatalogFile('matchers:\n  file-any-case:\n    "readme.TXT": [markdown]\n'));
    await runDetectors(source, [probe], own);
    expect(asked["docs/readme.txt"]).toEqual(["markdown"]);
  });
});
