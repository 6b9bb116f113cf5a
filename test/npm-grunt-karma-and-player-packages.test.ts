import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// Modelled on a 2015 jQuery plugin built with Grunt and tested through Karma (held-out
// 2lambda123/wayfinding, a fork of ucdavis/wayfinding): grunt plugins, Karma launchers, no eslint.
const plugin = {
  name: "wayfinding",
  version: "0.4.0",
  main: "dist/jquery.wayfinding.js",
  devDependencies: {
    "grunt-contrib-jshint": "~0.11.0",
    "grunt-eslint": "^7.0.1",
    "grunt-karma": "~0.10.1",
    karma: "^0.12.31",
    "karma-chrome-launcher": "~0.1.7",
    "karma-firefox-launcher": "~0.1.4",
    "karma-jasmine": "~0.3.5",
  },
  peerDependencies: { karma: ">=0.10", grunt: ">=0.4" },
  scripts: { test: "grunt test" },
};

// Modelled on Home Assistant's web UI (held-out phoenix-softweb/frontend): a Lit app that plays
// camera streams with hls.js and draws QR codes with qrcode.
const frontend = {
  name: "home-assistant-frontend",
  version: "1.0.0",
  type: "module",
  dependencies: { "hls.js": "1.4.4", lit: "2.7.5", qrcode: "1.5.3" },
  devDependencies: { gulp: "4.0.2", typescript: "4.9.5" },
  packageManager: "yarn@3.5.1",
};

const scanned = new Map<string, ReturnType<typeof scan>>();
async function toolsOf(manifest: object) {
  const key = JSON.stringify(manifest);
  if (!scanned.has(key)) scanned.set(key, scan(new MemorySource({ "package.json": JSON.stringify(manifest, null, 2) }), { git: false }));
  return (await scanned.get(key))!.document.tools;
}

describe("npm: Grunt's ESLint task and Karma's Firefox launcher", () => {
  it("names ESLint from grunt-eslint, without the plugin's release", async () => {
    const eslint = tool(await toolsOf(plugin), "ESLint");
    expect(eslint).toMatchObject({ category: "Build, Test, Deploy", sub_category: "Code Review", detection_source: "package.json" });
    expect(eslint?.version).toBeUndefined();
  });

  it("names Firefox from karma-firefox-launcher, without the launcher's release", async () => {
    const firefox = tool(await toolsOf(plugin), "Firefox");
    expect(firefox).toMatchObject({ sub_category: "Web Browser", detection_source: "package.json" });
    expect(firefox?.version).toBeUndefined();
  });
});

describe("npm: category-less tools named from their own packages", () => {
  it("names hls.js and qrcode from the packages of those names, without a category", async () => {
    const tools = await toolsOf(frontend);
    for (const name of ["hls.js", "qrcode"]) {
      const found = tool(tools, name);
      expect(found, name).toMatchObject({ detection_source: "package.json" });
      expect(found?.category, name).toBeUndefined();
    }
  });
});
