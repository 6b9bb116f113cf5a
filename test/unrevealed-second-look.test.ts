import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// A second look at tools catalog/unrevealed.yml listed as revealed by nothing: each of these has
// its vendor's own package, action or a file layout only it uses, so a repository declaring one
// names the tool (a closed hosted service with no version).
const opts = { git: false, timestamp: "2024-01-01T00:00:00Z" } as const;

async function tools(files: Record<string, string>) {
  return (await scan(new MemorySource(files), opts)).document.tools;
}

describe("tools once listed as unrevealed, named from their vendors' own packages and files", () => {
  it("an npm project's vendor SDKs name Squarespace, Front, Bitrix24, Podio, Gather, Aircall, Elevio and Abstract, with no version", async () => {
    const found = await tools({
      "package.json": JSON.stringify({
        name: "integrations",
        version: "1.0.0",
        dependencies: {
          "@frontapp/plugin-sdk": "^1.9.0",
          "@bitrix24/b24jssdk": "^1.0.4",
          "podio-js": "^1.6.1",
          "@gathertown/gather-game-client": "^43.0.1",
          "aircall-everywhere": "^2.0.5",
          elevio: "^1.3.7",
          "abstract-sdk": "^8.1.4",
          jotform: "^2.0.0",
        },
        devDependencies: { "@squarespace/toolbelt": "^0.8.8" },
      }),
    });
    for (const name of ["Squarespace", "Front", "Bitrix24", "Podio", "Gather.Town", "Aircall", "Elevio", "Abstract", "Jotform"]) {
      const t = tool(found, name);
      expect(t?.detection_source, name).toBe("package.json");
      expect(t, name).toBeDefined();
      expect(t?.version, name).toBeUndefined();
    }
  });

  it("gems name Swiftype, Vero, OneSky and Rainforest QA; Composer names Bitrix24, MODX and Grav", async () => {
    const found = await tools({
      Gemfile: 'source "https://rubygems.org"\ngem "rails", "~> 7.1"\ngem "swiftype", "~> 1.5"\ngem "vero", "~> 0.10"\ngem "onesky-ruby", "~> 1.3"\ngroup :test do\n  gem "rainforest-cli", require: false\nend\n',
      "composer.json": JSON.stringify({ name: "acme/site", require: { php: ">=8.1", "modx/revolution": "^3.0", "bitrix24/b24phpsdk": "^1.7", "getgrav/grav": "^1.7" } }),
    });
    for (const name of ["Swiftype", "Vero", "OneSky", "Rainforest QA", "Bitrix24", "MODX", "Grav"]) expect(tool(found, name), name).toBeDefined();
    expect(tool(found, "Swiftype")).toBeDefined();
    expect(tool(found, "Swiftype")?.version).toBeUndefined();
  });

  it("Rainforest QA's own action and ExpressionEngine's and Grav's settings files name those tools", async () => {
    const found = await tools({
      ".github/workflows/rainforest.yml": [
        "name: Rainforest",
        "on: [push]",
        "jobs:",
        "  rainforest:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - uses: rainforestapp/github-action@v3",
        "        with:",
        "          token: ${{ secrets.RAINFOREST_API_TOKEN }}",
        "          run_group_id: 1234",
        "",
      ].join("\n"),
      "system/user/config/config.php": "<?php\n$config['site_label'] = 'Acme';\n$config['app_version'] = '7.4.2';\n",
      "user/config/system.yaml": "home:\n  alias: '/home'\npages:\n  theme: quark\n",
    });
    expect(tool(found, "Rainforest QA")?.detection_source).toBe(".github/workflows/rainforest.yml");
    expect(tool(found, "ExpressionEngine")?.detection_source).toBe("system/user/config/config.php");
    expect(tool(found, "Grav")?.detection_source).toBe("user/config/system.yaml");
  });

  it("Slate's own image in a compose file names Slate (the API documentation generator)", async () => {
    const found = await tools({
      "docker-compose.yml": "services:\n  docs:\n    image: slatedocs/slate:v2.13.0\n    command: serve\n    ports:\n      - \"4567:4567\"\n    volumes:\n      - ./source:/srv/slate/source\n",
    });
    expect(tool(found, "Slate")?.detection_source).toBe("docker-compose.yml");
  });

  it("InVision's DSM integration and Gitter's embed, as npm packages, name InVision and Gitter", async () => {
    const found = await tools({
      "package.json": JSON.stringify({ name: "ds", version: "0.1.0", dependencies: { "gitter-sidecar": "^1.5.0" }, devDependencies: { "@invisionapp/dsm-storybook": "^1.0.4" } }),
    });
    expect(tool(found, "InVision")?.detection_source).toBe("package.json");
    expect(tool(found, "Gitter")?.detection_source).toBe("package.json");
  });

  it("a committed site's own files name WP Rocket, Divi, osTicket, XenForo and Apache Traffic Server", async () => {
    const found = await tools({
      "wp-content/plugins/wp-rocket/wp-rocket.php": "<?php\n/**\n * Plugin Name: WP Rocket\n * Version: 3.15.4\n */\n",
      "wp-content/themes/Divi/style.css": "/*\nTheme Name: Divi\nVersion: 4.23.1\n*/\n",
    });
    expect(tool(found, "WP Rocket")?.detection_source).toBe("wp-content/plugins/wp-rocket/wp-rocket.php");
    expect(tool(found, "Divi")?.detection_source).toBe("wp-content/themes/Divi/style.css");
    const helpdesk = await tools({ "upload/include/ost-sampleconfig.php": "<?php\ndefine('OSTINSTALLED',FALSE);\n" });
    expect(tool(helpdesk, "osTicket")?.detection_source).toBe("upload/include/ost-sampleconfig.php");
    const forum = await tools({ "src/XF.php": "<?php\n\nclass XF\n{\n\tpublic static $versionId = 2021570;\n}\n" });
    expect(tool(forum, "XenForo")?.detection_source).toBe("src/XF.php");
    const cache = await tools({
      "etc/trafficserver/remap.config": "map http://www.example.com/ http://origin.example.com/\n",
      "etc/trafficserver/records.config": "CONFIG proxy.config.http.server_ports STRING 8080\n",
    });
    expect(tool(cache, "Apache Traffic Server")?.detection_source).toMatch(/^etc\/trafficserver\/re(map|cords)\.config$/);
  });

  it("a site's Google verification file names Google Search Console; a name merely like it does not", async () => {
    const found = await tools({ "public/google1a2b3c4d5e6f7a8b.html": "google-site-verification: google1a2b3c4d5e6f7a8b.html\n" });
    expect(tool(found, "Google Search Console")?.detection_source).toBe("public/google1a2b3c4d5e6f7a8b.html");
    const other = await tools({ "google-maps.html": "<html></html>\n", "googlead.html": "<html></html>\n" });
    expect(tool(other, "Google Search Console")).toBeUndefined();
  });
});
