import { describe, expect, it } from "vitest";
import { Catalog } from "../src/catalog/catalog.js";
import { NO_RANK_TRAITS } from "../src/catalog/rank-traits.js";
import { hasOwnPackage, isOtherScope, nameKey, namesTool, toolNames } from "../src/document/names.js";

// How package names are compared with a tool's names (src/document/names.ts), which decides whose
// version a tool takes: the package that is the tool, one named after it, or neither.
describe("a tool's names", () => {
  it("drops case, punctuation and a `js` suffix", () => {
    expect([...toolNames({ id: "vuejs", name: "Vue.js", aliases: ["vue"] })]).toEqual(["vue"]);
    expect([...toolNames({ id: "expressjs", name: "ExpressJS", aliases: ["express", "Express.js"] })]).toEqual(["express"]);
    expect([...toolNames({ id: "chartjs", name: "Chart.js" })]).toEqual(["chart"]);
    expect([...toolNames({ id: "nextjs", name: "Next.js", aliases: ["next-js"] })]).toEqual(["next"]);
    expect([...toolNames({ id: "ruby-on-rails", name: "Ruby on Rails", aliases: ["rails"] })]).toEqual(["rubyonrails", "rails"]);
  });

  it("keeps a name that is only `js`, and leaves out one with nothing to compare", () => {
    expect(nameKey("@eslint/js")).toBe("eslintjs");
    expect(nameKey("js")).toBe("js");
    expect(nameKey("JS")).toBe("js");
    expect(nameKey("@nestjs/core")).toBe("nestjscore");
    expect([...toolNames({ id: "cplusplus", name: "C++", aliases: ["++"] })]).toEqual(["cplusplus", "c"]);
  });
});

describe("whether a package names its tool", () => {
  const vue = toolNames({ id: "vuejs", name: "Vue.js" });
  const gin = toolNames({ id: "gin", name: "Gin" });
  const nest = toolNames({ id: "nestjs", name: "NestJS" });
  // The registries' naming rules as catalog/registries.yml gives them: Go's major paths, npm's typings.
  const naming = new Catalog({ registries: { go: { major_suffix: "/v{n}" }, npm: { typings_prefix: "@types/" } } }).rankTraits;

  it("by its whole name", () => {
    expect(namesTool("npm:vue", vue, { wholeName: true, naming })).toBe(true);
    expect(namesTool("npm:Vue.JS", vue, { wholeName: true, naming })).toBe(true);
    expect(namesTool("npm:@vue/cli", toolNames({ id: "vue-cli", name: "Vue CLI" }), { wholeName: true, naming })).toBe(true);
    expect(namesTool("npm:@nestjs/core", nest, { wholeName: true, naming })).toBe(false);
    expect(namesTool("go:github.com/gin-gonic/gin", gin, { wholeName: true, naming })).toBe(false);
  });

  it("or after it: the scope's core, a scoped package, the last part of a path or coordinates", () => {
    expect(namesTool("npm:@nestjs/core", nest, { naming })).toBe(true);
    expect(namesTool("npm:@nestjs/common", nest, { naming })).toBe(false);
    expect(namesTool("npm:@vitejs/vue", vue, { naming })).toBe(true);
    expect(namesTool("go:github.com/gin-gonic/gin", gin, { naming })).toBe(true);
    expect(namesTool("go:github.com/gin-gonic/gin-contrib", gin, { naming })).toBe(false);
    // A module's major path is named by what comes before its registry's `major_suffix` (Go's `/v{n}`),
    // and by its last element where the catalog gives the registry none.
    expect(namesTool("go:github.com/gin-gonic/gin/v2", gin, { naming })).toBe(true);
    expect(namesTool("go:github.com/gin-gonic/v2", gin, { naming })).toBe(false);
    expect(namesTool("go:github.com/gin-gonic/gin/v2", gin, { naming: NO_RANK_TRAITS })).toBe(false);
    expect(namesTool("docker:bitnami/redis", toolNames({ id: "redis", name: "Redis" }), { naming })).toBe(true);
    expect(namesTool("maven:io.javalin:javalin", toolNames({ id: "javalin", name: "Javalin" }), { naming })).toBe(true);
    expect(namesTool("npm:vue-loader", vue, { naming })).toBe(false);
  });

  it("never by its typings (a registry's typings_prefix)", () => {
    expect(namesTool("npm:@types/vue", vue, { naming })).toBe(false);
    expect(namesTool("npm:@types/vue", vue, { wholeName: true, naming })).toBe(false);
    // Typings are the registry's (`typings_prefix`): without the rule, a scoped package like any.
    expect(namesTool("npm:@types/vue", vue, { naming: NO_RANK_TRAITS })).toBe(true);
  });

  it("a scope that is not one of the tool's names is another vendor's", () => {
    const express = toolNames({ id: "express", name: "ExpressJS" });
    expect(isOtherScope("npm:@nestjs/platform-express", express)).toBe(true);
    expect(isOtherScope("npm:@express/session", express)).toBe(false);
    expect(isOtherScope("npm:express", express)).toBe(false);
    expect(isOtherScope("npm:platform/@nestjs/express", express)).toBe(false);
  });
});

describe("whether the registry has the tool's own package", () => {
  // Catalog ids apart from the package names, so that each of a tool's names is tried on its own.
  const catalog = new Catalog({
    tools: [
      { id: "orm", name: "TypeORM" },
      { id: "web", name: "ExpressJS", aliases: ["Express"] },
      { id: "nodejs", name: "Node.js" },
      { id: "sentry", name: "Sentry" },
      { id: "raven", name: "Raven" },
    ],
    matchers: {
      npm: { typeorm: "orm", "@nestjs/typeorm": "orm", express: ["web", "nodejs"], "@nestjs/platform-express": "web", "@sentry/node": "sentry", sentry: "raven" },
      docker: { typeorm: "orm" },
    },
    registries: { npm: { category: "Libraries", sub_category: "npm Packages" } },
  });
  const tool = (id: string) => catalog.tools.get(id)!;

  it("by the tool's name or an alias, in the finding's registry, among the tools the key names", () => {
    expect(hasOwnPackage(catalog, tool("orm"), "npm:@nestjs/typeorm")).toBe(true);
    expect(hasOwnPackage(catalog, tool("web"), "npm:@nestjs/platform-express")).toBe(true);
    // `sentry` is a package of its own, but of another tool.
    expect(hasOwnPackage(catalog, tool("sentry"), "npm:@sentry/node")).toBe(false);
  });

  it("not the finding's own package, nor in a kind that is no registry", () => {
    expect(hasOwnPackage(catalog, tool("orm"), "npm:TypeORM")).toBe(false);
    expect(hasOwnPackage(catalog, tool("orm"), "docker:acme/typeorm")).toBe(false);
  });
});
