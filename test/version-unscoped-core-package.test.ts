import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A 2016 PostCSS plugin compiled by Babel 6: the CLI and the compiler core are released apart
// (babel-cli 6.9.0 beside babel-core 6.9.1), and the ES2015 preset beside them.
const manifest = {
  name: "postcss-plugin",
  version: "1.0.0",
  scripts: { compile: "babel -d lib/ src/", test: "ava" },
  dependencies: { postcss: "^5.1.2" },
  devDependencies: { ava: "^0.16.0", "babel-cli": "^6.9.0", "babel-core": "^6.9.1", "babel-preset-es2015": "^6.9.0", "babel-register": "^6.11.6", eslint: "^3.3.0" },
};

describe("versions: an unscoped <tool>-core package", () => {
  it("gives its tool the core's release, as @babel/core does beside @babel/cli", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest, null, 2) }), { git: false });
    expect(document.tools.find((t) => t.name === "Babel" && !t.package_url)?.version).toBe("6.9.1");
  });

  it("lends its tool the release a lockfile installed when only a config file shows it (.babelrc; babel-core under babel-jest)", async () => {
    const pj = { name: "app", version: "1.0.0", devDependencies: { "babel-jest": "^22.4.3", jest: "^22.4.3" } };
    const lock = {
      name: "app", version: "1.0.0", lockfileVersion: 1, requires: true,
      dependencies: { "babel-core": { version: "6.26.0", dev: true }, "babel-jest": { version: "22.4.3", dev: true }, jest: { version: "22.4.3", dev: true } },
    };
    const files = { "package.json": JSON.stringify(pj), "package-lock.json": JSON.stringify(lock), ".babelrc": '{ "presets": ["env"] }' };
    const { document } = await scan(new MemorySource(files), { git: false });
    expect(document.tools.find((t) => t.name === "Babel" && !t.package_url)?.version).toBe("6.26.0");
  });
});
