import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { readPaketDependencies, readPaketLock, readPaketLockGroups } from "../detectors/dotnet/paket.js";
import { compact, detectorFindings } from "./detector-findings.js";
import { dotnetDetector } from "../detectors/dotnet/index.js";

const dependencies = [
  "source https://api.nuget.org/v3/index.json",
  "framework: net6.0",
  "storage: none",
  "",
  "nuget FSharp.Core ~> 6.0",
  "nuget Newtonsoft.Json 13.0.1",
  "nuget Expecto prerelease",
  "nuget Serilog >= 2.10 framework: net6.0",
  "github fsprojects/FAKE src/app/FakeLib/Globbing/Globbing.fs",
  "// nuget Commented.Out 1.0",
  "",
  "group Test",
  "  source https://api.nuget.org/v3/index.json",
  "  nuget NUnit ~> 3.13",
].join("\n");
const lock = [
  "STORAGE: NONE",
  "RESTRICTION: == net6.0",
  "NUGET",
  "  remote: https://api.nuget.org/v3/index.json",
  "    Expecto (10.1)",
  "      FSharp.Core (>= 7.0.200)",
  "    FSharp.Core (6.0.7)",
  "    Newtonsoft.Json (13.0.3)",
  "    Serilog (2.12)",
  "GITHUB",
  "  remote: fsprojects/FAKE",
  "    src/app/FakeLib/Globbing/Globbing.fs (0341a2e614eb2a7f34607cec914eb0ed83ce9add)",
  "",
  "GROUP Test",
  "NUGET",
  "  remote: https://api.nuget.org/v3/index.json",
  "    NUnit (3.13.3)",
].join("\n");

describe("Paket", () => {
  it("paket.dependencies: the nuget lines of every group, with the lowest release a constraint allows", () => {
    expect(readPaketDependencies(dependencies).map((d) => [d.id, d.constraint, d.version, d.line])).toEqual([
      ["FSharp.Core", "~> 6.0", "6.0", 5],
      ["Newtonsoft.Json", "13.0.1", "13.0.1", 6],
      ["Expecto", undefined, undefined, 7],
      ["Serilog", ">= 2.10", "2.10", 8],
      ["NUnit", "~> 3.13", "3.13", 14],
    ]);
  });

  it("paket.lock: the NUGET sections' releases, not their dependencies' ranges nor GITHUB files", () => {
    expect([...readPaketLock(lock)]).toEqual([
      ["expecto", "10.1"],
      ["fsharp.core", "6.0.7"],
      ["newtonsoft.json", "13.0.3"],
      ["serilog", "2.12"],
      ["nunit", "3.13.3"],
    ]);
  });

  it("a Paket repository's NuGet packages, at the releases paket.lock resolved, and NuGet", async () => {
    const { document } = await scan(new MemorySource({ "paket.dependencies": dependencies, "paket.lock": lock }), { git: false });
    const pkg = (name: string) => document.tools.find((t) => t.package_url && t.name === name);
    expect(pkg("Newtonsoft.Json")).toMatchObject({ version: "13.0.3", detection_source: "paket.dependencies", detection_source_url: "paket.lock" });
    // NUnit is its tool's entry alone (no package entry for a package named as its tool).
    expect(document.tools.find((t) => t.name === "NUnit")?.version).toBe("3.13.3");
    expect(pkg("NUnit")).toBeUndefined();
    expect(pkg("Commented.Out")).toBeUndefined();
    expect(document.tools.find((t) => t.name === "NuGet")).toBeDefined();
    const alone = await scan(new MemorySource({ "paket.dependencies": dependencies }), { git: false });
    expect(alone.document.tools.find((t) => t.package_url && t.name === "FSharp.Core")?.version).toBe("6.0");
  });
});

// Paket resolves each group on its own: a build group can keep an older Newtonsoft.Json than the
// main group. Each declaration takes its own group's release.
describe("Paket groups holding one package at two releases", () => {
  const deps = [
    "source https://api.nuget.org/v3/index.json",
    "nuget Newtonsoft.Json ~> 13.0",
    "",
    "group Build",
    "  source https://api.nuget.org/v3/index.json",
    "  nuget Fake.Core.Target",
    "  nuget Newtonsoft.Json 12.0.3",
    "",
  ].join("\n");
  const groupedLock = [
    "NUGET",
    "  remote: https://api.nuget.org/v3/index.json",
    "    Newtonsoft.Json (13.0.3)",
    "",
    "GROUP Build",
    "NUGET",
    "  remote: https://api.nuget.org/v3/index.json",
    "    Fake.Core.Target (6.0.0)",
    "    Newtonsoft.Json (12.0.3)",
    "",
  ].join("\n");

  it("gives each group's declaration that group's release", async () => {
    const { findings } = await detectorFindings(dotnetDetector, { "paket.dependencies": deps, "paket.lock": groupedLock });
    expect(compact(findings.filter((f) => f.ref === "nuget:Newtonsoft.Json"))).toEqual([
      "nuget:Newtonsoft.Json@2 ~> 13.0 ->13.0.3 (paket.lock) direct",
      "nuget:Newtonsoft.Json@7 12.0.3 ->12.0.3 (paket.lock) direct",
    ]);
    expect(readPaketDependencies(deps).map((d) => d.group)).toEqual(["main", "build", "build"]);
    expect([...readPaketLockGroups(groupedLock)].map(([g, m]) => [g, [...m]])).toEqual([
      ["main", [["newtonsoft.json", "13.0.3"]]],
      ["build", [["fake.core.target", "6.0.0"], ["newtonsoft.json", "12.0.3"]]],
    ]);
  });
});
