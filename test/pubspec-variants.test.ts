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
});
