import { describe, expect, it } from "vitest";
import { siteGeneratorsDetector } from "../detectors/site-generators/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// Site generators' configurations in the shapes the other site-generator tests leave out, finding by
// finding. Written against the survivors of a mutation run (5 December 2026, stop 51).
const refs = async (files: Record<string, string>): Promise<string[]> => {
  const { findings, warnings } = await detectorFindings(siteGeneratorsDetector, files);
  expect(warnings).toEqual([]);
  return compact(findings);
};

describe("site generators' configurations", () => {
  it("MkDocs 1.x's mkdocs.yaml (the other extension) with its older google_analytics list", async () => {
    const mkdocs = "site_name: Widgets\nnav:\n  - Home: index.md\ntheme: readthedocs\ngoogle_analytics: ['UA-12345678-1', 'auto']\n";
    expect(await refs({ "mkdocs.yaml": mkdocs })).toEqual(["site-setting:mkdocs:google_analytics@5"]);
  });

  it("VitePress's and VuePress's configurations at the repository's root", async () => {
    const vitepress = "import { defineConfig } from 'vitepress'\n\nexport default defineConfig({\n  title: 'Widgets',\n  themeConfig: {\n    search: {\n      provider: 'algolia',\n      options: { appId: 'A1', apiKey: 'k', indexName: 'widgets' }\n    }\n  }\n})\n";
    expect(await refs({ ".vitepress/config.ts": vitepress })).toEqual(["site-setting:vitepress:provider=algolia@7"]);
    const vuepress = "module.exports = {\n  title: 'Widgets',\n  themeConfig: {\n    algolia: { apiKey: 'k', indexName: 'widgets' }\n  }\n}\n";
    expect(await refs({ ".vuepress/config.js": vuepress })).toEqual(["site-setting:vuepress:algolia@4"]);
  });

  it("Docusaurus: a glob in a string (`**/*.{md,mdx}`) opens no comment; a block comment's keys name nothing", async () => {
    const config = [
      "module.exports = {",
      "  title: 'Widgets',",
      "  presets: [['classic', {",
      "    /* googleTagManager: { containerId: 'GTM-XXXX' }, */",
      "    gtag: { trackingID: 'G-XXXX' },",
      "    blog: { include: ['**/*.{md,mdx}'] },",
      "  }]],",
      "  themeConfig: {",
      "    algolia: { appId: 'A1', apiKey: 'k', indexName: 'widgets' },",
      "  },",
      "};",
      "",
    ].join("\n");
    expect(await refs({ "docusaurus.config.js": config })).toEqual(["site-setting:docusaurus:gtag@5", "site-setting:docusaurus:algolia@9"]);
  });

  it("a Python 2 era pelicanconf.py: a u'' string and an assignment without spaces", async () => {
    const conf = "#!/usr/bin/env python\n# -*- coding: utf-8 -*-\nAUTHOR = u'Jane'\nSITENAME = u'Notes'\nGOOGLE_ANALYTICS = u'UA-12345678-1'\nDISQUS_SITENAME='notes-blog'\n";
    expect(await refs({ "pelicanconf.py": conf })).toEqual(["site-setting:pelican:google_analytics@5", "site-setting:pelican:disqus_sitename@6"]);
  });

  it("an mdBook's book.toml: the HTML output's google-analytics at its line", async () => {
    const book = '[book]\nauthors = ["Jane"]\nlanguage = "en"\ntitle = "Widgets Guide"\n\n[output.html]\ngit-repository-url = "https://github.com/acme/widgets"\ngoogle-analytics = "UA-12345678-1"\n';
    expect(await refs({ "book.toml": book })).toEqual(["site-setting:mdbook:output.html.google-analytics@8"]);
  });
});
