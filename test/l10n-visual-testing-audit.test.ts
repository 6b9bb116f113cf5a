import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// Repositories of localization and visual/browser testing as they are laid out: a React app synced
// with Crowdin or Tolgee, a Flutter app with Localazy, a Python app translated on Weblate, a design
// system with Chromatic and Percy, an end-to-end suite run on BrowserStack and Sauce Labs.
const detect = async (files: Record<string, string>): Promise<Map<string, ToolEntry>> => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
};

const lock = (packages: Record<string, string>, dev: Record<string, string> = {}): string =>
  JSON.stringify({
    name: "app",
    lockfileVersion: 3,
    requires: true,
    packages: {
      "": { name: "app", dependencies: Object.fromEntries(Object.keys(packages).map((n) => [n, "*"])), devDependencies: Object.fromEntries(Object.keys(dev).map((n) => [n, "*"])) },
      ...Object.fromEntries(Object.entries({ ...packages, ...dev }).map(([n, v]) => [`node_modules/${n}`, { version: v, license: "MIT" }])),
    },
  });

const app = (dependencies: Record<string, string>, devDependencies: Record<string, string> = {}): Record<string, string> => ({
  "package.json": JSON.stringify({ name: "app", version: "1.0.0", dependencies: Object.fromEntries(Object.keys(dependencies).map((n) => [n, `^${dependencies[n]}`])), devDependencies: Object.fromEntries(Object.keys(devDependencies).map((n) => [n, `^${devDependencies[n]}`])) }),
  "package-lock.json": lock(dependencies, devDependencies),
});

const workflow = (...uses: string[]): string =>
  ["on: push", "jobs:", "  sync:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4", ...uses.map((u) => `      - uses: ${u}`), ""].join("\n");

describe("translation services", () => {
  it("each service's own configuration file names it, without a release", async () => {
    const crowdin = await detect({ "crowdin.yml": "project_id_env: CROWDIN_PROJECT_ID\nfiles:\n  - source: /locales/en/*.json\n    translation: /locales/%two_letters_code%/%original_file_name%\n" });
    expect(crowdin.get("Crowdin")?.detection_source).toBe("crowdin.yml");
    expect(crowdin.get("Crowdin")?.version).toBeUndefined();
    const tolgee = await detect({ ".tolgeerc": '{"$schema":"https://docs.tolgee.io/cli-schema.json","projectId":4212,"format":"JSON_TOLGEE"}\n' });
    expect(tolgee.get("Tolgee")?.category).toBe("Application Utilities");
    expect(tolgee.get("Tolgee")?.sub_category).toBe("Translation Service");
    const module = await detect({ "tolgee.config.js": "module.exports = { projectId: 4212 };\n" });
    expect(module.get("Tolgee")?.detection_source).toBe("tolgee.config.js");
    const localazy = await detect({ "localazy.json": '{"upload":{"type":"arb","files":"lib/l10n/app_en.arb"},"download":{"files":"lib/l10n/app_${lang}.arb"}}\n' });
    expect(localazy.get("Localazy")?.sub_category).toBe("Translation Service");
    expect(localazy.get("Localazy")?.version).toBeUndefined();
    const weblate = await detect({ ".weblate": "[weblate]\nurl = https://hosted.weblate.org/api/\ntranslation = pomodoro/app\n" });
    expect(weblate.get("Weblate")?.detection_source).toBe(".weblate");
    const tx = "git:\n  filters:\n    - filter_type: file\n      file_format: PO\n      source_file: locale/en.po\n      source_language: en\n      translation_files_expression: 'locale/<lang>.po'\n";
    expect((await detect({ "transifex.yml": tx })).get("Transifex")?.detection_source).toBe("transifex.yml");
    expect((await detect({ ".tx/transifex.yaml": tx })).has("Transifex")).toBe(true);
  });

  it("the services' own GitHub actions name them", async () => {
    const tools = await detect({
      ".github/workflows/l10n.yml": workflow("lokalise/lokalise-push-action@v3.1.0", "localazy/upload@v1", "transifex/cli-action@v2"),
    });
    expect(tools.get("Lokalise")?.detection_source).toBe(".github/workflows/l10n.yml");
    expect(tools.get("Localazy")?.detection_source).toBe(".github/workflows/l10n.yml");
    expect(tools.get("Localazy")?.version).toBeUndefined();
    expect(tools.has("Transifex")).toBe(true);
  });

  it("the SDKs and clients name their service; an open platform's SDK lends it no release", async () => {
    const tolgee = await detect(app({ "@tolgee/react": "5.28.2", react: "18.3.1" }, { "@tolgee/cli": "2.1.6" }));
    expect(tolgee.get("Tolgee")?.detection_source).toBe("package.json");
    expect(tolgee.get("Tolgee")?.version).toBeUndefined();
    const others = await detect(app({ "@transifex/native": "7.1.6", "@crowdin/ota-client": "2.1.1" }, { "@localazy/cli": "2.0.12" }));
    expect([...others.keys()].filter((n) => ["Transifex", "Crowdin", "Localazy"].includes(n)).sort()).toEqual(["Crowdin", "Localazy", "Transifex"]);
    const python = await detect({ "requirements.txt": "wlc==1.14\ntransifex-python==3.7.0\nphrase-api==3.5.0\n" });
    expect(python.get("Weblate")?.version).toBeUndefined();
    expect(python.has("Transifex")).toBe(true);
    expect(python.has("Phrase")).toBe(true);
    const server = await detect({ "requirements.txt": "Weblate[all]==5.5.5\n" });
    expect(server.get("Weblate")?.version).toBe("5.5.5");
    const gem = await detect({ Gemfile: 'source "https://rubygems.org"\ngem "phrase", "~> 2.29"\n' });
    expect(gem.has("Phrase")).toBe(true);
    const ruby = await detect({ Gemfile: 'source "https://rubygems.org"\ngem "ruby-lokalise-api", "~> 9.0"\ngem "crowdin-api", "~> 1.10"\n' });
    expect(ruby.has("Lokalise")).toBe(true);
    expect(ruby.has("Crowdin")).toBe(true);
    const php = await detect({ "composer.json": JSON.stringify({ require: { php: "^8.2", "lokalise/php-lokalise-api": "^4.3", "crowdin/crowdin-api-client": "^1.14" } }) });
    expect(php.has("Lokalise")).toBe(true);
    expect(php.has("Crowdin")).toBe(true);
  });

  it("a self-hosted Tolgee platform's image gives its release; the Lighthouse CI server's image gives Lighthouse none", async () => {
    const tools = await detect({
      "docker-compose.yml": "services:\n  tolgee:\n    image: tolgee/tolgee:v3.62.0\n  lhci:\n    image: patrickhulce/lhci-server:0.13.2\n",
    });
    expect(tools.get("Tolgee")?.version).toBe("3.62.0");
    expect(tools.has("Google Lighthouse")).toBe(true);
    expect(tools.get("Google Lighthouse")?.version).toBeUndefined();
  });

  it("Babel's message catalogues (babel.cfg, the Babel package) are not the JavaScript compiler", async () => {
    const tools = await detect({ "babel.cfg": "[python: **.py]\n", "requirements.txt": "Babel==2.15.0\nDjango==4.2.13\ncelery==5.4.0\n" });
    expect(tools.has("Babel")).toBe(false);
    expect(tools.has("Celery")).toBe(true);
  });
});

describe("visual and browser testing services", () => {
  it("Chromatic's CLI names Chromatic without the CLI's release; Storybook's default addon does not name it", async () => {
    const cli = await detect(app({}, { chromatic: "11.5.4", storybook: "8.1.10" }));
    expect(cli.get("Chromatic")?.detection_source).toBe("package.json");
    expect(cli.get("Chromatic")?.version).toBeUndefined();
    expect(cli.get("Storybook")?.version).toBe("8.1.10");
    const playwright = await detect(app({}, { "@chromatic-com/playwright": "0.14.12" }));
    expect(playwright.get("Chromatic")?.version).toBeUndefined();
    const addon = await detect(app({}, { "@chromatic-com/storybook": "1.5.0", storybook: "8.1.10" }));
    expect(addon.has("Chromatic")).toBe(false);
  });

  it("Percy's SDKs, WebdriverIO's cloud services and the grids' own CLIs name the grid", async () => {
    const tools = await detect(
      app({}, { "@percy/playwright": "1.0.5", "@wdio/cli": "8.39.0", "@wdio/sauce-service": "8.39.0", "@wdio/browserstack-service": "8.39.0" }),
    );
    expect(tools.has("Percy")).toBe(true);
    expect(tools.has("Sauce Labs")).toBe(true);
    expect(tools.has("BrowserStack")).toBe(true);
    expect(tools.get("WebdriverIO")?.version).toBe("8.39.0");
    const sdk = await detect(app({}, { "browserstack-node-sdk": "1.34.7", saucectl: "0.180.0" }));
    expect(sdk.get("BrowserStack")?.version).toBeUndefined();
    expect(sdk.has("Sauce Labs")).toBe(true);
    const gem = await detect({ Gemfile: 'source "https://rubygems.org"\ngroup :test do\n  gem "percy-capybara", "~> 5.0"\nend\n' });
    expect(gem.has("Percy")).toBe(true);
    const python = await detect({ "requirements-dev.txt": "percy-playwright==1.0.3\nplaywright==1.44.0\n" });
    expect(python.has("Percy")).toBe(true);
    const action = await detect({ ".github/workflows/e2e.yml": workflow("saucelabs/saucectl-run-action@v4") });
    expect(action.get("Sauce Labs")?.detection_source).toBe(".github/workflows/e2e.yml");
  });

  it("the grids' SDKs by vendor scope, and the Percy and BrowserStack CLIs' other configuration files", async () => {
    const tools = await detect(app({}, { "@lambdatest/smartui-cli": "4.1.19", "@saucelabs/playwright-reporter": "1.6.0", "browserstack-cypress-cli": "1.36.7" }));
    expect(tools.get("LambdaTest")?.version).toBeUndefined();
    expect(tools.has("Sauce Labs")).toBe(true);
    expect(tools.has("BrowserStack")).toBe(true);
    const lhci = await detect(app({ "@lhci/server": "0.13.2" }));
    expect(lhci.has("Google Lighthouse")).toBe(true);
    expect(lhci.get("Google Lighthouse")?.version).toBeUndefined();
    const theme = await detect(app({}, { "@saucelabs/theme-github-codeblock": "0.3.0" }));
    expect(theme.has("Sauce Labs")).toBe(false);
    expect((await detect({ ".percyrc": "version: 2\nsnapshot:\n  widths: [375, 1280]\n" })).get("Percy")?.detection_source).toBe(".percyrc");
    expect((await detect({ "percy.config.js": "module.exports = { version: 2 };\n" })).has("Percy")).toBe(true);
    const cypress = await detect({ "browserstack.json": '{"auth":{"username":"BROWSERSTACK_USERNAME"},"browsers":[{"browser":"chrome","os":"Windows 11","versions":["latest"]}],"run_settings":{"cypress_config_file":"./cypress.config.js"}}\n' });
    expect(cypress.get("BrowserStack")?.detection_source).toBe("browserstack.json");
    const hyper = await detect({ "hyperexecute.yaml": "version: 0.1\nrunson: linux\nautosplit: true\nconcurrency: 4\ntestDiscovery:\n  type: raw\n  mode: dynamic\n  command: grep -lr 'describe' cypress/e2e\n" });
    expect(hyper.get("LambdaTest")?.detection_source).toBe("hyperexecute.yaml");
  });
});

describe("content services", () => {
  it("Contentful's live preview SDK and app SDK name Contentful", async () => {
    expect((await detect(app({ "@contentful/live-preview": "4.10.20" }))).has("Contentful")).toBe(true);
    expect((await detect(app({ "@contentful/app-sdk": "4.29.0" }))).has("Contentful")).toBe(true);
    expect((await detect(app({}, { "contentful-export": "7.19.160" }))).has("Contentful")).toBe(true);
  });

  it("the CMSs' own Gatsby plugins, CLIs and framework kits name them, each on its own numbering", async () => {
    const gatsby = await detect(app({ gatsby: "5.13.6", "gatsby-source-sanity": "7.9.1", "gatsby-source-storyblok": "6.0.3", "gatsby-plugin-decap-cms": "4.0.4" }));
    expect(gatsby.has("Sanity")).toBe(true);
    expect(gatsby.get("Sanity")?.version).toBeUndefined();
    expect(gatsby.has("Storyblok")).toBe(true);
    expect(gatsby.get("Netlify CMS")).toBeDefined();
    expect(gatsby.get("Netlify CMS")?.version).toBeUndefined();
    const kits = await detect(app({ "@prismicio/vue": "4.2.2", nuxt: "3.12.2" }, { storyblok: "3.31.0" }));
    expect(kits.has("prismic.io")).toBe(true);
    expect(kits.has("Storyblok")).toBe(true);
    const slices = await detect(app({}, { "slice-machine-ui": "1.27.0" }));
    expect(slices.has("prismic.io")).toBe(true);
    const tina = await detect(app({}, { "@tinacms/cli": "1.5.47", "@tinacms/datalayer": "1.3.0" }));
    expect(tina.has("TinaCMS")).toBe(true);
    expect(tina.get("TinaCMS")?.version).toBeUndefined();
  });
});
