import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Rocket.Chat's Apps-engine (held out) as its stack file shows it: the site names NeDB, a Data
// Stores / Databases tool, from the `nedb` package its package.json declares (a dev dependency there).
describe("NeDB", () => {
  it("the nedb package names NeDB, a database, at the package's release", async () => {
    const manifest = { name: "@rocket.chat/apps-engine", devDependencies: { nedb: "^1.8.0", gulp: "^4.0.2" } };
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), { git: false, disable: ["languages"] });
    const nedb = document.tools.find((t) => t.name === "NeDB" && !t.package_url);
    expect(nedb).toMatchObject({ category: "Data Stores", sub_category: "Databases", version: "1.8.0", detection_source: "package.json" });
    expect(document.tools.find((t) => t.name === "nedb" && t.package_url)).toBeDefined();
  });
});
