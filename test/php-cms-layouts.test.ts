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
