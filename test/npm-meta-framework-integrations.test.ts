import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// Front-end meta-frameworks as their apps are laid out: the adapter or preset that deploys the app
// names the platform it runs on, and a framework's module, addon or plugin that wires in a library
// or a service names that, never at the module's own release.
const toolsOf = async (files: Record<string, string>): Promise<Map<string, ToolEntry>> => {
  const { document } = await scan(new MemorySource(files), { git: false, disable: ["languages"] });
  return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
};

/** A package.json and the package-lock.json v3 that installed `installed` (declared or not). */
const npmApp = (deps: Record<string, string>, installed: Record<string, string>, devDeps: Record<string, string> = {}): Record<string, string> => {
  const packages: Record<string, unknown> = { "": { name: "app", version: "0.1.0", dependencies: deps, devDependencies: devDeps } };
  for (const [name, version] of Object.entries(installed)) packages[`node_modules/${name}`] = { version, resolved: `https://registry.npmjs.org/${name}/-/${name.split("/").pop()}-${version}.tgz` };
  return {
    "package.json": JSON.stringify({ name: "app", version: "0.1.0", private: true, dependencies: deps, devDependencies: devDeps }),
    "package-lock.json": JSON.stringify({ name: "app", version: "0.1.0", lockfileVersion: 3, requires: true, packages }),
  };
};

describe("meta-framework adapters name the platform the app is deployed to", () => {
  it("React Router 7 on Vercel's or Netlify's preset: the platform, React Router at react-router's release", async () => {
    const deps = { "@react-router/node": "^7.1.1", "@react-router/serve": "^7.1.1", "react": "^19.0.0", "react-dom": "^19.0.0", "react-router": "^7.1.1" };
    const installed = { "@react-router/node": "7.1.1", "@react-router/serve": "7.1.1", "react": "19.0.0", "react-dom": "19.0.0", "react-router": "7.1.5", "@react-router/dev": "7.1.1", "vite": "5.4.14" };
    const dev = { "@react-router/dev": "^7.1.1", "vite": "^5.4.11" };
    const vercel = await toolsOf(npmApp({ ...deps, "@vercel/react-router": "^1.0.2" }, { ...installed, "@vercel/react-router": "1.0.2" }, dev));
    expect(vercel.get("Vercel")?.detection_source).toBe("package.json");
    expect(vercel.get("Vercel")?.version).toBeUndefined();
    expect(vercel.get("React Router")?.version).toBe("7.1.5");
    const netlify = await toolsOf(npmApp(deps, installed, { ...dev, "@netlify/vite-plugin-react-router": "^1.0.1" }));
    expect(netlify.has("Netlify")).toBe(true);
    expect(netlify.get("React Router")?.version).toBe("7.1.5");
  });

  it("Astro's Cloudflare adapter names Cloudflare Pages, its Tailwind integration Tailwind CSS, neither at the integration's release", async () => {
    const t = await toolsOf(
      npmApp(
        { "astro": "^4.10.1", "@astrojs/cloudflare": "^10.4.1", "@astrojs/tailwind": "^5.1.0", "@astrojs/mdx": "^3.1.0" },
        { "astro": "4.10.2", "@astrojs/cloudflare": "10.4.1", "@astrojs/tailwind": "5.1.0", "@astrojs/mdx": "3.1.0" },
      ),
    );
    expect(t.get("Astro")?.version).toBe("4.10.2");
    expect(t.get("Cloudflare Pages")).toBeDefined();
    expect(t.get("Cloudflare Pages")?.version).toBeUndefined();
    expect(t.has("Tailwind CSS")).toBe(true);
    expect(t.get("Tailwind CSS")?.version).toBeUndefined();
  });

  it("Remix's and React Router's Cloudflare runtimes and OpenNext's Cloudflare adapter name Cloudflare Workers", async () => {
    const remix = await toolsOf(npmApp({ "@remix-run/cloudflare": "^2.9.2", "@remix-run/react": "^2.9.2" }, { "@remix-run/cloudflare": "2.9.2", "@remix-run/react": "2.9.2" }));
    expect(remix.has("Cloudflare Workers")).toBe(true);
    expect(remix.get("Remix")?.version).toBe("2.9.2");
    const rr = await toolsOf(npmApp({ "@react-router/cloudflare": "^7.1.1", "react-router": "^7.1.1" }, { "@react-router/cloudflare": "7.1.1", "react-router": "7.1.1" }));
    expect(rr.has("Cloudflare Workers")).toBe(true);
    const next = await toolsOf(npmApp({ "next": "14.2.3", "react": "^18" }, { "next": "14.2.3", "react": "18.3.1", "@opennextjs/cloudflare": "0.2.1" }, { "@opennextjs/cloudflare": "^0.2.1" }));
    expect(next.get("Cloudflare Workers")?.version).toBeUndefined();
    expect(next.get("Next.js")?.version).toBe("14.2.3");
  });

  it("Angular's @angular/ssr is Angular Universal at its own release (the CLI's), Angular at @angular/core's", async () => {
    const t = await toolsOf(
      npmApp(
        { "@angular/core": "^17.3.0", "@angular/common": "^17.3.0", "@angular/platform-server": "^17.3.0", "@angular/ssr": "^17.3.8", "@netlify/angular-runtime": "^2.1.0" },
        { "@angular/core": "17.3.10", "@angular/common": "17.3.10", "@angular/platform-server": "17.3.10", "@angular/ssr": "17.3.8", "@netlify/angular-runtime": "2.1.0" },
      ),
    );
    expect(t.get("Angular")?.version).toBe("17.3.10");
    expect(t.get("Angular Universal")?.version).toBe("17.3.8");
    expect(t.has("Netlify")).toBe(true);
  });

  it("Amplify's Next.js adapter names AWS Amplify without its own numbering; Railway's CLI names Railway", async () => {
    const amplify = await toolsOf(npmApp({ "next": "14.2.3", "@aws-amplify/adapter-nextjs": "^1.2.10" }, { "next": "14.2.3", "@aws-amplify/adapter-nextjs": "1.2.10" }));
    expect(amplify.has("AWS Amplify")).toBe(true);
    expect(amplify.get("AWS Amplify")?.version).toBeUndefined();
    const railway = await toolsOf(npmApp({ "next": "14.2.3" }, { "next": "14.2.3", "@railway/cli": "3.11.0" }, { "@railway/cli": "^3.11.0" }));
    expect(railway.get("Railway")?.detection_source).toBe("package.json");
    expect(railway.get("Railway")?.version).toBeUndefined();
  });

  it("Vercel's Functions helpers and Nuxt 2's Vercel builder name Vercel", async () => {
    const fns = await toolsOf(npmApp({ "@vercel/functions": "^1.0.2" }, { "@vercel/functions": "1.0.2" }));
    expect(fns.has("Vercel")).toBe(true);
    const nuxt = await toolsOf(npmApp({ "nuxt": "^2.17.3" }, { "nuxt": "2.17.3" }, { "@nuxtjs/vercel-builder": "^0.24.0" }));
    expect(nuxt.has("Vercel")).toBe(true);
  });
});

describe("framework modules, addons and plugins that wire in a library or a service", () => {
  it("Nuxt 3's ESLint module names ESLint at the release installed, not the module's", async () => {
    const t = await toolsOf(npmApp({ "nuxt": "^3.11.2" }, { "nuxt": "3.11.2", "@nuxt/eslint": "0.3.13", "eslint": "9.3.0" }, { "@nuxt/eslint": "^0.3.13" }));
    expect(t.get("ESLint")?.version).toBe("9.3.0");
    expect(t.get("Nuxt.js")?.version).toBe("3.11.2");
  });

  it("Nuxt's service modules name the service, none at the module's release", async () => {
    const t = await toolsOf(
      npmApp(
        { "nuxt": "^3.11.2", "@nuxtjs/supabase": "^1.2.2", "@nuxtjs/sanity": "^1.12.1", "@nuxtjs/strapi": "^1.12.0", "@nuxtjs/gtm": "^2.4.0" },
        { "nuxt": "3.11.2", "@nuxtjs/supabase": "1.2.2", "@nuxtjs/sanity": "1.12.1", "@nuxtjs/strapi": "1.12.0", "@nuxtjs/gtm": "2.4.0" },
        { "@nuxtjs/stylelint-module": "^5.2.0" },
      ),
    );
    for (const name of ["Supabase", "Sanity", "Strapi", "Google Tag Manager", "Stylelint"]) {
      expect(t.has(name), name).toBe(true);
      expect(t.get(name), name).toBeDefined();
      expect(t.get(name)?.version, name).toBeUndefined();
    }
  });

  it("a Gatsby site's source and plugin packages name its CMSs, store, search, analytics and host", async () => {
    const deps = {
      "gatsby": "^5.13.5",
      "gatsby-source-datocms": "^5.1.9",
      "gatsby-source-shopify": "^8.13.2",
      "gatsby-source-wordpress": "^7.13.4",
      "gatsby-source-strapi": "^3.3.3",
      "gatsby-plugin-algolia": "^1.0.3",
      "gatsby-plugin-google-tagmanager": "^5.13.1",
      "gatsby-plugin-netlify": "^5.1.1",
      "gatsby-plugin-sass": "^6.13.1",
      "gatsby-source-filesystem": "^5.13.1",
    };
    const installed = Object.fromEntries(Object.entries(deps).map(([n, r]) => [n, r.slice(1)]));
    const t = await toolsOf(npmApp(deps, { ...installed, "sass": "1.77.4" }));
    expect(t.get("Gatsby")?.version).toBe("5.13.5");
    for (const name of ["DatoCMS", "Shopify", "WordPress", "Strapi", "Algolia", "Google Tag Manager", "Netlify"]) {
      expect(t.has(name), name).toBe(true);
      expect(t.get(name), name).toBeDefined();
      expect(t.get(name)?.version, name).toBeUndefined();
    }
    // gatsby-plugin-sass needs `sass` beside it: the lockfile's copy gives Sass its release, not the plugin's 6.13.1.
    expect(t.get("Sass")?.version).toBe("1.77.4");
  });

  it("Ember CLI addons name Sass, Amazon S3 and Apollo, not at the addon's release", async () => {
    const t = await toolsOf(
      npmApp({}, { "ember-source": "5.8.0", "ember-cli-sass": "11.0.1", "ember-cli-deploy-s3": "4.0.0", "ember-apollo-client": "5.0.0" }, { "ember-source": "~5.8.0", "ember-cli-sass": "^11.0.1", "ember-cli-deploy-s3": "^4.0.0", "ember-apollo-client": "^5.0.0" }),
    );
    expect(t.get("Ember.js")?.version).toBe("5.8.0");
    for (const name of ["Sass", "Amazon S3", "Apollo"]) {
      expect(t.has(name), name).toBe(true);
      expect(t.get(name), name).toBeDefined();
      expect(t.get(name)?.version, name).toBeUndefined();
    }
  });
});
