import { describe, expect, it } from "vitest";
import { MemorySource, builtinCatalog, resolve, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// Fauna, the site's serverless document database (slug fauna, 9 stacks, under the import's floor):
// its own drivers name it, and "fauna db" / "faunadb" resolve to it (they were the tool named "DB"
// and nothing before).
const tools = async (files: Record<string, string>): Promise<Map<string, ToolEntry>> => {
  const { document } = await scan(new MemorySource(files), { git: false, disable: ["languages"] });
  return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
};

describe("Fauna", () => {
  it("the npm drivers (faunadb for FQL v4, fauna for v10) name Fauna, a database, at no driver's release", async () => {
    for (const name of ["faunadb", "fauna"]) {
      const found = await tools({ "package.json": JSON.stringify({ name: "app", dependencies: { [name]: "^4.8.0", next: "^13.0.0" } }) });
      expect(found.get("Fauna"), name).toMatchObject({ category: "Data Stores", sub_category: "Databases", detection_source: "package.json" });
      expect(found.get("Fauna")?.version, name).toBeUndefined();
    }
  });

  it("the Python, Go, JVM and .NET drivers name it too", async () => {
    expect((await tools({ "requirements.txt": "fauna==2.4.0\n" })).get("Fauna")).toBeDefined();
    expect((await tools({ "requirements.txt": "faunadb==4.5.2\n" })).get("Fauna")).toBeDefined();
    expect((await tools({ "go.mod": "module example.com/app\n\ngo 1.22\n\nrequire github.com/fauna/fauna-go/v3 v3.0.0\n" })).get("Fauna")).toBeDefined();
    expect((await tools({ "go.mod": "module example.com/app\n\ngo 1.16\n\nrequire github.com/fauna/faunadb-go/v4 v4.3.1\n" })).get("Fauna")).toBeDefined();
    const pom = '<project><modelVersion>4.0.0</modelVersion><groupId>a</groupId><artifactId>b</artifactId><version>1</version><dependencies><dependency><groupId>com.faunadb</groupId><artifactId>faunadb-java</artifactId><version>4.5.0</version></dependency></dependencies></project>\n';
    expect((await tools({ "pom.xml": pom })).get("Fauna")).toBeDefined();
    const csproj = '<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="Fauna" Version="1.0.1" /></ItemGroup></Project>\n';
    expect((await tools({ "App.csproj": csproj })).get("Fauna")).toBeDefined();
  });

  it("resolves from its name, its former name FaunaDB and that typed apart", () => {
    const catalog = builtinCatalog();
    for (const q of ["fauna", "faunadb", "fauna db", "FaunaDB", "fauna database"]) expect(resolve(catalog, q, 1)[0]?.tool.id, q).toBe("fauna");
  });
});
