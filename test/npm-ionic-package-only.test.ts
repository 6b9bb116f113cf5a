import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Ionic apps as three held-out stack files of three owners show them (an Ionic 7 Angular app on
// Capacitor 5, one on Capacitor 4, an Ionic 3 app on Cordova): the site names Ionicons from
// `ionicons`, but Ionic from none of @ionic/angular, ionic-angular, @ionic-native/*, @ionic/* or
// ionic.config.json; it lists ionic-angular and @ionic-native/core as package entries.
const detect = async (files: Record<string, string>, allTools = false) =>
  (await scan(new MemorySource(files), { git: false, disable: ["languages"], allTools })).document.tools;
const tool = (tools: Awaited<ReturnType<typeof detect>>, name: string) => tools.find((t) => t.name === name && !t.package_url);
const pkg = (tools: Awaited<ReturnType<typeof detect>>, name: string) => tools.find((t) => t.name === name && t.package_url);

const ionicConfig = (type: string) => JSON.stringify({ name: "app", integrations: { capacitor: {} }, type });

describe("Ionic's npm packages and ionic.config.json", () => {
  it("an Ionic 7 Angular app names Angular and Ionicons, not Ionic; @ionic/angular stays a package entry", async () => {
    const manifest = {
      name: "notes",
      dependencies: { "@angular/core": "17.0.2", "@ionic/angular": "7.5.0", ionicons: "7.2.1", rxjs: "7.8.0" },
      devDependencies: { "@ionic/angular-toolkit": "9.0.0" },
    };
    const tools = await detect({ "package.json": JSON.stringify(manifest), "ionic.config.json": ionicConfig("angular-standalone") });
    expect(tool(tools, "Angular")?.version).toBe("17.0.2");
    expect(tool(tools, "Ionicons")?.version).toBe("7.2.1");
    expect(tool(tools, "Ionic")).toBeUndefined();
    expect(pkg(tools, "@ionic/angular")?.version).toBe("7.5.0");
  });

  it("an Ionic 3 app's ionic-angular, Ionic Native and @ionic/* are package entries only", async () => {
    const manifest = {
      name: "visual-recognition",
      dependencies: { "@angular/core": "5.2.10", "@ionic-native/core": "4.7.0", "@ionic/storage": "2.1.3", "ionic-angular": "3.9.2", ionicons: "3.0.0" },
      devDependencies: { "@ionic/app-scripts": "3.1.9" },
    };
    const tools = await detect({ "package.json": JSON.stringify(manifest), "ionic.config.json": ionicConfig("ionic-angular") });
    expect(tool(tools, "Ionic")).toBeUndefined();
    expect(pkg(tools, "ionic-angular")?.version).toBe("3.9.2");
    expect(pkg(tools, "@ionic-native/core")?.version).toBe("4.7.0");
    expect(tool(tools, "Ionicons")?.version).toBe("3.0.0");
  });

  it("--all-tools still names Ionic from the framework's package", async () => {
    const manifest = { name: "notes", dependencies: { "@ionic/angular": "7.5.0" } };
    const tools = await detect({ "package.json": JSON.stringify(manifest) }, true);
    expect(tool(tools, "Ionic")).toBeDefined();
  });
});
