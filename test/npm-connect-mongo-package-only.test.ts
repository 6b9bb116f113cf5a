import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

const named = (tools: ToolEntry[]) => tools.filter((t) => !t.package_url).map((t) => t.name);

// An Express + GraphQL server of 2017 keeping its sessions in MongoDB through connect-mongo, its
// models in Mongoose.
const manifest = {
  name: "users",
  version: "1.0.0",
  dependencies: {
    "body-parser": "^1.16.0",
    "connect-mongo": "^1.3.2",
    express: "^4.14.0",
    "express-graphql": "^0.6.6",
    "express-session": "^1.15.0",
    graphql: "^0.10.0",
    mongoose: "^4.7.8",
  },
};

describe("npm: connect-mongo", () => {
  it("stays a package entry and names no MongoDB; Mongoose is still named", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest, null, 2) }), { git: false });
    const names = named(document.tools);
    expect(names).not.toContain("MongoDB");
    expect(names).toEqual(expect.arrayContaining(["Mongoose", "ExpressJS", "GraphQL"]));
    expect(document.tools.find((t) => t.name === "connect-mongo")).toMatchObject({ package_url: "https://www.npmjs.com/connect-mongo" });
  });

  it("names MongoDB with all tools asked for", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), { git: false, allTools: true });
    expect(named(document.tools)).toContain("MongoDB");
  });

  it("the mongodb driver itself still names MongoDB", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify({ dependencies: { "connect-mongo": "^4.6.0", mongodb: "^4.9.0" } }) }), { git: false });
    expect(named(document.tools)).toContain("MongoDB");
  });
});
