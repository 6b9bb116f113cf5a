import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// Zend Framework became the Laminas Project in 2019: zend-mvc is laminas-mvc, same code and numbering.
describe("Packagist: Laminas", () => {
  it("a laminas-mvc skeleton names Zend Framework at laminas-mvc's locked release; a lone Laminas component does not", async () => {
    const composer = { name: "laminas/laminas-mvc-skeleton", require: { php: "~8.1.0", "laminas/laminas-mvc": "^3.6", "laminas/laminas-component-installer": "^3.2" } };
    const lock = { packages: [{ name: "laminas/laminas-mvc", version: "3.7.0" }, { name: "laminas/laminas-component-installer", version: "3.4.0" }] };
    const { document } = await scan(new MemorySource({ "composer.json": JSON.stringify(composer), "composer.lock": JSON.stringify(lock), "module/Application/src/Module.php": "<?php\n" }), { git: false });
    expect(tool(document.tools, "Zend Framework")).toMatchObject({ version: "3.7.0", detection_source: "composer.json" });
    const validatorOnly = await scan(new MemorySource({ "composer.json": JSON.stringify({ require: { "laminas/laminas-validator": "^2.40" } }) }), { git: false });
    expect(tool(validatorOnly.document.tools, "Zend Framework")).toBeUndefined();
  });
});
