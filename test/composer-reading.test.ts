import { describe, expect, it } from "vitest";
import { detectorFindings } from "./detector-findings.js";
import { isThemeHeader, lowestComposerVersion, phpDetector, readComposerLock } from "../detectors/php/index.js";

// The PHP reader finding by finding: composer.json sections with their lines, composer.lock
// versions and licenses, platform and extension requirements, and WordPress by its files.

/** What the PHP detector alone reports for a tree (ordered by file, then line), and its warnings. */
const php = (files: Record<string, string>) => detectorFindings(phpDetector, files);

// A Laravel app's composer.json as `composer init` and Laravel's skeleton lay it out.
const laravelJson = `{
    "name": "acme/shop",
    "type": "project",
    "require": {
        "php": "^8.1",
        "ext-redis": "*",
        "composer-plugin-api": "^2.0",
        "lib-pcre": "*",
        "hhvm": ">=3.0",
        "laravel/framework": "^10.10",
        "oomphinc/composer-installers-extender": "^2.0",
        "acme/next-gen-client": "^0.5.1"
    },
    "require-dev": {
        "phpunit/phpunit": "^10.1"
    },
    "config": {
        "sort-packages": true
    }
}
`;
const laravelLock = JSON.stringify({
  packages: [
    { name: "laravel/framework", version: "v10.48.4", license: ["MIT"], dist: { type: "zip" } },
    { name: "oomphinc/composer-installers-extender", version: "2.0.1", license: ["MIT", null] },
    { name: "acme/next-gen-client", version: "dev-release-v3", license: [] },
  ],
  "packages-dev": [{ name: "phpunit/phpunit", version: "10.5.9", license: ["BSD-3-Clause"] }],
});

describe("composer.json and composer.lock, finding by finding", () => {
  it("each requirement with its line, lock version and license; platform, extension and plugin-API names are no packages", async () => {
    const { findings, warnings } = await php({ "composer.json": laravelJson, "composer.lock": laravelLock });
    expect(warnings).toEqual([]);
    expect(findings).toEqual([
      { ref: "runtime:php", file: "composer.json", line: 5, declared: "^8.1", version: undefined },
      { ref: "php-extension:redis", file: "composer.json", line: 6 },
      {
        ref: "packagist:laravel/framework", file: "composer.json", line: 10, declared: "^10.10", version: "10.48.4",
        versionFile: "composer.lock", license: "MIT", direct: true, dev: false,
      },
      {
        ref: "packagist:oomphinc/composer-installers-extender", file: "composer.json", line: 11, declared: "^2.0", version: "2.0.1",
        versionFile: "composer.lock", license: "MIT", direct: true, dev: false,
      },
      {
        ref: "packagist:acme/next-gen-client", file: "composer.json", line: 12, declared: "^0.5.1", version: "dev-release-v3",
        versionFile: "composer.lock", license: undefined, direct: true, dev: false,
      },
      {
        ref: "packagist:phpunit/phpunit", file: "composer.json", line: 15, declared: "^10.1", version: "10.5.9",
        versionFile: "composer.lock", license: "BSD-3-Clause", direct: true, dev: true,
      },
    ]);
  });

  it("without a lock, the constraint's lower bound; require's PHP range is no release", async () => {
    const { findings, warnings } = await php({ "composer.json": laravelJson });
    expect(warnings).toEqual([]);
    const php81 = findings.find((f) => f.ref === "runtime:php");
    expect(php81?.declared).toBe("^8.1");
    expect(php81?.version).toBeUndefined();
    expect(findings.find((f) => f.ref === "packagist:acme/next-gen-client")).toMatchObject({ version: "0.5.1", versionFile: undefined });
  });

  it("an empty lock is no warning; a lock whose packages have no name or version is one", async () => {
    const json = '{\n  "require": {\n    "monolog/monolog": "^3.5"\n  }\n}\n';
    const empty = await php({ "composer.json": json, "composer.lock": '{"packages": [], "packages-dev": []}' });
    expect(empty.warnings).toEqual([]);
    expect(empty.findings[0]).toMatchObject({ version: "3.5", versionFile: undefined });
    const nameless = await php({ "composer.json": json, "composer.lock": '{"packages": [{"version": "3.5.0"}, {"name": "monolog/monolog"}]}' });
    expect(nameless.warnings).toEqual(["composer.lock: no packages with a name and version"]);
  });

  it("require sections that are null, a string or a list are warnings; a non-string constraint reads as none", async () => {
    const { findings, warnings } = await php({
      "composer.json": '{"require": null, "require-dev": "phpunit/phpunit"}',
      "app/composer.json": '{"require": {"php": 8, "acme/tools": 2}}',
      "legacy/composer.json": "null",
    });
    expect(warnings).toEqual(['composer.json: "require" is not an object', 'composer.json: "require-dev" is not an object']);
    expect(findings).toEqual([
      { ref: "packagist:acme/tools", file: "app/composer.json", line: 1, declared: "", version: undefined, versionFile: undefined, license: undefined, direct: true, dev: false },
      { ref: "runtime:php", file: "app/composer.json", line: 1, declared: "", version: undefined },
    ]);
  });

  it("WordPress from wp-config-sample.php or a theme header, and no composer reading of those files", async () => {
    const { findings, warnings } = await php({
      "composer.json": '{"require": {"composer/installers": "^2.2"}}',
      "wp-config-sample.php": "<?php\ndefine( 'DB_NAME', 'database_name_here' );\n",
      "wp-content/themes/acme/style.css": "\n/*\nTheme Name:Acme\n*/\n",
      "wp/wp-config.php": "<?php\ndefine( 'DB_NAME', 'shop' );\n",
    });
    expect(warnings).toEqual([]);
    expect(findings.map((f) => `${f.ref} ${f.file}`)).toEqual([
      "packagist:composer/installers composer.json",
      "runtime:wordpress wp-config-sample.php",
      "runtime:wordpress wp-content/themes/acme/style.css",
      "runtime:wordpress wp/wp-config.php",
    ]);
  });
});

describe("composer parsers, edges", () => {
  it("lock entries: a package without a name is skipped, a v inside a branch name stays, licenses only as strings", () => {
    const lock = readComposerLock({
      packages: [
        { version: "1.0.0" },
        { name: "acme/dev-branch", version: "dev-release-v3" },
        { name: "acme/proprietary", version: "1.2.0", license: [] },
        { name: "acme/mixed", version: "v2.0.0", license: ["MIT", 3] },
      ],
    });
    expect([...lock.entries()]).toEqual([
      ["acme/dev-branch", { version: "dev-release-v3" }],
      ["acme/proprietary", { version: "1.2.0" }],
      ["acme/mixed", { version: "2.0.0", license: "MIT" }],
    ]);
  });

  it.each([
    ["=2.1.0", "2.1.0"],
    ["2.0.0-beta.2", "2.0.0"],
    ["1.0.0-alpha", "1.0.0"],
    ["3.0.0-RC12", "3.0.0"],
    ["^0.5.1", "0.5.1"],
    ["0.10.*", "0.10"],
  ])("composer constraint %s has the lower bound %s", (constraint, bound) => expect(lowestComposerVersion(constraint)).toBe(bound));

  it("a theme header after a blank line, with a space before the colon or none after it; not Theme Name mid-line", () => {
    expect(isThemeHeader("\n\n/*\nTheme Name: Acme\n*/")).toBe(true);
    expect(isThemeHeader("/*\nTheme Name : Acme\n*/")).toBe(true);
    expect(isThemeHeader("/*\nTheme Name:Acme\n*/")).toBe(true);
    expect(isThemeHeader("/*\nTheme Name:  Acme\n*/")).toBe(true);
    expect(isThemeHeader("/* Starter kit: set the Theme Name: header in your theme */")).toBe(false);
  });
});
