import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

const pkg = (tools: Array<{ name: string; package_url?: string; version?: string; detection_source_url?: string }>, name: string) =>
  tools.find((t) => t.package_url && t.name === name);
const locked = (packages: Record<string, string>) =>
  "packages:\n" +
  Object.entries(packages)
    .map(([name, version]) => `  ${name}:\n    dependency: "direct main"\n    description:\n      name: ${name}\n      url: "https://pub.dev"\n    source: hosted\n    version: "${version}"\n`)
    .join("") +
  'sdks:\n  dart: ">=3.6.0 <4.0.0"\n';

describe("pubspec.yaml variants", () => {
  it("a path dependency is a folder of the repository, not a pub.dev package; a hosted table's version is read", async () => {
    const pubspec = ["name: app", "environment:", "  sdk: ^3.2.0", "dependencies:", "  core:", "    path: ../core", "  http:", "    hosted: https://pub.dev", "    version: ^1.2.0", "  dio: ^5.4.0"].join("\n");
    const { document } = await scan(new MemorySource({ "app/pubspec.yaml": pubspec }), { git: false });
    expect(pkg(document.tools, "core")).toBeUndefined();
    expect(pkg(document.tools, "http")?.version).toBe("1.2.0");
    expect(pkg(document.tools, "dio")?.version).toBe("5.4.0");
  });

  it("a pub workspace member (resolution: workspace) takes its versions from the root's pubspec.lock", async () => {
    const root = ["name: _", "publish_to: none", "environment:", "  sdk: ^3.6.0", "workspace:", "  - packages/app"].join("\n");
    const member = ["name: app", "resolution: workspace", "environment:", "  sdk: ^3.6.0", "dependencies:", "  http: ^1.2.0"].join("\n");
    const { document } = await scan(new MemorySource({ "pubspec.yaml": root, "pubspec.lock": locked({ http: "1.2.2" }), "packages/app/pubspec.yaml": member }), { git: false });
    expect(pkg(document.tools, "http")).toMatchObject({ version: "1.2.2", detection_source_url: "pubspec.lock" });
    // Without `resolution: workspace`, a lockfile above is another project's.
    const other = await scan(new MemorySource({ "pubspec.yaml": root, "pubspec.lock": locked({ http: "1.2.2" }), "packages/app/pubspec.yaml": member.replace("resolution: workspace\n", "") }), { git: false });
    expect(pkg(other.document.tools, "http")?.version).toBe("1.2.0");
  });

  it("a package reached by `path:` from an app (a melos member, a plugin beside its example) takes its dependencies' versions from that app's pubspec.lock", async () => {
    const pathEntry = (name: string, path: string) => `  ${name}:\n    dependency: "direct main"\n    description:\n      path: "${path}"\n      relative: true\n    source: path\n    version: "0.1.0"\n`;
    const appLock = locked({ dio: "5.3.4", very_good_analysis: "6.0.0", flutter_riverpod: "2.4.9" }).replace("packages:\n", "packages:\n" + pathEntry("api_client", "../../packages/api_client"));
    const app = ["name: mobile", "dependencies:", "  api_client:", "    path: ../../packages/api_client", "  flutter_riverpod: ^2.4.0"].join("\n");
    const member = ["name: api_client", "environment:", "  sdk: ^3.0.0", "dependencies:", "  dio: ^5.3.0", "dev_dependencies:", "  very_good_analysis: ^5.1.0"].join("\n");
    const { document } = await scan(new MemorySource({ "apps/mobile/pubspec.yaml": app, "apps/mobile/pubspec.lock": appLock, "packages/api_client/pubspec.yaml": member }), { git: false });
    expect(pkg(document.tools, "dio")).toMatchObject({ version: "5.3.4", detection_source_url: "apps/mobile/pubspec.lock" });
    // The app's resolution holds the member's dependencies, not its dev_dependencies: the
    // very_good_analysis 6.0.0 it locked for something else is no version of the member's ^5.1.0.
    expect(pkg(document.tools, "very_good_analysis")).toMatchObject({ version: "5.1.0", detection_source_url: "packages/api_client/pubspec.yaml" });
    // A plugin at the repository root, resolved by example/pubspec.lock (`path: ..`).
    const plugin = ["name: battery", "dependencies:", "  plugin_platform_interface: ^2.0.2"].join("\n");
    const example = ["name: battery_example", "dependencies:", "  battery:", "    path: ../"].join("\n");
    const exampleLock = locked({ plugin_platform_interface: "2.1.7" }).replace("packages:\n", "packages:\n" + pathEntry("battery", ".."));
    const root = await scan(new MemorySource({ "pubspec.yaml": plugin, "example/pubspec.yaml": example, "example/pubspec.lock": exampleLock }), { git: false });
    expect(pkg(root.document.tools, "plugin_platform_interface")).toMatchObject({ version: "2.1.7", detection_source_url: "example/pubspec.lock" });
  });

  it("Serverpod's server, client and Flutter packages name Serverpod, at the release the lockfile resolved", async () => {
    const server = ["name: notes_server", "environment:", "  sdk: '>=3.1.0 <4.0.0'", "dependencies:", "  serverpod: 1.2.7", "dev_dependencies:", "  serverpod_test: 1.2.7"].join("\n");
    const app = ["name: notes_flutter", "dependencies:", "  flutter:", "    sdk: flutter", "  serverpod_flutter: 1.2.7"].join("\n");
    const { document } = await scan(new MemorySource({ "notes_server/pubspec.yaml": server, "notes_server/pubspec.lock": locked({ serverpod: "1.2.7" }), "notes_flutter/pubspec.yaml": app }), { git: false });
    expect(document.tools.find((t) => t.name === "Serverpod" && !t.package_url)).toMatchObject({ version: "1.2.7", category: "Application Hosting", sub_category: "Web Servers" });
    const client = await scan(new MemorySource({ "notes_client/pubspec.yaml": "name: notes_client\ndependencies:\n  serverpod_client: 2.1.0\n" }), { git: false });
    expect(client.document.tools.find((t) => t.name === "Serverpod")?.version).toBe("2.1.0");
  });

  it("MobX for Dart (mobx, the MobX project's port) names MobX without its own numbering", async () => {
    const app = ["name: app", "dependencies:", "  flutter:", "    sdk: flutter", "  mobx: ^2.4.0", "  flutter_mobx: ^2.2.1", "dev_dependencies:", "  mobx_codegen: ^2.6.2"].join("\n");
    const { document } = await scan(new MemorySource({ "pubspec.yaml": app, "pubspec.lock": locked({ mobx: "2.4.0" }) }), { git: false });
    const mobx = document.tools.find((t) => t.name === "MobX" && !t.package_url);
    expect(mobx).toMatchObject({ category: "Libraries", sub_category: "State Management Library", detection_source: "pubspec.yaml" });
    expect(mobx?.version).toBeUndefined();
    expect(pkg(document.tools, "mobx")?.version).toBe("2.4.0");
  });
});
