import { describe, expect, it } from "vitest";
import { registriesDetector } from "../detectors/registries/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// composer.json's `"type": "package"` repositories declare a package inline: its `dist.url` is the
// archive Composer downloads, so a private registry's host there (an Artifactory generic
// repository, Cloudsmith's downloads) is one the project resolves from, as a `composer`
// repository's URL is. Its `source.url` is a checkout, as a `vcs` repository's is: no registry.
const refs = async (composer: string): Promise<string[]> => {
  const { findings, warnings } = await detectorFindings(registriesDetector, { "composer.json": composer });
  expect(warnings).toEqual([]);
  return compact(findings);
};

describe("composer.json's package repositories", () => {
  it("the dist archive's host names its registry, at the url's line; the source checkout names none", async () => {
    // The shape Composer's documentation gives a package repository, on a private Artifactory.
    const composer = [
      "{",
      '    "name": "acme/storefront",',
      '    "repositories": [',
      "        {",
      '            "type": "package",',
      '            "package": {',
      '                "name": "acme/legacy-templates",',
      '                "version": "3.1.7",',
      '                "dist": {',
      '                    "url": "https://acme.jfrog.io/artifactory/php-generic/legacy-templates-3.1.7.zip",',
      '                    "type": "zip"',
      "                },",
      '                "source": {',
      '                    "url": "https://git.acme.example/artifactory/legacy-templates.git",',
      '                    "type": "git",',
      '                    "reference": "v3.1.7"',
      "                },",
      '                "autoload": { "classmap": ["libs/"] }',
      "            }",
      "        }",
      "    ],",
      '    "require": { "acme/legacy-templates": "3.1.*" }',
      "}",
      "",
    ].join("\n");
    expect(await refs(composer)).toEqual(["registry-host:*.jfrog.io@10"]);
  });

  it("a package given at several versions (a list), keyed by name; one with only a source names nothing", async () => {
    const composer = JSON.stringify(
      {
        name: "acme/billing",
        repositories: {
          fonts: {
            type: "package",
            package: [
              { name: "acme/fonts", version: "1.0.0", dist: { url: "https://dl.cloudsmith.io/public/acme/fonts/raw/versions/1.0.0/fonts.zip", type: "zip" } },
              { name: "acme/fonts", version: "1.1.0", dist: { url: "https://dl.cloudsmith.io/public/acme/fonts/raw/versions/1.1.0/fonts.zip", type: "zip" } },
            ],
          },
          sdk: { type: "package", package: { name: "acme/sdk", version: "2.0.0", source: { url: "https://git.acme.example/artifactory/sdk.git", type: "git", reference: "v2.0.0" } } },
          "packagist.org": false,
        },
        require: { "acme/fonts": "^1.0", "acme/sdk": "2.0.0" },
      },
      null,
      4,
    );
    expect(await refs(composer)).toEqual(["registry-host:*.cloudsmith.io@11"]);
  });
});
