import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

describe("Packagist: Drupal's modules for a backend service", () => {
  it("drupal/redis, drupal/memcache and drupal/search_api_solr name the server they talk to, without the module's release", async () => {
    // A Drupal recommended-project with the cache and search backends a production site adds.
    const composer = {
      name: "drupal/recommended-project",
      type: "project",
      require: {
        "composer/installers": "^2.0", "drupal/core-recommended": "^10.3", "drupal/admin_toolbar": "^3.4",
        "drupal/redis": "^1.7", "drupal/memcache": "^2.5", "drupal/search_api_solr": "^4.3", "drush/drush": "^12.5",
      },
      config: { platform: { php: "8.3" } },
    };
    const lock = {
      "content-hash": "abc",
      packages: [
        ["drupal/core", "10.3.1"], ["drupal/core-recommended", "10.3.1"], ["drupal/admin_toolbar", "3.4.2"], ["drupal/redis", "1.7.0"],
        ["drupal/memcache", "2.5.0"], ["drupal/search_api_solr", "4.3.4"], ["drush/drush", "12.5.2"], ["composer/installers", "v2.2.0"],
      ].map(([name, version]) => ({ name, version, type: "drupal-module", license: ["GPL-2.0-or-later"] })),
      "packages-dev": [],
    };
    const { document } = await scan(new MemorySource({ "composer.json": JSON.stringify(composer, null, 4), "composer.lock": JSON.stringify(lock, null, 4) }), { git: false });
    const tool = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    expect(tool("Drupal")?.version).toBe("10.3.1");
    for (const name of ["Redis", "Memcached", "Solr"]) {
      expect(tool(name), name).toMatchObject({ detection_source: "composer.json" });
      expect(tool(name)?.version, name).toBeUndefined();
    }
    expect(document.tools.find((t) => t.package_url === "https://packagist.org/drupal/redis")?.version).toBe("1.7.0");
  });

  it("drupal/elasticsearch_connector and drupal/s3fs, and WordPress's Redis Object Cache and ElasticPress plugins, name their service", async () => {
    const drupal = {
      require: { "drupal/core-recommended": "^10.3", "drupal/elasticsearch_connector": "^8.0", "drupal/s3fs": "^3.5" },
    };
    const d = await scan(new MemorySource({ "composer.json": JSON.stringify(drupal, null, 4) }), { git: false });
    for (const name of ["Elasticsearch", "Amazon S3"]) expect(d.document.tools.find((t) => t.name === name && !t.package_url), name).toMatchObject({ detection_source: "composer.json" });
    // A Bedrock site's plugins from WordPress Packagist.
    const bedrock = {
      repositories: [{ type: "composer", url: "https://wpackagist.org" }],
      require: { php: ">=8.1", "roots/wordpress": "6.5.5", "wpackagist-plugin/redis-cache": "^2.5", "wpackagist-plugin/elasticpress": "^5.1" },
    };
    const w = await scan(new MemorySource({ "composer.json": JSON.stringify(bedrock, null, 4) }), { git: false });
    const tool = (name: string) => w.document.tools.find((t) => t.name === name && !t.package_url);
    for (const name of ["Redis", "Elasticsearch"]) {
      expect(tool(name), name).toMatchObject({ detection_source: "composer.json" });
      expect(tool(name)?.version, name).toBeUndefined();
    }
    expect(tool("WordPress")?.version).toBe("6.5.5");
  });
});
