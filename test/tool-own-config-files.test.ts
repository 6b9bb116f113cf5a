import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

const opts = { git: false, timestamp: "2024-01-01T00:00:00Z" } as const;

/** Each tool the document names (not package entries): its version ("-" without one) and the file it was named from. */
async function tools(files: Record<string, string>): Promise<Map<string, string>> {
  const { document } = await scan(new MemorySource(files), opts);
  return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, `${t.version ?? "-"} ${t.detection_source}`]));
}

describe("tools named from a configuration file written for them alone", () => {
  it("knows the Ruby monitoring agents' and Sidekiq's settings files of a deployment repository", async () => {
    // The app's config/ folder as a deployment repository keeps it beside its Kubernetes manifests, with no Gemfile.
    const found = await tools({
      "README.md": "# shop-deploy\n",
      "config/appsignal.yml": "default: &defaults\n  push_api_key: \"<%= ENV['APPSIGNAL_PUSH_API_KEY'] %>\"\n  name: \"shop\"\nproduction:\n  <<: *defaults\n  active: true\n",
      "config/honeybadger.yml": "---\napi_key: \"<%= ENV['HONEYBADGER_API_KEY'] %>\"\nenv: \"<%= Rails.env %>\"\ndevelopment_environments:\n  - test\n  - development\n",
      "config/scout_apm.yml": "common: &defaults\n  name: shop\n  key: <%= ENV['SCOUT_KEY'] %>\n  monitor: true\nproduction:\n  <<: *defaults\n",
      "config/skylight.yml": "authentication: <%= ENV['SKYLIGHT_AUTHENTICATION'] %>\nenv: production\n",
      "config/sidekiq.yml": ":concurrency: 5\n:queues:\n  - critical\n  - default\n  - mailers\n",
    });
    expect(found.get("AppSignal")).toBe("- config/appsignal.yml");
    expect(found.get("Honeybadger")).toBe("- config/honeybadger.yml");
    expect(found.get("Scout")).toBe("- config/scout_apm.yml");
    expect(found.get("Skylight")).toBe("- config/skylight.yml");
    expect(found.get("Sidekiq")).toBe("- config/sidekiq.yml");
  });

  it("keeps the release the lockfile gives, and the manifest as the source, where the gem is locked too", async () => {
    const found = await tools({
      Gemfile: "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\ngem 'sidekiq', '~> 7.2'\n",
      "Gemfile.lock": "GEM\n  remote: https://rubygems.org/\n  specs:\n    sidekiq (7.2.4)\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  sidekiq (~> 7.2)\n",
      "config/sidekiq.yml": ":concurrency: 10\n:queues:\n  - default\n",
    });
    expect(found.get("Sidekiq")).toBe("7.2.4 Gemfile");
  });

  it("knows the Datadog CLI's, LaunchDarkly's code-references and ngrok's files of a Node service", async () => {
    const found = await tools({
      "package.json": JSON.stringify({ name: "orders-api", version: "1.0.0", private: true, scripts: { start: "node server.js" }, dependencies: {} }),
      "datadog-ci.json": '{\n  "apiKey": "<DATADOG_API_KEY>",\n  "datadogSite": "datadoghq.eu"\n}\n',
      ".launchdarkly/coderefs.yaml": "aliases:\n  - type: camelcase\n",
      "ngrok.yml": "version: \"2\"\ntunnels:\n  api:\n    proto: http\n    addr: 3000\n",
    });
    expect(found.get("Datadog")).toBe("- datadog-ci.json");
    expect(found.get("LaunchDarkly")).toBe("- .launchdarkly/coderefs.yaml");
    expect(found.get("ngrok")).toBe("- ngrok.yml");
  });

  it("knows a Nix flake and development shell, a Scrapy project, a Metalsmith site and a Tauri app", async () => {
    const flake = await tools({
      "flake.nix": '{\n  description = "cli";\n  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-23.11";\n  outputs = { self, nixpkgs }: { };\n}\n',
      "flake.lock": '{ "nodes": {}, "root": "root", "version": 7 }\n',
      "main.sh": "#!/bin/sh\necho hi\n",
    });
    expect(flake.get("Nix")).toBe("- Repo Metadata");
    expect((await tools({ "shell.nix": "{ pkgs ? import <nixpkgs> {} }:\npkgs.mkShell { buildInputs = [ pkgs.jq ]; }\n" })).get("Nix")).toBe("- Repo Metadata");
    const crawler = await tools({
      "scrapy.cfg": "[settings]\ndefault = quotes.settings\n\n[deploy]\nproject = quotes\n",
      "quotes/__init__.py": "",
      "quotes/settings.py": "BOT_NAME = 'quotes'\n",
      "quotes/spiders/quotes.py": "",
    });
    expect(crawler.get("Scrapy")).toBe("- scrapy.cfg");
    const site = await tools({
      "metalsmith.json": '{\n  "source": "src",\n  "destination": "build",\n  "plugins": [{ "@metalsmith/markdown": {} }]\n}\n',
      "src/index.md": "# Hello\n",
    });
    expect(site.get("Metalsmith")).toBe("- metalsmith.json");
    const desktop = await tools({
      "index.html": "<!doctype html><title>notes</title>\n",
      "src-tauri/tauri.conf.json": '{\n  "productName": "notes",\n  "version": "0.1.0",\n  "identifier": "com.example.notes",\n  "build": { "frontendDist": "../" }\n}\n',
    });
    expect(desktop.get("Tauri")).toBe("- src-tauri/tauri.conf.json");
    expect((await tools({ "src-tauri/Tauri.toml": '[package]\nproduct-name = "notes"\n' })).get("Tauri")).toBe("- src-tauri/Tauri.toml");
  });
});
