import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

const named = (tools: ToolEntry[]) => tools.filter((t) => !t.package_url).map((t) => t.name);

// A 2019 TypeScript React app (react-scripts-ts) keeping its forms in the Redux store with redux-form.
const manifest = {
  name: "forms-poc",
  version: "0.1.0",
  private: true,
  dependencies: {
    react: "^16.7.0",
    "react-dom": "^16.7.0",
    "react-redux": "^6.0.0",
    "react-scripts-ts": "^4.0.8",
    redux: "^4.0.1",
    "redux-form": "^8.1.0",
  },
  devDependencies: { "@types/react": "^16.7.18", eslint: "^5.6.0", prettier: "^1.15.3", typescript: "^3.1.1" },
};

describe("npm: redux-form", () => {
  it("stays a package entry and names no Redux Form; Redux and React are named as ever", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest, null, 2) }), { git: false });
    const names = named(document.tools);
    expect(names).not.toContain("Redux Form");
    expect(names).toEqual(expect.arrayContaining(["React", "Redux"]));
    expect(document.tools.find((t) => t.name === "redux-form")).toMatchObject({ package_url: "https://www.npmjs.com/redux-form", version: "8.1.0" });
  });

  it("--all-tools still names Redux Form, with the package's release", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), { git: false, allTools: true });
    expect(document.tools.find((t) => t.name === "Redux Form" && !t.package_url)?.version).toBe("8.1.0");
  });
});
