import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// Modelled on a Create React App project (react-scripts 5, @types/jest, a v2 package-lock): Jest
// is shown only by its typings, whose numbering is their own, and the lockfile holds the Jest
// react-scripts installed.
const manifest = {
  name: "simple-chat",
  version: "0.1.0",
  private: true,
  dependencies: { react: "^17.0.2", "react-dom": "^17.0.2", "react-scripts": "5.0.0", "@types/jest": "^27.4.1", "@testing-library/jest-dom": "^5.16.2" },
  scripts: { start: "react-scripts start", test: "react-scripts test" },
};
const lock = (installed: Record<string, string>) =>
  JSON.stringify({
    name: "simple-chat",
    version: "0.1.0",
    lockfileVersion: 2,
    requires: true,
    packages: {
      "": { name: "simple-chat", version: "0.1.0", dependencies: manifest.dependencies },
      "node_modules/react": { version: "17.0.2" },
      "node_modules/react-dom": { version: "17.0.2" },
      "node_modules/react-scripts": { version: "5.0.0" },
      "node_modules/@types/jest": { version: "27.4.1" },
      "node_modules/@testing-library/jest-dom": { version: "5.16.2" },
      ...Object.fromEntries(Object.entries(installed).map(([name, version]) => [`node_modules/${name}`, { version }])),
    },
  });
const scanApp = (installed: Record<string, string>) =>
  scan(new MemorySource({ "package.json": JSON.stringify(manifest, null, 2), "package-lock.json": lock(installed), "src/App.tsx": "export {};\n" }), { git: false });

describe("a tool shown only by packages numbered apart takes the release its lockfile installed", () => {
  it("Jest, shown by @types/jest 27.4, is the jest 27.5.1 the lockfile holds", async () => {
    const { document } = await scanApp({ jest: "27.5.1" });
    expect(tool(document.tools, "Jest")).toMatchObject({ version: "27.5.1", detection_source: "package.json", detection_source_url: "package-lock.json" });
  });

  it("and stays without a release when the lockfile installed no jest", async () => {
    const { document } = await scanApp({});
    expect(tool(document.tools, "Jest")).toBeDefined();
    expect(tool(document.tools, "Jest")?.version).toBeUndefined();
  });
});
