import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// A Power Platform solution kept in Git: the Power Platform CLI's projects, and the GitHub Actions
// or Azure Pipelines tasks that export, unpack and import it.
const scanned = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false })).document;

describe("Power Platform solutions", () => {
  it("a Dataverse solution project (.cdsproj) or a component framework project (.pcfproj) names Microsoft PowerApps", async () => {
    const cdsproj = '<Project ToolsVersion="15.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003"><ItemGroup><PackageReference Include="Microsoft.PowerApps.MSBuild.Solution" Version="1.*" /></ItemGroup></Project>';
    const doc = await scanned({ "src/ContosoSolution/ContosoSolution.cdsproj": cdsproj, "src/ContosoSolution/Other/Solution.xml": "<ImportExportXml />" });
    expect(tool(doc.tools, "Microsoft PowerApps")).toMatchObject({ detection_source: "src/ContosoSolution/ContosoSolution.cdsproj" });
    const pcf = await scanned({ "controls/Slider/Slider.pcfproj": cdsproj });
    expect(tool(pcf.tools, "Microsoft PowerApps")).toMatchObject({ detection_source: "controls/Slider/Slider.pcfproj" });
  });

  it("the Power Platform GitHub Actions and Build Tools tasks name Microsoft PowerApps, without a release", async () => {
    const workflow = "on: workflow_dispatch\njobs:\n  export:\n    runs-on: windows-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: microsoft/powerplatform-actions/export-solution@v1\n        with:\n          solution-name: Contoso\n";
    const gh = await scanned({ ".github/workflows/export.yml": workflow });
    expect(tool(gh.tools, "Microsoft PowerApps")).toMatchObject({ detection_source: ".github/workflows/export.yml" });
    expect(tool(gh.tools, "Microsoft PowerApps")?.version).toBeUndefined();
    const azure = "steps:\n  - task: PowerPlatformToolInstaller@2\n    inputs:\n      DefaultVersion: true\n  - task: PowerPlatformImportSolution@2\n    inputs:\n      SolutionInputFile: out/Contoso.zip\n";
    const az = await scanned({ "azure-pipelines.yml": azure });
    expect(tool(az.tools, "Microsoft PowerApps")).toMatchObject({ detection_source: "azure-pipelines.yml" });
  });
});
