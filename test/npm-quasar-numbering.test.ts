import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// Modelled on a Quasar 2 single-page app (quasar 2 with @quasar/app 3 and @quasar/extras 1, Vue 3,
// Firebase): the build tooling and icon sets are numbered apart from the framework.
const manifest = (deps: Record<string, string>, devDeps: Record<string, string>) =>
  JSON.stringify({ name: "remotion-quasar", version: "0.0.1", private: true, scripts: { dev: "quasar dev", build: "quasar build -m spa" }, dependencies: deps, devDependencies: devDeps }, null, 2);
const scanApp = (deps: Record<string, string>, devDeps: Record<string, string>) =>
  scan(new MemorySource({ "package.json": manifest(deps, devDeps), "src/App.vue": "<template><div /></template>\n" }), { git: false });

describe("Quasar's tooling packages show Quasar without giving it their numbers", () => {
  it("Quasar takes quasar's release, not @quasar/app's or @quasar/extras'", async () => {
    const { document } = await scanApp({ "@quasar/extras": "^1.16.4", axios: "^0.21.1", quasar: "^2.12.0", "vue-i18n": "^9.0.0" }, { "@quasar/app": "^3.3.3", eslint: "^8.10.0" });
    expect(tool(document.tools, "Quasar Framework")).toMatchObject({ version: "2.12.0" });
    // The packages keep their own numbers.
    expect(pkg(document.tools, "@quasar/app")).toMatchObject({ version: "3.3.3" });
    expect(pkg(document.tools, "@quasar/extras")).toMatchObject({ version: "1.16.4" });
  });

  it("the Vite and webpack app packages and the CLI show Quasar with no release of their own", async () => {
    for (const name of ["@quasar/app-vite", "@quasar/app-webpack", "@quasar/cli"]) {
      const { document } = await scanApp({ "@quasar/extras": "^1.16.4" }, { [name]: "^1.9.0" });
      expect(tool(document.tools, "Quasar Framework"), name).toBeDefined();
      expect(tool(document.tools, "Quasar Framework")?.version, name).toBeUndefined();
    }
  });
});
