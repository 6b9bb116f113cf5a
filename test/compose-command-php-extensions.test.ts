import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { readServiceCommandLines, readServiceCommandPrograms } from "../detectors/docker/compose.js";

const named = (tools: ToolEntry[]) => tools.filter((t) => !t.package_url).map((t) => t.name);

// A plain PHP site served by the official image's Apache variant, whose service installs the MySQL
// extensions as it starts instead of in a Dockerfile (modelled on a PHP admin template's compose
// file: no database service, the database on an external network).
const phpApacheCompose = `version: '3.8'

services:
  php-35:
    image: php:8.1.1-apache
    volumes:
      - "./php/:/var/www/html"
      - "./php_conf/php.ini:/usr/local/etc/php/php.ini"
    ports:
      - 2000:80
    networks:
      - app-net
    command: >
      sh -c "docker-php-ext-install pdo pdo_mysql mysqli && apache2-foreground"
    restart: unless-stopped

networks:
  app-net:
    external: true
`;

describe("PHP extensions a compose service installs as it starts", () => {
  it("a shell-form `sh -c` command installing pdo_mysql and mysqli names MySQL, from the compose file", async () => {
    const { document } = await scan(new MemorySource({ "docker-compose.yml": phpApacheCompose }), { git: false });
    expect(named(document.tools)).toEqual(expect.arrayContaining(["MySQL", "Apache HTTP Server"]));
    expect(document.tools.find((t) => t.name === "MySQL")).toMatchObject({ detection_source: "docker-compose.yml" });
  });

  it("an exec-form shell line names the database of each extension; a command installing none names none", async () => {
    const compose = `services:
  app:
    image: php:8.3-fpm
    entrypoint: ["sh", "-c", "docker-php-ext-install pdo_pgsql && pecl install redis && docker-php-ext-enable redis && php-fpm"]
  web:
    image: php:8.3-apache
    command: ["apache2-foreground"]
`;
    const { document } = await scan(new MemorySource({ "compose.yaml": compose }), { git: false });
    expect(named(document.tools)).toEqual(expect.arrayContaining(["PostgreSQL", "Redis"]));
    const plain = await scan(new MemorySource({ "compose.yaml": "services:\n  web:\n    image: php:8.3-apache\n    command: apache2-foreground\n" }), { git: false });
    expect(named(plain.document.tools)).not.toContain("MySQL");
    expect(named(plain.document.tools)).not.toContain("PostgreSQL");
  });

  it("reads the line a shell is given with -c in the shell form too, so its first program counts", () => {
    const data = {
      services: {
        web: { image: "php:8.1-apache", command: 'sh -c "docker-php-ext-install mysqli && apache2-foreground"\n' },
        worker: { image: "x", command: "bash -c 'celery -A proj worker'" },
        direct: { image: "x", command: ["php", "artisan", "queue:work"] },
      },
    };
    expect(readServiceCommandLines(data)).toEqual([
      { service: "web", line: "docker-php-ext-install mysqli && apache2-foreground" },
      { service: "worker", line: "celery -A proj worker" },
      { service: "direct", line: "php" },
    ]);
    expect(readServiceCommandPrograms(data)).toEqual([
      { service: "web", program: "docker-php-ext-install" },
      { service: "web", program: "apache2-foreground" },
      { service: "worker", program: "celery" },
      { service: "direct", program: "php" },
    ]);
  });
});
