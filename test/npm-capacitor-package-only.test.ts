import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Capacitor apps as three stack files of three owners show them: two held out (an Ionic 7 Angular
// app on Capacitor 5, one on Capacitor 4) and the corpus's Angular-Projects Chapter06 list
// @capacitor/core, @capacitor/android and @capacitor/ios as package entries and name no Capacitor
// from them or from capacitor.config.ts (the one that names it cites ios/App/Podfile).
const detect = async (files: Record<string, string>, allTools = false) =>
  (await scan(new MemorySource(files), { git: false, disable: ["languages"], allTools })).document.tools;
const tool = (tools: Awaited<ReturnType<typeof detect>>, name: string) => tools.find((t) => t.name === name && !t.package_url);
const pkg = (tools: Awaited<ReturnType<typeof detect>>, name: string) => tools.find((t) => t.name === name && t.package_url);

const app = {
  name: "notifications",
  dependencies: { "@angular/core": "17.0.2", "@capacitor/app": "5.0.6", "@capacitor/core": "5.6.0", "@capacitor/android": "5.6.0", "@capacitor/local-notifications": "5.0.6" },
  devDependencies: { "@capacitor/cli": "5.6.0" },
};
const config = "import { CapacitorConfig } from '@capacitor/cli';\n\nconst config: CapacitorConfig = { appId: 'io.ionic.starter', appName: 'notifications', webDir: 'www' };\n\nexport default config;\n";

describe("Capacitor's npm packages and capacitor.config.ts", () => {
  it("name no Capacitor; @capacitor/core and @capacitor/android stay package entries", async () => {
    const tools = await detect({ "package.json": JSON.stringify(app), "capacitor.config.ts": config });
    expect(tool(tools, "Capacitor")).toBeUndefined();
    expect(tool(tools, "Angular")?.version).toBe("17.0.2");
    expect(pkg(tools, "@capacitor/core")?.version).toBe("5.6.0");
    expect(pkg(tools, "@capacitor/android")?.version).toBe("5.6.0");
  });

  it("capacitor.config.ts alone names nothing", async () => {
    const tools = await detect({ "capacitor.config.ts": config });
    expect(tool(tools, "Capacitor")).toBeUndefined();
    // Beside it, the app's package.json is read: its framework is named, Capacitor still not.
    const app_ = await detect({ "capacitor.config.ts": config, "package.json": JSON.stringify(app) });
    expect(tool(app_, "Angular")).toBeDefined();
    expect(tool(app_, "Capacitor")).toBeUndefined();
  });

  it("--all-tools still names Capacitor from its core package", async () => {
    const tools = await detect({ "package.json": JSON.stringify(app) }, true);
    expect(tool(tools, "Capacitor")).toBeDefined();
  });
});
