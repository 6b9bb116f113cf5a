import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A Laravel app's front end built by Laravel Mix: Vue 3 through Inertia, Ant Design Vue, and the
// Tiptap rich-text editor from its first-generation `tiptap` package (modelled on a 2022 HR app's
// package.json).
const manifest = {
  private: true,
  scripts: { dev: "mix", production: "mix --production", lint: "eslint --ext .js,.vue resources/js/" },
  devDependencies: {
    "cross-env": "^7.0", eslint: "^7.11.0", "laravel-mix": "^6.0.6", "sass-loader": "^11.0.0",
    tiptap: "^1.30.0", "tiptap-extensions": "^1.24.0", "vue-template-compiler": "^2.6.12",
  },
  dependencies: { "@inertiajs/inertia-vue3": "^0.3.5", "ant-design-vue": "^3.1.1", axios: "^0.21", vue: "^3.0.11" },
};

describe("npm: tiptap", () => {
  it("names Tiptap as the site does: category-less, with its site and logo", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest, null, 2) }), { git: false });
    const tool = document.tools.find((t) => t.name === "Tiptap" && !t.package_url);
    expect(tool).toMatchObject({
      website_url: "https://www.tiptap.dev",
      image_url: "https://img.stackshare.io/service/30808/default_05002ed543921ecdff1b10b3e12a563568c213dd.png",
      detection_source: "package.json",
    });
    expect(tool?.category).toBeUndefined();
    // the extensions package names no tool of its own
    expect(document.tools.filter((t) => !t.package_url && /tiptap/i.test(t.name))).toHaveLength(1);
  });
});
