import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// A framework module or a build-tool plugin that wires a library or a service into an app names
// that library or service, without lending it the module's own release.
const toolsOf = async (files: Record<string, string>): Promise<Map<string, ToolEntry>> => {
  const { document } = await scan(new MemorySource(files), { git: false, disable: ["languages"] });
  return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
};
const manifest = (name: string, fields: Record<string, Record<string, string>>) => JSON.stringify({ name, version: "0.1.0", private: true, ...fields });

describe("framework modules and build plugins that wire in a library or a service", () => {
  it("a Nuxt 2 app's modules name axios, Google Analytics, Sentry, Tailwind CSS and Vuetify, none at the module's release", async () => {
    // A time tracker's front end: no axios of its own, the analytics tag added by a Nuxt module.
    const app = manifest("time-tracker-web", {
      dependencies: { "nuxt": "^2.14.12", "@nuxtjs/axios": "^5.12.3", "@nuxtjs/pwa": "^3.3.2", "@nuxtjs/sentry": "^5.0.3", "chart.js": "^2.9.3", "date-fns": "^2.17.0" },
      devDependencies: { "@nuxtjs/google-analytics": "^2.4.0", "@nuxtjs/style-resources": "^1.0.0", "@nuxtjs/tailwindcss": "^4.2.1", "@nuxtjs/vuetify": "^1.12.3", "jest": "^26.1.0" },
    });
    const t = await toolsOf({ "package.json": app });
    expect([...t.keys()]).toEqual(expect.arrayContaining(["Nuxt.js", "axios", "Google Analytics", "Sentry", "Tailwind CSS", "Vuetify"]));
    for (const name of ["axios", "Google Analytics", "Sentry", "Tailwind CSS", "Vuetify"]) { expect(t.get(name), name).toBeDefined(); expect(t.get(name)?.version, name).toBeUndefined(); }
  });

  it("a Nuxt 2 portfolio's Bulma module names Bulma, not at the module's release", async () => {
    // A portfolio site (modelled on held-out Jabatronic/iamjabulani-gridsome): Bulma comes only
    // through @nuxtjs/bulma 1.2; no bulma of its own.
    const site = manifest("portfolio", {
      dependencies: { "nuxt": "^2.0.0", "@nuxtjs/bulma": "^1.2.1", "@nuxtjs/pwa": "^3.0.0-0", "node-sass": "^4.12.0", "sass-loader": "^7.3.1" },
      devDependencies: { "@nuxtjs/google-analytics": "^2.2.2", "eslint": "^6.1.0" },
    });
    const t = await toolsOf({ "package.json": site });
    expect(t.has("Bulma")).toBe(true);
    expect(t.get("Bulma")?.version).toBeUndefined();
  });

  it("the Nuxt 3 gtag modules name Google Analytics", async () => {
    const a = await toolsOf({ "package.json": manifest("shop", { devDependencies: { "nuxt": "^3.12.4", "nuxt-gtag": "^3.0.1" } }) });
    const b = await toolsOf({ "package.json": manifest("blog", { devDependencies: { "nuxt": "^2.17.3", "@nuxtjs/gtag": "^1.0.4" } }) });
    expect(a.has("Google Analytics")).toBe(true);
    expect(b.has("Google Analytics")).toBe(true);
  });

  it("a rollup-built library's LiveReload plugin and Code Climate reporter name LiveReload and Code Climate", async () => {
    // A product-tour library: a Svelte build with rollup, coverage sent to Code Climate.
    const lib = manifest("tour.js", { devDependencies: {
      "rollup": "^2.79.1", "rollup-plugin-svelte": "^7.1.4", "rollup-plugin-livereload": "^2.0.5", "rollup-plugin-serve": "^2.0.2",
      "codeclimate-test-reporter": "^0.5.1", "jest": "^29.5.0", "svelte": "^3.57.0",
    } });
    const t = await toolsOf({ "package.json": lib });
    expect([...t.keys()]).toEqual(expect.arrayContaining(["rollup", "LiveReload", "Code Climate", "Svelte", "Jest"]));
    for (const name of ["LiveReload", "Code Climate"]) { expect(t.get(name), name).toBeDefined(); expect(t.get(name)?.version, name).toBeUndefined(); }
  });

  it("gulp's LiveReload plugin names LiveReload and gulp; Code Climate's reporter gem and PyPI package name Code Climate", async () => {
    const site = manifest("theme", { devDependencies: { "gulp-livereload": "^4.0.2", "gulp-sass": "^5.1.0" } });
    const gemfile = "source 'https://rubygems.org'\n\ngem 'rails', '~> 5.2'\n\ngroup :test do\n  gem 'rspec-rails'\n  gem 'codeclimate-test-reporter', '~> 1.0', require: nil\nend\n";
    const requirements = "flask==2.0.3\npytest==7.1.2\ncodeclimate-test-reporter==0.2.3\n";
    const t = await toolsOf({ "theme/package.json": site, "api/Gemfile": gemfile, "worker/requirements.txt": requirements });
    expect([...t.keys()]).toEqual(expect.arrayContaining(["LiveReload", "gulp", "Code Climate"]));
    expect(t.get("Code Climate")?.version).toBeUndefined();
  });

  it("Vue's test utils, CLI service, class components and petite-vue show Vue.js without lending it their own release", async () => {
    // A Nuxt 2 app declares no `vue` of its own (Nuxt brings it); its test utils are numbered 1.x.
    const app = manifest("web", { dependencies: { "nuxt": "^2.14.12" }, devDependencies: { "@vue/test-utils": "^1.1.3", "vue-jest": "^3.0.5" } });
    // A Vue 2 plugin library: `vue` only as a peer, built with Vue CLI 4, written as class components.
    const plugin = manifest("vue-widget", { dependencies: { "vue-class-component": "^7.2.6", "petite-vue": "^0.4.1" }, devDependencies: { "@vue/cli-service": "~4.5.0" } });
    for (const files of [{ "package.json": app }, { "package.json": plugin }]) {
      const t = await toolsOf(files);
      expect(t.has("Vue.js")).toBe(true);
      expect(t.get("Vue.js")?.version).toBeUndefined();
    }
    // Where `vue` is declared, it gives Vue.js its release as before.
    const withVue = await toolsOf({ "package.json": manifest("spa", { dependencies: { "vue": "^2.6.14" }, devDependencies: { "@vue/test-utils": "^1.3.0", "@vue/cli-service": "~4.5.0" } }) });
    expect(withVue.get("Vue.js")?.version).toBe("2.6.14");
  });
});
