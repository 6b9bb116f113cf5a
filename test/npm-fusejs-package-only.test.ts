import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A Laravel accounting app's front end (Vue 2 with Element UI, Tailwind CSS, built by Laravel Mix)
// that searches its menus with Fuse.js (modelled on a 2024 package.json).
const manifest = {
  name: "accounting-ui",
  private: true,
  scripts: { dev: "mix", production: "mix --production" },
  dependencies: {
    "element-ui": "^2.15.13", flatpickr: "^4.6.13", "fuse.js": "^6.6.2", nprogress: "^0.2.0",
    tailwindcss: "^3.3.6", vue: "^2.7.14", "vue-router": "^3.6.5",
  },
  devDependencies: { "cross-env": "^7.0.3", "laravel-mix": "^6.0.49", "vue-template-compiler": "^2.7.14" },
};

describe("npm: fuse.js", () => {
  it("lists fuse.js as a package entry and names no Fuse.js tool, as the site does", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest, null, 2) }), { git: false });
    expect(document.tools.find((t) => t.package_url?.endsWith("/fuse.js"))).toMatchObject({ name: "fuse.js" });
    expect(document.tools.filter((t) => !t.package_url && /fuse/i.test(t.name))).toHaveLength(0);
  });
});
