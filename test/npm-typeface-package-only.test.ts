import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

const named = (tools: ToolEntry[]) => tools.filter((t) => !t.package_url).map((t) => t.name);

// A Nuxt 2 portfolio serving its own Roboto files from the typeface-roboto package.
const manifest = {
  name: "portfolio",
  version: "1.0.0",
  private: true,
  dependencies: { nuxt: "^2.0.0", "node-sass": "^4.12.0", "sass-loader": "^7.3.1", "typeface-raleway": "^0.0.75", "typeface-roboto": "^0.0.75", "vue-lazyload": "^1.3.3" },
  devDependencies: { eslint: "^6.1.0" },
};

describe("npm: typeface-roboto", () => {
  it("stays a package entry and names no Google Fonts", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest, null, 2) }), { git: false });
    const names = named(document.tools);
    expect(names).not.toContain("Google Fonts");
    expect(names).toEqual(expect.arrayContaining(["Nuxt.js", "Sass", "ESLint"]));
    expect(document.tools.find((t) => t.name === "typeface-roboto")).toMatchObject({ package_url: "https://www.npmjs.com/typeface-roboto", version: "0.0.75" });
  });

  it("--all-tools still names Google Fonts", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), { git: false, allTools: true });
    expect(document.tools.some((t) => t.name === "Google Fonts" && !t.package_url)).toBe(true);
  });
});

// A Chrome extension in React and MUI that serves its own Roboto files from @fontsource/roboto,
// typeface-roboto's later name (held-out subho951m/codesistant's package.json, abridged).
const fontsource = {
  name: "codesistant",
  version: "1.0.0",
  dependencies: { "@emotion/react": "^11.10.6", "@emotion/styled": "^11.10.6", "@fontsource/roboto": "^4.5.8", "@mui/material": "^5.11.13", react: "^18.2.0", "react-dom": "^18.2.0", recharts: "^2.5.0" },
  devDependencies: { eslint: "^8.36.0", prettier: "^2.8.4", webpack: "^5.76.1" },
};

describe("npm: @fontsource/roboto", () => {
  it("stays a package entry and names no Google Fonts", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(fontsource, null, 2) }), { git: false });
    const names = named(document.tools);
    expect(names).not.toContain("Google Fonts");
    expect(names).toEqual(expect.arrayContaining(["React", "Recharts", "Webpack"]));
    expect(document.tools.find((t) => t.name === "@fontsource/roboto")).toMatchObject({ package_url: "https://www.npmjs.com/@fontsource/roboto", version: "4.5.8" });
  });

  it("--all-tools still names Google Fonts", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(fontsource) }), { git: false, allTools: true });
    expect(document.tools.some((t) => t.name === "Google Fonts" && !t.package_url)).toBe(true);
  });
});
