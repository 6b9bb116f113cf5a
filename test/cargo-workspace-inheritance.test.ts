import { describe, expect, it } from "vitest";
import { parseToml } from "../src/parse/toml.js";
import { readCargoManifest } from "../detectors/rust/cargo.js";

// readCargoManifest on a workspace as `cargo new --lib` members of a virtual workspace are laid out:
// the root's [workspace.package] and [workspace.dependencies], members inheriting them field by field.

const root = parseToml(`[workspace]
resolver = "2"
members = ["crates/*"]

[workspace.package]
version = "0.4.0"
edition = "2021"
rust-version = "1.74"

[workspace.dependencies]
tokio = { version = "1.35", features = ["rt-multi-thread"] }
serde = { version = "1.0.195", features = ["derive"] }
app-core = { path = "crates/app-core" }
`) as Record<string, Record<string, unknown>>;

const workspace = root.workspace!;
const inherited = workspace.dependencies as Record<string, unknown>;
const inheritedPackage = workspace.package as Record<string, unknown>;

describe("a Cargo workspace's inheritance", () => {
  it("a virtual root's own manifest has no rust-version: [workspace.package] is only for members that inherit it", () => {
    const manifest = readCargoManifest(root);
    expect(manifest).toMatchObject({ rustVersion: undefined, packageName: undefined, dependencies: [] });
  });

  it("a member with rust-version.workspace = true takes the workspace's, and one with its own keeps it", () => {
    const member = parseToml(`[package]
name = "app-server"
version.workspace = true
edition.workspace = true
rust-version.workspace = true

[dependencies]
tokio = { workspace = true, features = ["macros"] }
app-core.workspace = true
`);
    expect(readCargoManifest(member, inherited, inheritedPackage).rustVersion).toBe("1.74");
    const own = parseToml(`[package]\nname = "app-cli"\nrust-version = "1.70"\n`);
    expect(readCargoManifest(own, inherited, inheritedPackage).rustVersion).toBe("1.70");
  });

  it("an inherited dependency keeps the workspace's version, features and path, with the member's features added", () => {
    const member = parseToml(`[package]
name = "app-server"
rust-version.workspace = true

[dependencies]
tokio = { workspace = true, features = ["macros"] }
app-core.workspace = true
serde = { git = "https://github.com/serde-rs/serde" }
`);
    const { dependencies } = readCargoManifest(member, inherited, inheritedPackage);
    expect(dependencies.map((d) => ({ key: d.key, requirement: d.requirement, features: d.features, local: d.local, path: d.path, inherited: d.inherited }))).toEqual([
      { key: "tokio", requirement: "1.35", features: ["rt-multi-thread", "macros"], local: false, path: false, inherited: true },
      { key: "app-core", requirement: undefined, features: [], local: true, path: true, inherited: true },
      { key: "serde", requirement: undefined, features: [], local: true, path: false, inherited: false },
    ]);
  });
});
