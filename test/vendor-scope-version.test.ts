import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A package its project moved under its vendor's scope is still the tool itself: react-query became
// @tanstack/react-query (the tool's other name is TanStack Query), so its release is React Query's.
// Another vendor's scoped wrapper (@nestjs/typeorm beside typeorm) still lends no version.
const tools = async (dependencies: Record<string, string>) =>
  (await scan(new MemorySource({ "package.json": JSON.stringify({ name: "app", dependencies }) }), { git: false, disable: ["languages"] })).document.tools;
const tool = (list: Awaited<ReturnType<typeof tools>>, name: string) => list.find((t) => t.name === name && !t.package_url);

describe("a package under its own vendor's scope", () => {
  it("gives the tool its release", async () => {
    expect(tool(await tools({ "@tanstack/react-query": "^5.59.0" }), "React Query")?.version).toBe("5.59.0");
  });

  it("another vendor's wrapper still does not", async () => {
    const list = await tools({ "@nestjs/typeorm": "^10.0.1" });
    expect(tool(list, "TypeORM")).toBeDefined();
    expect(tool(list, "TypeORM")?.version).toBeUndefined();
  });
});
