import { describe, expect, it } from "vitest";
import { siteGeneratorsDetector } from "../detectors/site-generators/index.js";
import { rubyDetector } from "../detectors/ruby/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// Site configurations in the shapes stop 57's mutation run (h57-b) found no test for, each read by the
// detector alone, finding by finding.
const read = async (files: Record<string, string>, detector = siteGeneratorsDetector) => {
  const { findings, warnings } = await detectorFindings(detector, files);
  return { refs: compact(findings), warnings };
};

describe("site generators' configurations, survivors of stop 57's run", () => {
  it("mkdocs.yml: Material's slugify tag with its kwds on the lines below, and the emoji tags, are dropped whole", async () => {
    // As Material for MkDocs' setup guide writes them: the tag's value is the mapping below it.
    const mkdocs = [
      "site_name: Widgets",
      "theme:",
      "  name: material",
      "markdown_extensions:",
      "  - toc:",
      "      permalink: true",
      "      slugify: !!python/object/apply:pymdownx.slugs.slugify",
      "        kwds:",
      "          case: lower",
      "  - pymdownx.emoji:",
      "      emoji_index: !!python/name:material.extensions.emoji.twemoji",
      "      emoji_generator: !!python/name:material.extensions.emoji.to_svg",
      "extra:",
      "  analytics:",
      "    provider: google",
      "    property: G-XXXXXXXXXX",
      "",
    ].join("\n");
    expect(await read({ "mkdocs.yml": mkdocs })).toEqual({ refs: ["site-setting:mkdocs:extra.analytics.provider=google@15"], warnings: [] });
  });

  it("mkdocs.yml that does not parse is named in a warning; one of comments only names nothing, silently", async () => {
    const broken = "site_name: 'Widgets\nnav:\n  - Home: index.md\n";
    const { refs, warnings } = await read({ "mkdocs.yml": broken });
    expect(refs).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^mkdocs\.yml: not readable as YAML: /);
    expect(await read({ "mkdocs.yml": "# site_name: Widgets\n# theme: readthedocs\n" })).toEqual({ refs: [], warnings: [] });
  });

  it("pelicanconf.py: a setting commented out (pelican-quickstart's publishconf.py lines, copied) names nothing", async () => {
    const conf = ["AUTHOR = 'Jane'", "SITENAME = 'Notes'", "#GOOGLE_ANALYTICS = 'UA-12345678-1'", "# DISQUS_SITENAME = 'notes-blog'", "DISQUS_SITENAME = 'notes'", ""].join("\n");
    expect(await read({ "pelicanconf.py": conf })).toEqual({ refs: ["site-setting:pelican:disqus_sitename@5"], warnings: [] });
    // Set twice (Universal Analytics' id kept above GA4's, which overrides it): one finding, at the first.
    const twice = "SITENAME = 'Notes'\nGOOGLE_ANALYTICS = 'UA-12345678-1'\n# Google Analytics 4 since July 2023\nGOOGLE_ANALYTICS = 'G-XXXXXXXXXX'\n";
    expect(await read({ "pelicanconf.py": twice })).toEqual({ refs: ["site-setting:pelican:google_analytics@2"], warnings: [] });
  });

  it("a VuePress configuration written with quoted keys, and VitePress's search written without blanks", async () => {
    const vuepress = 'module.exports = {\n  "title": "Widgets",\n  "themeConfig": {\n    "algolia": { "apiKey": "k", "indexName": "widgets" }\n  }\n}\n';
    expect(await read({ "docs/.vuepress/config.js": vuepress })).toEqual({ refs: ["site-setting:vuepress:algolia@4"], warnings: [] });
    const vitepress = "export default {\n  themeConfig: {\n    search: {provider:'algolia', options: {appId: 'A1', apiKey: 'k', indexName: 'widgets'}}\n  }\n}\n";
    expect(await read({ "docs/.vitepress/config.mts": vitepress })).toEqual({ refs: ["site-setting:vitepress:provider=algolia@3"], warnings: [] });
  });

  it("Docusaurus: a tracking block commented out above the live one is not its line", async () => {
    const config = ["module.exports = {", "  title: 'Widgets',", "  themeConfig: {", "    // gtag: { trackingID: 'UA-12345678-1' },", "    gtag: { trackingID: 'G-XXXXXXXXXX' },", "  },", "};", ""].join("\n");
    expect(await read({ "docusaurus.config.js": config })).toEqual({ refs: ["site-setting:docusaurus:gtag@5"], warnings: [] });
  });

  it("an installed package's own configuration under node_modules/ is not the project's", async () => {
    const vitepress = "export default { themeConfig: { search: { provider: 'algolia' } } }\n";
    expect(await read({ "node_modules/some-theme/docs/.vitepress/config.js": vitepress, ".vitepress/config.js": "export default { title: 'Widgets' }\n" })).toEqual({ refs: [], warnings: [] });
  });

  it(".readthedocs.yml of comments only (the service switched off) names nothing, silently", async () => {
    const rtd = "# version: 2\n# build:\n#   os: ubuntu-22.04\n#   tools:\n#     python: \"3.12\"\n";
    expect(await read({ ".readthedocs.yml": rtd })).toEqual({ refs: [], warnings: [] });
  });
});

describe("Jekyll's _config.yml through the shared settings reader", () => {
  const gemfile = 'source "https://rubygems.org"\ngem "jekyll", "~> 4.3"\n';
  const settings = (refs: string[]) => refs.filter((r) => r.startsWith("site-setting:"));

  it("a setting on the file's first line is at line 1", async () => {
    const config = "google_analytics: UA-12345678-1\ntitle: Notes\ntheme: minima\n";
    const { refs, warnings } = await read({ "_config.yml": config, Gemfile: gemfile }, rubyDetector);
    expect(settings(refs)).toEqual(["site-setting:jekyll:google_analytics@1"]);
    expect(warnings).toEqual([]);
  });

  it("an empty _config.yml (GitHub Pages' defaults) names no setting, silently", async () => {
    const { refs, warnings } = await read({ "_config.yml": "# Site settings: GitHub Pages' defaults\n", Gemfile: gemfile }, rubyDetector);
    expect(settings(refs)).toEqual([]);
    expect(warnings).toEqual([]);
  });
});
