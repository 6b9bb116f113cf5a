import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Packages that name a tool without being numbered as it is: a plugin, companion or wrapper on its
// own line beside the tool's own package, a client of a server, a library implementing a protocol
// or a format. They reveal the tool; its version comes only from its own package (or stays unset).
const scanned = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false, disable: ["languages"] })).document.tools;
const tool = (tools: Awaited<ReturnType<typeof scanned>>, name: string) => tools.find((t) => t.name === name && !t.package_url);
const pkg = (tools: Awaited<ReturnType<typeof scanned>>, name: string) => tools.find((t) => t.name === name && t.package_url);

describe("packages numbered apart from the tool they name", () => {
  it("npm: companions and plugins leave the version to the tool's own package", async () => {
    // An Angular 7 app on Apollo 2 (modelled on corpus kingsley-einstein/Gitangular): apollo-link-http
    // 1.5 and apollo-angular 1.5 are not Apollo 1.5, and apollo-client 2.5, the client, is numbered
    // apart from the Apollo server the site names: Apollo without a release.
    const angular = await scanned({
      "package.json": JSON.stringify({
        name: "gitangular",
        dependencies: { "@angular/core": "~7.2.0", "apollo-angular": "^1.5.0", "apollo-angular-link-http": "^1.5.0", "apollo-cache-inmemory": "^1.4.3", "apollo-client": "^2.5.1", "apollo-link-http": "^1.5.11", graphql: "^14.1.1" },
      }),
    });
    expect(tool(angular, "Apollo")).toBeDefined();
    expect(tool(angular, "Apollo")?.version).toBeUndefined();
    expect(pkg(angular, "apollo-link-http")?.version).toBe("1.5.11"); // the package entry keeps its own
    expect(pkg(angular, "apollo-client")?.version).toBe("2.5.1");
    // A Lerna monorepo of React examples (modelled on held-out ahnsv/react-apollo): the root declares
    // apollo-client 2.6, an example server apollo-server 2.7; Apollo takes the server's release.
    const examples = await scanned({
      "package.json": JSON.stringify({ name: "react-apollo-monorepo", private: true, devDependencies: { "apollo-client": "2.6.3", "apollo-link": "1.2.12", lerna: "3.16.1", react: "16.8.6" } }),
      "examples/hooks/server/package.json": JSON.stringify({ name: "hooks-server", private: true, dependencies: { "apollo-server": "^2.7.0", "apollo-server-express": "^2.7.0", express: "^4.17.1" } }),
    });
    expect(tool(examples, "Apollo")?.version).toBe("2.7.0");
    // Nuxt's own monorepo (corpus Tisha211/nuxt): nuxt is a workspace link, and @nuxt/devalue 2.0 is
    // a serializer on its own numbering, not Nuxt 2.0.2; @nuxt/kit is released with Nuxt itself.
    const monorepo = await scanned({
      "package.json": JSON.stringify({ name: "nuxt-framework", private: true, devDependencies: { nuxt: "workspace:*", "@nuxt/devalue": "^2.0.2", "@nuxt/telemetry": "^2.5.0" } }),
    });
    expect(tool(monorepo, "Nuxt.js")).toBeDefined();
    expect(tool(monorepo, "Nuxt.js")?.version).toBeUndefined();
    const moduleKit = await scanned({ "package.json": JSON.stringify({ name: "my-module", dependencies: { "@nuxt/kit": "^3.8.2" }, devDependencies: { "@nuxt/module-builder": "^0.5.4" } }) });
    expect(tool(moduleKit, "Nuxt.js")?.version).toBe("3.8.2");
    // Koa's router (15 beside koa 3) and Ionic's CLI before @ionic/cli (`ionic` 5 beside Ionic 8) do not
    // lend their numbers; @ionic/cli is a package entry alone.
    const ionic = await scanned({ "package.json": JSON.stringify({ name: "shop", dependencies: { "@koa/router": "^12.0.1" }, devDependencies: { ionic: "^5.4.16" } }) });
    expect(tool(ionic, "Koa")).toBeDefined();
    expect(tool(ionic, "Koa")?.version).toBeUndefined();
    expect(tool(ionic, "Ionic")).toBeDefined();
    expect(tool(ionic, "Ionic")?.version).toBeUndefined();
  });

  it("npm: clients of a server and libraries of a protocol or format name it without a release", async () => {
    // A notification API's providers (modelled on corpus 2lambda123/configu and held-out ekp-sdk).
    const tools = await scanned({
      "package.json": JSON.stringify({
        name: "api",
        dependencies: { "openid-client": "^5.4.3", minio: "^7.1.3", nats: "^2.17.0", ethers: "^5.5.4", "@kubernetes/client-node": "^0.20.0" },
      }),
    });
    // msgpackr's MessagePack is a package entry by default: test/messagepack-package-only.test.ts.
    for (const name of ["OpenID Connect", "Minio", "NATS", "Ethereum", "Kubernetes"]) {
      expect(tool(tools, name), name).toBeDefined();
      expect(tool(tools, name)?.version, name).toBeUndefined();
    }
    expect(pkg(tools, "ethers")?.version).toBe("5.5.4");
  });

  it("PyPI, RubyGems, Go, NuGet and Maven: companions and clients do not give the tool their numbers", async () => {
    const requirements = "torch==2.1.0\ntorchvision==0.16.0\npaho-mqtt==1.6.1\nGeoAlchemy2==0.14.2\npython-socketio==5.10.0\n";
    const gemfile = "source 'https://rubygems.org'\n\ngem 'rails', '~> 7.1.0'\n\ngroup :development, :test do\n  gem 'rspec-rails', '~> 6.1.0'\nend\n";
    const gomod = "module example.com/operator\n\ngo 1.21\n\nrequire (\n\tk8s.io/client-go v0.29.0\n)\n";
    const csproj = '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="Grpc.AspNetCore" Version="2.59.0" />\n    <PackageReference Include="MQTTnet" Version="4.3.1.873" />\n  </ItemGroup>\n</Project>\n';
    const pom = "<project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId><artifactId>store</artifactId><version>1.0</version><dependencies><dependency><groupId>io.minio</groupId><artifactId>minio</artifactId><version>8.5.7</version></dependency></dependencies></project>\n";
    const tools = await scanned({ "requirements.txt": requirements, Gemfile: gemfile, "go.mod": gomod, "Api/Api.csproj": csproj, "store/pom.xml": pom });
    expect(tool(tools, "PyTorch")?.version).toBe("2.1.0"); // torch, not torchvision 0.16
    for (const name of ["MQTT", "PostGIS", "Socket.IO", "RSpec", "Kubernetes", "gRPC", "Minio"]) {
      expect(tool(tools, name), name).toBeDefined();
      expect(tool(tools, name)?.version, name).toBeUndefined();
    }
  });

  it("NATS clients in Cargo, Hex and vcpkg manifests name NATS without their own release", async () => {
    const cargo = '[package]\nname = "relay"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nasync-nats = "0.35.1"\n';
    const mix = 'defmodule Relay.MixProject do\n  use Mix.Project\n  def project, do: [app: :relay, version: "0.1.0", deps: deps()]\n  defp deps, do: [{:gnat, "~> 1.8"}]\nend\n';
    const vcpkg = JSON.stringify({ name: "relay", "version-string": "0.1.0", dependencies: ["cnats"], overrides: [{ name: "cnats", version: "3.8.2" }] });
    for (const files of [{ "Cargo.toml": cargo }, { "mix.exs": mix }, { "vcpkg.json": vcpkg, "CMakeLists.txt": "project(relay C)\nfind_package(cnats CONFIG REQUIRED)\n" }] as Array<Record<string, string>>) {
      const tools = await scanned(files);
      const nats = tool(tools, "NATS");
      expect(nats, Object.keys(files)[0]).toBeDefined();
      expect(nats?.version, Object.keys(files)[0]).toBeUndefined();
    }
  });

  it("MQTT and ZeroMQ clients in npm, RubyGems, crates.io and Hex name their tool without their own release", async () => {
    const pkgJson = JSON.stringify({ name: "telemetry", dependencies: { mqtt: "^5.7.0", zeromq: "^6.0.0" } });
    const gemfile = "source 'https://rubygems.org'\ngem 'mqtt', '~> 0.6.0'\n";
    const cargo = '[package]\nname = "probe"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\npaho-mqtt = "0.12.5"\n';
    // rumqttc, and rust-mqtt (a no_std client of embedded firmware), alone: each the only MQTT key
    const rumqttc = '[package]\nname = "probe"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nrumqttc = "0.24.0"\n';
    const rustMqtt = '[package]\nname = "probe"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nrust-mqtt = { version = "0.3.0", default-features = false }\n';
    const mix = 'defmodule Probe.MixProject do\n  use Mix.Project\n  def project, do: [app: :probe, version: "0.1.0", deps: deps()]\n  defp deps, do: [{:tortoise, "~> 0.10.0"}]\nend\n';
    for (const files of [{ "package.json": pkgJson }, { Gemfile: gemfile }, { "Cargo.toml": cargo }, { "Cargo.toml": rumqttc }, { "Cargo.toml": rustMqtt }, { "mix.exs": mix }] as Array<Record<string, string>>) {
      const tools = await scanned(files);
      const names = Object.keys(files)[0] === "package.json" ? ["MQTT", "ZeroMQ"] : ["MQTT"];
      for (const name of names) {
        expect(tool(tools, name), name).toBeDefined();
        expect(tool(tools, name)?.version, `${name} from ${Object.keys(files)[0]}`).toBeUndefined();
      }
    }
  });

  it("MinIO, ZooKeeper and Consul clients in PyPI, RubyGems and NuGet name their server without their own release", async () => {
    const csproj = '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="Consul" Version="1.7.14.3" />\n    <PackageReference Include="Minio" Version="6.0.2" />\n  </ItemGroup>\n</Project>\n';
    const tools = await scanned({ "uploader/requirements.txt": "minio==7.2.7\n", "coord/Gemfile": "source 'https://rubygems.org'\ngem 'zookeeper', '1.5.5'\n", "Api/Api.csproj": csproj });
    for (const name of ["Minio", "Zookeeper", "Consul"]) {
      expect(tool(tools, name), name).toBeDefined();
      expect(tool(tools, name)?.version, name).toBeUndefined();
    }
  });

  it("pgvector-elixir names pgvector without its own release, as the other languages' clients do", async () => {
    const mix = 'defmodule Search.MixProject do\n  use Mix.Project\n  def project, do: [app: :search, version: "0.1.0", deps: deps()]\n  defp deps, do: [{:pgvector, "~> 0.3.0"}, {:postgrex, ">= 0.0.0"}]\nend\n';
    const tools = await scanned({ "mix.exs": mix });
    expect(tool(tools, "pgvector")).toBeDefined();
    expect(tool(tools, "pgvector")?.version).toBeUndefined();
  });
});
