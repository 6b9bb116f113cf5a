import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { siteGeneratorsDetector } from "../detectors/site-generators/index.js";
import { detectorFindings } from "./detector-findings.js";
import { expectFinishesWithin } from "./work-budget.js";

// The services a site generator's configuration wires into every page (catalog/matchers/site-generators.yml),
// and Read the Docs' build.tools pins.
const tools = async (files: Record<string, string>) => {
  const { document, warnings } = await scan(new MemorySource(files), { git: false });
  return { tools: Object.fromEntries(document.tools.map((t) => [t.name, t.detection_source])), versions: Object.fromEntries(document.tools.map((t) => [t.name, t.version])), warnings };
};

describe("site generators' settings", () => {
  it("Jekyll's _config.yml names Google Analytics and Disqus, a theme's copy and empty settings nothing", async () => {
    const { tools: named, warnings } = await tools({
      "_config.yml": "title: Notes\ntheme: minima\ngoogle_analytics: UA-12345678-1\ndisqus:\n  shortname: notes\nplugins:\n  - jekyll-feed\n",
      "Gemfile": 'source "https://rubygems.org"\ngem "jekyll", "~> 4.3"\n',
    });
    expect(named).toMatchObject({ Jekyll: "Gemfile", "Google Analytics": "_config.yml", Disqus: "_config.yml" });
    expect(warnings).toEqual([]);
    const empty = await tools({ "_config.yml": "title: Notes\ngoogle_analytics: false\ndisqus:\n  shortname: ''\ndisqus_shortname: ~\n", "docs/_config.yml": "google_analytics:\n", "themes/x/_config.yml": "google_analytics: UA-1\n" });
    expect(Object.keys(empty.tools)).not.toContain("Google Analytics");
    expect(Object.keys(empty.tools)).not.toContain("Disqus");
  });

  it("Minimal Mistakes' providers name the service they pick, `false` none", async () => {
    const { tools: named } = await tools({ "_config.yml": 'remote_theme: mmistakes/minimal-mistakes\nsearch_provider: algolia\nanalytics:\n  provider: "google-gtag"\ncomments:\n  provider: "disqus"\n' });
    expect(named).toMatchObject({ "Google Analytics": "_config.yml", Disqus: "_config.yml", Algolia: "_config.yml" });
    const off = await tools({ "_config.yml": "remote_theme: mmistakes/minimal-mistakes\nanalytics:\n  provider: false\ncomments:\n  provider: false\n" });
    expect(Object.keys(off.tools)).not.toContain("Google Analytics");
    expect(Object.keys(off.tools)).not.toContain("Disqus");
  });

  it("a Hexo site's _config.yml (package.json declares hexo) names Disqus", async () => {
    const { tools: named } = await tools({
      "_config.yml": "title: Blog\nnew_post_name: :title.md\ndisqus_shortname: blog\n",
      "package.json": JSON.stringify({ name: "hexo-site", hexo: { version: "7.2.0" }, dependencies: { hexo: "^7.2.0" } }),
    });
    expect(named).toMatchObject({ Hexo: "package.json", Disqus: "_config.yml" });
    const theme = await tools({ "themes/landscape/_config.yml": "disqus_shortname: demo\n", "themes/landscape/package.json": JSON.stringify({ name: "hexo-theme-landscape", peerDependencies: { hexo: "*" }, devDependencies: { hexo: "^7.0.0" } }) });
    expect(Object.keys(theme.tools)).not.toContain("Disqus");
    expect(Object.keys(named)).not.toContain("Jekyll");
  });

  it("Hugo's hugo.toml and an older config.toml name Google Analytics and Disqus", async () => {
    const { tools: named } = await tools({ "hugo.toml": "baseURL = 'https://example.org/'\ntitle = 'Site'\n[services]\n  [services.googleAnalytics]\n    ID = 'G-MEASUREMENT'\n  [services.disqus]\n    shortname = 'site'\n" });
    expect(named).toMatchObject({ Hugo: "hugo.toml", "Google Analytics": "hugo.toml", Disqus: "hugo.toml" });
    const old = await tools({ "config.toml": 'baseURL = "https://blog.example.com/"\nlanguageCode = "en-us"\ngoogleAnalytics = "UA-1234567-2"\ndisqusShortname = "blog"\n' });
    expect(old.tools).toMatchObject({ Hugo: "config.toml", "Google Analytics": "config.toml", Disqus: "config.toml" });
    const split = await tools({ "config/_default/hugo.toml": "baseURL = 'https://example.org/'\n", "config/_default/services.toml": "[googleAnalytics]\nid = 'G-1'\n", "app/config/_default/services.toml": "[googleAnalytics]\nid = 'G-1'\n" });
    expect(split.tools).toMatchObject({ "Google Analytics": "config/_default/services.toml" });
    const lone = await tools({ "app/config/_default/services.toml": "[googleAnalytics]\nid = 'G-1'\n" });
    expect(Object.keys(lone.tools)).not.toContain("Google Analytics");
    const theme = await tools({ "themes/ananke/exampleSite/hugo.toml": "baseURL = 'https://example.org/'\ngoogleAnalytics = 'UA-1'\n" });
    expect(Object.keys(theme.tools)).not.toContain("Google Analytics");
  });

  it("mkdocs.yml names Google Analytics from Material's extra.analytics, reading past MkDocs' Python tags", async () => {
    const { findings, warnings } = await detectorFindings(siteGeneratorsDetector, {
      "mkdocs.yml": "site_name: Lib\ntheme:\n  name: material\nmarkdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n      emoji_generator: !!python/name:material.extensions.emoji.to_svg\nextra:\n  analytics:\n    provider: google\n    property: G-XXXXXXXXXX\n",
    });
    expect(findings).toEqual([{ ref: "site-setting:mkdocs:extra.analytics.provider=google", file: "mkdocs.yml", line: 10 }]);
    expect(warnings).toEqual([]);
  });

  it("an mkdocs.yml alias bomb (12 KB of mappings, each of 300 keys aliasing the one before) is skipped with ctx.yaml's warning, at once", async () => {
    // Read past its Python tags by its own YAML call, the file went unmeasured: settingPaths walked
    // 300^3 mappings (55 s on the loaded 2-core machine; a larger file, without end).
    const keys = (value: string) => Array.from({ length: 300 }, (_, i) => `k${i}: ${value}`).join(", ");
    const levels = [`a: &a {${keys("{}")}}`];
    for (let i = 1; i < 5; i++) levels.push(`l${i}: &l${i} {${keys(i === 1 ? "*a" : `*l${i - 1}`)}}`);
    const text = `site_name: Lib\nextra:\n  analytics:\n    provider: google\n${levels.join("\n")}\n`;
    const { findings, warnings } = await expectFinishesWithin(() => detectorFindings(siteGeneratorsDetector, { "mkdocs.yml": text }), 30, "an mkdocs.yml alias bomb");
    expect(warnings).toEqual([expect.stringMatching(/^mkdocs\.yml: skipped: more than \d+ values once aliases are expanded$/)]);
    expect(findings).toEqual([]);
  });

  it("Docusaurus's, VitePress's and VuePress's script configurations, read as text; commented keys name nothing", async () => {
    const { tools: named } = await tools({
      "website/docusaurus.config.ts": "const config = {\n  presets: [['classic', {\n    gtag: { trackingID: 'G-1' },\n    // googleTagManager: { containerId: 'GTM-1' },\n  }]],\n  themeConfig: {\n    algolia: { appId: 'X', apiKey: 'Y', indexName: 'z' },\n  },\n};\nexport default config;\n",
    });
    expect(named).toMatchObject({ Docusaurus: "website/docusaurus.config.ts", "Google Analytics": "website/docusaurus.config.ts", Algolia: "website/docusaurus.config.ts" });
    expect(Object.keys(named)).not.toContain("Google Tag Manager");
    const vite = await tools({ "docs/.vitepress/config.mts": "export default defineConfig({\n  themeConfig: {\n    search: {\n      provider: 'algolia',\n      options: { appId: 'A', apiKey: 'B', indexName: 'c' }\n    }\n  }\n})\n" });
    expect(vite.tools).toMatchObject({ Algolia: "docs/.vitepress/config.mts" });
    const local = await tools({ "docs/.vitepress/config.mts": "export default defineConfig({\n  themeConfig: {\n    search: { provider: 'local' }\n  }\n})\n" });
    expect(Object.keys(local.tools)).not.toContain("Algolia");
    const vue = await tools({ "docs/.vuepress/config.js": "module.exports = {\n  themeConfig: {\n    algolia: { apiKey: '<API_KEY>', indexName: '<INDEX_NAME>' }\n  }\n}\n" });
    expect(vue.tools).toMatchObject({ VuePress: "docs/.vuepress/config.js", Algolia: "docs/.vuepress/config.js" });
  });

  it("pelicanconf.py, book.toml and a Jupyter Book's _config.yml, read as text or data", async () => {
    const { tools: pelican } = await tools({ "pelicanconf.py": "AUTHOR = 'Ana'\nDISQUS_SITENAME = 'ana'\nGOOGLE_ANALYTICS = 'UA-9999-1'\n# GOOGLE_TAG_MANAGER = 'GTM-1'\n" });
    expect(pelican).toMatchObject({ Disqus: "pelicanconf.py", "Google Analytics": "pelicanconf.py" });
    const { tools: mdbook } = await tools({ "book.toml": '[book]\ntitle = "Book"\n\n[output.html]\ngoogle-analytics = "UA-000000-3"\n' });
    expect(mdbook).toMatchObject({ "Google Analytics": "book.toml" });
    const { tools: jbook } = await tools({ "book/_config.yml": "title: Course\nexecute:\n  execute_notebooks: force\nhtml:\n  google_analytics_id: G-JBOOK\n", "book/_toc.yml": "format: jb-book\nroot: intro\n" });
    expect(jbook).toMatchObject({ "Google Analytics": "book/_config.yml" });
    expect(Object.keys(jbook)).not.toContain("Jekyll");
  });

  it("Read the Docs' build.tools pin Python's and Node.js's releases; aliases and conda distributions none", async () => {
    const { findings, warnings } = await detectorFindings(siteGeneratorsDetector, {
      ".readthedocs.yaml": 'version: 2\nbuild:\n  os: ubuntu-22.04\n  tools:\n    python: "3.12"\n    nodejs: "20"\n    rust: latest\n',
      "docs/.readthedocs.yml": "version: 2\nbuild:\n  os: ubuntu-22.04\n  tools:\n    python: mambaforge-22.9\n",
      "site/.readthedocs.yml": "version: 2\nbuild:\n  os: ubuntu-24.04\n  tools:\n    python: \"3\"\n",
      "py/.readthedocs.yml": "version: 2\npython:\n  install:\n    - requirements: docs/requirements.txt\nbuild:\n  os: ubuntu-22.04\n  tools:\n    python: \"3.10\"\n",
      "old/.readthedocs.yml": "version: 2\npython:\n  version: 3.8\n  install:\n    - requirements: docs/requirements.txt\n",
    });
    expect(findings).toEqual([
      { ref: "version-manager:python", file: ".readthedocs.yaml", line: 5, declared: "3.12", version: "3.12" },
      { ref: "version-manager:nodejs", file: ".readthedocs.yaml", line: 6, declared: "20", version: "20.0.0" },
      { ref: "version-manager:python", file: "old/.readthedocs.yml", line: 3, declared: "3.8", version: "3.8" },
      { ref: "version-manager:python", file: "py/.readthedocs.yml", line: 8, declared: "3.10", version: "3.10" },
      { ref: "version-manager:python", file: "site/.readthedocs.yml", line: 5, declared: "3" },
    ]);
    expect(warnings).toEqual([]);
  });

  it("a huge script configuration is read in bounded time", async () => {
    const text = `export default {\n${"  key: { a: 'b' },\n".repeat(100_000)}  algolia: {}\n}\n`;
    const { findings } = await expectFinishesWithin(() => detectorFindings(siteGeneratorsDetector, { "docusaurus.config.js": text }), 30, "100,000 keys of a script configuration");
    expect(findings).toEqual([{ ref: "site-setting:docusaurus:algolia", file: "docusaurus.config.js", line: 100_002 }]);
  });
});

describe("site generators' plugin packages", () => {
  it("Docusaurus's and VuePress's own plugins name the service they wire in, versioning only Docusaurus", async () => {
    const { tools: named, versions } = await tools({
      "package.json": JSON.stringify({ dependencies: { "@docusaurus/core": "3.4.0", "@docusaurus/plugin-google-gtag": "3.4.0", "@docusaurus/plugin-google-tag-manager": "3.4.0", "@docusaurus/theme-search-algolia": "3.4.0" } }),
    });
    expect(named).toMatchObject({ Docusaurus: "package.json", "Google Analytics": "package.json", "Google Tag Manager": "package.json", Algolia: "package.json" });
    expect(versions).toMatchObject({ Docusaurus: "3.4.0" });
    expect(versions["Google Analytics"]).toBeUndefined();
    const vue = await tools({ "package.json": JSON.stringify({ devDependencies: { vuepress: "1.9.9", "@vuepress/plugin-google-analytics": "1.9.10", "@vuepress/plugin-docsearch": "2.0.0" } }) });
    expect(vue.tools).toMatchObject({ VuePress: "package.json", "Google Analytics": "package.json", Algolia: "package.json" });
    expect(vue.versions.VuePress).toBe("1.9.9");
  });

  it("jekyll-algolia and sphinxcontrib-googleanalytics name Algolia and Google Analytics", async () => {
    const jekyll = await tools({ Gemfile: 'source "https://rubygems.org"\ngem "jekyll", "~> 4.3"\ngroup :jekyll_plugins do\n  gem "jekyll-algolia", "~> 1.7"\nend\n' });
    expect(jekyll.tools).toMatchObject({ Jekyll: "Gemfile", Algolia: "Gemfile" });
    expect(jekyll.versions.Jekyll).toBe("4.3");
    const sphinx = await tools({ "docs/requirements.txt": "sphinx==7.2.6\nsphinxcontrib-googleanalytics==0.4\n" });
    expect(sphinx.tools).toMatchObject({ "Google Analytics": "docs/requirements.txt" });
  });
});

describe("MkDocs' release", () => {
  // The site files MkDocs under Search Engines, and Material for MkDocs' image names it with the
  // theme's tag (`[~, mkdocs]`): that made MkDocs look like a search server run from an image, whose
  // packages are only its clients, and its own PyPI package's release was dropped.
  it("comes from the mkdocs package a requirements file pins, beside the theme and its image", async () => {
    const { versions } = await tools({
      "mkdocs.yml": "site_name: Lib\ntheme:\n  name: material\n",
      "docs/requirements.txt": "mkdocs==1.5.3\nmkdocs-material==9.5.17\n",
      ".gitlab-ci.yml": "pages:\n  image: squidfunk/mkdocs-material:9.5.17\n  script: [mkdocs build -d public]\n  artifacts:\n    paths: [public]\n",
    });
    expect(versions.MkDocs).toBe("1.5.3");
  });
});
