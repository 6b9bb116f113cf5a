import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Manifests in the shapes real backend projects write them, each naming a service or tool by a
// package, an image or an action that only that service's users declare.
const toolsOf = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false, disable: ["languages"] });
  return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
};

describe("services and tools named by SDKs, images and actions", () => {
  it("OpenSearch and NATS by their clients in npm, PyPI and Go manifests", async () => {
    const pkg = JSON.stringify({ name: "indexer", version: "1.0.0", dependencies: { "@opensearch-project/opensearch": "^2.5.0" } });
    const requirements = "opensearch-py==2.4.2\nnats-py==2.6.0\n";
    const gomod = "module example.com/search\n\ngo 1.22\n\nrequire github.com/opensearch-project/opensearch-go/v2 v2.3.0\n";
    for (const files of [{ "package.json": pkg }, { "worker/requirements.txt": requirements }, { "go.mod": gomod }] as Array<Record<string, string>>) {
      const tools = await toolsOf(files);
      expect(tools.has("OpenSearch"), Object.keys(files)[0]).toBe(true);
    }
    expect((await toolsOf({ "requirements.txt": requirements })).has("NATS")).toBe(true);
  });

  it("npm's Google Cloud clients name their service, not Google Cloud Platform; a client without a service key is a package entry", async () => {
    // A notification API's providers (modelled on corpus novu / configu).
    const pkg = JSON.stringify({ name: "providers", version: "1.0.0", dependencies: { "@google-cloud/pubsub": "^4.0.7", "@google-cloud/secret-manager": "^4.2.0" } });
    const { document } = await scan(new MemorySource({ "package.json": pkg }), { git: false, disable: ["languages"] });
    const tools = document.tools.filter((t) => !t.package_url).map((t) => t.name);
    expect(tools).not.toContain("Google Cloud Platform");
    expect(tools).toContain("Google Cloud Pub/Sub");
    expect(document.tools.filter((t) => t.package_url).map((t) => t.name)).toEqual(expect.arrayContaining(["@google-cloud/pubsub", "@google-cloud/secret-manager"]));
  });

  it("npm's @google-cloud/storage is a package entry only (the site names no Google Cloud Storage from it); PyPI's client still names it", async () => {
    // An Express API uploading to a bucket, and a Django back-end's pinned requirements.
    const pkg = JSON.stringify({ name: "api", version: "1.0.0", main: "server.js", dependencies: { "@google-cloud/storage": "^6.7.0", express: "^4.18.1", "firebase-admin": "^11.3.0", mongoose: "^7.0.3" } });
    const npmOnly = await scan(new MemorySource({ "package.json": pkg }), { git: false, disable: ["languages"] });
    const tools = npmOnly.document.tools.filter((t) => !t.package_url).map((t) => t.name);
    expect(tools).toEqual(expect.arrayContaining(["ExpressJS", "Firebase", "Mongoose"]));
    expect(tools).not.toContain("Google Cloud Storage");
    expect(npmOnly.document.tools.find((t) => t.package_url && t.name === "@google-cloud/storage")?.version).toBe("6.7.0");
    const withPip = await toolsOf({ "package.json": pkg, "backend/requirements.txt": "Django==3.2.14\ngoogle-cloud-storage==2.10.0\n" });
    expect(withPip.has("Google Cloud Storage")).toBe(true);
  });

  it("npm's uglify-js is a package entry: the site lists it and names no UglifyJS; the webpack plugin wrapping it still names it", async () => {
    // A Vue 2 webpack build minifying with uglify-js (modelled on corpus Jacknq/vue-ts-ex).
    const web = JSON.stringify({ name: "vue-ts-ex", dependencies: { vue: "^2.5.2" }, devDependencies: { "uglify-js": "^3.1.3", webpack: "^3.8.1" } });
    const { document } = await scan(new MemorySource({ "package.json": web }), { git: false, disable: ["languages"] });
    const tools = document.tools.filter((t) => !t.package_url).map((t) => t.name);
    expect(tools).toEqual(expect.arrayContaining(["Vue.js", "Webpack"]));
    expect(tools).not.toContain("UglifyJS");
    expect(document.tools.find((t) => t.package_url && t.name === "uglify-js")?.version).toBe("3.1.3");
    const plugin = JSON.stringify({ name: "app", devDependencies: { "uglifyjs-webpack-plugin": "^1.2.5", webpack: "^3.8.1" } });
    expect((await toolsOf({ "package.json": plugin })).has("UglifyJS")).toBe(true);
  });

  it("npm's and PyPI's Azure clients name their service, not Microsoft Azure; a client of no service is a package entry", async () => {
    // A serverless API's package.json (modelled on corpus contoso-real-estate's packages/api-v4) and a
    // Django back-end's pip freeze (modelled on held-out Shoonya-Backend's backend/deploy/requirements.txt).
    const pkg = JSON.stringify({ name: "api", version: "1.0.0", dependencies: { "@azure/functions": "^4.0.0", "@azure/identity": "^3.2.3", pg: "^8.11.0" } });
    const freeze = "Django==3.2.14\nazure-core==1.29.2\nazure-storage-blob==12.17.0\ncelery==5.2.2\n";
    const { document } = await scan(new MemorySource({ "packages/api/package.json": pkg, "backend/deploy/requirements.txt": freeze }), { git: false, disable: ["languages"] });
    const tools = document.tools.filter((t) => !t.package_url).map((t) => t.name);
    expect(tools).not.toContain("Microsoft Azure");
    expect(tools).toEqual(expect.arrayContaining(["Azure Functions", "Azure Storage"]));
    const packages = document.tools.filter((t) => t.package_url).map((t) => t.name);
    expect(packages).toEqual(expect.arrayContaining(["@azure/identity", "azure-core", "azure-storage-blob"]));
    // NuGet's Azure SDK still names the cloud (no stack file read there yet).
    const csproj = '<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="Azure.Storage.Blobs" Version="12.19.1" /></ItemGroup></Project>';
    expect((await toolsOf({ "Api/Api.csproj": csproj })).has("Microsoft Azure")).toBe(true);
  });

  it("a Gatsby blog: its Google Analytics plugin names Google Analytics; react-helmet stays a package, no tool of its own", async () => {
    const pkg = JSON.stringify({
      name: "gatsby-starter-blog",
      dependencies: { gatsby: "^2.0.19", "gatsby-plugin-google-analytics": "^2.0.5", "gatsby-plugin-react-helmet": "^3.0.0", prismjs: "^1.15.0", react: "^16.5.1", "react-dom": "^16.5.1", "react-helmet": "^5.2.0" },
    });
    const tools = await toolsOf({ "package.json": pkg });
    expect(tools.get("Google Analytics")?.version).toBeUndefined();
    expect(tools.has("Gatsby")).toBe(true);
    expect(tools.has("React Helmet")).toBe(false);
    const gtag = await toolsOf({ "package.json": JSON.stringify({ name: "site", dependencies: { gatsby: "^5.12.0", "gatsby-plugin-google-gtag": "^5.12.0" } }) });
    expect(gtag.has("Google Analytics")).toBe(true);
    const { document } = await scan(new MemorySource({ "package.json": pkg }), { git: false });
    expect(document.tools.find((t) => t.package_url === "https://www.npmjs.com/react-helmet")).toBeDefined();
  });

  it("a Django API's chat, push and search clients (requirements/base.txt)", async () => {
    const base = [
      "# GetStream.Io",
      "stream-chat==4.3.0  # https://pypi.org/project/stream-chat/",
      "",
      "# Firebase",
      "fcm-django==1.0.12",
      "meilisearch==0.28.0",
      "",
    ].join("\n");
    const tools = await toolsOf({ "requirements/base.txt": base });
    // Hosted services: the SDK's release is not the service's.
    expect(tools.get("Stream")).toMatchObject({ detection_source: "requirements/base.txt" });
    expect(tools.get("Stream")?.version).toBeUndefined();
    expect(tools.get("Firebase Cloud Messaging")?.detection_source).toBe("requirements/base.txt");
    expect(tools.has("Firebase")).toBe(true);
    expect(tools.get("MeiliSearch")).toBeDefined(); // the meilisearch client 0.28 is not the server's release
    expect(tools.get("MeiliSearch")?.version).toBeUndefined();
  });

  it("a Laravel Sail stack with Meilisearch, deployed by Laravel Forge's action", async () => {
    const compose = [
      "# For more information: https://laravel.com/docs/sail",
      "version: '3'",
      "services:",
      "    laravel.test:",
      "        build:",
      "            context: ./docker/8.2",
      "        image: sail-8.2/app",
      "    meilisearch:",
      "        image: 'getmeili/meilisearch:latest'",
      "        volumes:",
      "            - 'sail-meilisearch:/meili_data'",
      "",
    ].join("\n");
    const workflow = [
      "name: 'Deploy on push'",
      "on:",
      "  push:",
      "    branches:",
      "      - master",
      "jobs:",
      "  forge-deploy:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - name: Deploy",
      "        uses: jbrooksuk/laravel-forge-action@v1.0.2",
      "        with:",
      "          trigger_url: ${{ secrets.TRIGGER_URL }}",
      "",
    ].join("\n");
    const composer = JSON.stringify({ require: { php: ">=8.2", "lexik/jwt-authentication-bundle": "^2.16", "symfony/framework-bundle": "6.3.*" } });
    const tools = await toolsOf({ "docker-compose.yml": compose, ".github/workflows/deploy_on_forge.yml": workflow, "composer.json": composer });
    expect(tools.get("MeiliSearch")?.detection_source).toBe("docker-compose.yml");
    expect(tools.get("Laravel Forge")?.detection_source).toBe(".github/workflows/deploy_on_forge.yml");
    expect(tools.has("JSON Web Token")).toBe(false); // lexik's bundle is a package entry only
  });

  it("Composer copied from its image, Nix installed in CI, OmniAuth strategies, IPFS's Go SDK", async () => {
    const dockerfile = "FROM php:8.2-fpm\nCOPY --from=composer/composer:2.4.1 /usr/bin/composer /usr/bin/composer\n";
    const workflow = "on: push\njobs:\n  e2e:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Install Nix\n        uses: DeterminateSystems/nix-installer-action@main\n";
    const gemfile = "source 'https://rubygems.org'\n\ngem 'rails', '>= 6.1'\ngem 'omniauth-google-oauth2'\ngem 'omniauth-rails_csrf_protection', '~> 0.1'\ngem \"gemini-ai\", \"~> 4.2.0\"\n";
    const gomod = "module github.com/example/bundler\n\ngo 1.21\n\nrequire (\n\tgithub.com/ipfs/boxo v0.18.0\n\tgithub.com/ipfs/go-cid v0.4.1\n)\n";
    const tools = await toolsOf({ "docker/php/Dockerfile": dockerfile, ".github/workflows/ci.yml": workflow, Gemfile: gemfile, "go.mod": gomod });
    expect(tools.get("Composer")).toMatchObject({ version: "2.4.1", detection_source: "docker/php/Dockerfile" });
    expect(tools.has("Nix")).toBe(true);
    expect(tools.get("OmniAuth")?.detection_source).toBe("Gemfile");
    expect(tools.get("Google Gemini")?.detection_source).toBe("Gemfile");
    // boxo, IPFS's Go building blocks, is numbered on its own (0.18 came out beside kubo 0.26)
    expect(tools.get("IPFS")).toBeDefined();
    expect(tools.get("IPFS")?.version).toBeUndefined();
  });

  it("Composer from a Dockerfile that downloads its installer, not from composer.json or other hosts", async () => {
    const dockerfile = [
      "FROM php:8.1-fpm",
      "# RUN curl https://getcomposer.org/installer is only a comment here",
      "RUN apt-get update && apt-get install -y curl \\",
      "    && curl -sS https://getcomposer.org/installer | php -- --install-dir=/usr/bin/ --filename=composer",
      "RUN curl -fsSL https://deb.nodesource.com/setup_18.x | bash -",
    ].join("\n");
    const composer = JSON.stringify({ require: { php: "^8.1", "guzzlehttp/guzzle": "^7.2" } });
    const withInstaller = await toolsOf({ Dockerfile: dockerfile, "composer.json": composer });
    expect(withInstaller.get("Composer")).toMatchObject({ detection_source: "Dockerfile" });
    expect(withInstaller.get("Composer")?.version).toBeUndefined();
    const alone = await toolsOf({ "composer.json": composer, Dockerfile: "FROM php:8.1-fpm\nRUN curl -fsSL https://deb.nodesource.com/setup_18.x | bash -\n" });
    expect(alone.has("Composer")).toBe(false);
    expect(alone.has("Guzzle")).toBe(true);
    // The same rule for other installers' own hosts; a shared host or an unknown one names nothing.
    const installers = await toolsOf({
      Dockerfile: [
        "FROM debian:bookworm-slim",
        "RUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash - && apt-get install -y nodejs",
        "RUN curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y",
        "RUN curl -sSL https://install.python-poetry.org | python3 -",
        "ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini",
        "RUN wget -q https://downloads.example.com/tool.tar.gz",
      ].join("\n"),
    });
    expect(installers.get("Node.js")).toMatchObject({ detection_source: "Dockerfile" });
    expect(installers.has("Rust")).toBe(true);
    expect(installers.has("Poetry")).toBe(true);
    expect(installers.has("Composer")).toBe(false);
    // the first stage's OS image names it (os-image; the site names it from that FROM line)
    expect(installers.get("Debian")).toMatchObject({ detection_source: "Dockerfile" });
    expect([...installers.keys()].sort()).toEqual(["Debian", "Docker", "Node.js", "Poetry", "Rust"].sort());
  });

  it("a Go CLI's and a Go service's GraphQL, analytics and workflow clients (go.mod)", async () => {
    const cli = [
      "module github.com/okteto/okteto",
      "",
      "go 1.17",
      "",
      "require (",
      "\tgithub.com/dukex/mixpanel v0.0.0-20180925151559-f8d5594f958e",
      "\tgithub.com/machinebox/graphql v0.2.2",
      "\tgithub.com/moby/buildkit v0.8.2",
      ")",
      "",
      "replace github.com/moby/buildkit => github.com/okteto/buildkit v0.8.3-okteto1",
      "",
    ].join("\n");
    const service = "module example.com/orders\n\ngo 1.22\n\nrequire (\n\tgithub.com/99designs/gqlgen v0.17.45\n\tgo.temporal.io/sdk v1.26.0\n\tgithub.com/openzipkin/zipkin-go v0.4.2 // indirect\n)\n";
    const tools = await toolsOf({ "go.mod": cli, "services/orders/go.mod": service });
    expect(tools.get("GraphQL")?.detection_source).toBe("go.mod");
    expect(tools.get("Mixpanel")?.detection_source).toBe("go.mod");
    // The Go SDK is numbered apart from the Temporal server (test/temporal-sdk-numbering.test.ts).
    expect(tools.get("Temporal")).toMatchObject({ detection_source: "services/orders/go.mod" });
    expect(tools.get("Temporal")?.version).toBeUndefined();
    // What another module needs (// indirect) reveals no tool.
    expect(tools.has("Zipkin")).toBe(false);
  });

  it("a bot framework's packages: Discord.js (not Discord) from discord.js, TypeDI from typedi, superagent library", async () => {
    // A monorepo of a discord.js framework: the core package, its DI adapter, an API's test client.
    const core = JSON.stringify({ name: "discordx", version: "11.9.0", dependencies: { "discord.js": "^14.14.1", "@discordjs/voice": "^0.16.1" } });
    const di = JSON.stringify({ name: "@discordx/di", version: "3.3.4", dependencies: { tsyringe: "^4.10.0", typedi: "^0.10.0" } });
    const api = JSON.stringify({ name: "@app/api", version: "1.2.5", devDependencies: { superagent: "^6.0.0", supertest: "^5.0.0" } });
    const tools = await toolsOf({ "packages/discordx/package.json": core, "packages/di/package.json": di, "apps/api/package.json": api });
    expect(tools.get("Discord.js")).toMatchObject({ detection_source: "packages/discordx/package.json" });
    expect(tools.get("Discord.js")?.category).toBeUndefined();
    // The library talks to Discord; it is not the chat service the site lists under Collaboration.
    expect(tools.has("Discord")).toBe(false);
    expect(tools.get("TypeDI")?.detection_source).toBe("packages/di/package.json");
    expect(tools.get("superagent library")?.detection_source).toBe("apps/api/package.json");
    // The project's own sub-packages (@discordjs/voice) name the library without giving it their release.
    const voiceOnly = await toolsOf({ "package.json": JSON.stringify({ name: "radio", version: "1.0.0", dependencies: { "@discordjs/voice": "^0.16.1" } }) });
    expect(voiceOnly.get("Discord.js")?.version).toBeUndefined();
    expect(voiceOnly.has("Discord")).toBe(false);
  });

  it("a Python back end's hosted-service SDKs, infrastructure clients and test drivers (requirements, pyproject)", async () => {
    // A Flask shop's requirements and its infrastructure package's pyproject.toml: each package is
    // the official or standard client of one service, so it names that service; a client numbered
    // apart from a self-hosted server (hvac, temporalio, kazoo, python-consul) drops its release.
    const shop = [
      "Flask==3.0.2", "algoliasearch==3.0.0", "cloudinary==1.39.1", "auth0-python==4.7.1", "okta==2.9.5",
      "launchdarkly-server-sdk==9.2.2", "googlemaps==4.10.0", "google-cloud-pubsub==2.20.1", "qdrant-client==1.8.0",
      "weaviate-client==4.5.4", "chromadb==0.4.24", "mailchimp-transactional==1.0.56", "onesignal-python-api==2.0.2",
      "botbuilder-core==4.15.0", "llama-index-llms-openai==0.1.12", "ShopifyAPI==12.4.0", "Wand==0.6.13", "",
    ].join("\n");
    const infra = [
      "[project]", 'name = "infra"', 'version = "0.1.0"',
      'dependencies = ["aws-cdk-lib==2.133.0", "mangum==0.17.0", "hvac==2.1.0", "temporalio==1.5.1", "kazoo==2.10.0", "python-consul==1.1.0", "sqlalchemy-cockroachdb==2.0.2"]',
      "",
    ].join("\n");
    // Test drivers in a test requirements file, which names their tools (a `test` extra would be a
    // development section: package entries only, dev-extras.ts).
    const testDrivers = ["Appium-Python-Client==4.0.0", "browserstack-sdk==1.19.17", "coveralls==3.3.1", ""].join("\n");
    const tools = await toolsOf({ "requirements.txt": shop, "infra/pyproject.toml": infra, "infra/requirements-test.txt": testDrivers });
    for (const name of ["Algolia", "Cloudinary", "Auth0", "Okta", "LaunchDarkly", "Google Maps", "Google Cloud Pub/Sub", "Qdrant", "Weaviate", "Chroma",
      "Mandrill", "OneSignal", "Microsoft Bot Framework", "LlamaIndex", "Shopify", "ImageMagick", "AWS Cloud Development Kit", "AWS Lambda", "Vault",
      "Temporal", "Zookeeper", "Consul", "CockroachDB", "Appium", "BrowserStack", "Coveralls"]) expect(tools.has(name), name).toBe(true);
    expect(tools.get("AWS Cloud Development Kit")?.version).toBe("2.133.0");
    for (const name of ["Vault", "Temporal", "Zookeeper", "Consul", "ImageMagick", "Appium", "LlamaIndex"]) { expect(tools.get(name), name).toBeDefined(); expect(tools.get(name)?.version, name).toBeUndefined(); }
  });

  it("more Python clients: renamed SDKs, Azure AI and Storage, Google Cloud extras, Ansible's and Robot Framework's tooling, mod_wsgi", async () => {
    // A Django project's production requirements and its QA/ops requirements: each package reaches or
    // extends exactly one tool; a library numbered apart from the tool it extends keeps its release off it.
    const prod = [
      "Django==4.2.11", "mod-wsgi==5.0.0", "brevo-python==1.1.2", "paypal-server-sdk==0.6.1", "coinbase-commerce==1.0.1", "getstream==1.0.1",
      "pygsheets==2.0.6", "clerk-backend-api==1.0.3", "google-cloud-ndb==2.3.1", "google-cloud-recaptcha-enterprise==1.17.1",
      "azure-storage-queue==12.9.0", "azure-ai-textanalytics==5.3.0", "azure-cognitiveservices-vision-computervision==0.9.0",
      "applicationinsights==0.11.10", "pydgraph==23.0.2", "aiomqtt==2.0.1", "",
    ].join("\n");
    const qa = ["ansible-lint==24.2.1", "molecule==24.2.0", "robotframework-seleniumlibrary==6.2.0", "percy-selenium==2.0.4", "python-vagrant==1.0.0", "heroku3==5.2.1", "tensorflowjs==4.17.0", ""].join("\n");
    const tools = await toolsOf({ "requirements/production.txt": prod, "requirements/qa.txt": qa });
    for (const name of ["Apache HTTP Server", "SendinBlue", "PayPal", "Coinbase", "Stream", "Google Sheets", "Clerk", "Google Cloud Datastore", "Google reCaptcha",
      "Azure Storage", "Microsoft Cognitive Services", "Azure Application Insights", "Dgraph", "MQTT", "Ansible", "Robot Framework", "Percy", "Vagrant", "Heroku", "TensorFlow.js"]) {
      expect(tools.has(name), name).toBe(true);
    }
    for (const name of ["Apache HTTP Server", "Ansible", "Robot Framework", "Vagrant", "TensorFlow.js", "MQTT"]) { expect(tools.get(name), name).toBeDefined(); expect(tools.get(name)?.version, name).toBeUndefined(); }
    expect(tools.has("Microsoft Azure")).toBe(false);
  });

  it("vector, graph, event and analytical stores and backend platforms by their clients in Ruby, PHP, Rust, Elixir and Dart manifests", async () => {
    const cases: Array<[Record<string, string>, string[]]> = [
      [{ Gemfile: "source 'https://rubygems.org'\ngem 'rails'\ngem 'pgvector'\ngem 'qdrant-ruby'\ngem 'rethinkdb'\ngem 'presto-client'\n" }, ["pgvector", "Qdrant", "RethinkDB", "Presto"]],
      [{ "composer.json": JSON.stringify({ require: { "triagens/arangodb": "^3.8", "appwrite/appwrite": "^11.0", "sentry/sdk": "^4.0", "ext-zookeeper": "*" } }) }, ["ArangoDB", "Appwrite", "Sentry", "Zookeeper"]],
      [{ "Cargo.toml": '[package]\nname = "ledger"\nversion = "0.1.0"\n\n[dependencies]\neventstore = "3"\nlibsql = "0.6"\nqdrant-client = "1.12"\n' }, ["Event Store", "Turso", "Qdrant"]],
      [{ "mix.exs": 'defmodule Bot.MixProject do\n  defp deps do\n    [\n      {:pgvector, "~> 0.3"},\n      {:openai_ex, "~> 0.8"},\n      {:ex_twilio, "~> 0.10"}\n    ]\n  end\nend\n' }, ["pgvector", "OpenAI", "Twilio"]],
      [{ "pubspec.yaml": "name: notes\nenvironment:\n  sdk: '>=3.3.0 <4.0.0'\ndependencies:\n  pocketbase: ^0.18.1\n  dart_openai: ^5.1.0\n" }, ["PocketBase"]],  // dart_openai names no OpenAI (pub-plugins-apart-rule.test.ts)
    ];
    for (const [files, names] of cases) {
      const tools = await toolsOf(files);
      for (const name of names) expect(tools.has(name), `${Object.keys(files)[0]}: ${name}`).toBe(true);
    }
  });
});
