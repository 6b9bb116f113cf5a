import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A crate's own repository: the workspace builds the crate (here an async runtime the catalog knows
// as a tool) and its benchmarks and examples depend on it by path. That is the repository's own code,
// as a pnpm `workspace:*` link or a go.work module is, not a tool it is built with.
const root = ["[workspace]", 'resolver = "2"', 'members = ["tokio", "benches", "examples"]', ""].join("\n");
const runtime = ["[package]", 'name = "tokio"', 'version = "1.52.1"', 'edition = "2021"', 'rust-version = "1.71"', "", "[dependencies]", 'bytes = { version = "1.2.1", optional = true }', ""].join("\n");
const benches = [
  "[package]",
  'name = "benches"',
  'version = "0.0.0"',
  "publish = false",
  'edition = "2021"',
  "",
  "[dependencies]",
  'tokio = { version = "1.5.0", path = "../tokio", features = ["full"] }',
  'criterion = "0.5.1"',
  "",
].join("\n");
const examples = ["[package]", 'name = "examples"', 'version = "0.0.0"', "publish = false", "", "[dev-dependencies]", 'tokio = { path = "../tokio", features = ["full"] }', 'serde = "1.0"', ""].join("\n");

describe("a path dependency on a crate of the repository", () => {
  it("names no tool and no package: the crate is the repository's own", async () => {
    const { document } = await scan(new MemorySource({ "Cargo.toml": root, "tokio/Cargo.toml": runtime, "benches/Cargo.toml": benches, "examples/Cargo.toml": examples }), { git: false });
    expect(document.tools.map((t) => t.name)).not.toContain("Tokio");
    expect(document.tools.find((t) => t.name === "Serde")).toMatchObject({ detection_source: "examples/Cargo.toml" });
  });

  it("also where a member inherits the path dependency from the workspace (`tokio = { workspace = true }`)", async () => {
    const workspace = ["[workspace]", 'members = ["tokio", "benches"]', "", "[workspace.dependencies]", 'tokio = { version = "1.52.1", path = "tokio" }', 'criterion = "0.5.1"', ""].join("\n");
    const member = ["[package]", 'name = "benches"', 'version = "0.0.0"', "", "[dependencies]", "tokio = { workspace = true, features = [\"full\"] }", "criterion = { workspace = true }", ""].join("\n");
    const { document } = await scan(new MemorySource({ "Cargo.toml": workspace, "tokio/Cargo.toml": runtime, "benches/Cargo.toml": member }), { git: false });
    expect(document.tools.map((t) => t.name)).not.toContain("Tokio");
  });

  it("still names the crate from a path into a folder the scan does not read as the repository's (a vendored copy)", async () => {
    const app = ["[package]", 'name = "app"', 'version = "0.1.0"', "", "[dependencies]", 'tokio = { version = "1.35", path = "vendor/tokio" }', ""].join("\n");
    const { document } = await scan(new MemorySource({ "Cargo.toml": app }), { git: false });
    expect(document.tools.find((t) => t.name === "Tokio")).toMatchObject({ detection_source: "Cargo.toml" });
  });

  it("still names a crate of the same name taken from the registry", async () => {
    const app = ["[package]", 'name = "app"', 'version = "0.1.0"', "", "[dependencies]", 'tokio = "1.35"', ""].join("\n");
    const { document } = await scan(new MemorySource({ "Cargo.toml": app, "tokio-fork/Cargo.toml": runtime }), { git: false });
    expect(document.tools.find((t) => t.name === "Tokio")).toMatchObject({ version: "1.35", detection_source: "Cargo.toml" });
  });
});
