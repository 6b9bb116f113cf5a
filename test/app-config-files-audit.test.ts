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
