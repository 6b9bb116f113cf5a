import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// Webpack's postcss-loader is a package entry: the site lists it and names no PostCSS in the 2
// repositories of 2 owners declaring it without postcss itself (held-out takuyahara/axl-metronome,
// irmantastam/wp-blank), while 9 of the 11 read whose package.json requires postcss name it (the
// other 2 are one owner's).
describe("postcss-loader", () => {
  // Modelled on a blank WordPress theme built with Webpack 4, Babel, node-sass and PostCSS plugins.
  const theme = {
    name: "es-blank",
    devDependencies: { "babel-loader": "^7.1.5", "css-loader": "^1.0.0", "node-sass": "^4.11.0", "postcss-calc": "5.3.1", "postcss-loader": "^2.1.6", "sass-loader": "^7.0.3", webpack: "^4.16.1" },
  };

  it("is a package entry naming no PostCSS", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(theme) }), { git: false });
    expect(tool(document.tools, "PostCSS")).toBeUndefined();
    expect(pkg(document.tools, "postcss-loader")).toBeDefined();
    expect(tool(document.tools, "Webpack")).toBeDefined();
  });

  it("leaves PostCSS to postcss itself, and names it with --all-tools", async () => {
    const withPostcss = { ...theme, devDependencies: { ...theme.devDependencies, postcss: "^8.4.31" } };
    const own = await scan(new MemorySource({ "package.json": JSON.stringify(withPostcss) }), { git: false });
    expect(tool(own.document.tools, "PostCSS")).toBeDefined();
    const all = await scan(new MemorySource({ "package.json": JSON.stringify(theme) }), { git: false, allTools: true });
    expect(tool(all.document.tools, "PostCSS")).toBeDefined();
  });
});
