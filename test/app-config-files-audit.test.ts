import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { jvmOtherDetector } from "../detectors/jvm-other/index.js";
import { rubyDetector } from "../detectors/ruby/index.js";
import { byFile, detectorFindings } from "./detector-findings.js";

// Application configuration files as evidence of stores and services (audit of stop 42): what is
// read, where its findings point, and the files left unread because the site names nothing from them.

const toolsOf = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
};

// Shaped as `rails new --database=postgresql` writes it: prose comments first, the adapter in the
// `default` block that every environment merges, a production block of its own further down.
const railsDatabaseYml = `# PostgreSQL. Versions 9.3 and up are supported.
#
# Install the pg driver:
#   gem install pg
#
default: &default
  adapter: postgresql
  encoding: unicode
  # For details on connection pooling, see Rails configuration guide
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: shop_development

test:
  <<: *default
  database: shop_test

production:
  adapter: postgresql
  database: shop_production
  username: shop
  password: <%= ENV["SHOP_DATABASE_PASSWORD"] %>

analytics:
  # adapter: mysql2
  adapter:
  database: analytics
`;

describe("a Rails database.yml's adapters", () => {
  it("each once, at the line that first declares it: not the file's first line, not again for every environment", async () => {
    const { findings } = await detectorFindings(rubyDetector, { "config/database.yml": railsDatabaseYml });
    // An empty `adapter:` no longer reads the next line's key as an adapter (`database`).
    expect(byFile(findings)).toEqual({ "config/database.yml": ["rails-adapter:postgresql@7"] });
    const tools = await toolsOf({ "config/database.yml": railsDatabaseYml });
    expect(tools.get("PostgreSQL")).toMatchObject({ detection_source: "config/database.yml" });
  });
});

// A Quarkus service's src/main/resources/application.properties: the mailer extension's SMTP
// server names its mail service as spring.mail.host does for Spring Boot.
const quarkusProperties = `quarkus.http.port=8080
quarkus.datasource.db-kind=postgresql
# quarkus.mailer.host=smtp.mailgun.org
quarkus.mailer.from=orders@example.com
%dev.quarkus.mailer.mock=true
%prod.quarkus.mailer.host=smtp.sendgrid.net
%prod.quarkus.mailer.port=587
`;

describe("the mail service a Quarkus application's mailer sends through", () => {
  it("quarkus.mailer.host in application.properties, under a profile too, at its line; a commented line names nothing", async () => {
    const { findings } = await detectorFindings(jvmOtherDetector, { "src/main/resources/application.properties": quarkusProperties });
    expect(byFile(findings)).toEqual({ "src/main/resources/application.properties": ["smtp-host:smtp.sendgrid.net@6"] });
    const tools = await toolsOf({ "src/main/resources/application.properties": quarkusProperties });
    expect(tools.get("Twilio SendGrid")).toMatchObject({ detection_source: "src/main/resources/application.properties" });
    expect(tools.has("Mailgun")).toBe(false);
  });

  it("a key set for several profiles at once (%staging,prod.) names its mail service too", async () => {
    const text = "quarkus.mailer.mock=true\n%staging,prod.quarkus.mailer.host=smtp.mailgun.org\n";
    const { findings } = await detectorFindings(jvmOtherDetector, { "src/main/resources/application.properties": text });
    expect(byFile(findings)).toEqual({ "src/main/resources/application.properties": ["smtp-host:smtp.mailgun.org@2"] });
  });

  it("quarkus-config-yaml's application.yaml: nested, dotted, and under a %prod profile key", async () => {
    const yaml = [
      "quarkus:",
      "  mailer:",
      "    from: orders@example.com",
      "    host: ${SMTP_HOST:smtp.postmarkapp.com}",
      '"%prod":',
      "  quarkus:",
      "    mailer.host: email-smtp.eu-west-1.amazonaws.com",
      "",
    ].join("\n");
    const { findings } = await detectorFindings(jvmOtherDetector, { "src/main/resources/application.yaml": yaml });
    expect(byFile(findings)).toEqual({
      "src/main/resources/application.yaml": ["smtp-host:smtp.postmarkapp.com@4", "smtp-host:email-smtp.eu-west-1.amazonaws.com@7"],
    });
  });
});

// The families left unread, each because the site's stack files name nothing from them where they
// are the only evidence: corpus koel (.env.example `DB_CONNECTION=mysql`, config/database.php's
// default `mysql`: no MySQL), aspnetcore-graphql (appsettings.json's SQL Server connection string,
// EF Core through Microsoft.AspNetCore.App: no Microsoft SQL Server), spring6-sandbox
// (`spring.cassandra.*` beside a starter the site does not know: no Cassandra; every store it names
// cites a pom or compose file, and held-out spring-boot-microservices-series-v2's cite compose
// files, never the application.yml beside them). The drivers and SDKs that these files need are
// what names the store. A reader added for one of these should come with site evidence first.
describe("application configuration files the site names nothing from", () => {
  it("a Laravel .env.example and config/database.php, an appsettings.json connection string, Spring datasource and Cassandra keys, Django DATABASES and CACHES, a Phoenix repo's adapter", async () => {
    const tools = await toolsOf({
      ".env.example": "APP_NAME=Shop\nDB_CONNECTION=mysql\nDB_HOST=127.0.0.1\nCACHE_DRIVER=redis\nQUEUE_CONNECTION=sqs\nMAIL_MAILER=smtp\nMAIL_HOST=mailtrap.io\n",
      "config/database.php": "<?php\n\nreturn [\n    'default' => env('DB_CONNECTION', 'pgsql'),\n];\n",
      "Api/appsettings.json": JSON.stringify({ ConnectionStrings: { Shop: "Server=(localdb)\\mssqllocaldb;Database=Shop;Trusted_Connection=True", Cache: "localhost:6379" }, AllowedHosts: "*" }),
      "Api/appsettings.Production.json": JSON.stringify({ ConnectionStrings: { Shop: "Host=db;Database=shop;Username=shop" } }),
      "service/src/main/resources/application.properties": "spring.datasource.url=jdbc:postgresql://localhost:5432/shop\nspring.cassandra.keyspace-name=shop\nspring.kafka.bootstrap-servers=localhost:9092\nspring.rabbitmq.host=localhost\n",
      "service/src/main/resources/application-prod.yml": "spring:\n  data:\n    mongodb:\n      uri: ${MONGO_URI:mongodb://localhost/shop}\n    redis:\n      host: cache\n  elasticsearch:\n    uris: http://search:9200\n",
      "web/settings.py": "DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': 'shop',\n    }\n}\nCACHES = {'default': {'BACKEND': 'django.core.cache.backends.redis.RedisCache'}}\nCELERY_BROKER_URL = 'amqp://guest@rabbit//'\n",
      "mix.exs": 'defmodule Shop.MixProject do\n  use Mix.Project\n  def project, do: [app: :shop, deps: []]\nend\n',
      "config/dev.exs": "import Config\nconfig :shop, Shop.Repo, adapter: Ecto.Adapters.MyXQL\n",
    });
    const stores = [...tools.values()].filter((t) => t.category === "Data Stores" || t.sub_category === "Transactional Email").map((t) => t.name);
    expect(stores).toEqual([]);
    // A family that is read, Rails' config/database.yml, still names its store in the same scan.
    const read = await toolsOf({ ".env.example": "APP_NAME=Shop\nDB_CONNECTION=mysql\n", "config/database.yml": railsDatabaseYml });
    expect(read.get("PostgreSQL")).toBeDefined();
  });
});
