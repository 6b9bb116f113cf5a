import { describe, expect, it } from "vitest";
import { namedToolVersions } from "./helpers.js";

// Tools catalog/unrevealed.yml listed as revealed by nothing, that a package, plugin, resource or
// package.json field of their own does reveal (stop 62's audit of the tools without a matcher).
describe("stop 62: packages, plugins and settings that reveal tools without a matcher before", () => {
  it("Google's generated Blogger clients name Blogger, in npm, Maven and NuGet manifests", async () => {
    const pkg = JSON.stringify({ name: "blog-sync", dependencies: { "@googleapis/blogger": "^1.0.0", "google-auth-library": "^9.0.0" } });
    const pom = [
      "<project>",
      "  <dependencies>",
      "    <dependency>",
      "      <groupId>com.google.apis</groupId>",
      "      <artifactId>google-api-services-blogger</artifactId>",
      "      <version>v3-rev20221220-2.0.0</version>",
      "    </dependency>",
      "  </dependencies>",
      "</project>",
      "",
    ].join("\n");
    const csproj = '<Project Sdk="Microsoft.NET.Sdk">\n  <ItemGroup>\n    <PackageReference Include="Google.Apis.Blogger.v3" Version="1.68.0.3273" />\n  </ItemGroup>\n</Project>\n';
    const manifests: Record<string, string>[] = [{ "package.json": pkg }, { "pom.xml": pom }, { "Poster/Poster.csproj": csproj }];
    for (const files of manifests) {
      expect((await namedToolVersions(files, ["Blogger"])).Blogger, Object.keys(files)[0]).not.toBe("not named");
    }
  });

  it("Azure Container Service from an ARM template's containerServices and azurerm 1.x's resource; AKS's managedClusters is not it", async () => {
    const template = (type: string) =>
      JSON.stringify({
        $schema: "https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#",
        contentVersion: "1.0.0.0",
        resources: [{ type, apiVersion: "2017-01-31", name: "acs", location: "[resourceGroup().location]" }],
      });
    expect(await namedToolVersions({ "azuredeploy.json": template("Microsoft.ContainerService/containerServices") }, ["Azure Container Service"])).toEqual({ "Azure Container Service": "-" });
    expect(await namedToolVersions({ "azuredeploy.json": template("Microsoft.ContainerService/managedClusters") }, ["Azure Container Service"])).toEqual({ "Azure Container Service": "not named" });
    const tf = 'resource "azurerm_container_service" "test" {\n  name                   = "acctestcontservice1"\n  orchestration_platform = "DCOS"\n}\n';
    expect(await namedToolVersions({ "main.tf": tf }, ["Azure Container Service"])).toEqual({ "Azure Container Service": "-" });
  });

  it("HipChat from its Ruby client; Google Colaboratory from the Colab runtime's package in a pip freeze", async () => {
    const gemfile = "source 'https://rubygems.org'\ngem 'rails', '~> 4.2.0'\ngroup :development do\n  gem 'capistrano', '~> 3.4'\n  gem 'hipchat', '~> 1.5.0'\nend\n";
    expect(await namedToolVersions({ Gemfile: gemfile }, ["HipChat"])).not.toEqual({ HipChat: "not named" });
    const freeze = "google-colab==1.0.0\nnumpy==1.23.5\npandas==1.5.3\ntqdm==4.65.0\n";
    expect(await namedToolVersions({ "requirements.txt": freeze }, ["Google Colaboratory"])).not.toEqual({ "Google Colaboratory": "not named" });
  });

  it("Sematext's SPM agents (Node.js, Express, Docker), Bitbar's API clients, Flowdock's gem and Logmatic's log handler name their services", async () => {
    const pkg = JSON.stringify({ name: "api", dependencies: { express: "^4.18.2", "spm-agent-nodejs": "^4.1.0" } });
    const compose = "services:\n  sematext-agent:\n    image: sematext/sematext-agent-docker:1.31.48\n    environment:\n      - SPM_TOKEN=${SPM_TOKEN}\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n";
    const agents: Record<string, string>[] = [{ "package.json": pkg }, { "docker-compose.yml": compose }];
    for (const files of agents) {
      expect((await namedToolVersions(files, ["SPM"])).SPM, Object.keys(files)[0]).not.toBe("not named");
    }
    const pom = "<project>\n  <dependencies>\n    <dependency>\n      <groupId>com.testdroid</groupId>\n      <artifactId>testdroid-api</artifactId>\n      <version>2.100</version>\n    </dependency>\n  </dependencies>\n</project>\n";
    const gemfile = "source 'https://rubygems.org'\ngem 'rails', '~> 4.1.0'\ngem 'flowdock', '~> 0.7'\n";
    const found = await namedToolVersions({ "pom.xml": pom, Gemfile: gemfile, "requirements.txt": "logmatic-python==0.1.7\nrequests==2.31.0\ntestdroid==2.100.0\n" }, ["BitBar", "Flowdock", "Logmatic"]);
    for (const name of ["BitBar", "Flowdock", "Logmatic"]) expect(found[name], name).not.toBe("not named");
  });

  it("Testling from a package.json's testling field or its runner; Component from its CLI", async () => {
    const withField = JSON.stringify({ name: "lib", version: "0.1.0", scripts: { test: "tape test/*.js" }, testling: { files: "test/*.js", browsers: ["ie/8..latest", "chrome/latest"] } }, null, 2);
    expect(await namedToolVersions({ "package.json": withField }, ["Testling"])).toEqual({ Testling: "-" });
    const withRunner = JSON.stringify({ name: "lib", devDependencies: { tape: "^2.3.0", testling: "^1.6.0", component: "^1.0.0" } });
    const found = await namedToolVersions({ "package.json": withRunner }, ["Testling", "Component"]);
    expect(found.Testling).not.toBe("not named");
    expect(found.Component).not.toBe("not named");
  });

  it("page plugins that load a service for the site's account: Crazy Egg, Inspectlet and Tidio in npm, at none of their releases", async () => {
    const pkg = JSON.stringify({
      name: "site",
      dependencies: { gatsby: "^5.0.0", "gatsby-plugin-crazyegg": "^1.0.2", "gatsby-plugin-tidio-chat": "^1.1.0", "inspectlet-es": "^1.0.0", analytics: "^0.8.0", "@analytics/crazy-egg": "^0.1.2" },
    });
    const names = ["Crazy Egg", "Inspectlet", "Tidio"];
    const found = await namedToolVersions({ "package.json": pkg }, names);
    for (const name of names) expect(found[name], name).not.toBe("not named");
    expect(found.Tidio).toBe("-");
  });

  it("vendors' WordPress plugins through WPackagist: Unbounce, SumoMe, SiteGround, Tidio, Pardot, Ahrefs, at none of their releases", async () => {
    const composer = JSON.stringify({
      repositories: [{ type: "composer", url: "https://wpackagist.org" }],
      require: {
        "roots/wordpress": "^6.4",
        "wpackagist-plugin/unbounce": "^1.1",
        "wpackagist-plugin/sumome": ">=1.22",
        "wpackagist-plugin/sg-cachepress": "^7.4",
        "wpackagist-plugin/tidio-live-chat": "^6.0",
        "wpackagist-plugin/pardot": "^1.5",
        "wpackagist-plugin/ahrefs-seo": "^0.10",
      },
    });
    const names = ["Unbounce", "SumoMe", "SiteGround", "Tidio", "Pardot", "Ahrefs"];
    expect(await namedToolVersions({ "composer.json": composer }, names)).toEqual(Object.fromEntries(names.map((n) => [n, "-"])));
  });
});
