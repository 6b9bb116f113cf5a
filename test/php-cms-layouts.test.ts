import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

const tools = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false })).document.tools;

describe("PHP CMSs committed whole, without a composer.json", () => {
  it("a Drupal 7 site names Drupal from core's sites/default/default.settings.php", async () => {
    const found = await tools({
      "index.php": "<?php\ndefine('DRUPAL_ROOT', getcwd());\n",
      "includes/bootstrap.inc": "<?php\n",
      "sites/default/default.settings.php": "<?php\n$databases = array();\n",
      "sites/all/modules/custom/acme/acme.info": "name = Acme\ncore = 7.x\n",
    });
    expect(found.find((t) => t.name === "Drupal")).toMatchObject({ detection_source: "sites/default/default.settings.php" });
  });

  it("a Composer-built Drupal site keeps composer.json as Drupal's source and the lock's release", async () => {
    const found = await tools({
      "composer.json": JSON.stringify({ require: { "drupal/core-recommended": "^10.3" } }, null, 4),
      "composer.lock": JSON.stringify({ packages: [{ name: "drupal/core-recommended", version: "10.3.1" }, { name: "drupal/core", version: "10.3.1" }] }, null, 4),
      "web/sites/default/default.settings.php": "<?php\n",
    });
    expect(found.find((t) => t.name === "Drupal" && !t.package_url)).toMatchObject({ version: "10.3.1", detection_source: "composer.json" });
  });

  it("a Magento 1 store names Magento from app/Mage.php at its root, and a file of that name elsewhere does not", async () => {
    const store = await tools({ "app/Mage.php": "<?php\nfinal class Mage {}\n", "index.php": "<?php\n", "app/etc/local.xml.template": "<config/>\n" });
    expect(store.find((t) => t.name === "Magento")).toMatchObject({ detection_source: "app/Mage.php" });
    const elsewhere = await tools({ "tests/stubs/app/Mage.php": "<?php\n" });
    expect(elsewhere.find((t) => t.name === "Magento")).toBeUndefined();
  });
});

describe("a Drupal module's or theme's repository", () => {
  it("its <name>.info.yml names Drupal", async () => {
    const module = await tools({
      "acme_search.info.yml": "name: 'Acme Search'\ntype: module\ndescription: 'Search tweaks.'\ncore_version_requirement: ^10 || ^11\npackage: Search\ndependencies:\n  - drupal:search\n",
      "acme_search.module": "<?php\n",
      "src/Controller/SearchController.php": "<?php\n",
    });
    expect(module.find((t) => t.name === "Drupal")).toMatchObject({ detection_source: "acme_search.info.yml" });
    const d8theme = await tools({ "themes/olivero_child/olivero_child.info.yml": "name: Olivero Child\ntype: theme\nbase theme: olivero\ncore: 8.x\n" });
    expect(d8theme.find((t) => t.name === "Drupal")).toBeDefined();
  });

  it("another program's .info.yml names no Drupal", async () => {
    const other = await tools({ "docs/build.info.yml": "name: docs\ntype: site\nversion: 1.2\n", "config/app.info.yml": "type: module\nname: x\n" });
    expect(other.find((t) => t.name === "Drupal")).toBeUndefined();
    // A module's own .info.yml (Drupal's core key) beside them names it.
    const module = await tools({ "docs/build.info.yml": "name: docs\ntype: site\nversion: 1.2\n", "acme.info.yml": "name: Acme\ntype: module\ncore_version_requirement: ^10\n" });
    expect(module.find((t) => t.name === "Drupal")).toBeDefined();
  });
});
