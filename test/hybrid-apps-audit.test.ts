import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { withoutCordovaPlugins } from "../src/sources/ignore-rules.js";
import { expectFinishesWithin } from "./work-budget.js";

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

  it("electron-builder's publish providers name the storage services an Electron app's releases and updates go to", async () => {
    const app = npmProject({ electron: "28.2.3", "electron-builder": "24.9.1", "electron-updater": "6.1.8" });
    const yml = await toolsOf({
      ...app,
      "electron-builder.yml": "appId: io.acme.app\nsnap:\n  publish: github\npublish:\n  - provider: github\n    owner: acme\n  - provider: s3\n    bucket: app-updates\n",
    });
    expect(yml.has("Amazon S3")).toBe(true);
    expect(yml.get("Amazon S3")?.detection_source).toBe("electron-builder.yml");
    // JSON5, as electron-vite's template writes it: comments, unquoted keys, single quotes, a URL.
    const json5 = await toolsOf({
      ...app,
      "electron-builder.json5": "/**\n * @see https://www.electron.build/configuration/configuration\n */\n{\n  appId: 'com.electron.app', // the id\n  nsis: { artifactName: '${name}-${version}-setup.${ext}' },\n  publish: { provider: 'spaces', name: 'updates', region: 'nyc3' },\n}\n",
    });
    expect(json5.has("DigitalOcean Spaces")).toBe(true);
    // A package.json's `build` table, with the platform's own publish setting.
    const table = await toolsOf({
      "package.json": JSON.stringify({ name: "app", devDependencies: { electron: "^28.0.0", "electron-builder": "^24.9.1" }, build: { appId: "x", win: { publish: ["s3"] } } }),
    });
    expect(table.has("Amazon S3")).toBe(true);
  });

  it("an S3-compatible endpoint, GitHub releases, or a `build` table without electron-builder name no storage service", async () => {
    const tools = await toolsOf({
      ...npmProject({ electron: "28.2.3", "electron-builder": "24.9.1" }),
      "electron-builder.yml": "publish:\n  - provider: s3\n    bucket: updates\n    endpoint: https://minio.acme.dev\n  - github\n",
    });
    expect(tools.has("Amazon S3")).toBe(false);
    expect(tools.has("Electron")).toBe(true);
    const other = await toolsOf({ "package.json": JSON.stringify({ name: "lib", devDependencies: { webpack: "^5.0.0" }, build: { publish: "s3" } }) });
    expect(other.has("Amazon S3")).toBe(false);
  });

  it("Electron Forge's S3 publisher names Amazon S3, at no release of its own", async () => {
    const tools = await toolsOf(npmProject({ electron: "28.1.3", "@electron-forge/cli": "7.2.0", "@electron-forge/publisher-s3": "7.2.0" }));
    expect(tools.has("Amazon S3")).toBe(true);
    expect(tools.get("Amazon S3")?.version).toBeUndefined();
    expect(tools.get("Electron")?.version).toBe("28.1.3");
  });

  it("a malformed electron-builder.yml is warned about and stops nothing", async () => {
    const { document, warnings } = await scan(new MemorySource({ ...npmProject({ electron: "28.1.3" }), "electron-builder.yml": "publish: [provider: s3\n  : :\n" }), { git: false, disable: ["languages"] });
    expect(document.tools.some((t) => t.name === "Electron")).toBe(true);
    expect(warnings.some((w) => w.file === "electron-builder.yml")).toBe(true);
  });

  it("Capacitor's generated config.xml (its Cordova-plugin layer's, a widget without an id) names no Apache Cordova", async () => {
    const generated =
      "<?xml version='1.0' encoding='utf-8'?>\n<widget version=\"1.0.0\" xmlns=\"http://www.w3.org/ns/widgets\" xmlns:cdv=\"http://cordova.apache.org/ns/1.0\">\n  <access origin=\"*\" />\n  \n  <feature name=\"Device\">\n    <param name=\"ios-package\" value=\"CDVDevice\"/>\n  </feature>\n\n  \n</widget>";
    const tools = await toolsOf({
      ...npmProject({ "@capacitor/core": "5.6.0", "@capacitor/android": "5.6.0", "@capacitor/ios": "5.6.0" }),
      "capacitor.config.json": JSON.stringify({ appId: "io.ionic.starter", appName: "app", webDir: "www" }),
      "android/app/src/main/res/xml/config.xml": generated,
      "ios/App/App/config.xml": generated,
    });
    expect(tools.has("Capacitor")).toBe(false); // its packages are package entries (npm-capacitor-package-only)
    expect(tools.has("Apache Cordova")).toBe(false);
    // A Cordova project's own config.xml, with its id, still names it.
    const cordova = await toolsOf({ "config.xml": generated.replace("<widget version", "<widget id=\"io.ionic.starter\" version") });
    expect(cordova.has("Apache Cordova")).toBe(true);
  });

  it("Expo's Android template: API levels read from a Gradle property with a default give Android's releases, gradle.properties first", async () => {
    const root = [
      "buildscript {",
      "    ext {",
      "        buildToolsVersion = findProperty('android.buildToolsVersion') ?: '34.0.0'",
      "        minSdkVersion = Integer.parseInt(findProperty('android.minSdkVersion') ?: '23')",
      "        compileSdkVersion = Integer.parseInt(findProperty('android.compileSdkVersion') ?: '34')",
      "        targetSdkVersion = Integer.parseInt(findProperty('android.targetSdkVersion') ?: '34')",
      "    }",
      "    dependencies {",
      "        classpath('com.android.tools.build:gradle')",
      "        classpath('com.facebook.react:react-native-gradle-plugin')",
      "    }",
      "}",
      "",
    ].join("\n");
    const app = [
      'apply plugin: "com.android.application"',
      'apply plugin: "com.facebook.react"',
      "android {",
      "    compileSdk rootProject.ext.compileSdkVersion",
      "    namespace 'com.acme.app'",
      "    defaultConfig {",
      "        minSdkVersion rootProject.ext.minSdkVersion",
      "        targetSdkVersion rootProject.ext.targetSdkVersion",
      "    }",
      "}",
      "dependencies {",
      '    implementation("com.facebook.react:react-android")',
      "}",
      "",
    ].join("\n");
    const files = {
      ...npmProject({ expo: "50.0.14", "react-native": "0.73.6" }),
      "android/settings.gradle": "rootProject.name = 'app'\ninclude ':app'\n",
      "android/build.gradle": root,
      "android/app/build.gradle": app,
      "android/gradle.properties": "android.useAndroidX=true\nhermesEnabled=true\n",
    };
    const tools = await toolsOf(files);
    expect(tools.get("Android SDK")?.version).toBe("34.0");
    expect(tools.get("Android OS")?.version).toBe("14.0");
    // expo-build-properties writes the levels it sets into gradle.properties: those win.
    const set = await toolsOf({ ...files, "android/gradle.properties": "android.compileSdkVersion=35\nandroid.targetSdkVersion=35\n" });
    expect(set.get("Android SDK")?.version).toBe("35.0");
  });

  it("an Electron app of 2016 declares electron-prebuilt, Electron's binary at its release; @electron/* tooling names Electron at none", async () => {
    const old = await toolsOf(npmProject({ "electron-prebuilt": "1.2.5" }));
    expect(old.get("Electron")?.version).toBe("1.2.5");
    const tooling = await toolsOf(npmProject({ "@electron/packager": "18.3.2", "@electron/rebuild": "3.6.0" }));
    expect(tooling.has("Electron")).toBe(true);
    expect(tooling.get("Electron")?.version).toBeUndefined();
  });

  it("React Native 0.59's Podfile: pods built from podspec files in node_modules are no registry packages; a trunk pod and a remote podspec's are", async () => {
    const podfile = [
      "platform :ios, '9.0'",
      "target 'app' do",
      "  pod 'React', :path => '../node_modules/react-native', :subspecs => ['Core', 'CxxBridge']",
      "  pod 'yoga', :path => '../node_modules/react-native/ReactCommon/yoga'",
      "  pod 'DoubleConversion', :podspec => '../node_modules/react-native/third-party-podspecs/DoubleConversion.podspec'",
      "  pod 'glog', :podspec => '../node_modules/react-native/third-party-podspecs/glog.podspec'",
      "  pod 'Folly', :podspec => '../node_modules/react-native/third-party-podspecs/Folly.podspec'",
      "  pod 'GoogleMaps'",
      "  pod 'Charts', :podspec => 'https://example.com/specs/Charts.podspec'",
      "end",
      "",
    ].join("\n");
    const lock = "PODS:\n  - DoubleConversion (1.1.6)\n  - Folly (2018.10.22.00)\n  - glog (0.3.5)\n  - GoogleMaps (2.7.0)\n  - Charts (3.2.1)\n\nDEPENDENCIES:\n  - GoogleMaps\n\nCOCOAPODS: 1.7.5\n";
    const { document } = await scan(new MemorySource({ ...npmProject({ "react-native": "0.59.10" }), "ios/Podfile": podfile, "ios/Podfile.lock": lock }), { git: false, disable: ["languages"] });
    const pods = document.tools.filter((t) => t.package_url?.includes("cocoapods")).map((t) => t.name).sort();
    expect(pods).toEqual(["Charts", "GoogleMaps"]);
    expect(document.tools.find((t) => t.name === "CocoaPods" && !t.package_url)?.version).toBe("1.7.5");
  });

  it("the plugins Cordova installs into a committed plugins/ folder are its packages' own trees, not the app's", async () => {
    const widget = '<?xml version="1.0" encoding="utf-8"?>\n<widget id="io.ionic.starter" version="0.0.1" xmlns="http://www.w3.org/ns/widgets" xmlns:cdv="http://cordova.apache.org/ns/1.0">\n    <plugin name="cordova-plugin-device" spec="^2.0.3" />\n</widget>\n';
    const plugin = JSON.stringify({ name: "cordova-plugin-device", version: "2.0.3", cordova: { id: "cordova-plugin-device" }, devDependencies: { eslint: "^4.0.0", jasmine: "^2.5.2" } });
    const files = {
      ...npmProject({ "ionic-angular": "3.9.9", "cordova-plugin-device": "2.0.3" }),
      "config.xml": widget,
      "plugins/fetch.json": JSON.stringify({ "cordova-plugin-device": { source: { type: "registry", id: "cordova-plugin-device@^2.0.3" }, is_top_level: true } }),
      "plugins/android.json": JSON.stringify({ installed_plugins: { "cordova-plugin-device": {} } }),
      "plugins/cordova-plugin-device/package.json": plugin,
      "plugins/cordova-plugin-device/src/android/build.gradle": "dependencies {\n    implementation 'com.google.firebase:firebase-messaging:17.0.0'\n}\n",
    };
    const tools = await toolsOf(files);
    expect(tools.has("Apache Cordova")).toBe(true);
    for (const name of ["ESLint", "Jasmine", "Firebase"]) expect(tools.has(name), name).toBe(false);
    // A plugins/ folder of another kind (no Cordova records, no config.xml beside it) is the project's own.
    const own = await toolsOf({ "package.json": JSON.stringify({ name: "site" }), "plugins/seo/package.json": plugin });
    expect(own.has("ESLint")).toBe(true);
  });

  it("a tree of 20,000 paths under many plugins/ folders is sorted at once", () => {
    const entries = [
      { path: "config.xml" },
      { path: "plugins/fetch.json" },
      ...Array.from({ length: 20000 }, (_, i) => ({ path: `${"plugins/".repeat(i % 7)}p${i}/plugins/x${i}/package.json` })),
      { path: "src/app.ts" },
    ];
    const kept = expectFinishesWithin(() => withoutCordovaPlugins(entries), 5);
    expect(kept.some((e) => e.path === "src/app.ts")).toBe(true);
    expect(kept.some((e) => e.path === "plugins/fetch.json")).toBe(true);
  });

  it("App Center's CLI and push SDK name App Center; CodePush's old CLI names CodePush at none of its releases", async () => {
    const tools = await toolsOf(npmProject({ "react-native": "0.63.4", "appcenter-cli": "2.10.10", "appcenter-push": "3.1.2", "code-push-cli": "2.1.9" }));
    expect(tools.has("Visual Studio App Center")).toBe(true);
    expect(tools.has("CodePush")).toBe(true);
    expect(tools.get("CodePush")?.version).toBeUndefined();
  });

  it("Capawesome's Capacitor Firebase plugins name Firebase and their products, at none of the plugins' releases", async () => {
    const tools = await toolsOf(npmProject({ "@capacitor/core": "5.6.0", "@capacitor-firebase/authentication": "5.3.0", "@capacitor-firebase/messaging": "5.3.0", "@capacitor-firebase/analytics": "5.3.0" }));
    for (const name of ["Firebase", "Firebase Authentication", "Firebase Cloud Messaging"]) {
      expect(tools.has(name), name).toBe(true);
      expect(tools.get(name), name).toBeDefined();
      expect(tools.get(name)?.version, name).toBeUndefined();
    }
    expect(tools.has("Capacitor")).toBe(false);
  });

  it("a Cordova app's Firebase plugin names Firebase, not at the plugin's release", async () => {
    const tools = await toolsOf(npmProject({ cordova: "12.0.0", "cordova-plugin-firebasex": "16.1.0" }));
    expect(tools.has("Firebase")).toBe(true);
    expect(tools.get("Firebase")?.version).toBeUndefined();
  });
});
