import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { isRestoredNuspec, readNuspecDependencies } from "../detectors/dotnet/nuspec.js";
import { parseXml } from "../src/parse/xml.js";

// A package of MSBuild targets, as guibranco/MSBuild.Version.Target ships one: no project file, only
// the manifest `nuget pack` reads, a .targets file and an install script.
const targetsPackage = `<?xml version="1.0" encoding="UTF-8"?>
<package>
  <metadata minClientVersion="2.5">
    <id>MSBuild.Version.Target</id>
    <version>4.0.0</version>
    <authors>Guilherme Branco Stracini</authors>
    <description>Increments the AssemblyInfo version at each build.</description>
    <dependencies>
      <dependency id="MSBuildTasks" version="1.5.0.235" />
    </dependencies>
  </metadata>
  <files>
    <file src="build\\**" target="build" />
    <file src="tools\\Install.ps1" target="tools\\Install.ps1" />
  </files>
</package>
`;

// The later form: dependencies grouped by target framework, in the nuspec namespace, one package in
// two groups, tokens `nuget pack` replaces (the package's own `$version$` for a sibling packed with
// it, a property for another's release) and an exclusive lower bound.
const groupedLibrary = `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
  <metadata>
    <id>Contoso.Client</id>
    <version>$version$</version>
    <dependencies>
      <group targetFramework=".NETStandard2.0">
        <dependency id="Newtonsoft.Json" version="13.0.3" exclude="Build,Analyzers" />
        <dependency id="System.Threading.Tasks.Extensions" version="[4.5.4, )" />
      </group>
      <group targetFramework="net8.0">
        <dependency id="Newtonsoft.Json" version="13.0.3" />
        <dependency id="Contoso.Core" version="$version$" />
        <dependency id="Ardalis.GuardClauses" version="$GuardClausesVersion$" />
        <dependency id="Polly" version="(7.0,8.0)" />
      </group>
    </dependencies>
  </metadata>
</package>
`;

describe("a NuGet package's .nuspec", () => {
  it("reads its dependencies, listed directly or by framework group, each package once", () => {
    expect(readNuspecDependencies(parseXml(targetsPackage))).toEqual([{ id: "MSBuildTasks", range: "1.5.0.235" }]);
    expect(readNuspecDependencies(parseXml(groupedLibrary)).map((d) => [d.id, d.range])).toEqual([
      ["Newtonsoft.Json", "13.0.3"],
      ["System.Threading.Tasks.Extensions", "[4.5.4, )"],
      ["Contoso.Core", "$version$"],
      ["Ardalis.GuardClauses", "$GuardClausesVersion$"],
      ["Polly", "(7.0,8.0)"],
    ]);
  });

  it("names .NET and NuGet from a package with no project file, and its dependencies as NuGet packages", async () => {
    const files = { "MSBuild.Version.Target.nuspec": targetsPackage, "build/MSBuild.Version.Target.targets": "<Project />", "tools/Install.ps1": "param($installPath)" };
    const { document } = await scan(new MemorySource(files), { git: false });
    const tool = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    expect(tool(".NET")?.detection_source).toBe("MSBuild.Version.Target.nuspec");
    expect(tool("NuGet")?.detection_source).toBe("MSBuild.Version.Target.nuspec");
    expect(document.tools.find((t) => t.package_url && t.name === "MSBuildTasks")).toMatchObject({
      version: "1.5.0",
      sub_category: "NuGet Packages",
      detection_source: "MSBuild.Version.Target.nuspec",
    });
  });

  it("gives a dependency the lowest release its range allows, none for a token or an open lower bound", async () => {
    const { document } = await scan(new MemorySource({ "src/Contoso.Client.nuspec": groupedLibrary }), { git: false });
    const pkg = (name: string) => document.tools.find((t) => t.package_url && t.name === name);
    expect(pkg("Newtonsoft.Json")?.version).toBe("13.0.3");
    expect(pkg("System.Threading.Tasks.Extensions")?.version).toBe("4.5.4");
    expect(pkg("Ardalis.GuardClauses")).toBeDefined();
    expect(pkg("Ardalis.GuardClauses")?.version).toBeUndefined();
    expect(pkg("Polly")?.version).toBeUndefined();
  });

  it("leaves out a sibling packed in step with it (its range the package's own `$version$`)", async () => {
    const { document } = await scan(new MemorySource({ "src/Contoso.Client.nuspec": groupedLibrary }), { git: false });
    expect(document.tools.find((t) => t.name === "Contoso.Core")).toBeUndefined();
    expect(document.tools.find((t) => t.package_url && t.name === "Newtonsoft.Json")).toBeDefined();
  });
});

describe("a restored package's .nuspec", () => {
  const restored = `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
  <metadata>
    <id>Microsoft.AspNet.WebApi.Client</id>
    <version>5.2.9</version>
    <dependencies>
      <group targetFramework=".NETFramework4.5">
        <dependency id="Newtonsoft.Json" version="6.0.4" />
        <dependency id="Newtonsoft.Json.Bson" version="1.0.1" />
      </group>
    </dependencies>
  </metadata>
</package>
`;
  const config = `<?xml version="1.0" encoding="utf-8"?>
<packages>
  <package id="Microsoft.AspNet.WebApi.Client" version="5.2.9" targetFramework="net48" />
</packages>
`;

  it("is another package's: a committed packages folder names nothing and lists none of its dependencies", async () => {
    const files = {
      "Shop.Web/packages.config": config,
      "packages/Microsoft.AspNet.WebApi.Client.5.2.9/Microsoft.AspNet.WebApi.Client.nuspec": restored,
      "nuget-cache/microsoft.aspnet.webapi.client/5.2.9/microsoft.aspnet.webapi.client.nuspec": restored,
    };
    const { document } = await scan(new MemorySource(files), { git: false });
    expect(document.tools.find((t) => t.package_url && t.name === "Newtonsoft.Json.Bson")).toBeUndefined();
    expect(document.tools.find((t) => t.name === ".NET")?.detection_source ?? "").not.toMatch(/nuspec/);
    expect(document.tools.find((t) => t.name === "NuGet")?.detection_source).toBe("Shop.Web/packages.config");
  });

  it("is known by the packages.config and global folder layouts, not by a folder's name alone", () => {
    expect(isRestoredNuspec("packages/Foo.Bar.1.2.3/Foo.Bar.nuspec")).toBe(true);
    expect(isRestoredNuspec("src/packages/foo.bar/2.0.0-beta1/foo.bar.nuspec")).toBe(true);
    expect(isRestoredNuspec("packages/Foo.Bar/Foo.Bar.nuspec")).toBe(false);
    expect(isRestoredNuspec("build/Foo.Bar.Tools/Foo.Bar.nuspec")).toBe(false);
    expect(isRestoredNuspec("MSBuild.Version.Target.nuspec")).toBe(false);
  });
});

describe("a Chocolatey package's .nuspec", () => {
  // As chocolatey-community/chocolatey-packages lays one out: automatic/<id>/<id>.nuspec with the
  // Chocolatey-only <packageSourceUrl>, its dependencies Chocolatey packages.
  const withSourceUrl = `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2015/06/nuspec.xsd">
  <metadata>
    <id>7zip</id>
    <version>23.1.0</version>
    <packageSourceUrl>https://github.com/chocolatey-community/chocolatey-packages/tree/master/automatic/7zip</packageSourceUrl>
    <authors>Igor Pavlov</authors>
    <dependencies>
      <dependency id="7zip.install" version="[23.1.0]" />
      <dependency id="chocolatey-core.extension" version="1.3.3" />
    </dependencies>
  </metadata>
  <files><file src="tools\\**" target="tools" /></files>
</package>
`;
  // An older package without the element: the install script beside it says whose it is.
  const withInstallScript = `<?xml version="1.0"?>
<package>
  <metadata>
    <id>notepadplusplus</id>
    <version>8.6.2</version>
    <authors>Don Ho</authors>
    <dependencies>
      <dependency id="notepadplusplus.install" version="[8.6.2]" />
    </dependencies>
  </metadata>
</package>
`;

  it("is not a NuGet package: no NuGet, no .NET, its dependencies not NuGet packages", async () => {
    const files = {
      "automatic/7zip/7zip.nuspec": withSourceUrl,
      "automatic/7zip/tools/chocolateyInstall.ps1": "$ErrorActionPreference = 'Stop'",
      "manual/notepadplusplus/notepadplusplus.nuspec": withInstallScript,
      "manual/notepadplusplus/tools/chocolateyinstall.ps1": "$ErrorActionPreference = 'Stop'",
    };
    const { document } = await scan(new MemorySource(files), { git: false });
    const names = document.tools.map((t) => t.name);
    expect(names).toContain("Chocolatey");
    expect(names).not.toContain("NuGet");
    expect(names).not.toContain(".NET");
    expect(document.tools.filter((t) => t.package_url)).toEqual([]);
  });

  it("is known by either sign alone", async () => {
    const trees: Array<Record<string, string>> = [
      { "7zip.nuspec": withSourceUrl },
      { "notepadplusplus.nuspec": withInstallScript, "tools/chocolateyInstall.ps1": "" },
    ];
    for (const files of trees) {
      const { document } = await scan(new MemorySource(files), { git: false });
      expect(document.tools.map((t) => t.name)).not.toContain("NuGet");
    }
  });

  // As osquery packs its Chocolatey package (packaging/chocolatey/osquery.nuspec): the Chocolatey-only
  // <projectSourceUrl>, <docsUrl>, <bugTrackerUrl> and <mailingListUrl>, no <packageSourceUrl>, and
  // tools/ holding only the binary; and packages whose script is spelt in another case, or is the
  // uninstall script alone.
  const withProjectSourceUrl = withInstallScript.replace("<authors>", "<projectSourceUrl>https://github.com/osquery/osquery</projectSourceUrl>\n    <docsUrl>https://osquery.readthedocs.io</docsUrl>\n    <authors>");

  it("is known by Chocolatey's other metadata and by its scripts in any case, and names Chocolatey from the .nuspec alone", async () => {
    const trees: Array<Record<string, string>> = [
      { "packaging/chocolatey/osquery.nuspec": withProjectSourceUrl, "packaging/chocolatey/tools/VERIFICATION.txt": "" },
      { "pkg/foo.nuspec": withInstallScript, "pkg/tools/ChocolateyInstall.ps1": "" },
      { "pkg2/bar.nuspec": withInstallScript, "pkg2/tools/chocolateyInstall.PS1": "" },
      { "b/b.nuspec": withInstallScript, "b/tools/chocolateyUninstall.ps1": "" },
    ];
    for (const files of trees) {
      const { document } = await scan(new MemorySource(files), { git: false });
      const names = document.tools.map((t) => t.name);
      expect(names, Object.keys(files)[1]).toContain("Chocolatey");
      expect(names, Object.keys(files)[1]).not.toContain("NuGet");
      expect(document.tools.filter((t) => t.package_url)).toEqual([]);
    }
  });

  // The spellings packages use (choco new writes lower case; older packages chocolateyInstall.ps1,
  // some ChocolateyInstall.ps1; Windows keeps any): the catalog's file key and the .nuspec rule agree.
  const scripts = ["chocolateyinstall.ps1", "chocolateyInstall.ps1", "ChocolateyInstall.ps1", "CHOCOLATEYINSTALL.PS1", "chocolateyInstall.PS1", "ChocolateyUninstall.ps1", "chocolateyuninstall.ps1", "chocolateyBeforeModify.ps1", "chocolateybeforemodify.ps1"];

  it("a Chocolatey script alone names Chocolatey in each spelling that makes a .nuspec Chocolatey's", async () => {
    for (const script of scripts) {
      const alone = await scan(new MemorySource({ [`tools/${script}`]: "$ErrorActionPreference = 'Stop'\n" }), { git: false });
      expect(alone.document.tools.map((t) => t.name), script).toContain("Chocolatey");
      const packaged = await scan(new MemorySource({ "foo.nuspec": withInstallScript, [`tools/${script}`]: "" }), { git: false });
      expect(packaged.document.tools.map((t) => t.name).filter((n) => n !== "PowerShell"), script).toEqual(["Chocolatey"]);
    }
  });
});
