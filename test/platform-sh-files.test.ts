import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

const scanFiles = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false })).document;

describe("Platform.sh by its project files", () => {
  it("an application's .platform.app.yaml, or the project's .platform/routes.yaml and services.yaml, name Platform.sh", async () => {
    // A Drupal project deployed to Platform.sh: the application file beside composer.json, the project's files under .platform/.
    const drupal = await scanFiles({
      "composer.json": JSON.stringify({ require: { "drupal/core-recommended": "^10.3" } }, null, 4),
      ".platform.app.yaml": "name: app\ntype: 'php:8.3'\nrelationships:\n  database: 'db:mysql'\nweb:\n  locations:\n    '/':\n      root: 'web'\n",
      ".platform/routes.yaml": "\"https://{default}/\":\n  type: upstream\n  upstream: \"app:http\"\n",
      ".platform/services.yaml": "db:\n  type: mariadb:10.6\n  disk: 2048\n",
    });
    const platform = drupal.tools.find((t) => t.name === "Platform.sh");
    expect(platform).toMatchObject({ category: "Application Hosting", sub_category: "Platform as a Service", detection_source: ".platform.app.yaml" });
    expect(platform?.version).toBeUndefined();
    // A multi-application project: each application folder holds its own file.
    const multi = await scanFiles({ "api/.platform.app.yaml": "name: api\ntype: 'php:8.2'\n", ".platform/routes.yaml": "\"https://{default}/\":\n  type: upstream\n" });
    expect(multi.tools.find((t) => t.name === "Platform.sh")).toBeDefined();
  });

  it("an AWS Elastic Beanstalk app's .platform folder (hooks, NGINX files) names no Platform.sh", async () => {
    const eb = await scanFiles({
      "composer.json": JSON.stringify({ require: { "laravel/framework": "^11.0" } }, null, 4),
      ".platform/nginx/conf.d/elasticbeanstalk/laravel.conf": "location / {\n  try_files $uri $uri/ /index.php?$query_string;\n}\n",
      ".platform/hooks/postdeploy/01_migrate.sh": "#!/bin/bash\nphp artisan migrate --force\n",
      ".platform/nginx/nginx.yaml": "x: 1\n",
    });
    expect(eb.tools.find((t) => t.name === "Platform.sh")).toBeUndefined();
    // The tree is read: Laravel from composer.json.
    expect(eb.tools.find((t) => t.name === "Laravel")).toBeDefined();
  });
});
