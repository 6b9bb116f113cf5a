import { describe, expect, it } from "vitest";
import { builtinCatalog, resolveTyped } from "../src/index.js";

// README's Submission bullet and command-line.md say an image's `:` puts the tool's release after
// its name (`node:18-alpine` is Node.js 18). That held only where the part before the `:` is the
// tool's name or alias: an image written as a compose file or a FROM line writes it, with its
// registry or namespace, lost its tag, so `submit --manual bitnami/postgresql:16` sent PostgreSQL
// with no version, where a scan of `image: bitnami/postgresql:16` writes 16.0.0.
describe("resolveTyped: an image's tag after its full name", () => {
  const catalog = builtinCatalog();
  const read = (typed: string) => {
    const r = resolveTyped(catalog, typed);
    return [r.matches[0]?.tool.name, r.version];
  };

  it("is the release of the tool the image reveals", () => {
    expect(read("bitnami/postgresql:16")).toEqual(["PostgreSQL", "16.0.0"]);
    expect(read("docker.io/library/node:18-alpine")).toEqual(["Node.js", "18.0.0"]);
    expect(read("library/redis:7.2.4")).toEqual(["Redis", "7.2.4"]);
  });

  it("as it was where the image's name is the tool's alias", () => {
    expect(read("node:18-alpine")).toEqual(["Node.js", "18.0.0"]);
    expect(read("postgres:16")).toEqual(["PostgreSQL", "16.0.0"]);
  });

  it("is no release where the image's tag is none of its tool's (a ~ matcher), nor after a package that is no image", () => {
    expect(read("actions/actions-runner:2.311.0")).toEqual(["GitHub Actions", undefined]);
    expect(read("org.springframework.boot:spring-boot:3.2.0")).toEqual(["Spring Framework", undefined]); // a Maven artifact's release, not the framework's
  });
});
