import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// Modelled on a Vue 3 admin app (Vite, Element Plus, Headless UI's and Heroicons' Vue builds) with
// its package-lock.json: Element Plus is Element's Vue 3 successor on a numbering of its own (2.x
// since 2022, while element-ui, Element's own package, reached 2.15), so it names Element without
// giving it its release; @headlessui/vue is Headless UI's Vue build, numbered apart from the React one.
const app = (deps: Record<string, [string, string]>) => {
  const manifest = {
    name: "vue-admin",
    version: "0.1.0",
    private: true,
    scripts: { dev: "vite", build: "vue-tsc && vite build" },
    dependencies: Object.fromEntries(Object.entries(deps).map(([k, [range]]) => [k, range])),
  };
  const packages: Record<string, unknown> = { "": { name: "vue-admin", version: "0.1.0", dependencies: manifest.dependencies } };
  for (const [k, [, version]] of Object.entries(deps)) packages[`node_modules/${k}`] = { version, resolved: `https://registry.npmjs.org/${k}/-/x-${version}.tgz` };
  return new MemorySource({
    "package.json": JSON.stringify(manifest, null, 2),
    "package-lock.json": JSON.stringify({ name: "vue-admin", version: "0.1.0", lockfileVersion: 3, requires: true, packages }, null, 2),
    "src/App.vue": "<template><el-button /></template>\n",
  });
};

describe("Vue UI kits numbered apart from their tool", () => {
  it("element-plus names Element without its own 2.x release; the package keeps it", async () => {
    const { document } = await scan(app({ vue: ["^3.4.0", "3.4.31"], "element-plus": ["^2.7.0", "2.7.6"] }), { git: false });
    expect(tool(document.tools, "Element")).toBeDefined();
    expect(tool(document.tools, "Element")?.version).toBeUndefined();
    expect(pkg(document.tools, "element-plus")).toMatchObject({ version: "2.7.6" });
  });

  it("element-ui still gives Element its release", async () => {
    const { document } = await scan(app({ vue: ["^2.7.16", "2.7.16"], "element-ui": ["^2.15.14", "2.15.14"] }), { git: false });
    expect(tool(document.tools, "Element")).toMatchObject({ version: "2.15.14" });
  });

  it("@headlessui/vue names Headless UI without its 1.7 release, @heroicons/vue names Heroicons with its own", async () => {
    const { document } = await scan(
      app({ vue: ["^3.4.0", "3.4.31"], "@headlessui/vue": ["^1.7.16", "1.7.23"], "@heroicons/vue": ["^2.1.1", "2.1.5"] }),
      { git: false },
    );
    expect(tool(document.tools, "Headless UI")).toBeDefined();
    expect(tool(document.tools, "Headless UI")?.version).toBeUndefined();
    expect(pkg(document.tools, "@headlessui/vue")).toMatchObject({ version: "1.7.23" });
    expect(tool(document.tools, "Heroicons")).toMatchObject({ version: "2.1.5" });
  });
});
