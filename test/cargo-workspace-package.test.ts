import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A Cargo workspace keeps the fields its members share in `[workspace.package]`; a member says
// `rust-version.workspace = true` and takes the workspace's.
const root = [
  "[workspace]",
  'resolver = "2"',
  'members = ["crates/*"]',
  "",
  "[workspace.package]",
  'version = "0.4.0"',
  'edition = "2021"',
  'rust-version = "1.74"',
  "",
  "[workspace.dependencies]",
  'tokio = "1.35"',
].join("\n");
const member = ["[package]", 'name = "app-cli"', "version.workspace = true", "rust-version.workspace = true", "", "[dependencies]", 'tokio = { workspace = true, features = ["full"] }'].join("\n");

describe("Cargo [workspace.package] rust-version", () => {
  it("a virtual workspace root and a member inheriting it both give the workspace's Rust", async () => {
    const { document } = await scan(new MemorySource({ "Cargo.toml": root, "crates/cli/Cargo.toml": member }), { git: false });
    expect(document.tools.find((t) => t.name === "Rust")?.version).toBe("1.74");
    const alone = await scan(new MemorySource({ "crates/cli/Cargo.toml": member.replace("rust-version.workspace = true", "") }), { git: false });
    expect(alone.document.tools.find((t) => t.name === "Rust")?.version).toBeUndefined();
  });

  it("a crate's own rust-version stays its own at the root; a member alone below it pins only for itself", async () => {
    const own = member.replace("rust-version.workspace = true", 'rust-version = "1.80"').replace("version.workspace = true", 'version = "0.4.0"');
    const { document } = await scan(new MemorySource({ "Cargo.toml": own.replace("tokio = { workspace = true, features = [\"full\"] }", 'tokio = "1.35"') }), { git: false });
    expect(document.tools.find((t) => t.name === "Rust")?.version).toBe("1.80");
    // A language pinned only below the root gives no release (src/document/version-rules.ts).
    const nested = await scan(new MemorySource({ "crates/cli/Cargo.toml": own }), { git: false });
    expect(nested.document.tools.find((t) => t.name === "Rust")?.version).toBeUndefined();
  });
});

describe("Cargo [workspace.package] rust-version that no crate inherits", () => {
  // Cargo gives a [workspace.package] field only to a crate that asks for it (`x.workspace = true`).
  const own = (name: string, rust?: string) => ["[package]", `name = "${name}"`, 'version = "0.4.0"', ...(rust ? [`rust-version = "${rust}"`] : []), "", "[dependencies]", 'tokio = "1.35"'].join("\n");

  it("a virtual root whose members write their own, or none, gives the workspace's Rust no release", async () => {
    const files = { "Cargo.toml": root, "crates/cli/Cargo.toml": own("app-cli", "1.70"), "crates/core/Cargo.toml": own("app-core") };
    const { document } = await scan(new MemorySource(files), { git: false });
    expect(document.tools.find((t) => t.name === "Rust")?.version).toBeUndefined();
  });

  it("a root crate beside [workspace] has only its own rust-version, not the one it offers its members", async () => {
    const rootCrate = [own("app"), "", root].join("\n");
    const { document } = await scan(new MemorySource({ "Cargo.toml": rootCrate, "crates/core/Cargo.toml": own("app-core") }), { git: false });
    expect(document.tools.find((t) => t.name === "Rust")?.version).toBeUndefined();
    // A member that inherits it makes it the workspace's Rust.
    const inheriting = await scan(new MemorySource({ "Cargo.toml": rootCrate, "crates/cli/Cargo.toml": member }), { git: false });
    expect(inheriting.document.tools.find((t) => t.name === "Rust")?.version).toBe("1.74");
  });
});

describe("rust-version beside a rust-toolchain pin", () => {
  it("the toolchain file's channel is the Rust that builds the workspace; rust-version only its oldest supported release", async () => {
    const toolchain = '[toolchain]\r\nchannel = "1.77.2"\r\ncomponents = ["rustfmt", "clippy"]\r\n';
    const { document } = await scan(new MemorySource({ "Cargo.toml": root, "crates/cli/Cargo.toml": member, "rust-toolchain.toml": toolchain }), { git: false });
    const rust = document.tools.find((t) => t.name === "Rust");
    expect([rust?.version, rust?.detection_source]).toEqual(["1.77.2", "rust-toolchain.toml"]);
    // A channel that names no release (`stable`) leaves rust-version its say.
    const stable = await scan(new MemorySource({ "Cargo.toml": root, "crates/cli/Cargo.toml": member, "rust-toolchain.toml": '[toolchain]\nchannel = "stable"\n' }), { git: false });
    expect(stable.document.tools.find((t) => t.name === "Rust")?.version).toBe("1.74");
  });
});
