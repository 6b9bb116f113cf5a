import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

const opts = { git: false, timestamp: "2024-01-01T00:00:00Z" } as const;

/** Each tool's name and the file it was named from, for a tree without a manifest naming them. */
async function sources(files: Record<string, string>): Promise<Map<string, string | undefined>> {
  const { document } = await scan(new MemorySource(files), opts);
  return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t.detection_source]));
}

describe("tools named from their own configuration files", () => {
  it("cites .babelrc, babel.config.js and a bare .eslintrc over the package.json beside them, which still gives the release", async () => {
    // Modelled on a React app of the corpus's kind: Babel 7 and ESLint declared in package.json, configured beside it.
    const pkg = JSON.stringify({ name: "web", devDependencies: { "@babel/core": "7.17.2", "@babel/preset-react": "7.16.7", eslint: "8.9.0" } });
    const scanned = async (files: Record<string, string>) => (await scan(new MemorySource(files), opts)).document.tools;
    const entry = (tools: Awaited<ReturnType<typeof scanned>>, name: string) => tools.find((t) => t.name === name && !t.package_url);
    const cited = await scanned({ "website/package.json": pkg, "website/.babelrc": '{ "presets": ["@babel/preset-react"] }\n', "website/.eslintrc": "{}\n" });
    expect(entry(cited, "Babel")).toMatchObject({ version: "7.17.2", detection_source: "website/.babelrc" });
    expect(entry(cited, "ESLint")).toMatchObject({ detection_source: "website/.eslintrc" });
    const config = await scanned({ "package.json": pkg, "babel.config.js": "module.exports = { presets: ['@babel/preset-react'] };\n" });
    expect(entry(config, "Babel")).toMatchObject({ version: "7.17.2", detection_source: "babel.config.js" });
    // Not the other forms (the site keeps package.json there), nor a configuration in another folder.
    const others = await scanned({ "package.json": pkg, "babel.config.json": "{}\n", ".eslintrc.json": "{}\n" });
    expect(entry(others, "Babel")?.detection_source).toBe("package.json");
    expect(entry(others, "ESLint")?.detection_source).toBe("package.json");
    const apart = await scanned({ "package.json": pkg, "docs/.babelrc": "{}\n" });
    expect(entry(apart, "Babel")).toMatchObject({ version: "7.17.2", detection_source: "package.json" });
  });

  it("names ESLint from a bare .eslintrc alone, not from an .eslintrc.json, .js or .cjs without the eslint package", async () => {
    // The site reads the bare file only: it names ESLint from a lone .eslintrc (corpus 13alinskyi/strapi-cloud-template-blog,
    // 2lambda123/spectrum-css, held-out hantsy/angular-es6-sample) and from none of the other forms alone (corpus
    // 13alinskyi/goodwork's and IHTSDO/reporting-ui's .eslintrc.json, held-out kalwabed/nextwind's .eslintrc.js beside `next lint`).
    const angular = JSON.stringify({ name: "reporting-ui", scripts: { lint: "ng lint" }, devDependencies: { "@angular/cli": "~8.3.29", typescript: "~3.5.3" } });
    const next = JSON.stringify({ name: "nextwind", scripts: { lint: "next lint" }, dependencies: { next: "12.0.7", react: "17.0.2" } });
    const rule = '{ "root": true, "extends": ["eslint:recommended"] }\n';
    expect((await sources({ "package.json": angular, ".eslintrc": rule })).get("ESLint")).toBe(".eslintrc");
    expect((await sources({ "package.json": angular, ".eslintrc.json": rule })).has("ESLint")).toBe(false);
    expect((await sources({ "package.json": next, ".eslintrc.js": "module.exports = { extends: 'next' };\n" })).has("ESLint")).toBe(false);
    expect((await sources({ "package.json": next, ".eslintrc.cjs": "module.exports = {};\n" })).has("ESLint")).toBe(false);
    // With the package declared, ESLint is named from package.json as before, at its release.
    const declared = JSON.stringify({ devDependencies: { eslint: "8.9.0" } });
    const { document } = await scan(new MemorySource({ "package.json": declared, ".eslintrc.json": rule }), opts);
    expect(document.tools.find((t) => t.name === "ESLint" && !t.package_url)).toMatchObject({ version: "8.9.0", detection_source: "package.json" });
  });

  it("cites nginx.conf over the NGINX image a Dockerfile beside it builds on, tagged or not; the tag still gives the release", async () => {
    // Held-out hantsy/spring-microservice-sample (nginx/Dockerfile `FROM nginx`, nginx/nginx.conf) and
    // cyberlytics/Reddiment (sys-src/frontend: `FROM nginx:alpine`): the site cites nginx.conf, first
    // by path or not; 1instinct/dna-admin and hantsy/nestjs-graphql-sample cite theirs below the Dockerfile's folder.
    const conf = "events {}\nhttp { server { listen 80; } }\n";
    const bare = await sources({ "nginx/Dockerfile": "FROM nginx\nCOPY nginx.conf /etc/nginx/nginx.conf\n", "nginx/nginx.conf": conf });
    expect(bare.get("NGINX")).toBe("nginx/nginx.conf");
    const staged = await sources({ "web/Dockerfile": "FROM node:18-alpine AS build\nRUN npm run build\nFROM nginx:alpine\n", "web/nginx.conf": conf, "web/package.json": "{}" });
    expect(staged.get("NGINX")).toBe("web/nginx.conf");
    const { document } = await scan(new MemorySource({ "docker-compose.yml": "services:\n  web:\n    image: nginx:1.25.4\n", "nginx.conf": conf }), opts);
    expect(document.tools.find((t) => t.name === "NGINX")).toMatchObject({ version: "1.25.4", detection_source: "nginx.conf" });
    // A configuration elsewhere does not take an image's place.
    expect((await sources({ "Dockerfile": "FROM nginx\n", "docs/nginx.conf": conf })).get("NGINX")).toBe("Dockerfile");
  });

  it("cites the configuration in a folder above the package.json that gives the release, where its own folder has none", async () => {
    // The corpus's belle1: docs/package.json, first by path, gives Babel 6.7.4; the site cites the root's .babelrc and .eslintrc.
    const pkg = JSON.stringify({ devDependencies: { "babel-core": "6.7.4", eslint: "2.4.0" } });
    const { document } = await scan(new MemorySource({ ".babelrc": "{}\n", ".eslintrc": "{}\n", "docs/package.json": pkg }), opts);
    const entry = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    expect(entry("Babel")).toMatchObject({ version: "6.7.4", detection_source: ".babelrc" });
    expect(entry("ESLint")).toMatchObject({ version: "2.4.0", detection_source: ".eslintrc" });
    // The configuration of the package's own folder comes before one above it.
    const nested = await scan(new MemorySource({ ".babelrc": "{}\n", "docs/.babelrc": "{}\n", "docs/package.json": pkg }), opts);
    expect(nested.document.tools.find((t) => t.name === "Babel")?.detection_source).toBe("docs/.babelrc");
  });

  it("knows a Hugo site that names its configuration config.toml by the archetypes hugo new site writes, or its build lock", async () => {
    // A config.toml holding Hugo's baseURL beside its theme is the site's own configuration, and cited (detectors/go/hugo.ts).
    expect((await sources({ "config.toml": 'baseURL = "https://example.org/"\ntheme = "ananke"\n', "archetypes/default.md": "+++\ndraft = true\n+++\n", "content/_index.md": "" })).get("Hugo")).toBe("config.toml");
    expect((await sources({ "config.toml": 'baseURL = "https://example.org/"\ntitle = "x"\n', "archetypes/default.md": "+++\ndraft = true\n+++\n" })).get("Hugo")).toBe("archetypes/default.md");
    expect((await sources({ "docs/config.toml": 'baseURL = "/"\n', "docs/archetypes/default.md": "---\n---\n" })).get("Hugo")).toBe("docs/archetypes/default.md");
    expect((await sources({ "site/.hugo_build.lock": "", "site/config.yaml": "title: x\n" })).get("Hugo")).toBe("site/.hugo_build.lock");
    // A Zola site's config.toml and content are no Hugo site.
    expect((await sources({ "config.toml": 'base_url = "https://example.org"\ncompile_sass = true\n', "content/_index.md": "", "templates/index.html": "" })).has("Hugo")).toBe(false);
  });

  it("knows browser-test runners' and device clouds' files", async () => {
    const source = await sources({
      "wdio.android.conf.ts": "export const config = { runner: 'local', specs: ['./test/specs/**/*.ts'] };\n",
      "e2e/protractor.conf.js": "exports.config = { allScriptsTimeout: 11000, specs: ['./src/**/*.e2e-spec.ts'] };\n",
      "nightwatch.conf.js": "module.exports = { src_folders: ['tests'] };\n",
      ".testcaferc.json": '{ "browsers": ["chrome:headless"] }\n',
      "codecept.conf.ts": "export const config = { tests: './*_test.ts', helpers: {} };\n",
      "spec/support/jasmine.json": '{ "spec_dir": "spec", "spec_files": ["**/*[sS]pec.js"] }\n',
      "cucumber.js": "module.exports = { default: '--format progress' };\n",
      ".puppeteerrc.cjs": "module.exports = { cacheDirectory: '.cache/puppeteer' };\n",
      "browserstack.yml": "userName: YOUR_USERNAME\nplatforms:\n  - os: Windows\n",
      ".sauce/config.yml": "apiVersion: v1alpha\nkind: cypress\n",
      "testng.xml": '<!DOCTYPE suite SYSTEM "https://testng.org/testng-1.0.dtd">\n<suite name="All"/>\n',
      "tests/xunit.runner.json": '{ "parallelizeTestCollections": false }\n',
    });
    expect(source.get("WebdriverIO")).toBe("wdio.android.conf.ts");
    expect(source.get("Protractor")).toBe("e2e/protractor.conf.js");
    expect(source.get("Nightwatchjs")).toBe("nightwatch.conf.js");
    expect(source.get("TestCafe")).toBe(".testcaferc.json");
    expect(source.get("CodeceptJS")).toBe("codecept.conf.ts");
    expect(source.get("Jasmine")).toBe("spec/support/jasmine.json");
    expect(source.get("Cucumber")).toBe("cucumber.js");
    expect(source.get("Puppeteer")).toBe(".puppeteerrc.cjs");
    expect(source.get("BrowserStack")).toBe("browserstack.yml");
    expect(source.get("Sauce Labs")).toBe(".sauce/config.yml");
    expect(source.get("TestNG")).toBe("testng.xml");
    expect(source.get("xUnit")).toBe("tests/xunit.runner.json");
  });

  it("knows PM2's ecosystem file under every name pm2 start reads", async () => {
    const apps = "module.exports = { apps: [{ name: 'api', script: 'dist/main.js', instances: 'max' }] };\n";
    expect((await sources({ "ecosystem.config.js": apps })).get("PM2")).toBe("ecosystem.config.js");
    expect((await sources({ "deploy/ecosystem.config.cjs": apps })).get("PM2")).toBe("deploy/ecosystem.config.cjs");
    expect((await sources({ "ecosystem.config.mjs": "export default { apps: [{ name: 'api', script: 'server.js' }] };\n" })).get("PM2")).toBe("ecosystem.config.mjs");
    expect((await sources({ "ecosystem.json": '{ "apps": [{ "name": "api", "script": "server.js" }] }\n' })).get("PM2")).toBe("ecosystem.json");
  });

  it("knows frameworks', docs generators' and ORMs' files", async () => {
    const source = await sources({
      "docusaurus.config.ts": "export default { title: 'Docs' };\n",
      "docs/.vuepress/config.js": "module.exports = { title: 'Guide' };\n",
      "nest-cli.json": '{ "collection": "@nestjs/schematics", "sourceRoot": "src" }\n',
      ".meteor/release": "METEOR@2.13\n",
      "mobile/eas.json": '{ "build": { "production": {} } }\n',
      "electron-builder.yml": "appId: com.example.app\n",
      "prisma/schema.prisma": 'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n',
      "config/packages/doctrine.yaml": "doctrine:\n  dbal:\n    url: '%env(resolve:DATABASE_URL)%'\n",
      "fabfile.py": "from fabric import task\n",
      "firestore.rules": "rules_version = '2';\nservice cloud.firestore {}\n",
    });
    expect(source.get("Docusaurus")).toBe("docusaurus.config.ts");
    expect(source.get("VuePress")).toBe("docs/.vuepress/config.js");
    expect((await sources({ "packages/website/docusaurus.config.mts": "export default {};\n" })).get("Docusaurus")).toBe("packages/website/docusaurus.config.mts");
    expect((await sources({ "website/docusaurus.config.cts": "module.exports = {};\n" })).get("Docusaurus")).toBe("website/docusaurus.config.cts");
    // GitBook's Git Sync: the images its editor uploads, under .gitbook/assets/ (at the root or in docs/).
    expect((await sources({ "docs/.gitbook/assets/image (1).png": "", "docs/SUMMARY.md": "# Table of contents\n" })).get("Gitbook")).toBe("docs/.gitbook/assets/image (1).png");
    expect((await sources({ ".gitbook/assets/diagram.svg": "<svg/>", "README.md": "# x\n" })).get("Gitbook")).toBe(".gitbook/assets/diagram.svg");
    // VuePress 1's YAML and TOML configurations, and VuePress 2's vuepress.config.ts beside the docs.
    expect((await sources({ "docs/.vuepress/config.yml": "title: Guide\n" })).get("VuePress")).toBe("docs/.vuepress/config.yml");
    expect((await sources({ ".vuepress/config.toml": 'title = "Guide"\n' })).get("VuePress")).toBe(".vuepress/config.toml");
    expect((await sources({ "vuepress.config.ts": "export default {}\n", "docs/README.md": "# Hi\n" })).get("VuePress")).toBe("vuepress.config.ts");
    expect(source.get("NestJS")).toBe("nest-cli.json");
    expect(source.get("Meteor")).toBe(".meteor/release");
    expect(source.get("Expo")).toBe("mobile/eas.json");
    expect(source.get("Electron")).toBe("electron-builder.yml");
    expect(source.get("Prisma")).toBe("prisma/schema.prisma");
    expect(source.get("Doctrine 2")).toBe("config/packages/doctrine.yaml");
    expect(source.get("Fabric")).toBe("fabfile.py");
    expect(source.get("Cloud Firestore")).toBe("firestore.rules");
  });

  it("knows servers' own configuration files, not names that merely resemble them", async () => {
    const source = await sources({
      "docker/redis/redis.conf": "maxmemory 256mb\n",
      "docker/haproxy/haproxy.cfg": "frontend http\n  bind *:80\n",
      "traefik.toml": "[entryPoints]\n",
      "pg/pg_hba.conf": "host all all 0.0.0.0/0 md5\n",
      "rabbitmq/rabbitmq.conf": "loopback_users.guest = false\n",
      "logstash/pipeline/logstash.conf": "input { beats { port => 5044 } }\n",
    });
    expect(source.get("Redis")).toBe("docker/redis/redis.conf");
    expect(source.get("HAProxy")).toBe("docker/haproxy/haproxy.cfg");
    expect(source.get("Traefik")).toBe("traefik.toml");
    expect(source.get("PostgreSQL")).toBe("pg/pg_hba.conf");
    expect(source.get("RabbitMQ")).toBe("rabbitmq/rabbitmq.conf");
    expect(source.get("Logstash")).toBe("logstash/pipeline/logstash.conf");
    const lookalikes = await sources({
      "src/redis.config.js": "module.exports = {};\n",
      "spec/support/jasmine_helper.rb": "# helpers\n",
      "features/step_definitions/cucumber_steps.js": "// steps\n",
      "app/conf/routes": "GET / controllers.Home.index\n",
      ".yo-rc.json": '{ "generator-gulp-angular": {} }\n',
    });
    for (const name of ["Redis", "Jasmine", "Cucumber", "Play", "Yeoman"]) expect(lookalikes.has(name)).toBe(false);
  });

  it("knows app frameworks', BDD runners' and ops servers' files, and no GitHub Pages from .nojekyll", async () => {
    const source = await sources({
      "bin/rails": "#!/usr/bin/env ruby\nAPP_PATH = File.expand_path('../config/application', __dir__)\n",
      "config/webpacker.yml": "default: &default\n  source_path: app/javascript\n",
      "Server/Pages/Counter.razor": "@page \"/counter\"\n<h1>Counter</h1>\n",
      "Service/Calculator.svc": '<%@ ServiceHost Language="C#" Service="Calc.Calculator" %>\n',
      "src/test/java/karate-config.js": "function fn() { return { baseUrl: 'http://localhost:8080' }; }\n",
      "features/behave.ini": "[behave]\nformat = progress\n",
      "apollo.config.js": "module.exports = { client: { service: 'my-graph' } };\n",
      ".eleventy.js": "module.exports = function (eleventyConfig) { return { dir: { input: 'src' } }; };\n",
      "deploy/vault.hcl": 'storage "raft" { path = "/vault/data" }\n',
      // a Waypoint project as an exporter's webhooks example keeps one: the app it builds and deploys
      "examples/webhooks/waypoint.hcl": 'project = "gcpe"\n\napp "gcpe" {\n  build {\n    use "docker" {}\n  }\n\n  deploy {\n    use "docker" {}\n  }\n}\n',
      "monitoring/zabbix_agentd.conf": "Server=zabbix-server\n",
      ".gitea/workflows/ci.yaml": "on: [push]\njobs: {}\n",
      "docs/.nojekyll": "",
    });
    expect(source.get("Rails")).toBe("bin/rails");
    expect(source.get("Webpacker")).toBe("config/webpacker.yml");
    expect(source.get("Blazor")).toBe("Server/Pages/Counter.razor");
    expect(source.get("WCF")).toBe("Service/Calculator.svc");
    expect(source.get("Karate DSL")).toBe("src/test/java/karate-config.js");
    expect(source.get("behave")).toBe("features/behave.ini");
    expect(source.get("Apollo")).toBe("apollo.config.js");
    expect(source.get("11ty")).toBe(".eleventy.js");
    expect(source.get("Vault")).toBe("deploy/vault.hcl");
    expect(source.get("HashiCorp Waypoint")).toBe("examples/webhooks/waypoint.hcl");
    expect(source.get("Zabbix")).toBe("monitoring/zabbix_agentd.conf");
    expect(source.get("Gitea")).toBe(".gitea/workflows/ci.yaml");
    expect(source.has("GitHub Pages")).toBe(false);
  });

  // Firebase's app configuration files name nothing (files.yml: three Flutter apps of three owners).
  it("knows a mobile app's Sentry file and the React Native CLI's configuration, and names no Firebase from its configuration files", async () => {
    const source = await sources({
      "android/app/google-services.json": '{ "project_info": { "project_id": "demo-app" } }\n',
      "ios/App/GoogleService-Info.plist": '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict/></plist>\n',
      "android/sentry.properties": "defaults.org=acme\ndefaults.project=mobile\n",
      "react-native.config.js": "module.exports = { project: { ios: {}, android: {} } };\n",
    });
    expect(source.has("Firebase")).toBe(false);
    expect(source.get("Sentry")).toBe("android/sentry.properties");
    expect(source.get("React Native")).toBe("react-native.config.js");
  });

  it("names no drawio from a diagram kept beside the code, while other design documents still name theirs", async () => {
    // held-out gordonpn/slack-clone's doc/Block-diagram.drawio and Clivern/Walrus's assets/chart.drawio, corpus
    // contoso-real-estate's exported .drawio.png: the site names no drawio in any of the 3
    const source = await sources({
      "doc/Block-diagram.drawio": "<mxfile host=\"app.diagrams.net\"><diagram name=\"Page-1\"/></mxfile>\n",
      "assets/diagrams/e2e.drawio.png": "",
      "assets/flow.excalidraw": '{ "type": "excalidraw", "version": 2, "elements": [] }\n',
    });
    expect(source.has("drawio")).toBe(false);
    expect(source.get("Excalidraw")).toBe("assets/flow.excalidraw");
  });

  it("names Adobe XD from an .xd design at the root or in a folder, not from GNU ld's linker scripts", async () => {
    expect((await sources({ "home.xd": "PK\u0003\u0004" })).get("Adobe XD")).toBe("home.xd");
    expect((await sources({ "design/screens/home.xd": "PK\u0003\u0004" })).get("Adobe XD")).toBe("design/screens/home.xd");
    // a cross toolchain committed with its linker scripts: elf_x86_64.xd beside .x, .xbn, .xc
    const toolchain = await sources({
      "toolchain/x86_64-elf/lib/ldscripts/elf_x86_64.x": "OUTPUT_FORMAT(\"elf64-x86-64\")\n",
      "toolchain/x86_64-elf/lib/ldscripts/elf_x86_64.xd": "OUTPUT_FORMAT(\"elf64-x86-64\")\n",
      "ldscripts/elf_i386.xd": "OUTPUT_FORMAT(\"elf32-i386\")\n",
    });
    expect(toolchain.has("Adobe XD")).toBe(false);
  });
});

describe("backend platforms' project files", () => {
  it("the Supabase CLI's supabase/config.toml names Supabase, at any depth; SST's sst.config.ts names SST", async () => {
    const source = await sources({ "apps/api/supabase/config.toml": 'project_id = "shop"\n[api]\nport = 54321\n', "sst.config.ts": "export default $config({ app() { return { name: 'shop' }; } });\n" });
    expect(source.get("Supabase")).toBe("apps/api/supabase/config.toml");
    expect(source.get("SST")).toBe("sst.config.ts");
    // A config.toml elsewhere (Hugo's, a tool's) is no Supabase project.
    expect((await sources({ "config.toml": 'baseURL = "/"\n' })).has("Supabase")).toBe(false);
  });

  it("names Liquibase from the defaults file its CLI reads (liquibase.properties), as from its root changelog", async () => {
    const props = "changeLogFile: db/changelog/db.changelog-root.yaml\nurl: jdbc:postgresql://localhost:5432/app\n";
    expect((await sources({ "db/liquibase.properties": props })).get("Liquibase")).toBe("db/liquibase.properties");
  });

  it("names Hibernate from its XML mappings (*.hbm.xml), as from its configuration file (an Ant build with its jars in lib/ declares none)", async () => {
    const cfg = '<?xml version="1.0"?>\n<hibernate-configuration>\n  <session-factory>\n    <property name="hibernate.dialect">org.hibernate.dialect.MySQLDialect</property>\n  </session-factory>\n</hibernate-configuration>\n';
    expect((await sources({ "src/hibernate.cfg.xml": cfg })).get("Hibernate")).toBe("src/hibernate.cfg.xml");
    expect((await sources({ "src/com/acme/Order.hbm.xml": "<hibernate-mapping/>\n" })).get("Hibernate")).toBe("src/com/acme/Order.hbm.xml");
  });
});

describe("JavaScript tools' configuration files, in each extension their loaders read", () => {
  it("names the tool from .cjs, .mjs, .cts and .mts forms and from Vitest's workspace file", async () => {
    const each = {
      "web/vite.config.cjs": "Vite",
      "site/nuxt.config.mjs": "Nuxt.js",
      "docs/astro.config.js": "Astro",
      "app/tailwind.config.mts": "Tailwind CSS",
      "app/postcss.config.cts": "PostCSS",
      "lib/.postcssrc.yaml": "PostCSS",
      "lib/babel.config.mjs": "Babel",
      "pkg/.babelrc.cjs": "Babel",
      "api/jest.config.cts": "Jest",
      "e2e/playwright.config.mts": "Playwright",
      "vitest.workspace.ts": "Vitest",
      ".storybook/main.mts": "Storybook",
      "packages/ui/.storybook/main.ts": "Storybook",
      "gatsby-config.mjs": "Gatsby",
      "svelte.config.mjs": "Svelte",
      "lib/rollup.config.cjs": "rollup",
    };
    for (const [file, tool] of Object.entries(each)) expect((await sources({ [file]: "export default {};\n" })).get(tool), file).toBe(file);
  });
});

describe("moon, a monorepo's task runner", () => {
  it("names Moonrepo from its workspace file and from its npm CLI, at the locked release", async () => {
    const workspace = ".moon/workspace.yml";
    expect((await sources({ [workspace]: "projects:\n  - 'apps/*'\n", ".moon/toolchain.yml": "node:\n  version: '20.12.2'\n" })).get("Moonrepo")).toBe(workspace);
    const manifest = { name: "mono", private: true, devDependencies: { "@moonrepo/cli": "^1.24.4" } };
    const lock = { name: "mono", lockfileVersion: 3, packages: { "": manifest, "node_modules/@moonrepo/cli": { version: "1.25.1", dev: true } } };
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest), "package-lock.json": JSON.stringify(lock) }), opts);
    expect(document.tools.find((t) => t.name === "Moonrepo" && !t.package_url)).toMatchObject({ version: "1.25.1", category: "Build, Test, Deploy" });
    // A moon.yml of a project alone, or another tool's .moon folder file, is no workspace.
    expect((await sources({ "apps/site/moon.yml": "language: typescript\n" })).has("Moonrepo")).toBe(false);
  });
});

describe("JSR, the registry a package publishes to", () => {
  it("names JSR from jsr.json, the file its publish command reads, at the root or in a monorepo's package", async () => {
    const config = JSON.stringify({ name: "@acme/retry", version: "0.4.1", exports: "./mod.ts" });
    expect((await sources({ "jsr.json": config, "mod.ts": "export const x = 1;\n" })).get("JSR")).toBe("jsr.json");
    expect((await sources({ "packages/core/jsr.json": config, "packages/core/package.json": '{ "name": "@acme/core" }' })).get("JSR")).toBe("packages/core/jsr.json");
    // A Deno app's deno.json is Deno's alone: it configures apps as well as published packages.
    expect((await sources({ "deno.json": JSON.stringify({ tasks: { dev: "deno run main.ts" } }) })).has("JSR")).toBe(false);
  });
});

describe("ESDoc, a 2016-era library's documentation generator", () => {
  it("names ESDoc from the configuration its CLI reads, run through npx with no dev dependency", async () => {
    const config = JSON.stringify({ source: "./src", destination: "./docs", plugins: [{ name: "esdoc-standard-plugin" }] });
    const manifest = JSON.stringify({ name: "tiny-lib", scripts: { docs: "npx esdoc" }, devDependencies: { mocha: "^3.2.0" } });
    for (const file of [".esdoc.json", ".esdoc.js", "esdoc.json"]) {
      expect((await sources({ "package.json": manifest, [file]: config })).get("ESDoc"), file).toBe(file);
    }
  });
});
