import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";
import { readLanguageToolchains } from "../detectors/cpp/bazel.js";

const options = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;
const tools = (list: ReadonlyArray<{ name: string; version?: string; detection_source?: string }>) => list.map((t) => `${t.name} ${t.version ?? "-"} ${t.detection_source}`);

// A polyglot Bazel monorepo's root module, as rules_go's, rules_nodejs' and rules_rust's setup
// guides have one written: each language's rules, and the toolchain release each downloads.
const MODULE = [
  'module(name = "shop", version = "0.0.0")',
  "",
  'bazel_dep(name = "rules_go", version = "0.46.0")',
  'bazel_dep(name = "gazelle", version = "0.36.0")',
  'bazel_dep(name = "rules_nodejs", version = "6.3.2")',
  'bazel_dep(name = "aspect_rules_ts", version = "2.4.2")',
  'bazel_dep(name = "rules_rust", version = "0.45.1")',
  "",
  'go_sdk = use_extension("@rules_go//go:extensions.bzl", "go_sdk")',
  "# go_sdk.download(version = \"1.21.0\")",
  'go_sdk.download(version = "1.22.2")',
  "",
  'node = use_extension("@rules_nodejs//nodejs:extensions.bzl", "node")',
  'node.toolchain(node_version = "20.11.1")',
  "",
  'rust = use_extension("@rules_rust//rust:extensions.bzl", "rust")',
  "rust.toolchain(",
  '    edition = "2021",',
  '    versions = ["1.76.0", "nightly/2024-02-01"],',
  ")",
  "",
].join("\n");

describe("Bazel: the languages a workspace's rules build and the toolchain releases they download", () => {
  it("a MODULE.bazel names Go, Node.js, TypeScript and Rust from their rules, at the releases its toolchain calls download", async () => {
    const { document, warnings } = await scan(new MemorySource({ "MODULE.bazel": MODULE, ".bazelversion": "7.1.1\n" }), options);
    expect(warnings).toEqual([]);
    expect(tools(document.tools)).toEqual(expect.arrayContaining(["Golang 1.22.2 MODULE.bazel", "Node.js 20.11.1 MODULE.bazel", "TypeScript - MODULE.bazel", "Rust 1.76.0 MODULE.bazel", "Bazel 7.1.1 .bazelversion"]));
  });

  it("a WORKSPACE's rules and register calls likewise; a constant, a nightly or a commented call names no release", async () => {
    const workspace = [
      'load("@bazel_tools//tools/build_defs/repo:http.bzl", "http_archive")',
      "http_archive(",
      '    name = "io_bazel_rules_go",',
      '    urls = ["https://github.com/bazelbuild/rules_go/releases/download/v0.41.0/rules_go-v0.41.0.zip"],',
      ")",
      'load("@io_bazel_rules_go//go:deps.bzl", "go_register_toolchains", "go_rules_dependencies")',
      "go_rules_dependencies()",
      'go_register_toolchains(version = "1.20.5")',
      "rust_register_toolchains(versions = [RUST_VERSION])",
      'nodejs_register_toolchains(name = "nodejs", node_version = "lts")',
    ].join("\n");
    const { document } = await scan(new MemorySource({ WORKSPACE: workspace }), options);
    expect(tools(document.tools)).toEqual(expect.arrayContaining(["Golang 1.20.5 WORKSPACE"]));
    expect(document.tools.map((t) => t.name)).not.toContain("Rust");
    expect(document.tools.map((t) => t.name)).not.toContain("Node.js");
    expect(readLanguageToolchains('rust.toolchain(versions = ["nightly/2024-07-29"])\n# node.toolchain(node_version = "18.0.0")\n')).toEqual([]);
    expect(readLanguageToolchains('rust_register_toolchains(edition = "2021", version = "1.62.0")\n')).toEqual([{ runtime: "rust", version: "1.62.0", line: 1 }]);
  });
});
