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

describe("the built-in catalog's tools, handed to callers", () => {
  it("are frozen deeply, wherever a caller gets one: a change to one reached every later scan of the process", async () => {
    const react = builtinCatalog().tools.get("react")!;
    const resolved = resolve(builtinCatalog(), "postgres")[0]!.tool;
    const copied = catalogWith(acme).tools.get("react")!;
    const looked = builtinCatalog().match("npm", "react")[0]!;
    for (const tool of [react, resolved, copied, looked]) {
      expect(Object.isFrozen(tool), tool.id).toBe(true);
      for (const inner of Object.values(tool)) if (typeof inner === "object" && inner !== null) expect(Object.isFrozen(inner), `${tool.id} field`).toBe(true);
    }
    // ESM (and TypeScript's output) is strict: the write throws. Sloppy code's write is dropped.
    expect(() => {
      (react as { name: string }).name = "Preact";
    }).toThrow(TypeError);
    const sloppy = new Function("tool", 'tool.name = "Preact"; tool.aliases && tool.aliases.push("x"); return tool.name;') as (tool: unknown) => string;
    expect(() => sloppy(resolved)).toThrow(TypeError); // push on a frozen list throws even in sloppy code
    expect(new Function("tool", 'tool.name = "Preact"; return tool.name;')(resolved)).toBe("PostgreSQL");
    const files = { "package.json": '{"dependencies":{"react":"^18.2.0"}}' };
    expect((await detect(new MemorySource(files), { git: false })).tools.map((t) => t.name)).toContain("React");
    // Every way out of the map: iteration, values, entries, forEach.
    const [[, first]] = [...builtinCatalog().tools].slice(-1) as [[string, object]];
    const each: boolean[] = [];
    builtinCatalog().tools.forEach((t) => each.push(Object.isFrozen(t)));
    expect([Object.isFrozen(first), [...builtinCatalog().tools.values()].every(Object.isFrozen), each.every(Boolean), each.length]).toEqual([true, true, true, builtinCatalog().tools.size]);
  });

  it("a caller's own tool, in a catalog of its making or a catalogWith copy, is left as the caller gave it", () => {
    const own = { id: "acme-queue", name: "Acme Queue" };
    const mine = new Catalog({ tools: [own] });
    expect(mine.tools.get("acme-queue")).toBe(own);
    const copy = catalogWith({ tools: [{ id: "acme-db", name: "Acme DB" }] });
    const tool = copy.tools.get("acme-db")!;
    expect([Object.isFrozen(own), Object.isFrozen(tool), Object.isFrozen(copy.tools.get("react"))]).toEqual([false, false, true]);
  });

  it("its maps refuse changes a JavaScript caller makes past their ReadonlyMap type, and its registries are frozen", () => {
    const catalog = builtinCatalog();
    const tools = catalog.tools as Map<string, unknown>;
    expect(() => tools.delete("react")).toThrow(expect.objectContaining({ code: "TECHSTACK_SHARED_CATALOG" }));
    expect(() => tools.set("react", {})).toThrow(TypeError);
    expect(() => (catalog.registries as Map<string, unknown>).clear()).toThrow(TypeError);
    expect(catalog.tools.get("react")?.name).toBe("React");
    expect(Object.isFrozen(catalog.registries.get("npm"))).toBe(true);
    expect(Object.isFrozen(catalog.categories)).toBe(true);
    // A copy's maps are its own: extend still adds to them.
    expect(catalogWith(acme).extend({ tools: [{ id: "z", name: "Z" }] }).tools.get("z")?.name).toBe("Z");
  });
});
