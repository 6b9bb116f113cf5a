import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

describe("a Meteor app's .meteor/release", () => {
  // Modelled on a Meteor 2 React app as `meteor create` leaves it.
  const manifest = JSON.stringify({
    name: "todos",
    private: true,
    scripts: { start: "meteor run" },
    dependencies: { "@babel/runtime": "^7.23.7", "meteor-node-stubs": "^1.2.5", react: "^18.2.0", "react-dom": "^18.2.0" },
    meteor: { mainModule: { client: "client/main.jsx", server: "server/main.js" } },
  });
  const packages = "# Meteor packages used by this project\n\nmeteor-base@1.5.1\nmongo@1.16.8\necmascript@0.16.8\n";

  it("gives Meteor the release the app is pinned to", async () => {
    const files = { "package.json": manifest, ".meteor/release": "METEOR@2.14\n", ".meteor/packages": packages };
    const { document } = await scan(new MemorySource(files), { git: false });
    expect(tool(document.tools, "Meteor")).toMatchObject({ version: "2.14", detection_source: ".meteor/release" });
  });

  it("reads a four-part release as the site writes it, in an app below the root", async () => {
    const files = { "app/package.json": manifest, "app/.meteor/release": "METEOR@1.8.0.2\n" };
    const { document } = await scan(new MemorySource(files), { git: false });
    expect(tool(document.tools, "Meteor")?.version).toBe("1.8.0");
  });

  it("names no release from Meteor's own checkout (`none`)", async () => {
    const { document } = await scan(new MemorySource({ ".meteor/release": "none\n", ".meteor/packages": packages }), { git: false });
    expect(tool(document.tools, "Meteor")).toBeDefined();
    expect(tool(document.tools, "Meteor")?.version).toBeUndefined();
  });
});
