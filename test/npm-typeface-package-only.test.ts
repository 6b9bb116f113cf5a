import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

const named = (tools: ToolEntry[]) => tools.filter((t) => !t.package_url).map((t) => t.name);

// Self-hosted Roboto packages ship the font files inside the app: they name no Google Fonts.
const cases = [
  {
    font: "typeface-roboto",
    version: "0.0.75",
    // A Nuxt 2 portfolio serving its own Roboto files from the typeface-roboto package.
    manifest: {
      name: "portfolio",
      version: "1.0.0",
      private: true,
      dependencies: { nuxt: "^2.0.0", "node-sass": "^4.12.0", "sass-loader": "^7.3.1", "typeface-raleway": "^0.0.75", "typeface-roboto": "^0.0.75", "vue-lazyload": "^1.3.3" },
      devDependencies: { eslint: "^6.1.0" },
    },
    tools: ["Nuxt.js", "Sass", "ESLint"],
  },
  {
    font: "@fontsource/roboto",
    version: "4.5.8",
    // typeface-roboto's later name, in a Chrome extension in React and MUI (held-out
    // subho951m/codesistant's package.json, abridged).
    manifest: {
      name: "codesistant",
      version: "1.0.0",
      dependencies: { "@emotion/react": "^11.10.6", "@emotion/styled": "^11.10.6", "@fontsource/roboto": "^4.5.8", "@mui/material": "^5.11.13", react: "^18.2.0", "react-dom": "^18.2.0", recharts: "^2.5.0" },
      devDependencies: { eslint: "^8.36.0", prettier: "^2.8.4", webpack: "^5.76.1" },
    },
    tools: ["React", "Recharts", "Webpack"],
  },
];

describe.each(cases)("npm: $font", ({ font, version, manifest, tools }) => {
  it("stays a package entry and names no Google Fonts", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest, null, 2) }), { git: false });
    const names = named(document.tools);
    expect(names).not.toContain("Google Fonts");
    expect(names).toEqual(expect.arrayContaining(tools));
    expect(document.tools.find((t) => t.name === font)).toMatchObject({ package_url: `https://www.npmjs.com/${font}`, version });
  });

  it("--all-tools still names Google Fonts", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), { git: false, allTools: true });
    expect(document.tools.some((t) => t.name === "Google Fonts" && !t.package_url)).toBe(true);
  });
});
