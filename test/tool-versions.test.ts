import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";
import { tool } from "./helpers.js";
import { readDevenv } from "../detectors/tool-versions/devenv.js";
import { toolVersionsDetector } from "../detectors/tool-versions/index.js";
import { detectorFindings } from "./detector-findings.js";
import { lineFinder } from "../src/kit.js";
import { expectFinishesWithin } from "./work-budget.js";

const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

describe("version managers' pins", () => {
  it("where mise.toml (or .config/mise.toml) and .tool-versions of one folder pin a tool, mise's own file wins, as mise reads them", async () => {
    const toolVersions = "nodejs 20.10.0\npython 3.12.1\njava temurin-21.0.2+13.0.LTS\n";
    const { document } = await scan(new MemorySource({ ".tool-versions": toolVersions, "mise.toml": '[tools]\nnode = "22.2.0"\n' }), opts);
    expect(tool(document.tools, "Node.js")).toMatchObject({ version: "22.2.0", detection_source: "mise.toml" });
    expect(tool(document.tools, "Python")).toMatchObject({ version: "3.12.1", detection_source: ".tool-versions" });
    const nested = await scan(new MemorySource({ "api/.tool-versions": toolVersions, "api/.config/mise.toml": '[tools]\njava = "temurin-21.0.3+9.0.LTS"\n', "web/.tool-versions": "nodejs 18.19.0\n" }), opts);
    // (cited from mise's file; a language pinned only below the root names no release, src/document/version-rules.ts)
    expect(tool(nested.document.tools, "Java")).toMatchObject({ detection_source: "api/.config/mise.toml" });
    expect(tool(nested.document.tools, "Java")?.version).toBeUndefined();
    const rooted = await scan(new MemorySource({ ".tool-versions": toolVersions, ".config/mise.toml": '[tools]\njava = "temurin-21.0.3+9.0.LTS"\n' }), opts);
    expect(tool(rooted.document.tools, "Java")).toMatchObject({ version: "21.0.3", detection_source: ".config/mise.toml" });
    // another folder's mise configuration changes nothing here
    expect(tool(nested.document.tools, "Node.js")?.version).toBe("20.10.0");
  });

  it("asdf's .tool-versions: the first version of each tool; a pin beats an image tag", async () => {
    const toolVersions = [
      "# runtimes for local development",
      "nodejs 20.11.0 18.19.0",
      "python 3.12.1",
      "ruby 3.3.0",
      "golang 1.22.0",
      "java temurin-21.0.2+13.0.LTS",
      "elixir 1.16.1-otp-26",
      "erlang 26.2.1",
      "terraform latest",
      "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ ".tool-versions": toolVersions, Dockerfile: "FROM node:18-alpine\n" }), opts);
    expect(tool(document.tools, "Node.js")).toMatchObject({ version: "20.11.0", detection_source: ".tool-versions" });
    expect(tool(document.tools, "Python")?.version).toBe("3.12.1");
    expect(tool(document.tools, "Ruby")?.version).toBe("3.3.0");
    expect(tool(document.tools, "Golang")?.version).toBe("1.22.0");
    expect(tool(document.tools, "Java")?.version).toBe("21.0.2");
    expect(tool(document.tools, "Elixir")?.version).toBe("1.16.1");
    expect(tool(document.tools, "Terraform")).toMatchObject({ detection_source: ".tool-versions" });
    expect(tool(document.tools, "Terraform")?.version).toBeUndefined();
  });

  it("mise.toml: a version string, a list (the first) or a table; a lone major is padded", async () => {
    const mise = '[env]\nNODE_ENV = "development"\n\n[tools]\nnode = "22"\npython = ["3.12", "3.11"]\nruby = { version = "3.2.2" }\npnpm = "10.29.3"\nusage = "latest"\n';
    const { document } = await scan(new MemorySource({ "mise.toml": mise, "package.json": JSON.stringify({ name: "app" }) }), opts);
    expect(tool(document.tools, "Node.js")).toMatchObject({ version: "22.0.0", detection_source: "mise.toml" });
    expect(tool(document.tools, "Python")?.version).toBe("3.12");
    expect(tool(document.tools, "Ruby")?.version).toBe("3.2.2");
    expect(tool(document.tools, "pnpm")?.version).toBe("10.29.3");
  });

  it("a Phoenix app's pins: Erlang and the PostgreSQL server asdf installs for development", async () => {
    const toolVersions = ["erlang 26.0.2", "elixir 1.15.4-otp-26", "nodejs 20", "postgres 15.3", ""].join("\n");
    const { document } = await scan(new MemorySource({ ".tool-versions": toolVersions }), opts);
    expect(tool(document.tools, "Erlang")).toMatchObject({ version: "26.0.2", detection_source: ".tool-versions" });
    expect(tool(document.tools, "Elixir")?.version).toBe("1.15.4");
    expect(tool(document.tools, "PostgreSQL")?.version).toBe("15.3");
  });

  it("tfenv's .terraform-version pins Terraform, over the floor a configuration's required_version accepts", async () => {
    const versions = 'terraform {\n  required_version = ">= 1.6.0, < 2.0.0"\n}\n';
    const { document } = await scan(new MemorySource({ ".terraform-version": "1.7.5\n", "envs/prod/versions.tf": versions }), opts);
    expect(tool(document.tools, "Terraform")).toMatchObject({ version: "1.7.5", detection_source: ".terraform-version" });
    // `latest`, `latest:^1.7` and `min-required` ask tfenv to choose: no release
    const latest = await scan(new MemorySource({ ".terraform-version": "latest:^1.7\n" }), opts);
    expect(tool(latest.document.tools, "Terraform")).toMatchObject({ detection_source: ".terraform-version" });
    expect(tool(latest.document.tools, "Terraform")?.version).toBeUndefined();
  });

  it("dvm's .dvmrc and .bun-version (setup-deno's and setup-bun's version files) pin Deno's and Bun's release", async () => {
    const workflow = "on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: denoland/setup-deno@v2\n        with:\n          deno-version-file: .dvmrc\n";
    const { document } = await scan(new MemorySource({ ".dvmrc": "v2.1.4\n", "deno.json": "{}", ".github/workflows/ci.yml": workflow }), opts);
    expect(tool(document.tools, "Deno")).toMatchObject({ version: "2.1.4", detection_source: ".dvmrc" });
    const bun = await scan(new MemorySource({ ".bun-version": "1.1.38\n", "package.json": JSON.stringify({ name: "app" }) }), opts);
    expect(tool(bun.document.tools, "Bun")).toMatchObject({ version: "1.1.38", detection_source: ".bun-version" });
    // `latest`, `canary` or a range name the runtime without a release
    const latest = await scan(new MemorySource({ ".bun-version": "latest\n" }), opts);
    expect(tool(latest.document.tools, "Bun")).toMatchObject({ detection_source: ".bun-version" });
    expect(tool(latest.document.tools, "Bun")?.version).toBeUndefined();
  });

  it("Bazelisk's .bazelversion pins Bazel's release; a candidate, `latest` or `7.x` names Bazel without one", async () => {
    const workspace = { "MODULE.bazel": 'module(name = "kv", version = "0.3.0")\n', "BUILD.bazel": "" };
    const { document } = await scan(new MemorySource({ ...workspace, ".bazelversion": "7.1.1\n" }), opts);
    expect(tool(document.tools, "Bazel")).toMatchObject({ version: "7.1.1", detection_source: ".bazelversion" });
    for (const other of ["7.2.0rc1\n", "latest\n", "7.x\n", "mycompany/7.1.1\n"]) {
      const loose = await scan(new MemorySource({ ...workspace, ".bazelversion": other }), opts);
      expect(tool(loose.document.tools, "Bazel")?.version).toBeUndefined();
    }
  });

  it(".xcode-version pins the Xcode release xcodes and xcenv select; a beta names Xcode without one", async () => {
    const { document } = await scan(new MemorySource({ ".xcode-version": "15.2\n" }), opts);
    expect(tool(document.tools, "Xcode")).toMatchObject({ version: "15.2", detection_source: ".xcode-version" });
    const beta = await scan(new MemorySource({ ".xcode-version": "15.3 Beta 2\n" }), opts);
    expect(tool(beta.document.tools, "Xcode")).toMatchObject({ detection_source: ".xcode-version" });
    expect(tool(beta.document.tools, "Xcode")?.version).toBeUndefined();
  });

  it(".swift-version (swiftenv's pin) gives Swift's release, over Package.swift's tools version; a snapshot gives none", async () => {
    const manifest = "// swift-tools-version:5.9\nimport PackageDescription\nlet package = Package(name: \"x\")\n";
    const { document } = await scan(new MemorySource({ ".swift-version": "5.10.1\n", "Package.swift": manifest }), opts);
    expect(tool(document.tools, "Swift")).toMatchObject({ version: "5.10.1", detection_source: "Repo Metadata", detection_source_url: ".swift-version" });
    const snapshot = await scan(new MemorySource({ ".swift-version": "DEVELOPMENT-SNAPSHOT-2024-03-01-a\n" }), opts);
    expect(tool(snapshot.document.tools, "Swift")).toMatchObject({ detection_source: ".swift-version" });
    expect(tool(snapshot.document.tools, "Swift")?.version).toBeUndefined();
  });

  it("which tool a plugin name means is catalog data: a repository's techstack.catalog.yml adds one", async () => {
    const files = { ".tool-versions": "helmfile 0.162.0\nnodejs 20.11.0\n" };
    const before = await scan(new MemorySource(files), opts);
    expect(tool(before.document.tools, "Helmfile")).toBeUndefined();
    const userCatalog = "matchers:\n  version-manager:\n    helmfile: helmfile\n";
    const { document } = await scan(new MemorySource({ ...files, "techstack.catalog.yml": userCatalog }), opts);
    expect(tool(document.tools, "Helmfile")).toMatchObject({ version: "0.162.0", detection_source: ".tool-versions" });
    expect(tool(document.tools, "Node.js")?.version).toBe("20.11.0");
  });
});

describe("proto's and moon's pins", () => {
  it(".prototools' top-level pins name their tools at those releases; its tables pin nothing", async () => {
    const prototools = 'node = "20.12.2"\npnpm = "9.1.0"\nbun = "latest"\n\n[plugins]\nmy-tool = "source:https://example.com/plugin.toml"\n\n[settings]\nauto-install = true\n';
    const { document } = await scan(new MemorySource({ ".prototools": prototools }), opts);
    expect(tool(document.tools, "Node.js")).toMatchObject({ version: "20.12.2", detection_source: ".prototools" });
    expect(tool(document.tools, "pnpm")).toMatchObject({ version: "9.1.0" });
    expect(tool(document.tools, "Bun")).toBeDefined();
    expect(tool(document.tools, "Bun")?.version).toBeUndefined();
  });

  it("moon's .moon/toolchain.yml pins Node.js and the package manager it names", async () => {
    const toolchain = "$schema: './cache/schemas/toolchain.json'\nnode:\n  version: '20.12.2'\n  packageManager: 'yarn'\n  yarn:\n    version: '4.1.1'\ntypescript:\n  routeOutDirToCache: true\n";
    const { document } = await scan(new MemorySource({ ".moon/workspace.yml": "projects:\n  - 'apps/*'\n", ".moon/toolchain.yml": toolchain }), opts);
    expect(tool(document.tools, "Node.js")).toMatchObject({ version: "20.12.2", detection_source: ".moon/toolchain.yml" });
    expect(tool(document.tools, "Yarn")).toMatchObject({ version: "4.1.1", detection_source: ".moon/toolchain.yml" });
    // a package manager without a pinned release still names its tool
    const bare = await scan(new MemorySource({ ".moon/toolchain.yml": "node:\n  version: '20.12.2'\n  packageManager: 'pnpm'\n" }), opts);
    expect(tool(bare.document.tools, "pnpm")?.version).toBeUndefined();
    expect(tool(bare.document.tools, "pnpm")).toBeDefined();
  });
  it("Devbox's devbox.json: each package the catalog knows by name, at its version (a list of name@version, or a map)", async () => {
    const list = JSON.stringify({ $schema: "https://raw.githubusercontent.com/jetify-com/devbox/0.10.1/.schema/devbox.schema.json", packages: ["python@3.11.8", "postgresql@15", "nodejs@latest", "python311Packages.pip@latest", "github:nixos/nixpkgs/nixos-23.11#hello"], shell: { init_hook: ["echo ready"] } }, null, 2);
    const { document, warnings } = await scan(new MemorySource({ "devbox.json": list }), opts);
    expect(warnings).toEqual([]);
    expect(tool(document.tools, "Python")).toMatchObject({ version: "3.11.8", detection_source: "devbox.json" });
    expect(tool(document.tools, "PostgreSQL")).toMatchObject({ version: "15.0.0", detection_source: "devbox.json" });
    expect(tool(document.tools, "Node.js")).toMatchObject({ detection_source: "devbox.json" });
    expect(tool(document.tools, "Node.js")?.version).toBeUndefined();
    const map = JSON.stringify({ packages: { go: "1.22.1", ruby: { version: "3.3.0", platforms: ["x86_64-linux"] }, redis: { excluded_platforms: ["aarch64-darwin"] } } });
    const second = await scan(new MemorySource({ "devbox.json": map }), opts);
    expect(tool(second.document.tools, "Golang")).toMatchObject({ version: "1.22.1", detection_source: "devbox.json" });
    expect(tool(second.document.tools, "Ruby")?.version).toBe("3.3.0");
    expect(tool(second.document.tools, "Redis")?.version).toBeUndefined();
    expect(tool(second.document.tools, "Redis")).toBeDefined();
  });
  it("devenv's devenv.nix: the languages and services it enables (each of Nix's three ways to write it), at the version set for them", async () => {
    const devenv = [
      "{ pkgs, lib, config, ... }:",
      "",
      "{",
      "  # https://devenv.sh/packages/",
      "  packages = [ pkgs.git pkgs.jq ];",
      "",
      "  languages.python.enable = true;",
      '  languages.python.version = "3.11.8";',
      "  languages.go = {",
      "    enable = true;",
      "    package = pkgs.go_1_22;",
      "  };",
      "  languages = {",
      "    ruby.enable = true;",
      '    ruby.version = "3.3.0";',
      "    rust = { enable = false; };",
      "  };",
      "  services.postgres = {",
      "    enable = true;",
      '    initialDatabases = [ { name = "app"; } ];',
      "  };",
      "  # services.redis.enable = true;",
      "  services.mysql.enable = false;",
      '  scripts.hello.exec = "echo services.mongodb.enable = true;";',
      "}",
      "",
    ].join("\n");
    const { document, warnings } = await scan(new MemorySource({ "devenv.nix": devenv, "devenv.yaml": "inputs:\n  nixpkgs:\n    url: github:cachix/devenv-nixpkgs/rolling\n" }), opts);
    expect(warnings).toEqual([]);
    expect(tool(document.tools, "Python")).toMatchObject({ version: "3.11.8", detection_source: "devenv.nix" });
    expect(tool(document.tools, "Golang")).toMatchObject({ detection_source: "devenv.nix" });
    expect(tool(document.tools, "Golang")?.version).toBeUndefined();
    expect(tool(document.tools, "Ruby")).toMatchObject({ version: "3.3.0", detection_source: "devenv.nix" });
    expect(tool(document.tools, "PostgreSQL")).toMatchObject({ detection_source: "devenv.nix" });
    for (const absent of ["Rust", "Redis", "MySQL", "MongoDB"]) expect(tool(document.tools, absent)).toBeUndefined();
  });
  it("a devenv.nix of a string never closed (a page of escaped quotes) is read at once, as before", () => {
    // 2.6 s before: each quote's string was read again to the end of the file.
    const quotes = '"' + '\\"'.repeat(32_000);
    expect(expectFinishesWithin(() => readDevenv(quotes), 5)).toEqual([]);
    // Code before a quote that never closes is read; the rest is the open string's (as Nix reads
    // it, and as readNixPackages reads the same file: nixCode).
    expect(readDevenv('languages.go.enable = true;\nx = "open\n# languages.rust.enable = true;\nlanguages.ruby.enable = true;\n')).toEqual([{ name: "go", line: 1 }]);
  });

  it("a devenv.nix's indented ''...'' strings are strings: a script's lone double quote opens none", () => {
    const devenv = [
      "{ pkgs, ... }:",
      "{",
      "  scripts.unquote.exec = ''",
      "    sed -e 's/\"//g' \"$1\"",
      "  '';",
      "",
      "  languages.python.enable = true;",
      '  languages.python.version = "3.12";',
      "}",
      "",
    ].join("\n");
    expect(readDevenv(devenv)).toEqual([{ name: "python", version: "3.12", line: 7 }]);
  });
});

describe("version files of tens of thousands of pins", () => {
  it("find each pin's line in one walk of mise.toml, devbox.json and .prototools (3.9 s for 20,000 each when each was searched from the top)", async () => {
    let mise = "[tools]\n";
    let proto = "";
    const devbox: { packages: string[] } = { packages: [] };
    for (let i = 0; i < 20_000; i++) {
      mise += `tool${i} = "1.${i}.0"\n`;
      proto += `tool${i} = "1.${i}.0"\n`;
      devbox.packages.push(`pkg${i}@1.${i}`);
    }
    mise += 'node = "20.11.1"\n';
    const files = { "mise.toml": mise, ".prototools": proto, "devbox.json": JSON.stringify(devbox, null, 2) };
    const { findings } = await expectFinishesWithin(() => detectorFindings(toolVersionsDetector, files), 40, "20,000 pins in each of three files");
    expect(findings.find((f) => f.file === "mise.toml" && f.ref.endsWith(":node"))).toMatchObject({ line: 20_002, version: "20.11.1" });
    expect(findings.find((f) => f.file === ".prototools" && f.ref.endsWith(":tool19999"))).toMatchObject({ line: 20_000 });
  });
});

describe("lineFinder", () => {
  it("finds needles asked in the text's order from where the last was found, back to the top when not after it", () => {
    const find = lineFinder('golang = "1.22"\ngo = "1.21"\nnode = "20"\n');
    expect([find("go"), find("node"), find("golang"), find("ruby")]).toEqual([2, 3, 1, undefined]);
    const inOrder = lineFinder('golang = "1.22"\ngo = "1.21"\n');
    expect([inOrder("golang"), inOrder("go =")]).toEqual([1, 2]);
    const again = lineFinder("- task: Docker@2\n- task: Docker@2\n");
    expect([again("Docker@2"), again("Docker@2"), again("Docker@2")]).toEqual([1, 2, 1]);
  });

  it("finds a name only whole: not inside a longer name before it, nor in another table's dotted key", async () => {
    const mise = '[env]\n_.python.venv = { path = ".venv", create = true }\n\n[tools]\nterraform-docs = "0.17.0"\nterraform = "1.7.5"\ngolang = "1.22.1"\ngo = "1.22.1"\npython = "3.12.2"\n';
    const { findings } = await detectorFindings(toolVersionsDetector, { "mise.toml": mise });
    const lines = Object.fromEntries(findings.map((f) => [f.ref.slice(f.ref.lastIndexOf(":") + 1), f.line]));
    expect(lines).toMatchObject({ "terraform-docs": 5, terraform: 6, golang: 7, go: 8, python: 9 });
    const find = lineFinder('"python311Packages.pip",\n"python@3.11",\n');
    expect(find('"python')).toBe(2);
  });

  it("stays linear when a parsed map lists its entries out of the file's order (integer keys first, ascending)", async () => {
    let mise = "[tools]\n";
    let moon = "";
    for (let i = 20_000; i > 0; i--) mise += `"${1_000_000 + i}" = "1.0.0"\n`;
    for (let i = 10_000; i > 0; i--) moon += `${1_000_000 + i}:\n  version: "1.0.0"\n`;
    mise += 'node = "20.11.1"\n';
    // 18 s for a mise.toml of 40,000 and 5 s for moon's toolchain of 20,000 when each out-of-order entry was searched to the end and
    // again from the top; at half those (stop 72) that search still takes many times the budget.
    const { findings } = await expectFinishesWithin(() => detectorFindings(toolVersionsDetector, { "mise.toml": mise, ".moon/toolchain.yml": moon }), 25, "30,000 integer-named pins listed out of order");
    expect(findings.find((f) => f.file === "mise.toml" && f.ref.endsWith(":node"))).toMatchObject({ version: "20.11.1" });
  });
});
