import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// Modelled on a Nextcloud app's front end (held-out Zxce3/nextcloud-roundcube, a fork of
// rotdrop/nextcloud-roundcube): Vue 2 built by webpack, linted through eslint-webpack-plugin with the
// Nextcloud shareable config, and no `eslint` package of its own (the plugin asks for it as a peer).
const app = {
  name: "mail_roundcube",
  version: "1.0.2",
  private: true,
  scripts: { build: "webpack --node-env production --progress", lint: "eslint --ext .js,.vue src" },
  devDependencies: {
    "@nextcloud/eslint-config": "^8.2.1",
    "@nextcloud/webpack-vue-config": "^5.5.0",
    "eslint-webpack-plugin": "^3.1.1",
    "html-webpack-plugin": "^5.5.0",
    vue: "^2.7.14",
    webpack: "^5.69.0",
    "webpack-cli": "*",
  },
};

// The same build on webpack 4, with the loader that preceded the plugin.
const legacy = {
  name: "legacy-admin",
  version: "0.3.0",
  private: true,
  devDependencies: { "eslint-loader": "^4.0.2", "vue-loader": "^15.9.8", webpack: "^4.46.0" },
};

// Modelled on corpus 2lambda123/Ackee: a scoped shareable config alone, which the site names no ESLint from.
const configOnly = {
  name: "ackee",
  version: "3.4.2",
  devDependencies: { "@electerious/eslint-config": "^3.4.1", rosid: "^9.0.0" },
};

async function toolsOf(manifest: object) {
  const source = new MemorySource({ "package.json": JSON.stringify(manifest, null, 2) });
  return (await scan(source, { git: false })).document.tools;
}

describe("npm: webpack's ESLint plugin and loader run ESLint", () => {
  it("names ESLint from eslint-webpack-plugin, without the plugin's release", async () => {
    const eslint = tool(await toolsOf(app), "ESLint");
    expect(eslint).toMatchObject({ category: "Build, Test, Deploy", sub_category: "Code Review", detection_source: "package.json" });
    expect(eslint?.version).toBeUndefined();
  });

  it("names ESLint from eslint-loader, without the loader's release", async () => {
    const eslint = tool(await toolsOf(legacy), "ESLint");
    expect(eslint).toMatchObject({ sub_category: "Code Review", detection_source: "package.json" });
    expect(eslint?.version).toBeUndefined();
  });

  it("names no ESLint from a scoped shareable config alone", async () => {
    expect(tool(await toolsOf(configOnly), "ESLint")).toBeUndefined();
  });
});
