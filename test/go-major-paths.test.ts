import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";
import { compareReleases } from "../src/versions/range.js";

// A Go project part-way through a major upgrade requires both paths of one module: the old
// `+incompatible` release and the `/v4` one. Modelled on an Echo service's go.mod.
const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

describe("one Go module at two major paths", () => {
  it("gives the tool the new major's release, whichever go.mod lists first", async () => {
    const lines = ["\tgithub.com/labstack/echo v3.3.10+incompatible", "\tgithub.com/labstack/echo/v4 v4.11.4"];
    for (const order of [lines, [...lines].reverse()]) {
      const gomod = ["module example.com/shop", "", "go 1.21", "", "require (", ...order, ")", ""].join("\n");
      const { document } = await scan(new MemorySource({ "go.mod": gomod }), opts);
      expect(document.tools.find((t) => t.name === "Echo")).toMatchObject({ version: "4.11.4", detection_source: "go.mod" });
    }
  });
});

describe("compareReleases", () => {
  it("orders by the leading numbers, padding missing parts and ignoring suffixes", () => {
    expect(compareReleases("4.11.4", "3.3.10+incompatible")).toBeGreaterThan(0);
    expect(compareReleases("10.0", "9.9.9")).toBeGreaterThan(0);
    expect(compareReleases("v2", "2.0.0")).toBe(0);
    expect(compareReleases("1.2.3-beta", "1.2.3")).toBe(0);
    expect(compareReleases("1.2", "1.10")).toBeLessThan(0);
    expect(compareReleases("latest", "1.0")).toBeLessThan(0);
  });
});
