import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { isPluginHeader, isWooCommerceExtension } from "../detectors/php/index.js";

// A WordPress plugin repository holds its main file at the root: PHP whose header comment carries
// `Plugin Name:`, laid out here as the plugin boilerplate and `wp scaffold plugin` write it.
const options = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;
const mainFile = [
  "<?php",
  "/**",
  " * Plugin Name:       Acme Bookings",
  " * Plugin URI:        https://example.com/acme-bookings",
  " * Description:       Table bookings for restaurants.",
  " * Version:           1.4.2",
  " * Requires at least: 6.2",
  " * Requires PHP:      7.4",
  " * License:           GPL-2.0-or-later",
  " * Text Domain:       acme-bookings",
  " */",
  "",
  "defined( 'ABSPATH' ) || exit;",
].join("\n");

describe("a WordPress plugin's main file", () => {
  it("names WordPress from the root or one folder down; a PHP file that only mentions the header does not", async () => {
    const { document } = await scan(new MemorySource({ "acme-bookings.php": mainFile, "includes/class-booking.php": "<?php\nclass Booking {}\n" }), options);
    expect(document.tools.filter((t) => t.name === "WordPress").map((t) => t.detection_source)).toEqual(["acme-bookings.php"]);
    const nested = await scan(new MemorySource({ "plugins/acme-bookings/acme-bookings.php": mainFile, "src/app.php": "<?php\n// TODO: read the Plugin Name: header of each plugin\n" }), options);
    // Two folders down is no plugin root of this repository (a fixture, an example).
    expect(nested.document.tools.some((t) => t.name === "WordPress")).toBe(false);
  });

  it("reads the header as WordPress does: the first 8 KiB, any comment style", () => {
    expect(isPluginHeader(mainFile)).toBe(true);
    expect(isPluginHeader("<?php\n# Plugin Name: Hash Style\n")).toBe(true);
    expect(isPluginHeader("<?php\n" + " ".repeat(9000) + "/* Plugin Name: Too Late */")).toBe(false);
    expect(isPluginHeader("Plugin Name: not PHP")).toBe(false);
    expect(isPluginHeader("<?php\n$x = 'Plugin Name: inside a string';\n")).toBe(false);
  });

  it("names WooCommerce from a WooCommerce extension's header, WordPress's alone from other plugins", async () => {
    const extension = mainFile.replace(" * Text Domain:", " * WC requires at least: 8.2\n * WC tested up to:      9.5\n * Text Domain:");
    const { document } = await scan(new MemorySource({ "acme-shipping.php": extension }), options);
    const woo = document.tools.find((t) => t.name === "WooCommerce");
    expect(woo?.detection_source).toBe("acme-shipping.php");
    // A minimum release, not the one the extension runs on.
    expect(woo).toBeDefined();
    expect(woo?.version).toBeUndefined();
    const plain = await scan(new MemorySource({ "acme-bookings.php": mainFile }), options);
    expect(plain.document.tools.some((t) => t.name === "WooCommerce")).toBe(false);
  });

  it("reads WooCommerce from the WC headers or from Requires Plugins naming its slug", () => {
    expect(isWooCommerceExtension("<?php\n/*\n * Plugin Name: A\n * Requires Plugins: woocommerce\n */")).toBe(true);
    expect(isWooCommerceExtension("<?php\n/*\n * Plugin Name: A\n * Requires Plugins: jetpack, WooCommerce \n */")).toBe(true);
    expect(isWooCommerceExtension("<?php\n/*\n * Plugin Name: A\n * WC tested up to: 9.5\n */")).toBe(true);
    expect(isWooCommerceExtension("<?php\n/*\n * Plugin Name: A\n * Requires Plugins: woocommerce-payments\n */")).toBe(false);
    expect(isWooCommerceExtension("<?php\n/*\n * Plugin Name: A\n * Description: Works with WooCommerce.\n */")).toBe(false);
  });
});
