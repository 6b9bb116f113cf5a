import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A 2018 static playground built by npm scripts: Browserify with Babel, PostCSS with Autoprefixer, SVGs through svgo.
const manifest = {
  name: "playground",
  version: "0.1.0",
  scripts: {
    "build:svg": "svgo -f ./img -o _site/img",
    "build:js": "browserify -t [ babelify --presets [ react env ] ] js/index.js -o ./_site/js/app.js",
    "build:css": "postcss css/source.css -o _site/css/main.css --use autoprefixer",
  },
  devDependencies: { autoprefixer: "^8.0.0", "babel-core": "^6.26.0", babelify: "^8.0.0", browserify: "^16.1.0", "postcss-cli": "^5.0.0", svgo: "^1.0.4" },
  dependencies: { postcss: "^6.0.19", react: "^16.2.0", "react-dom": "^16.2.0" },
};

describe("npm: svgo", () => {
  it("names svgo as the site does: category-less, with its GitHub page and logo, at the package's release", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest, null, 2) }), { git: false });
    const tool = document.tools.find((t) => t.name === "svgo" && !t.package_url);
    expect(tool).toMatchObject({ version: "1.0.4", website_url: "https://github.com/svg/svgo", detection_source: "package.json" });
    expect(tool?.category).toBeUndefined();
    expect(document.tools.find((t) => t.name === "svgo" && t.package_url)?.package_url).toBe("https://www.npmjs.com/svgo");
  });
});
