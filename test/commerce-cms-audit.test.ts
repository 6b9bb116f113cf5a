import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { imageVersion } from "../detectors/docker/image-version.js";
import { wordpressRelease } from "../detectors/php/index.js";

// Repositories of online stores and content management systems as they are laid out: a Shopify
// theme, a Ghost theme, a Medusa server, a Solidus store, a Django CMS site, a Magento store run by
// Mark Shust's docker-magento images.
const detect = async (files: Record<string, string>): Promise<Map<string, ToolEntry>> => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
};

const lock = (packages: Record<string, string>): string =>
  JSON.stringify({
    name: "app",
    lockfileVersion: 3,
    requires: true,
    packages: {
      "": { name: "app", dependencies: Object.fromEntries(Object.keys(packages).map((n) => [n, "*"])) },
      ...Object.fromEntries(Object.entries(packages).map(([n, v]) => [`node_modules/${n}`, { version: v, license: "MIT" }])),
    },
  });

describe("online stores and content management systems", () => {
  it("a Shopify theme: its layout file or the CLI's shopify.theme.toml names Shopify; Jekyll's _layouts do not", async () => {
    const theme = await detect({
      "layout/theme.liquid": "<html><head>{{ content_for_header }}</head><body>{{ content_for_layout }}</body></html>\n",
      "sections/header.liquid": "<header></header>\n",
      "config/settings_schema.json": '[{"name":"theme_info","theme_name":"Dawn","theme_version":"15.2.0"}]\n',
    });
    expect(theme.get("Shopify")?.detection_source).toBe("layout/theme.liquid");
    const toml = await detect({ "shopify.theme.toml": '[environments.production]\nstore = "acme.myshopify.com"\n' });
    expect(toml.get("Shopify")?.detection_source).toBe("shopify.theme.toml");
    const jekyll = await detect({ "_layouts/default.liquid": "{{ content }}\n", "_config.yml": "title: Blog\n" });
    expect(jekyll.has("Shopify")).toBe(false);
  });

  it("Shopify's and Ghost's theme actions name the platform, without the action's release", async () => {
    const workflow = [
      "on: push",
      "jobs:",
      "  check:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: Shopify/theme-check-action@v2",
      "      - uses: TryGhost/action-deploy-theme@v1.6.2",
      "",
    ].join("\n");
    const tools = await detect({ ".github/workflows/theme.yml": workflow });
    expect(tools.get("Shopify")?.version).toBeUndefined();
    expect(tools.get("Shopify")?.detection_source).toBe(".github/workflows/theme.yml");
    expect(tools.get("Ghost")).toBeDefined();
    expect(tools.get("Ghost")?.version).toBeUndefined();
  });

  it("a Ghost theme's engines.ghost names Ghost; a range is no release", async () => {
    const tools = await detect({
      "package.json": JSON.stringify({ name: "harbor", version: "1.0.0", engines: { ghost: ">=5.0.0" }, devDependencies: { gscan: "4.46.0" } }),
      "default.hbs": "{{ghost_head}}{{{body}}}\n",
    });
    expect(tools.get("Ghost")?.detection_source).toBe("package.json");
    expect(tools.get("Ghost")?.version).toBeUndefined();
    const older = await detect({ "package.json": JSON.stringify({ name: "casper", engines: { "ghost-api": "v4" } }) });
    expect(older.has("Ghost")).toBe(true);
    expect(older.get("Ghost")?.version).toBeUndefined();
  });

  it("Medusa from its server package at the lockfile's release; its UI kit is numbered apart", async () => {
    const tools = await detect({
      "package.json": JSON.stringify({ name: "app", dependencies: { "@medusajs/framework": "2.2.0", "@medusajs/medusa": "2.2.0", "@medusajs/ui": "^4.0.0" } }),
      "package-lock.json": lock({ "@medusajs/framework": "2.2.0", "@medusajs/medusa": "2.2.0", "@medusajs/ui": "4.0.3" }),
    });
    expect(tools.get("Medusa")).toMatchObject({ version: "2.2.0", category: "Application Utilities", sub_category: "Ecommerce" });
    const storefront = await detect({
      "package.json": JSON.stringify({ name: "app", dependencies: { "@medusajs/js-sdk": "2.2.0", "@medusajs/ui": "^4.0.0" } }),
      "package-lock.json": lock({ "@medusajs/js-sdk": "2.2.0", "@medusajs/ui": "4.0.3" }),
    });
    expect(storefront.get("Medusa")?.version).toBeUndefined();
    expect(storefront.has("Medusa")).toBe(true);
  });

  it("Solidus from its gems, Django CMS from its PyPI package, each at its release", async () => {
    const gemfileLock = ["GEM", "  remote: https://rubygems.org/", "  specs:", "    solidus (4.4.2)", "      solidus_core (= 4.4.2)", "    solidus_core (4.4.2)", "", "DEPENDENCIES", "  solidus (~> 4.4)", ""].join("\n");
    const store = await detect({ Gemfile: 'source "https://rubygems.org"\ngem "solidus", "~> 4.4"\n', "Gemfile.lock": gemfileLock });
    expect(store.get("Solidus")).toMatchObject({ version: "4.4.2", category: "Application Utilities" });
    const site = await detect({ "requirements.txt": "Django==5.1.4\ndjango-cms==4.1.4\n" });
    expect(site.get("Django CMS")).toMatchObject({ version: "4.1.4", sub_category: "Self-Hosted Blogging / CMS" });
    // Their extensions name them, numbered apart; Solidus's Stripe extension names Stripe too.
    const extensions = await detect({
      Gemfile: 'source "https://rubygems.org"\ngem "solidus_stripe", "~> 5.0"\n',
      "Gemfile.lock": ["GEM", "  remote: https://rubygems.org/", "  specs:", "    solidus_stripe (5.0.0)", "", "DEPENDENCIES", "  solidus_stripe (~> 5.0)", ""].join("\n"),
      "requirements.txt": "djangocms-text==0.5.0\n",
    });
    expect(extensions.has("Solidus")).toBe(true);
    expect(extensions.get("Solidus")?.version).toBeUndefined();
    expect(extensions.has("Stripe")).toBe(true);
    expect(extensions.has("Django CMS")).toBe(true);
    expect(extensions.get("Django CMS")?.version).toBeUndefined();
  });

  it("docker-magento's images name their services at the service's release, not the image revision", async () => {
    expect(imageVersion("markoshust/magento-opensearch", "2.12-0")).toBe("2.12");
    expect(imageVersion("markoshust/magento-nginx", "1.24-0")).toBe("1.24");
    expect(imageVersion("markoshust/magento-php", "8.3-fpm-2")).toBe("8.3");
    const compose = [
      "services:",
      "  app:",
      "    image: markoshust/magento-nginx:1.24-0",
      "  opensearch:",
      "    image: markoshust/magento-opensearch:2.12-0",
      "  rabbitmq:",
      "    image: markoshust/magento-rabbitmq:3.13-0",
      "",
    ].join("\n");
    const tools = await detect({ "compose.yaml": compose });
    expect(tools.get("NGINX")?.version).toBe("1.24");
    expect(tools.get("OpenSearch")?.version).toBe("2.12");
    expect(tools.get("RabbitMQ")?.version).toBe("3.13");
  });

  it("a Magento module names Magento without its framework's numbering; the edition's metapackage gives the release", async () => {
    const module = await detect({
      "composer.json": JSON.stringify({ name: "acme/module-freight", type: "magento2-module", require: { "magento/framework": "103.0.*", "magento/module-shipping": "100.4.*" } }),
      "registration.php": "<?php\n",
    });
    expect(module.has("Magento")).toBe(true);
    expect(module.get("Magento")?.version).toBeUndefined();
    const store = await detect({
      "composer.json": JSON.stringify({ name: "acme/store", require: { "magento/product-enterprise-edition": "2.4.7-p3" } }),
      "composer.lock": JSON.stringify({ packages: [
        { name: "magento/product-enterprise-edition", version: "2.4.7", type: "metapackage" },
        { name: "magento/framework", version: "103.0.7", type: "magento2-library" },
      ] }),
    });
    expect(store.get("Magento")?.version).toBe("2.4.7");
  });

  it("a PrestaShop module names PrestaShop from PrestaShop's own packages, without their releases", async () => {
    const tools = await detect({
      "composer.json": JSON.stringify({ name: "acme/acmepay", type: "prestashop-module", require: { "prestashop/module-lib-service-container": "^2.0" }, "require-dev": { "prestashop/php-dev-tools": "^4.3" } }),
      "config.xml": "<module><name>acmepay</name></module>\n",
    });
    expect(tools.has("PrestaShop")).toBe(true);
    expect(tools.get("PrestaShop")?.version).toBeUndefined();
  });

  it("a headless CMS's official providers name the services they use, not at the CMS's release", async () => {
    const strapi = await detect({
      "package.json": JSON.stringify({ name: "app", dependencies: { "@strapi/strapi": "5.6.0", "@strapi/provider-upload-aws-s3": "5.6.0", "@strapi/provider-email-nodemailer": "5.6.0" } }),
      "package-lock.json": lock({ "@strapi/strapi": "5.6.0", "@strapi/provider-upload-aws-s3": "5.6.0", "@strapi/provider-email-nodemailer": "5.6.0" }),
    });
    expect(strapi.get("Strapi")?.version).toBe("5.6.0");
    expect(strapi.has("Amazon S3")).toBe(true);
    expect(strapi.has("Nodemailer")).toBe(true);
    expect(strapi.get("Nodemailer")?.version).toBeUndefined();
    const payload = await detect({
      "package.json": JSON.stringify({ name: "app", dependencies: { payload: "3.9.0", "@payloadcms/storage-s3": "3.9.0", "@payloadcms/email-resend": "3.9.0" } }),
      "package-lock.json": lock({ payload: "3.9.0", "@payloadcms/storage-s3": "3.9.0", "@payloadcms/email-resend": "3.9.0" }),
    });
    expect(payload.get("Payload CMS")?.version).toBe("3.9.0");
    expect(payload.has("Amazon S3")).toBe(true);
    expect(payload.has("Resend")).toBe(true);
  });

  it("a theme's .wp-env.json: the WordPress release its core pins, WooCommerce's among its plugins", async () => {
    const theme = await detect({
      "style.css": "/*\nTheme Name: Harbor\nText Domain: harbor\nRequires at least: 6.4\n*/\n",
      ".wp-env.json": JSON.stringify({ core: "WordPress/WordPress#6.7.1", phpVersion: "8.2", themes: ["."], plugins: ["https://downloads.wordpress.org/plugin/woocommerce.9.5.1.zip"] }, null, 2),
    });
    expect(theme.get("WordPress")).toMatchObject({ version: "6.7.1", detection_source: ".wp-env.json" });
    expect(theme.get("WooCommerce")?.version).toBe("9.5.1");
    const latest = await detect({ ".wp-env.json": JSON.stringify({ core: null, plugins: ["."] }) });
    expect(latest.has("WordPress")).toBe(true);
    expect(latest.get("WordPress")?.version).toBeUndefined();
    expect(latest.has("WooCommerce")).toBe(false);
    expect(wordpressRelease("https://wordpress.org/wordpress-6.5.zip")).toBe("6.5");
    expect(wordpressRelease("WordPress/WordPress#trunk")).toBeUndefined();
    expect(wordpressRelease("../wordpress-develop/build")).toBeUndefined();
  });

  it("a malformed .wp-env.json is a warning naming it, and the scan goes on", async () => {
    const { document, warnings } = await scan(new MemorySource({ ".wp-env.json": "[1, 2]", "composer.json": '{"require":{"php":">=8.1"}}' }), { git: false });
    expect(warnings).toContainEqual({ file: ".wp-env.json", message: "not a JSON object" });
    expect(document.tools.some((t) => t.name === "PHP")).toBe(true);
  });

  it("the platforms' own packages: Shopify's CLI and app frameworks, Decap's bundle, Contentful's migrations, the Directus server", async () => {
    const names = async (deps: Record<string, string>) => {
      const tools = await detect({ "package.json": JSON.stringify({ name: "app", dependencies: deps }), "package-lock.json": lock(deps) });
      return tools;
    };
    expect((await names({ "@shopify/cli": "3.69.3" })).get("Shopify")).toBeDefined();
    expect((await names({ "@shopify/cli": "3.69.3" })).get("Shopify")?.version).toBeUndefined();
    expect((await names({ "@shopify/shopify-app-remix": "3.7.0" })).has("Shopify")).toBe(true);
    expect((await names({ "decap-cms": "3.4.0" })).get("Netlify CMS")?.version).toBe("3.4.0");
    expect((await names({ "netlify-cms": "2.10.192" })).get("Netlify CMS")?.version).toBe("2.10.192");
    expect((await names({ "contentful-migration": "4.25.3" })).has("Contentful")).toBe(true);
    expect((await names({ directus: "11.3.5" })).get("Directus")?.version).toBe("11.3.5");
    expect((await names({ "@sanity/base": "2.35.7", "@sanity/core": "2.35.7", "@sanity/default-layout": "2.35.7" })).get("Sanity")?.version).toBe("2.35.7");
  });
});
