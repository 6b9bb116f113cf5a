import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

const named = (tools: ToolEntry[]) => tools.filter((t) => !t.package_url).map((t) => t.name);

// A 2016 React + webpack 1 course app styled with Foundation 6 through sass-loader.
const manifest = {
  name: "react-timer",
  version: "1.0.0",
  dependencies: { express: "^4.13.4", react: "^15.3.2", "react-dom": "^15.3.2" },
  devDependencies: {
    "css-loader": "^0.25.0",
    "foundation-sites": "^6.2.4-rc2",
    jquery: "^3.1.1",
    "node-sass": "^3.10.1",
    "sass-loader": "^4.0.2",
    "style-loader": "^0.13.1",
    webpack: "^1.12.13",
  },
};

describe("npm: foundation-sites", () => {
  it("stays a package entry and names no Foundation", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest, null, 2) }), { git: false });
    const names = named(document.tools);
    expect(names).not.toContain("Foundation");
    expect(names).toEqual(expect.arrayContaining(["React", "jQuery", "Sass", "Webpack"]));
    expect(document.tools.find((t) => t.name === "foundation-sites")).toMatchObject({ package_url: "https://www.npmjs.com/foundation-sites" });
  });

  it("names Foundation with all tools asked for", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), { git: false, allTools: true });
    expect(named(document.tools)).toContain("Foundation");
  });
});
