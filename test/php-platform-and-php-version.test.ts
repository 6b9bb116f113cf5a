import { describe, expect, it } from "vitest";
import { detectorFindings } from "./detector-findings.js";
import { phpDetector } from "../detectors/php/index.js";

// PHP's release where composer.json requires no `php` itself but pins the platform's (Drupal's
// recommended-project shape), and from phpenv's / the Symfony CLI's .php-version.

const php = (files: Record<string, string>) => detectorFindings(phpDetector, files);

describe("PHP version without a php requirement", () => {
  it("takes config.platform.php when require names no php", async () => {
    const { findings, warnings } = await php({
      "composer.json": JSON.stringify({
        name: "drupal/recommended-project",
        require: { "drupal/core-recommended": "^10.3", "drush/drush": "^12.5" },
        config: { platform: { php: "8.3" } },
      }, null, 4),
    });
    expect(warnings).toEqual([]);
    const runtime = findings.filter((f) => f.ref === "runtime:php");
    expect(runtime).toHaveLength(1);
    expect(runtime[0]).toMatchObject({ file: "composer.json", declared: "8.3", version: "8.3" });
  });

  it("reads .php-version, and ignores what is no release", async () => {
    const { findings, warnings } = await php({ ".php-version": "8.3.7\n", "tools/.php-version": "system\n" });
    expect(warnings).toEqual([]);
    expect(findings.filter((f) => f.ref === "runtime:php")).toEqual([{ ref: "runtime:php", file: ".php-version", line: 1, version: "8.3.7" }]);
  });
});
