import { describe, expect, it } from "vitest";
import { catalogFileProblem } from "../src/catalog/check-file.js";
import { MemorySource, scan } from "../src/index.js";
import { pkg } from "./helpers.js";

// Modelled on held-out 2lambda123/analytics-next's examples/with-vite (a Vite and React example
// app), with the package-lock.json v3 an npm install writes: its entries carry each package's licence.
const manifest = JSON.stringify(
  {
    name: "@example/with-vite",
    private: true,
    scripts: { dev: "vite", build: "tsc && vite build", preview: "vite preview" },
    dependencies: { react: "^18.0.0", "react-dom": "^18.0.0" },
    devDependencies: { "@vitejs/plugin-react": "^1.3.0", typescript: "^4.7.0", vite: "^2.9.18" },
  },
  null,
  2,
);
const lock = JSON.stringify(
  {
    name: "@example/with-vite",
    lockfileVersion: 3,
    requires: true,
    packages: {
      "": { name: "@example/with-vite", dependencies: { react: "^18.0.0", "react-dom": "^18.0.0" }, devDependencies: { "@vitejs/plugin-react": "^1.3.0", typescript: "^4.7.0", vite: "^2.9.18" } },
      "node_modules/@vitejs/plugin-react": { version: "1.3.2", dev: true, license: "MIT" },
      "node_modules/react": { version: "18.2.0", license: "MIT" },
      "node_modules/react-dom": { version: "18.2.0", license: "MIT" },
      "node_modules/typescript": { version: "4.9.5", dev: true, license: "Apache-2.0" },
      "node_modules/vite": { version: "2.9.18", dev: true, license: "MIT" },
    },
  },
  null,
  2,
);

describe("npm packages the site keeps no page for", () => {
  it("vite's entry is filed under Build, Test, Deploy > Package Managers, with no licence", async () => {
    const { document } = await scan(new MemorySource({ "package.json": manifest, "package-lock.json": lock }), { git: false });
    expect(pkg(document.tools, "vite")).toMatchObject({ version: "2.9.18", open_source: false, category: "Build, Test, Deploy", sub_category: "Package Managers" });
    expect(pkg(document.tools, "vite")?.license).toBeUndefined();
    // A package with a page of its own keeps the registry's filing and the lockfile's licence.
    expect(pkg(document.tools, "react")).toMatchObject({ version: "18.2.0", license: "MIT", open_source: true, category: "Libraries", sub_category: "npm Packages" });
  });

  it("a catalog file's without_page must give the filing and a list of names", () => {
    const known = () => true;
    const filing = { category: "Build, Test, Deploy", sub_category: "Package Managers", names: ["vite"] };
    expect(catalogFileProblem({ registries: { npm: { without_page: filing } } }, known)).toBeUndefined();
    for (const bad of [["vite"], { ...filing, names: "vite" }, { ...filing, names: [""] }, { names: ["vite"] }]) {
      expect(catalogFileProblem({ registries: { npm: { without_page: bad } } }, known)).toMatch(/without_page/);
    }
  });
});
