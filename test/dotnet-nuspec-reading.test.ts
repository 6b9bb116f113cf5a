import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { isRestoredNuspec } from "../detectors/dotnet/nuspec.js";

// What stop 69's mutation round of detectors/dotnet/nuspec.ts found untested: a package listed in two
// framework groups with other ranges, a <dependency> without its id, a .nuspec that is no XML, and the
// folder layouts a package's own manifest shares names with.

// A library packed for .NET Framework and .NET Standard, as Polly or Serilog packed theirs: the same
// package in both groups, the older framework's group first with a lower range, spelt in another case.
const twoGroups = `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
  <metadata>
    <id>Contoso.Http</id>
    <version>2.4.0</version>
    <dependencies>
      <group targetFramework=".NETFramework4.6.2">
        <dependency id="Newtonsoft.Json" version="12.0.1" />
      </group>
      <group targetFramework=".NETStandard2.0">
        <dependency id="newtonsoft.json" version="13.0.1" />
        <dependency version="4.5.4" />
        <dependency id="Microsoft.Extensions.Http" version="6.0.0" />
      </group>
    </dependencies>
  </metadata>
</package>
`;

async function packages(files: Record<string, string>) {
  const { document, warnings } = await scan(new MemorySource(files), { git: false });
  return { document, warnings, pkgs: document.tools.filter((t) => t.package_url).map((t) => [t.name, t.version]) };
}

describe("a .nuspec's dependencies, read as nuget pack writes them", () => {
  it("lists a package two framework groups name once, at the first group's range, whatever its case", async () => {
    const { pkgs } = await packages({ "src/Contoso.Http/Contoso.Http.nuspec": twoGroups });
    expect(pkgs.filter(([name]) => String(name).toLowerCase() === "newtonsoft.json")).toEqual([["Newtonsoft.Json", "12.0.1"]]);
  });

  it("passes over a <dependency> without its id and reads the others", async () => {
    const { pkgs } = await packages({ "src/Contoso.Http/Contoso.Http.nuspec": twoGroups });
    expect(pkgs).toContainEqual(["Microsoft.Extensions.Http", "6.0.0"]);
  });

  it("still names NuGet from a .nuspec cut off inside a tag, with a warning naming it", async () => {
    // Cut off inside a tag, as an interrupted download or a bad merge leaves one.
    const broken = '<?xml version="1.0" encoding="utf-8"?>\n<package>\n  <metadata>\n    <id>Contoso.Http</id>\n    <dependencies>\n      <dependency id="Newtonsoft.Json" vers';
    const { document, warnings } = await packages({ "Contoso.Http.nuspec": broken });
    expect(warnings.map((w) => w.file)).toContain("Contoso.Http.nuspec");
    expect(document.tools.find((t) => t.name === "NuGet")?.detection_source).toBe("Contoso.Http.nuspec");
  });
});

describe("a restored package's .nuspec, by its folders", () => {
  it("is one in the global packages folder whose release has a two-digit major", () => {
    expect(isRestoredNuspec(".nuget/packages/newtonsoft.json/13.0.3/newtonsoft.json.nuspec")).toBe(true);
  });

  it("is not a package's own beside a folder named like a release or a framework", () => {
    // packages.config's folder is <Id>.<Version>: a project folder for HTTP/2 or .NET 4.5 is none.
    expect(isRestoredNuspec("src/Contoso.Http2/Contoso.nuspec")).toBe(false);
    expect(isRestoredNuspec("src/Contoso.Net45/Contoso.nuspec")).toBe(false);
    // An older major line kept in a folder of its own.
    expect(isRestoredNuspec("legacy/Contoso-4.x/Contoso.nuspec")).toBe(false);
    // The global folder's layout needs both: a release folder inside one named as the package.
    expect(isRestoredNuspec("Contoso/nuget/Contoso.nuspec")).toBe(false);
    expect(isRestoredNuspec("releases/2.1/Contoso.nuspec")).toBe(false);
    expect(isRestoredNuspec("contoso/v2.0/contoso.nuspec")).toBe(false);
  });
});
