import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A TypeScript CLI's core package in a Lerna monorepo: an Ink terminal UI, Sentry crash reports and
// the log4js logger (modelled on a 2023 infrastructure-as-code CLI's packages/cli-core/package.json).
const manifest = {
  name: "@example/cli-core",
  version: "0.0.0",
  scripts: { build: "tsc", test: "jest" },
  dependencies: {
    "@sentry/node": "6.19.7", chalk: "4.1.2", ink: "3.2.0", log4js: "6.9.1", xstate: "4.38.3", zod: "3.21.4",
  },
  devDependencies: { "@types/node": "16.9.4", esbuild: "0.17.19", jest: "29.5.0", typescript: "5.0.4" },
};

describe("npm: log4js", () => {
  it("names log4js as the site does: category-less, with its site and logo, beside the package entry", async () => {
    const files = { "packages/cli-core/package.json": JSON.stringify(manifest, null, 2) };
    const { document } = await scan(new MemorySource(files), { git: false });
    const tool = document.tools.find((t) => t.name === "log4js" && !t.package_url);
    expect(tool).toMatchObject({
      website_url: "http://stritti.github.io/log4js/",
      image_url: "https://img.stackshare.io/service/3962/pBeeJQDQ_normal.png",
      detection_source: "packages/cli-core/package.json",
    });
    expect(tool?.category).toBeUndefined();
    const entry = document.tools.find((t) => t.name === "log4js" && t.package_url);
    expect(entry).toMatchObject({ package_url: "https://www.npmjs.com/log4js", version: "6.9.1" });
  });
});
