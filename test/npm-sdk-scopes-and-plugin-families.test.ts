import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// A hosted service's own npm scope names the service from any package of it; a framework's or a
// build tool's plugins and adapters name it without lending it their own release.
const toolsOf = async (files: Record<string, string>): Promise<Map<string, ToolEntry>> => {
  const { document } = await scan(new MemorySource(files), { git: false, disable: ["languages"] });
  return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
};
const manifest = (name: string, fields: Record<string, Record<string, string>>) => JSON.stringify({ name, version: "0.1.0", private: true, ...fields });

describe("npm service scopes, framework plugins and tool plugin families", () => {
  it("a service's SDK packages beyond the ones first keyed name the service: Clerk, Supabase, Upstash, Okta, S3 helpers, Vercel, Netlify", async () => {
    // A Next.js SaaS starter's package.json.
    const web = manifest("saas", { dependencies: {
      "@clerk/backend": "^1.13.0", "@supabase/auth-ui-react": "^0.4.7", "@upstash/qstash": "^2.7.9", "@okta/jwt-verifier": "^4.0.1",
      "@aws-sdk/s3-request-presigner": "^3.654.0", "@vercel/blob": "^0.24.0", "@netlify/plugin-nextjs": "^5.7.2",
      "@googlemaps/markerclusterer": "^2.5.3", "@newrelic/next": "^0.10.0", "reactfire": "^4.2.3",
    } });
    const t = await toolsOf({ "package.json": web });
    expect([...t.keys()]).toEqual(expect.arrayContaining(["Clerk", "Supabase", "Upstash", "Okta", "Amazon S3", "Vercel", "Netlify", "Google Maps", "New Relic", "Firebase"]));
  });

  it("framework plugins and adapters name the framework without their own release: Fastify, Astro, tRPC, React Router 7 (Capacitor's are package entries)", async () => {
    const api = manifest("api", { dependencies: { "@fastify/cors": "^9.0.1", "@fastify/static": "^7.0.4", "@trpc/react-query": "^10.45.2", "koa-bodyparser": "^4.4.1" } });
    const site = manifest("site", { dependencies: { "@astrojs/react": "^3.6.2", "@astrojs/netlify": "^5.5.3", "@react-router/node": "^7.0.1" } });
    const mobile = manifest("mobile", { dependencies: { "@capacitor/app": "^6.0.1", "@capacitor/camera": "^6.0.2" } });
    const t = await toolsOf({ "api/package.json": api, "site/package.json": site, "mobile/package.json": mobile });
    expect([...t.keys()]).toEqual(expect.arrayContaining(["Fastify", "tRPC", "Koa", "Astro", "Netlify", "React Router"]));
    expect(t.has("Capacitor")).toBe(false);
    for (const name of ["Fastify", "Astro", "Koa"]) { expect(t.get(name), name).toBeDefined(); expect(t.get(name)?.version, name).toBeUndefined(); }
  });

  it("Remix's deploy adapters name the platform beside Remix; the Remix ones carry Remix's release", async () => {
    const netlify = manifest("shop", { dependencies: { "@remix-run/netlify": "1.19.3", "@remix-run/react": "1.19.3" } });
    const vercel = manifest("blog", { dependencies: { "@vercel/remix": "2.9.2" } });
    const edge = manifest("edge", { dependencies: { "@netlify/remix-adapter": "2.4.0" } });
    const shop = await toolsOf({ "package.json": netlify });
    expect(shop.get("Netlify")).toBeDefined();
    expect(shop.get("Remix")?.version).toBe("1.19.3");
    const blog = await toolsOf({ "package.json": vercel });
    expect(blog.get("Vercel")).toBeDefined();
    expect(blog.get("Remix")).toBeDefined();
    expect((await toolsOf({ "package.json": edge })).get("Netlify")).toBeDefined();
  });

  it("React Router's router core and Remix's web polyfills under @remix-run/ name no Remix", async () => {
    const spa = manifest("spa", { dependencies: { "react-router-dom": "6.22.3", "@remix-run/router": "1.15.3", "@remix-run/web-fetch": "4.4.2", "@remix-run/node-fetch-server": "0.8.0" } });
    const t = await toolsOf({ "package.json": spa });
    expect(t.has("Remix")).toBe(false);
    expect(t.get("React Router")?.version).toBe("6.22.3");
    // the router core alone names React Router, without lending it its 1.x
    const core = await toolsOf({ "package.json": manifest("core", { dependencies: { "@remix-run/router": "1.15.3" } }) });
    expect(core.has("Remix")).toBe(false);
    expect(core.get("React Router")?.version).toBeUndefined();
  });

  it("a tool's plugin family by its naming convention names the tool: ESLint, Babel, Jest, Mocha, gulp, Grunt, Vite, Stylelint, Prettier", async () => {
    // A lint-config package of a monorepo (no `eslint` of its own, a peer of the root's) and an
    // older library built with gulp and Grunt tasks.
    const config = manifest("eslint-config-acme", { dependencies: {
      "eslint-plugin-react-hooks": "^4.6.2", "@typescript-eslint/eslint-plugin": "^7.18.0", "stylelint-scss": "^6.5.1", "prettier-plugin-tailwindcss": "^0.6.6",
    } });
    const lib = manifest("widget", { devDependencies: {
      "@babel/preset-react": "^7.24.7", "babel-plugin-module-resolver": "^5.0.2", "jest-junit": "^16.0.0", "mocha-lcov-reporter": "^1.3.0",
      "gulp-sass": "^5.1.0", "grunt-contrib-watch": "^1.1.0", "vite-plugin-pwa": "^0.20.5", "mini-css-extract-plugin": "^2.9.1",
    } });
    const t = await toolsOf({ "packages/eslint-config/package.json": config, "package.json": lib });
    expect([...t.keys()]).toEqual(expect.arrayContaining(["ESLint", "Stylelint", "Prettier", "Babel", "Jest", "Mocha", "gulp", "Grunt", "Vite", "Webpack"]));
    for (const name of ["ESLint", "Babel", "Jest", "gulp", "Vite"]) { expect(t.get(name), name).toBeDefined(); expect(t.get(name)?.version, name).toBeUndefined(); }
  });

  it("a PostCSS-named library is not a PostCSS plugin, nor @parcel/watcher Parcel, nor Nest's ts-loader webpack", async () => {
    const app = manifest("app", { dependencies: { "postcss-selector-parser": "^6.1.2", "@parcel/watcher": "^2.4.1", "ts-loader": "^9.5.1" } });
    const t = await toolsOf({ "package.json": app });
    for (const name of ["PostCSS", "Parcel", "Webpack"]) expect(t.has(name), name).toBe(false);
  });
});
