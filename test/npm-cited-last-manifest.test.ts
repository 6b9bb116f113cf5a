import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { catalogFileProblem } from "../src/catalog/check-file.js";

// npm is cited from the last package.json by path (as bytes), not the root's or the first: the
// site names npm from it in 12 corpus repositories with several package.json files (2lambda123's
// AgentGPT next/, AleoHQ website/, configu ts/packages/vscode/, artilleryio packages/types/;
// alien1403/web-lab's react solution over its angular one; hantsy/angular-sandbox test-with-jest/;
// 24amcoder-sb's Chapter10/ over Chapter01/; ManUtopiK/anu packages/preset-theme-default/ over
// the root's; koel, belle1, hyper and hkube, whose root package.json sorts last) and in held-out
// cleversamer/DoneWithIt (server/ over client/), maxgfr/expo-stripe (front-end/ over back-end/),
// hantsy/nestjs-graphql-sample (ui/ over api/ and the root's), 2lambda123/csnx (the last of 14) and
// mGunawardhana/The_Travellar_App (FrontEnd/ over BackEnd/).
// The rule is catalog data: npm's `cited_files: [package.json]` with `cited_order: last`.

const manifest = (deps: Record<string, string>) => JSON.stringify({ dependencies: deps });

async function npmSource(files: Record<string, string>) {
  const { document } = await scan(new MemorySource(files), { git: false });
  const entry = document.tools.find((t) => t.name === "npm" && !t.package_url)!;
  return entry.detection_source;
}

describe("npm's detection_source", () => {
  it("an Expo client beside its Express server: the server's package.json, last by path", async () => {
    const files = {
      "client/package.json": manifest({ expo: "~45.0.0", react: "17.0.2", "react-native": "0.68.2" }),
      "server/package.json": manifest({ express: "^4.17.1", helmet: "^3.22.0" }),
    };
    expect(await npmSource(files)).toBe("server/package.json");
  });

  it("a back-end and a front-end folder: the front-end's", async () => {
    const files = {
      "back-end/package.json": manifest({ express: "^4.17.3", stripe: "^8.19.0" }),
      "front-end/package.json": manifest({ expo: "~36.0.0", react: "~16.9.0" }),
    };
    expect(await npmSource(files)).toBe("front-end/package.json");
  });

  it("a workspace root with packages/ below it: packages/ sorts after the root's package.json", async () => {
    const files = {
      "package.json": JSON.stringify({ private: true, devDependencies: { vite: "^4.1.1" } }),
      "docs/package.json": manifest({ vitepress: "1.0.0-alpha.45" }),
      "packages/anu-vue/package.json": manifest({ vue: "^3.2.47" }),
      "packages/preset-theme-default/package.json": manifest({ "@unocss/core": "^0.50.0" }),
    };
    expect(await npmSource(files)).toBe("packages/preset-theme-default/package.json");
  });

  it("the root's where every other folder sorts before it, and a lone package.json", async () => {
    expect(await npmSource({ "app/package.json": manifest({ react: "^16.0.0" }), "package.json": manifest({ electron: "^22.0.0" }) })).toBe("package.json");
    expect(await npmSource({ "package.json": manifest({ express: "^4.18.2" }) })).toBe("package.json");
  });

  it("last by path though another detector's finding comes later in the list (the server's engines.npm, read by the npm detector after every file's package.json)", async () => {
    // The findings come detector by detector: every package.json's own, then the npm detector's
    // engines pin from server/package.json, last in the list; the last by path is still web/'s.
    const files = {
      "server/package.json": JSON.stringify({ name: "server", engines: { node: ">=18", npm: ">=9" }, dependencies: { express: "^4.18.2" } }),
      "web/package.json": manifest({ react: "^18.2.0", "react-dom": "^18.2.0" }),
    };
    expect(await npmSource(files)).toBe("web/package.json");
  });

  it("cited_order must be first or last", () => {
    const known = () => true;
    expect(catalogFileProblem({ tools: [{ id: "npm", cited_files: ["package.json"], cited_order: "last" }] }, known)).toBeUndefined();
    expect(catalogFileProblem({ tools: [{ id: "npm", cited_files: ["package.json"], cited_order: "latest" }] }, known)).toBe("tools[0] (npm): cited_order must be first or last");
  });
});
