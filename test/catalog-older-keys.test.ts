import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Fact check of a sample of the catalog's older matcher keys (stop 41): a package numbered apart
// from the tool it reveals names the tool without giving it the package's version.
const opts = { git: false } as const;
const named = (tools: import("../src/types.js").ToolEntry[], name: string) => tools.find((t) => t.name === name && !t.package_url);

describe("older keys whose package is numbered apart from its tool", () => {
  it("Asciidoctor.js (@asciidoctor/core, asciidoctor on npm) names Asciidoctor without its own 3.0.x", async () => {
    const pkg = JSON.stringify({ name: "docs", version: "1.0.0", dependencies: { "@asciidoctor/core": "^3.0.4", asciidoctor: "^3.0.4" } });
    const lock = JSON.stringify({ name: "docs", version: "1.0.0", lockfileVersion: 3, packages: { "": { name: "docs", version: "1.0.0" }, "node_modules/@asciidoctor/core": { version: "3.0.4" }, "node_modules/asciidoctor": { version: "3.0.4" } } });
    const cases: Record<string, string>[] = [{ "package.json": pkg, "package-lock.json": lock }, { "package.json": JSON.stringify({ name: "d", dependencies: { "@asciidoctor/core": "2.2.6" } }) }];
    for (const files of cases) {
      const { document } = await scan(new MemorySource(files), opts);
      expect(named(document.tools, "Asciidoctor")).toBeDefined();
      expect(named(document.tools, "Asciidoctor")?.version).toBeUndefined();
      expect(document.tools.find((t) => t.name === "@asciidoctor/core")?.package_url).toBeDefined();
    }
  });

  it("PyQt5 and PyQt6 (Riverbank's bindings) name Qt without PyQt's release; PySide6 (Qt's own) keeps Qt's", async () => {
    for (const req of ["PyQt5==5.15.10\n", "PyQt6==6.6.1\n"]) {
      const { document } = await scan(new MemorySource({ "requirements.txt": req }), opts);
      expect(named(document.tools, "Qt"), req).toBeDefined();
      expect(named(document.tools, "Qt")?.version, req).toBeUndefined();
    }
    const { document } = await scan(new MemorySource({ "requirements.txt": "PySide6==6.6.1\n" }), opts);
    expect(named(document.tools, "Qt")?.version).toBe("6.6.1");
  });

  it("conda's python-dotenv names Dotenv (the Node library) without the Python port's 1.0.0", async () => {
    const env = ["name: app", "dependencies:", "  - python=3.11", "  - python-dotenv=1.0.0", ""].join("\n");
    const { document } = await scan(new MemorySource({ "environment.yml": env }), opts);
    expect(named(document.tools, "Dotenv")).toBeDefined();
    expect(named(document.tools, "Dotenv")?.version).toBeUndefined();
  });

  it("node-livereload (npm livereload) names LiveReload without the Node server's own 0.9.3", async () => {
    const pkg = JSON.stringify({ name: "site", version: "1.0.0", devDependencies: { livereload: "^0.9.3" } });
    const lock = JSON.stringify({ name: "site", version: "1.0.0", lockfileVersion: 3, packages: { "": { name: "site", version: "1.0.0" }, "node_modules/livereload": { version: "0.9.3", dev: true } } });
    const { document } = await scan(new MemorySource({ "package.json": pkg, "package-lock.json": lock }), opts);
    expect(named(document.tools, "LiveReload")).toBeDefined();
    expect(named(document.tools, "LiveReload")?.version).toBeUndefined();
  });

  it("the actix actor crate names Actix without its 0.13; Actix Web's crate gives Actix its release", async () => {
    const manifest = ["[package]", 'name = "chat"', 'version = "0.1.0"', 'edition = "2021"', "", "[dependencies]", 'actix = "0.13"', 'actix-web = "4"', ""].join("\n");
    const lock = ["version = 3", "", "[[package]]", 'name = "actix"', 'version = "0.13.1"', "", "[[package]]", 'name = "actix-web"', 'version = "4.4.0"', ""].join("\n");
    const both = await scan(new MemorySource({ "Cargo.toml": manifest, "Cargo.lock": lock }), opts);
    expect(named(both.document.tools, "Actix")?.version).toBe("4.4.0");
    const actorsOnly = manifest.replace('actix-web = "4"\n', "");
    const alone = await scan(new MemorySource({ "Cargo.toml": actorsOnly, "Cargo.lock": lock.split("\n\n[[package]]\nname = \"actix-web\"")[0] + "\n" }), opts);
    expect(named(alone.document.tools, "Actix")).toBeDefined();
    expect(named(alone.document.tools, "Actix")?.version).toBeUndefined();
  });
});

describe("same-pattern keys found beside the sample: a binding or wrapper numbered apart", () => {
  const cargo = (deps: string, locked: [string, string][]) => ({
    "Cargo.toml": ["[package]", 'name = "svc"', 'version = "0.1.0"', 'edition = "2021"', "", "[dependencies]", deps, ""].join("\n"),
    "Cargo.lock": ["version = 3", "", ...locked.flatMap(([n, v]) => ["[[package]]", `name = "${n}"`, `version = "${v}"`, ""])].join("\n"),
  });

  it("serde_json names Serde without its own 1.0.108; serde itself gives Serde its release", async () => {
    const json = await scan(new MemorySource(cargo('serde_json = "1.0"', [["serde", "1.0.193"], ["serde_json", "1.0.108"]])), opts);
    expect(named(json.document.tools, "Serde")).toBeDefined();
    expect(named(json.document.tools, "Serde")?.version).toBeUndefined();
    const both = await scan(new MemorySource(cargo('serde = "1.0"\nserde_json = "1.0"', [["serde", "1.0.193"], ["serde_json", "1.0.108"]])), opts);
    expect(named(both.document.tools, "Serde")?.version).toBe("1.0.193");
  });

  it("react-plotly.js and chrome-aws-lambda name Plotly.js and Chromium without their own numbering", async () => {
    const pkg = JSON.stringify({ name: "app", version: "1.0.0", dependencies: { "react-plotly.js": "^2.6.0", "chrome-aws-lambda": "^10.1.0" } });
    const { document } = await scan(new MemorySource({ "package.json": pkg }), opts);
    for (const name of ["Plotly.js", "Chromium"]) {
      expect(named(document.tools, name), name).toBeDefined();
      expect(named(document.tools, name)?.version, name).toBeUndefined();
    }
  });

  it("go-ceph and go-lxc name Ceph and LXC without the binding's 0.25.0 or a pseudo-version's 0.0.0", async () => {
    const mod = ["module example.com/x", "", "go 1.21", "", "require (", "\tgithub.com/ceph/go-ceph v0.25.0", "\tgithub.com/lxc/go-lxc v0.0.0-20230926171149-ccae595aa49e", ")", ""].join("\n");
    const { document } = await scan(new MemorySource({ "go.mod": mod }), opts);
    for (const name of ["ceph", "LXC"]) {
      expect(named(document.tools, name), name).toBeDefined();
      expect(named(document.tools, name)?.version, name).toBeUndefined();
    }
    const v2 = await scan(new MemorySource({ "go.mod": "module example.com/y\n\ngo 1.21\n\nrequire gopkg.in/lxc/go-lxc.v2 v2.0.0-20210205143421-c4b1ee4d4a17\n" }), opts);
    expect(named(v2.document.tools, "LXC")).toBeDefined();
    expect(named(v2.document.tools, "LXC")?.version).toBeUndefined();
  });
});

describe("SDKs the catalog already calls numbered apart elsewhere: the other registries' keys follow", () => {
  it("Appwrite's PHP, Ruby, Kotlin, .NET and Swift SDKs name Appwrite without their own numbering; its image keeps its release", async () => {
    const files = {
      "composer.json": JSON.stringify({ name: "acme/app", require: { "appwrite/appwrite": "^10.1" } }),
      "composer.lock": JSON.stringify({ packages: [{ name: "appwrite/appwrite", version: "10.1.0" }], "packages-dev": [] }),
      "worker/Gemfile": 'source "https://rubygems.org"\ngem "appwrite", "10.1.0"\n',
      "android/app/build.gradle": "dependencies {\n    implementation 'io.appwrite:sdk-for-android:5.1.0'\n}\n",
      "api/Api.csproj": '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup><ItemGroup><PackageReference Include="Appwrite" Version="0.7.1" /></ItemGroup></Project>',
      "ios/Package.swift": '// swift-tools-version:5.9\nimport PackageDescription\nlet package = Package(name: "App", dependencies: [.package(url: "https://github.com/appwrite/sdk-for-apple", from: "5.0.0")], targets: [])\n',
    };
    const { document } = await scan(new MemorySource(files), opts);
    expect(named(document.tools, "Appwrite")).toBeDefined();
    expect(named(document.tools, "Appwrite")?.version).toBeUndefined();
    const image = await scan(new MemorySource({ ...files, "docker-compose.yml": "services:\n  appwrite:\n    image: appwrite/appwrite:1.5.7\n" }), opts);
    expect(named(image.document.tools, "Appwrite")?.version).toBe("1.5.7");
  });

  it("java-cfenv names Cloud Foundry without its 3.1.5, as cfenv on npm and PyPI", async () => {
    const pom = `<project><modelVersion>4.0.0</modelVersion><groupId>a</groupId><artifactId>b</artifactId><version>1</version>
<dependencies><dependency><groupId>io.pivotal.cfenv</groupId><artifactId>java-cfenv-boot</artifactId><version>3.1.5</version></dependency></dependencies></project>`;
    const { document } = await scan(new MemorySource({ "pom.xml": pom }), opts);
    expect(named(document.tools, "Cloud Foundry")).toBeDefined();
    expect(named(document.tools, "Cloud Foundry")?.version).toBeUndefined();
  });
});

describe("libraries, clients and ports numbered apart from the tool, protocol or daemon they name", () => {
  // One repository per registry; each library is the tool's client, wrapper or port, on its own numbering.
  const files: Record<string, string> = {
    "js/package.json": JSON.stringify({ name: "a", dependencies: { wkhtmltopdf: "0.4.0", "@jitsi/react-sdk": "1.4.0", cron: "3.1.6", imagemagick: "0.1.3", ldapjs: "3.0.7" } }),
    "py/requirements.txt": "zulip==0.9.0\nkubernetes==28.1.0\n",
    "rb/Gemfile": 'source "https://rubygems.org"\ngem "oauth2", "2.0.9"\ngem "openid_connect", "2.2.0"\ngem "prettier", "3.1.1"\n',
    "go/go.mod": "module x\n\ngo 1.21\n\nrequire github.com/hashicorp/nomad/api v0.0.0-20231213195942-64e3dca9274b\n",
    "rs/Cargo.toml": '[package]\nname = "x"\nversion = "0.1.0"\n\n[dependencies]\ncurl = "0.4.44"\n',
    "cs/a.csproj": '<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="MessagePack" Version="2.5.140" /><PackageReference Include="GraphQL" Version="7.7.2" /><PackageReference Include="Tesseract" Version="5.2.0" /></ItemGroup></Project>',
    "jvm/pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>a</groupId><artifactId>b</artifactId><version>1</version><dependencies>" +
      [["org.fluentd", "fluent-logger", "0.3.4"], ["com.timgroup", "java-statsd-client", "3.1.0"], ["net.sourceforge.tess4j", "tess4j", "5.9.0"]].map(([g, a, v]) => `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId><version>${v}</version></dependency>`).join("") + "</dependencies></project>",
    "dart/pubspec.yaml": "name: a\ndependencies:\n  socket_io_client: 2.0.3\n  redux: 5.0.0\n",
    "ios/Podfile": "platform :ios, '13.0'\ntarget 'A' do\n  pod 'Socket.IO-Client-Swift', '16.1.0'\nend\n",
    "spm/Package.swift": '// swift-tools-version:5.9\nimport PackageDescription\nlet package = Package(name: "App", dependencies: [.package(url: "https://github.com/socketio/socket.io-client-swift", from: "16.1.0")], targets: [])\n',
    "carthage/Cartfile": 'github "socketio/Socket.IO-Client-Swift" ~> 15.2.0\n',
  };
  const names = ["wkhtmltopdf", "Jitsi", "Cron", "ImageMagick", "LDAP", "Zulip", "Kubernetes", "OAuth2", "OpenID Connect", "Nomad", "cURL", "MessagePack", "GraphQL", "Tesseract OCR", "Fluentd", "StatsD", "Socket.IO", "Redux", "Prettier"];

  it("each names its tool without giving it the library's version", async () => {
    // MessagePack's implementations are package entries by default (test/messagepack-package-only.test.ts).
    const { document } = await scan(new MemorySource(files), { ...opts, allTools: true });
    for (const name of names) {
      expect(named(document.tools, name), name).toBeDefined();
      expect(named(document.tools, name)?.version, name).toBeUndefined();
    }
  });

  it("each on its own (one registry at a time): the Swift Socket.IO client and the Dart ports too", async () => {
    for (const [path, text] of Object.entries(files)) {
      const { document } = await scan(new MemorySource({ [path]: text }), opts);
      const versioned = document.tools.filter((t) => !t.package_url && t.version && names.includes(t.name)).map((t) => `${t.name} ${t.version}`);
      expect(versioned, path).toEqual([]);
      // Each file alone names one of them at least.
      expect(document.tools.some((t) => !t.package_url && names.includes(t.name)), path).toBe(true);
    }
  });
});
