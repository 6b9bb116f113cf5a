import { describe, expect, it } from "vitest";
import { runCommand } from "./helpers.js";
import * as api from "../src/index.js";

// `resolve` is the way to check what `submit --manual` takes, the release typed with a name
// included: it shows it, and the library reads a typed name the same way (resolveTyped).
describe("resolve shows the release it read", () => {
  it("the library reads a typed name's release as submit --manual does", () => {
    const catalog = api.builtinCatalog();
    const read = api.resolveTyped(catalog, "postgres 16");
    expect([read.matches[0]!.tool.name, read.version, read.release]).toEqual(["PostgreSQL", "16.0.0", "16"]);
    expect(api.resolveTyped(catalog, "node 18.x").version).toBe("18.0.0");
    expect(api.resolveTyped(catalog, "Java 8").version).toBeUndefined();
    expect(api.resolveTyped(catalog, "redis").version).toBeUndefined();
  });

  it("text: the release beside each tool that takes it, and said left out where the tool takes none", async () => {
    const r = await runCommand(["resolve", "postgres 16", ".net 8", "--limit", "1"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("postgres 16:\n  PostgreSQL 16.0.0  0.99  Data Stores / Databases\n.net 8:\n  .NET  1.00  Languages & Frameworks / Frameworks (Full Stack)  (written with no release: 8 left out)\n");
  });

  it("--json: the release as typed per name, the version each match would be written with", async () => {
    const r = await runCommand(["resolve", "postgres 16", "angular 17.x", "redis", "--json", "--limit", "1"]);
    const out = JSON.parse(r.stdout) as { query: string; clear: boolean; release?: string; matches: { name: string; version?: string }[] }[];
    expect(out.map((x) => [x.query, x.clear, x.release, x.matches[0]!.name, x.matches[0]!.version])).toEqual([
      ["postgres 16", true, "16", "PostgreSQL", "16.0.0"],
      ["angular 17.x", true, "17.x", "Angular", "17.0.0"],
      ["redis", true, undefined, "Redis", undefined],
    ]);
  });
});
