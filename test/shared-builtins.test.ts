import { describe, expect, it } from "vitest";
import { coded } from "../src/errors.js";
import { builtinCatalog, builtinDetectors, catalogWith, Catalog, detect, MemorySource, parseCatalogFile, resolve, type Detector } from "../src/index.js";

// builtinCatalog() is the one catalog every scan of the process reads where the repository adds none.
// A caller that extends it (a server scanning one tenant's repository with that tenant's catalog)
// would change every later scan, every other tenant's too: extend refuses it and names catalogWith.
const acme = parseCatalogFile("tools:\n  - id: acme-bus\n    name: Acme Bus\nmatchers:\n  npm:\n    acme-bus-client: acme-bus\n");

describe("the built-in catalog, shared by every scan", () => {
  it("refuses extend with a TypeError that names catalogWith, even for empty data", () => {
    // An empty source: before the refusal this changed nothing other tests read.
    expect(() => builtinCatalog().extend({})).toThrow(coded(new TypeError("Catalog.extend: builtinCatalog() is shared by every scan of the process; catalogWith(...sources) makes an extended copy"), "TECHSTACK_SHARED_CATALOG"));
  });

  it("catalogWith gives the caller's tools without changing it", async () => {
    const own = catalogWith(acme);
    expect(resolve(own, "acme bus")[0]?.tool.name).toBe("Acme Bus");
    expect(resolve(builtinCatalog(), "acme bus")[0]?.tool.name).not.toBe("Acme Bus");
    const files = { "package.json": '{"dependencies":{"acme-bus-client":"1.0.0"}}' };
    expect((await detect(new MemorySource(files), { git: false, catalog: acme })).tools.map((t) => t.name)).toContain("Acme Bus");
    expect((await detect(new MemorySource(files), { git: false })).tools.map((t) => t.name)).not.toContain("Acme Bus");
  });

  it("a catalog of the caller's own making extends as before", () => {
    const mine = new Catalog({ tools: [{ id: "x", name: "X" }] });
    expect(mine.extend(acme).tools.get("acme-bus")?.name).toBe("Acme Bus");
    expect(catalogWith(acme).extend({ tools: [{ id: "y", name: "Y" }] }).tools.get("y")?.name).toBe("Y");
  });
});

describe("the built-in detectors, run by every scan", () => {
  it("are frozen, the list, each detector and its globs: removing one from the list disabled it in every later scan of the process", () => {
    expect(Object.isFrozen(builtinDetectors)).toBe(true);
    expect(builtinDetectors.every((d) => Object.isFrozen(d) && Object.isFrozen(d.files))).toBe(true);
    // ESM code is strict: a write to a frozen object throws.
    expect(() => (builtinDetectors as Detector[]).splice(0, 1)).toThrow(TypeError);
    expect(() => (builtinDetectors[0]!.files as string[]).push("*.acme")).toThrow(TypeError);
    expect(builtinDetectors.length).toBeGreaterThan(20);
  });
});

describe("a catalog's tools and registries, to TypeScript", () => {
  it("are read-only maps: extend adds to them (a change to the built-in one's would reach every scan)", () => {
    const catalog = builtinCatalog();
    // @ts-expect-error -- ReadonlyMap has no delete
    const remove = () => catalog.tools.delete("react");
    // @ts-expect-error -- ReadonlyMap has no set
    const replace = () => catalog.registries.set("npm", { category: "x", sub_category: "y" });
    expect([typeof remove, typeof replace]).toEqual(["function", "function"]);
    expect(catalog.tools.get("react")?.name).toBe("React");
    expect(catalog.registries.get("npm")?.sub_category).toBe("npm Packages");
  });
});
