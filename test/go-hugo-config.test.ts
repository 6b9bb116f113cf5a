import { describe, expect, it } from "vitest";
import { goDetector } from "../detectors/go/index.js";
import { compact, detectorFindings } from "./detector-findings.js";
import { builtinCatalog } from "../src/catalog/load.js";

// A Hugo site configured by the older, unowned name config.toml / config.yaml names Hugo only where
// the file holds Hugo's baseURL beside another of Hugo's site keys; a theme's copy and its demo site do not.
describe("Hugo's config.toml", () => {
  it("names Hugo from a site's config.toml or config/_default/config.yaml, not from a theme's exampleSite or another tool's config", async () => {
    const { findings, warnings } = await detectorFindings(goDetector, {
      "config.toml": 'baseURL = "https://example.org/"\nlanguageCode = "en-us"\ntitle = "Blog"\ntheme = "ananke"\n',
      "docs/config/_default/config.yaml": "title: Docs\nbaseurl: https://docs.example.org/\nmodule:\n  imports:\n    - path: github.com/google/docsy\n",
      "themes/ananke/exampleSite/config.toml": 'baseURL = "https://example.com/"\ntheme = "ananke"\n',
      "themes/ananke/config.toml": 'baseURL = "https://example.com/"\nlanguageCode = "en"\n',
      "app/config.yaml": "baseURL: https://api.example.org\ntimeout: 30\n",
      "netlify/config.toml": 'title = "x"\n',
      "site/config/_default/config.toml": 'baseURL = "https://site.example.org/"\ntitle = "Site"\n',
      // Another tool's templated config.yaml, which no YAML parser reads, is not Hugo's: no warning.
      "chart/templates/config.yaml": "server:\n  port: {{ .Values.port }}\n  name: {{ .Release.Name\n",
    });
    expect(compact(findings)).toEqual(["format:hugo-config@1", "format:hugo-config@2", "format:hugo-config@1"]);
    expect(warnings).toEqual([]);
  });

  it("the catalog reads format:hugo-config as Hugo", () => {
    expect(builtinCatalog().ids("format", "hugo-config")).toEqual(["hugo"]);
  });
});
