import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compact, detectorFindings } from "./detector-findings.js";
import { dotnetDetector, nugetRange } from "../detectors/dotnet/index.js";

// A project building for net6.0 and net8.0 references EF Core at the release of each framework,
// under a condition per framework; packages.lock.json restores it once per framework. Each
// reference takes the release restored for the range it asked for.
const project = `<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFrameworks>net6.0;net8.0</TargetFrameworks>
    <RestorePackagesWithLockFile>true</RestorePackagesWithLockFile>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Newtonsoft.Json" Version="13.0.1" />
  </ItemGroup>
  <ItemGroup Condition="'$(TargetFramework)' == 'net6.0'">
    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="6.0.*" />
  </ItemGroup>
  <ItemGroup Condition="'$(TargetFramework)' == 'net8.0'">
    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="8.0.*" />
  </ItemGroup>
</Project>
`;
const entry = (requested: string, resolved: string) => ({ type: "Direct", requested, resolved, contentHash: "AA==" });
const lock = JSON.stringify(
  {
    version: 1,
    dependencies: {
      "net6.0": { "Microsoft.EntityFrameworkCore.SqlServer": entry("[6.0.*, )", "6.0.26"), "Newtonsoft.Json": entry("[13.0.1, )", "13.0.3") },
      "net8.0": { "Microsoft.EntityFrameworkCore.SqlServer": entry("[8.0.*, )", "8.0.2"), "Newtonsoft.Json": entry("[13.0.1, )", "13.0.3") },
    },
  },
  null,
  2,
);

describe("packages.lock.json restoring one package at a release per target framework", () => {
  it("gives each reference the release restored for its own range", async () => {
    const { findings } = await detectorFindings(dotnetDetector, { "src/Api/Api.csproj": project, "src/Api/packages.lock.json": lock });
    expect(compact(findings.filter((f) => f.ref.startsWith("nuget:")))).toEqual([
      // (in line order: each reference cites its own item's line)
      "nuget:Newtonsoft.Json@7 13.0.1 ->13.0.3 (src/Api/packages.lock.json) direct",
      "nuget:Microsoft.EntityFrameworkCore.SqlServer@10 6.0.* ->6.0.26 (src/Api/packages.lock.json) direct",
      "nuget:Microsoft.EntityFrameworkCore.SqlServer@13 8.0.* ->8.0.2 (src/Api/packages.lock.json) direct",
    ]);
  });

  it("writes a range as the lockfile's `requested` does", () => {
    expect(nugetRange("6.0.*")).toBe("[6.0.*,)");
    expect(nugetRange("[6.0.*, )")).toBe("[6.0.*,)");
    expect(nugetRange("13.0.1")).toBe("[13.0.1,)");
    expect(nugetRange("6.0")).toBe("[6.0.0,)");
    expect(nugetRange("[1.0,2.0)")).toBe("[1.0.0,2.0.0)");
    expect(nugetRange("[2.1.3]")).toBe("[2.1.3]");
    // A bare release and the lockfile's form of it are one range.
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 4 }), (parts) => {
        const release = parts.join(".");
        expect(nugetRange(release)).toBe(nugetRange(`[${release}, )`));
      }),
    );
  });
});
