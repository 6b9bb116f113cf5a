import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Hybrid mobile and desktop apps written in JavaScript (React Native, Expo, Electron), as their
// repositories look: what their packages and build files reveal beside the framework itself.
const toolsOf = async (files: Record<string, string>) =>
  new Map((await scan(new MemorySource(files), { git: false, disable: ["languages"] })).document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));

/** A package.json declaring `deps` as caret ranges, and a package-lock v3 resolving them (plus `installed`). */
const npmProject = (deps: Record<string, string>, installed: Record<string, string> = {}) => ({
  "package.json": JSON.stringify({ name: "app", private: true, dependencies: Object.fromEntries(Object.entries(deps).map(([k, v]) => [k, `^${v}`])) }),
  "package-lock.json": JSON.stringify({
    name: "app",
    lockfileVersion: 3,
    requires: true,
    packages: {
      "": { name: "app", dependencies: Object.fromEntries(Object.entries(deps).map(([k, v]) => [k, `^${v}`])) },
      ...Object.fromEntries(Object.entries({ ...deps, ...installed }).map(([k, v]) => [`node_modules/${k}`, { version: v }])),
    },
  }),
});

describe("hybrid JavaScript apps", () => {
  it("React Native Firebase's package before its @react-native-firebase scope names it and Firebase", async () => {
    const tools = await toolsOf(npmProject({ "react-native": "0.63.4", "react-native-firebase": "5.6.0" }));
    expect(tools.get("React Native Firebase")?.version).toBe("5.6.0");
    expect(tools.has("Firebase")).toBe(true);
  });

  it("React Native Firebase's auth and database modules name Firebase Authentication and the Realtime Database", async () => {
    const tools = await toolsOf(
      npmProject({ "react-native": "0.73.6", "@react-native-firebase/app": "18.7.3", "@react-native-firebase/auth": "18.7.3", "@react-native-firebase/database": "18.7.3" }),
    );
    expect(tools.get("React Native Firebase")?.version).toBe("18.7.3");
    for (const name of ["Firebase", "Firebase Authentication", "Firebase Realtime Database"]) expect(tools.has(name), name).toBe(true);
  });

  it("Expo's sentry-expo names Sentry, not at the wrapper's own release", async () => {
    const tools = await toolsOf(npmProject({ expo: "49.0.8", "sentry-expo": "7.0.1" }));
    expect(tools.get("Expo")?.version).toBe("49.0.8");
    expect(tools.has("Sentry")).toBe(true);
    expect(tools.get("Sentry")?.version).not.toBe("7.0.1");
  });

  it("Electron Forge's Vite template names Vite from its per-process Vite configurations, at the locked release", async () => {
    const vite = "import { defineConfig } from 'vite';\nexport default defineConfig({});\n";
    const tools = await toolsOf({
      ...npmProject({ electron: "28.1.3", "@electron-forge/cli": "7.2.0", "@electron-forge/plugin-vite": "7.2.0" }, { vite: "4.5.1" }),
      "forge.config.ts": "import { VitePlugin } from '@electron-forge/plugin-vite';\nexport default { plugins: [new VitePlugin({})] };\n",
      "vite.main.config.ts": vite,
      "vite.preload.config.ts": vite,
      "vite.renderer.config.ts": vite,
    });
    expect(tools.get("Electron")?.version).toBe("28.1.3");
    expect(tools.get("Vite")?.version).toBe("4.5.1");
  });
});
