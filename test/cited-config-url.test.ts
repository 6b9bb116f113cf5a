import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A configuration file marked `cites` is the entry's detection_source, but detection_source_url is
// still the file the release came from, as the README says and the site writes: corpus tarot-api
// (.babelrc, URL package.json), belle1 (root .babelrc, URL docs/package.json), Jacknq/vue-ts-ex
// (.babelrc, URL package.json); no corpus entry with a release points its URL at the configuration.
async function entry(files: Record<string, string>, name: string) {
  const { document } = await scan(new MemorySource(files), { git: false });
  const t = document.tools.find((x) => x.name === name && !x.package_url)!;
  return { version: t.version, source: t.detection_source, url: t.detection_source_url };
}

describe("detection_source_url beside a cited configuration", () => {
  it("is the package.json that gives Babel its release, beside or below the cited .babelrc", async () => {
    const pkg = JSON.stringify({ devDependencies: { "babel-core": "6.7.4" } });
    expect(await entry({ ".babelrc": "{}\n", "package.json": pkg }, "Babel")).toEqual({ version: "6.7.4", source: ".babelrc", url: "package.json" });
    expect(await entry({ ".babelrc": "{}\n", "docs/package.json": pkg }, "Babel")).toEqual({ version: "6.7.4", source: ".babelrc", url: "docs/package.json" });
  });

  it("is the Dockerfile whose image tag gives NGINX its release, beside the cited nginx.conf", async () => {
    const files = { "web/nginx.conf": "events {}\n", "web/Dockerfile": "FROM nginx:1.25.4-alpine\n" };
    expect(await entry(files, "NGINX")).toEqual({ version: "1.25.4", source: "web/nginx.conf", url: "web/Dockerfile" });
  });

  it("is the cited file itself where no finding gives a release (corpus novu apps/web/.babelrc)", async () => {
    expect(await entry({ "nginx.conf": "events {}\n", "Dockerfile": "FROM nginx\n" }, "NGINX")).toEqual({ version: undefined, source: "nginx.conf", url: "nginx.conf" });
  });
});
