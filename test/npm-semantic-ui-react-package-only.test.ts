import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

const named = (tools: ToolEntry[]) => tools.filter((t) => !t.package_url).map((t) => t.name);

// A Create React App dashboard styled with Semantic UI: the CSS build and its React components side by side.
const manifest = {
  name: "rates-board",
  version: "0.1.0",
  private: true,
  dependencies: {
    axios: "^0.21.0",
    react: "^17.0.1",
    "react-dom": "^17.0.1",
    "react-scripts": "4.0.1",
    "semantic-ui-css": "^2.4.1",
    "semantic-ui-react": "^2.0.3",
  },
};

describe("npm: semantic-ui-react", () => {
  it("stays a package entry and names no Semantic UI React; semantic-ui-css still names Semantic UI", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest, null, 2) }), { git: false });
    const names = named(document.tools);
    expect(names).not.toContain("Semantic UI React");
    expect(names).toEqual(expect.arrayContaining(["React", "Semantic UI"]));
    expect(document.tools.find((t) => t.name === "semantic-ui-react")).toMatchObject({ package_url: "https://www.npmjs.com/semantic-ui-react", version: "2.0.3" });
  });

  it("--all-tools still names Semantic UI React, with the package's release", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), { git: false, allTools: true });
    expect(document.tools.find((t) => t.name === "Semantic UI React" && !t.package_url)?.version).toBe("2.0.3");
  });
});
