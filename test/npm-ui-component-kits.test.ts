import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// Two component packages the site names as tools of their own from package.json, which the
// catalog did not know: react-native-ui-kitten (held-out maxgfr/expo-social-network) and
// downshift (held-out maxgfr/realtime-chat, client/package.json).
const byName = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name);
const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;
const named = (tools: ToolEntry[]) => tools.filter((t) => !t.package_url).map((t) => t.name);

describe("npm UI component kits named as tools", () => {
  it("an Expo app declaring react-native-ui-kitten names react-native-ui-kitten (Mobile UI Frameworks) beside React Native and Redux", async () => {
    const manifest = {
      name: "my-new-project",
      main: "node_modules/expo/AppEntry.js",
      private: true,
      scripts: { start: "expo start", android: "expo start --android" },
      dependencies: {
        expo: "^30.0.1",
        firebase: "^5.5.5",
        react: "16.3.1",
        "react-native": "https://github.com/expo/react-native/archive/sdk-30.0.0.tar.gz",
        "react-native-ui-kitten": "^3.1.2",
        "react-navigation": "^2.16.0",
        redux: "^3.7.2",
      },
    };
    const lock = {
      name: "my-new-project",
      lockfileVersion: 3,
      packages: { "": manifest, "node_modules/react-native-ui-kitten": { version: "3.1.2" } },
    };
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest), "package-lock.json": JSON.stringify(lock) }), opts);
    expect(byName(document.tools, "react-native-ui-kitten")).toMatchObject({
      category: "Mobile",
      sub_category: "Mobile UI Frameworks",
      version: "3.1.2",
      detection_source: "package.json",
    });
    expect(named(document.tools)).toEqual(expect.arrayContaining(["React Native", "Redux", "Firebase"]));
  });

  it("the kit's later name, @ui-kitten/components, names the same tool", async () => {
    const manifest = { name: "app", dependencies: { "@ui-kitten/components": "^5.3.1", "@eva-design/eva": "^2.2.0", "react-native": "0.72.4" } };
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), opts);
    expect(byName(document.tools, "react-native-ui-kitten")).toBeDefined();
  });

  it("a Create React App client declaring downshift names downshift, a tool the site shows without a category", async () => {
    const manifest = {
      name: "client",
      version: "1.0.0",
      private: true,
      dependencies: {
        "@material-ui/core": "^4.0.0",
        downshift: "^3.2.10",
        react: "^16.8.6",
        "react-dom": "^16.8.6",
        "react-scripts": "3.0.1",
        "socket.io-client": "^2.2.0",
      },
      scripts: { start: "react-scripts start", build: "react-scripts build" },
    };
    const { document } = await scan(new MemorySource({ "client/package.json": JSON.stringify(manifest) }), opts);
    const tool = byName(document.tools, "downshift");
    expect(tool).toMatchObject({ website_url: "https://github.com/downshift-js/downshift", detection_source: "client/package.json" });
    expect(tool?.package_url).toBeUndefined();
    expect(tool?.category).toBeUndefined();
    expect(byName(document.tools, "Material-UI")).toBeDefined();
  });
});
