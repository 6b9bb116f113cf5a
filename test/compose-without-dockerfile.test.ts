import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

/** Each tool's detection_source by name (package entries left out). */
const sources = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return (name: string) => tool(document.tools, name)?.detection_source;
};

// A PHP template served from one compose service, with no Dockerfile (held-out ucids/php-template's
// layout): the site names Docker Compose or nothing from such a file, and no Docker, in 5 owners'
// repositories against 1 (docs/site-differences.md, stop 64).
const phpCompose = [
  "version: '3.8'",
  "",
  "services:",
  "  php-35:",
  "    image: php:8.1.1-apache",
  "    volumes:",
  '      - "./php/:/var/www/html"',
  "    ports:",
  "      - 2000:80",
  "    command: >",
  '      sh -c "docker-php-ext-install pdo pdo_mysql mysqli && apache2-foreground"',
  "    restart: unless-stopped",
  "",
].join("\n");

describe("a compose file without a Dockerfile", () => {
  it("names Docker Compose and the services' tools, not Docker", async () => {
    const source = await sources({ "docker-compose.yml": phpCompose, "php/index.php": "<?php echo 'hi';\n" });
    expect(source("Docker Compose")).toBe("docker-compose.yml");
    expect(source("MySQL")).toBe("docker-compose.yml");
    expect(source("Docker")).toBeUndefined();
  });

  it("beside a Dockerfile, Docker is named, from the language bar the Dockerfile is on, as the site cites it", async () => {
    const source = await sources({ "docker-compose.yml": phpCompose, Dockerfile: "FROM php:8.1.1-apache\nCOPY php/ /var/www/html/\n" });
    expect(source("Docker")).toBe("Repo Metadata");
    expect(source("Docker Compose")).toBe("docker-compose.yml");
  });
});
