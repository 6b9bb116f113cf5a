import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// Modelled on a React Native 0.64 app from the Ignite boilerplate (held-out LukasMod/WatermelonApp):
// WatermelonDB for storage, MobX-State-Tree, and Reactotron's clients for debugging.
const manifest = {
  name: "watermelon-app",
  version: "0.0.1",
  private: true,
  scripts: { start: "react-native start", test: "jest" },
  dependencies: {
    "@nozbe/watermelondb": "^0.23.0",
    "mobx-state-tree": "5.0.1",
    react: "17.0.1",
    "react-native": "0.64.2",
    "reactotron-mst": "3.1.3",
    "reactotron-react-js": "^3.3.7",
    "reactotron-react-native": "5.0.0",
  },
  devDependencies: { jest: "^25.5.4", typescript: "4.2.3" },
};

let scanned: ReturnType<typeof scan> | undefined;
async function scanApp() {
  scanned ??= scan(new MemorySource({ "package.json": JSON.stringify(manifest, null, 2), "app/db/model/schema.ts": "export {}\n" }), { git: false });
  return (await scanned).document.tools;
}

describe("npm: React Native's WatermelonDB and Reactotron", () => {
  it("names WatermelonDB from @nozbe/watermelondb, at the package's release", async () => {
    expect(tool(await scanApp(), "WatermelonDB")).toMatchObject({
      version: "0.23.0",
      category: "Data Stores",
      sub_category: "Databases",
      detection_source: "package.json",
    });
  });

  it("names Reactotron from its clients, without their releases (each is on its own numbering)", async () => {
    const reactotron = tool(await scanApp(), "Reactotron");
    expect(reactotron).toMatchObject({ category: "Languages & Frameworks", detection_source: "package.json" });
    expect(reactotron?.version).toBeUndefined();
  });
});
