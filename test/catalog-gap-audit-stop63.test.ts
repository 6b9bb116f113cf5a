import { describe, expect, it } from "vitest";
import { namedToolVersions } from "./helpers.js";

// Tools catalog/unrevealed.yml listed as revealed by nothing, that a Terraform provider, an SMTP
// host or a version pin does reveal (stop 63's pass over the tools without a matcher).
describe("stop 63: providers, SMTP hosts and pins that reveal tools without a matcher before", () => {
  it("UptimeRobot (its own provider and louy's), updown.io and Statuspage from the providers a configuration requires", async () => {
    const tf = [
      "terraform {",
      "  required_providers {",
      "    cloudflare = {",
      '      source  = "cloudflare/cloudflare"',
      '      version = "~> 4.8"',
      "    }",
      "    uptimerobot = {",
      '      source  = "louy/uptimerobot"',
      '      version = "0.5.1"',
      "    }",
      "    updown = {",
      '      source = "mvisonneau/updown"',
      "    }",
      "    statuspage = {",
      '      source  = "yannh/statuspage"',
      '      version = "~> 0.1.6"',
      "    }",
      "  }",
      "}",
      "",
      'provider "uptimerobot" {',
      "  api_key = var.uptimerobot_api_key",
      "}",
      "",
    ].join("\n");
    expect(await namedToolVersions({ "monitoring/versions.tf": tf }, ["UptimeRobot", "updown.io", "StatusPage.io"])).toEqual({ UptimeRobot: "-", "updown.io": "-", "StatusPage.io": "-" });
    const own = 'terraform {\n  required_providers {\n    uptimerobot = { source = "uptimerobot/uptimerobot", version = "1.0.0" }\n  }\n}\n';
    expect(await namedToolVersions({ "main.tf": own }, ["UptimeRobot"])).toEqual({ UptimeRobot: "-" });
  });

  it("Zoho Mail from the SMTP server a Django settings module or a Rails environment sends through; Gmail's server is not it", async () => {
    const settings = 'EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"\nEMAIL_HOST = "smtp.zoho.eu"\nEMAIL_PORT = 587\nEMAIL_USE_TLS = True\n';
    const requirements = "Django==4.2.11\n";
    expect(await namedToolVersions({ "requirements.txt": requirements, "shop/settings.py": settings }, ["Zoho Mail"])).toEqual({ "Zoho Mail": "-" });
    const production = [
      "Rails.application.configure do",
      "  config.action_mailer.delivery_method = :smtp",
      "  config.action_mailer.smtp_settings = {",
      "    address: 'smtppro.zoho.com',",
      "    port: 465,",
      "    user_name: ENV['SMTP_USER'],",
      "    password: ENV['SMTP_PASSWORD'],",
      "    ssl: true",
      "  }",
      "end",
      "",
    ].join("\n");
    const gemfile = "source 'https://rubygems.org'\ngem 'rails', '~> 7.1.3'\n";
    expect(await namedToolVersions({ Gemfile: gemfile, "config/environments/production.rb": production }, ["Zoho Mail"])).toEqual({ "Zoho Mail": "-" });
    expect(await namedToolVersions({ "requirements.txt": requirements, "shop/settings.py": settings.replace("smtp.zoho.eu", "smtp.gmail.com") }, ["Zoho Mail"])).toEqual({ "Zoho Mail": "not named" });
  });

  it("hub, GitHub's CLI, at the release a .tool-versions pins", async () => {
    expect(await namedToolVersions({ ".tool-versions": "nodejs 20.11.0\nhub 2.14.2\n" }, ["hub"])).toEqual({ hub: "2.14.2" });
  });
});
