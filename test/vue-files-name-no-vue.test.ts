import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

const names = async (files: Record<string, string>) =>
  (await scan(new MemorySource(files), { git: false })).document.tools.filter((t) => !t.package_url).map((t) => t.name);

// A Nuxt 3 app as `nuxi init` lays it out: vue arrives with nuxt and is not declared.
const nuxtApp = {
  "package.json": JSON.stringify({ name: "nuxt-app", private: true, type: "module", scripts: { dev: "nuxt dev" }, devDependencies: { nuxt: "^3.2.2" } }, null, 2),
  "nuxt.config.ts": "export default defineNuxtConfig({ devtools: { enabled: true } })\n",
  "app.vue": "<template>\n  <NuxtPage />\n</template>\n",
  "pages/index.vue": "<script setup lang=\"ts\">\nconst title = 'Home'\n</script>\n<template><h1>{{ title }}</h1></template>\n",
  "components/TheHeader.vue": "<template><header /></template>\n",
};

describe(".vue files are no sign of Vue.js on their own", () => {
  it("a Nuxt app whose .vue files are the only sign of Vue names Nuxt.js, not Vue.js", async () => {
    const tools = await names(nuxtApp);
    expect(tools).toContain("Nuxt.js");
    expect(tools).not.toContain("Vue.js");
  });

  it("a declared vue still names Vue.js", async () => {
    const pkg = JSON.stringify({ name: "spa", dependencies: { vue: "^3.3.4" }, devDependencies: { vite: "^4.4.9", "@vitejs/plugin-vue": "^4.2.3" } });
    expect(await names({ "package.json": pkg, "src/App.vue": "<template><div /></template>\n" })).toContain("Vue.js");
  });
});
