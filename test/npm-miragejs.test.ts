import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

describe("npm: miragejs", () => {
  it("names MirageJS, with the package's release and the site's category", async () => {
    // Modelled on a Vue CLI 4 app mocking its API with Mirage (Vuetify, Vuex, axios).
    const manifest = {
      name: "vuetify-bookshelf",
      version: "0.1.0",
      private: true,
      scripts: { serve: "vue-cli-service serve", build: "vue-cli-service build" },
      dependencies: { axios: "^0.21.1", miragejs: "^0.1.41", vue: "^2.6.11", vuetify: "^2.4.0", vuex: "^3.4.0" },
      devDependencies: { "@vue/cli-service": "~4.5.0", eslint: "^6.7.2", sass: "^1.32.0" },
    };
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest, null, 2), "src/main.js": "import './mock/api'\n" }), { git: false });
    expect(tool(document.tools, "MirageJS")).toMatchObject({
      version: "0.1.41",
      category: "Application Utilities",
      sub_category: "API Tools",
      website_url: "https://miragejs.com/",
      detection_source: "package.json",
    });
  });
});
