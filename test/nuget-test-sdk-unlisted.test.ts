import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Microsoft.NET.Test.Sdk and coverlet.collector get no NuGet package entry: the site lists them in
// none of the stack files of four and three upstream owners whose test projects declare them, and
// lists the packages beside them (catalog/registries.yml). The test project below is shaped like
// couchbase-net-client's tests/Couchbase.CombinationTests and WeatherApp.BE.AspNetCore's unit tests.
const testProject = (testSdk: string) => `<Project Sdk="Microsoft.NET.Sdk">

  <PropertyGroup>
    <TargetFramework>net6.0</TargetFramework>
    <IsPackable>false</IsPackable>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Microsoft.Extensions.Configuration.Json" Version="6.0.0" />
    <PackageReference Include="${testSdk}" Version="17.5.0" />
    <PackageReference Include="Serilog.Extensions.Logging.File" Version="3.0.0" />
    <PackageReference Include="xunit" Version="2.4.2" />
    <PackageReference Include="xunit.runner.visualstudio" Version="2.4.5">
      <IncludeAssets>runtime; build; native; contentfiles; analyzers; buildtransitive</IncludeAssets>
      <PrivateAssets>all</PrivateAssets>
    </PackageReference>
    <PackageReference Include="coverlet.collector" Version="6.0.0">
      <IncludeAssets>runtime; build; native; contentfiles; analyzers; buildtransitive</IncludeAssets>
      <PrivateAssets>all</PrivateAssets>
    </PackageReference>
  </ItemGroup>

</Project>
`;

async function nugetEntries(csproj: string): Promise<string[]> {
  const { document } = await scan(new MemorySource({ "tests/Client.CombinationTests/Client.CombinationTests.csproj": csproj }), { git: false });
  return document.tools.filter((t) => t.package_url?.startsWith("https://www.nuget.org/")).map((t) => t.name);
}

describe("NuGet's Microsoft.NET.Test.Sdk and coverlet.collector", () => {
  it("are left out of the package entries; the test project's other packages stay", async () => {
    const names = await nugetEntries(testProject("Microsoft.NET.Test.Sdk"));
    expect(names).not.toContain("Microsoft.NET.Test.Sdk");
    expect(names).not.toContain("coverlet.collector");
    expect(names).toEqual(expect.arrayContaining(["Microsoft.Extensions.Configuration.Json", "Serilog.Extensions.Logging.File", "xunit.runner.visualstudio"]));
  });

  it("is left out however a project capitalises it, as NuGet ignores case", async () => {
    const names = await nugetEntries(testProject("Microsoft.Net.Test.Sdk"));
    expect(names.map((n) => n.toLowerCase())).not.toContain("microsoft.net.test.sdk");
    expect(names).toContain("xunit.runner.visualstudio");
  });
});
