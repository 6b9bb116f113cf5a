import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";
import { assetNamesake } from "../detectors/php/index.js";

// Composer repositories beside Packagist: Asset Packagist (asset-packagist.org) mirrors npm and
// Bower packages as `npm-asset/*` and `bower-asset/*`, as a Yii 2 or Drupal project requires its
// front-end libraries; WordPress Packagist (wpackagist.org) mirrors the plugin and theme
// directories as `wpackagist-plugin/*` and `wpackagist-theme/*`, as a Bedrock site requires them.
const locked = (name: string, version: string, type = "library") => ({
  name,
  version,
  dist: { type: "zip", url: `https://example.org/${name}/${version}.zip` },
  type,
  license: ["MIT"],
});
const lockOf = (packages: ReturnType<typeof locked>[]) => ({
  _readme: ["This file locks the dependencies of your project to a known state"],
  "content-hash": "8e1f3f3c0b2d4a5e6f708192a3b4c5d6",
  packages,
  "packages-dev": [],
  aliases: [],
  "minimum-stability": "stable",
  "plugin-api-version": "2.6.0",
});
const run = async (composer: unknown, packages: ReturnType<typeof locked>[]) =>
  (await scan(new MemorySource({ "composer.json": JSON.stringify(composer, null, 4), "composer.lock": JSON.stringify(lockOf(packages), null, 4) }), { git: false })).document.tools;

describe("Composer's asset and WordPress repositories", () => {
  it("an Asset Packagist package is its npm namesake's tool, at composer.lock's release", async () => {
    const composer = {
      name: "acme/yii2-app",
      type: "project",
      require: {
        php: ">=7.4.0",
        "yiisoft/yii2": "~2.0.49",
        "npm-asset/fortawesome--fontawesome-free": "^6.5",
        "npm-asset/dropzone": "^5.9",
      },
      repositories: [{ type: "composer", url: "https://asset-packagist.org" }],
    };
    const tools = await run(composer, [
      locked("yiisoft/yii2", "2.0.49.3"),
      locked("bower-asset/jquery", "3.7.1", "bower-asset"),
      locked("npm-asset/fortawesome--fontawesome-free", "6.5.2", "npm-asset"),
      locked("npm-asset/dropzone", "5.9.3", "npm-asset"),
    ]);
    expect(tool(tools, "Font Awesome")).toMatchObject({ version: "6.5.2", detection_source: "composer.json", detection_source_url: "composer.lock" });
    expect(tool(tools, "Dropzone.js")?.version).toBe("5.9.3");
    // The declaration stays a Composer package entry; its npm namesake is none.
    expect(pkg(tools, "npm-asset/dropzone")?.version).toBe("5.9.3");
    expect(pkg(tools, "dropzone")).toBeUndefined();
    // What the lockfile installed and nothing declares (Yii's own jQuery) names no tool.
    expect(tool(tools, "jQuery")).toBeUndefined();
    const bower = await run({ require: { "bower-asset/jquery": "^3.7" } }, [locked("bower-asset/jquery", "3.7.1", "bower-asset")]);
    expect(tool(bower, "jQuery")?.version).toBe("3.7.1");
  });

  it("names the npm package an asset package mirrors, scoped or not", () => {
    expect(assetNamesake("npm-asset/fortawesome--fontawesome-free")).toBe("@fortawesome/fontawesome-free");
    expect(assetNamesake("npm-asset/dropzone")).toBe("dropzone");
    expect(assetNamesake("bower-asset/jquery")).toBe("jquery");
    expect(assetNamesake("bower-asset/jquery-ui")).toBe("jquery-ui");
    expect(assetNamesake("symfony/asset")).toBeUndefined();
    expect(assetNamesake("npm-asset-fake/x")).toBeUndefined();
  });

  it("a WordPress Packagist plugin or theme shows WordPress without lending it its release; WooCommerce's is WooCommerce's", async () => {
    const bedrock = {
      name: "roots/bedrock",
      type: "project",
      repositories: [{ type: "composer", url: "https://wpackagist.org", only: ["wpackagist-plugin/*", "wpackagist-theme/*"] }],
      require: {
        php: ">=8.1",
        "composer/installers": "^2.2",
        "roots/wordpress": "6.5.3",
        "wpackagist-plugin/woocommerce": "^8.9",
        "wpackagist-plugin/wordpress-seo": "^22.7",
        "wpackagist-theme/twentytwentyfour": "^1.1",
      },
    };
    const tools = await run(bedrock, [
      locked("roots/wordpress", "6.5.3", "metapackage"),
      locked("wpackagist-plugin/woocommerce", "8.9.1", "wordpress-plugin"),
      locked("wpackagist-plugin/wordpress-seo", "22.7", "wordpress-plugin"),
      locked("wpackagist-theme/twentytwentyfour", "1.1", "wordpress-theme"),
    ]);
    expect(tool(tools, "WordPress")?.version).toBe("6.5.3");
    expect(tool(tools, "WooCommerce")).toMatchObject({ version: "8.9.1", detection_source_url: "composer.lock" });
    expect(pkg(tools, "wpackagist-plugin/woocommerce")?.version).toBe("8.9.1");
    // A plugin alone: WordPress, but not at Yoast SEO's 22.7.
    const plugin = await run({ name: "acme/site", require: { "wpackagist-plugin/wordpress-seo": "^22.7" } }, [locked("wpackagist-plugin/wordpress-seo", "22.7", "wordpress-plugin")]);
    expect(tool(plugin, "WordPress")).toBeDefined();
    expect(tool(plugin, "WordPress")?.version).toBeUndefined();
  });
});
