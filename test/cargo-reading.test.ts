import { describe, expect, it } from "vitest";
import { detectorFindings } from "./detector-findings.js";
import { rustDetector } from "../detectors/rust/index.js";
import { cargoRange, lockedVersion, readCargoLock, readCargoManifest, readToolchain, requirementVersion } from "../detectors/rust/cargo.js";

// The Rust reader finding by finding: a workspace whose member inherits dependencies and the Rust
// release, a Cargo.lock in the member's folder, toolchain files in both forms, malformed tables.

/** What the Rust detector alone reports for a tree (ordered by file, then ref), and its warnings. */
const rust = (files: Record<string, string>) => detectorFindings(rustDetector, files);

const workspaceRoot = `[workspace]
resolver = "2"
members = ["crates/*"]

[workspace.package]
edition = "2021"
rust-version = "1.74"

[workspace.dependencies]
serde = { version = "1.0.195", features = ["derive"] }
`;
const member = `[package]
name = "server"
version = "0.1.0"
rust-version.workspace = true

[dependencies]
serde.workspace = true
tower = { git = "https://github.com/tower-rs/tower", version = "0.4" }
hyper-util = { git = "https://github.com/hyperium/hyper-util" }

[dev_dependencies]
insta = "1.34"

[build_dependencies]
cc = "1.0"
`;
const memberLock = `version = 3

[[package]]
name = "serde"
version = "1.0.196"

[[package]]
name = "tower"
version = "0.4.13"
`;

describe("Cargo manifests, finding by finding", () => {
  it("a member inheriting the workspace's dependencies and Rust, its own Cargo.lock, git and underscore sections", async () => {
    const { findings, warnings } = await rust({
      "Cargo.toml": workspaceRoot,
      "crates/server/Cargo.toml": member,
      "crates/server/Cargo.lock": memberLock,
      "rust-toolchain": "\n1.75.0\n",
    });
    expect(warnings).toEqual([]);
    expect(findings).toEqual([
      // Under the root's rust-toolchain pin, rust-version (the oldest release supported) gives no release.
      { ref: "runtime:rust", file: "Cargo.toml", declared: undefined, version: undefined },
      { ref: "cargo-feature:serde/derive", file: "crates/server/Cargo.toml" },
      { ref: "runtime:rust", file: "crates/server/Cargo.toml", declared: undefined, version: undefined },
      // Each dependency at the line of its key (a dotted `serde.workspace` included).
      { ref: "cargo:serde", file: "crates/server/Cargo.toml", line: 7, declared: "1.0.195", version: "1.0.196", versionFile: "crates/server/Cargo.lock", direct: true, dev: false },
      { ref: "cargo:tower", file: "crates/server/Cargo.toml", line: 8, declared: "0.4", version: "0.4.13", versionFile: "crates/server/Cargo.lock", direct: true, dev: false },
      { ref: "cargo:hyper-util", file: "crates/server/Cargo.toml", line: 9, declared: undefined, version: undefined, versionFile: undefined, direct: false, dev: false },
      { ref: "cargo:insta", file: "crates/server/Cargo.toml", line: 12, declared: "1.34", version: "1.34", versionFile: undefined, direct: true, dev: true },
      { ref: "cargo:cc", file: "crates/server/Cargo.toml", line: 15, declared: "1.0", version: "1.0", versionFile: undefined, direct: true, dev: true },
      { ref: "runtime:rust", file: "rust-toolchain", version: "1.75.0" },
    ]);
  });

  it("toolchain files: a legacy rust-toolchain in TOML, a quoted literal channel; a broken TOML one is only a warning", async () => {
    const legacy = await rust({ "rust-toolchain": "[toolchain]\nchannel = '1.76.0'\ncomponents = [\"clippy\"]\n" });
    expect(legacy.findings).toEqual([{ ref: "runtime:rust", file: "rust-toolchain", version: "1.76.0" }]);
    const literal = await rust({ "rust-toolchain.toml": "[toolchain]\nchannel = '1.77.2'\n" });
    expect(literal.findings).toEqual([{ ref: "runtime:rust", file: "rust-toolchain.toml", version: "1.77.2" }]);
    const broken = await rust({ "rust-toolchain.toml": '[toolchain\nchannel = "1.75.0"\n' });
    expect(broken.findings).toEqual([]);
    expect(broken.warnings).toHaveLength(1);
  });

  it("a Cargo.lock that is broken or holds no packages is one warning; a manifest fragment with neither package nor workspace names no Rust", async () => {
    const { findings, warnings } = await rust({
      "Cargo.toml": '[dependencies]\nlog = "0.4"\n',
      "Cargo.lock": "version = 3\n",
      "tools/Cargo.lock": "[[package]\n",
    });
    expect(findings.map((f) => f.ref)).toEqual(["cargo:log"]);
    expect(warnings.filter((w) => w.startsWith("Cargo.lock"))).toEqual(["Cargo.lock: no [[package]] entries"]);
    expect(warnings.filter((w) => w.startsWith("tools/"))).toHaveLength(1);
  });
});

describe("Cargo parsers, edges", () => {
  it("problems name the section, target tables included; odd values read as no requirement and no features", () => {
    const manifest = readCargoManifest({
      package: { name: "cli", "rust-version": 1.7 },
      dependencies: { serde: 1, log: { version: 4, features: ["std", 2] }, anyhow: "1.0" },
      target: { "cfg(unix)": { "dev-dependencies": ["nix"] } },
    });
    expect(manifest.rustVersion).toBeUndefined();
    expect(manifest.problems).toEqual(["[dependencies] serde: neither a version nor a table", "[target.cfg(unix).dev-dependencies] is not a table"]);
    expect(manifest.dependencies.map((d) => [d.name, d.requirement, d.features])).toEqual([
      ["log", undefined, ["std"]],
      ["anyhow", "1.0", []],
    ]);
  });

  it("a git dependency with a version is a crates.io package; without one it is local", () => {
    const { dependencies } = readCargoManifest({ dependencies: { a: { git: "https://x/a", version: "0.2" }, b: { git: "https://x/b" }, c: { path: "../c", version: "1" } } });
    expect(dependencies.map((d) => d.local)).toEqual([false, true, true]);
    // Inherited from a workspace root that is not in the tree: a crates.io package without a version, not a local one.
    expect(readCargoManifest({ dependencies: { serde: { workspace: true } } }).dependencies[0]).toMatchObject({ requirement: undefined, local: false, inherited: true });
  });

  it("Cargo.lock: entries without a name or version are skipped, a crate from two sources at one version counts once", () => {
    const lock = readCargoLock({ package: [{ version: "1.0.0" }, { name: "log" }, { name: "url", version: "2.5.0" }, { name: "url", version: "2.5.0", source: "git+https://github.com/servo/rust-url" }] });
    expect([...lock.entries()]).toEqual([["url", ["2.5.0"]]]);
  });

  it("ranges keep >=, skip empty parts; without a match, one locked version or none", () => {
    expect(cargoRange(">=1.2, <1.5")).toBe(">=1.2 <1.5");
    expect(cargoRange("1.2,")).toBe("^1.2");
    expect(lockedVersion(["0.9.0"], "1.0")).toBe("0.9.0");
    expect(lockedVersion(["0.9.0", "0.8.0"], "1.0")).toBeUndefined();
    expect(lockedVersion([], "1.0")).toBeUndefined();
  });

  it.each([
    [">=1.2", "1.2"],
    [">=0.11 ,<0.13", "0.11"],
    ["^10.2", "10.2"],
    ["0.3.0-alpha.1", "0.3.0-alpha.1"],
    ["<2", undefined],
    ["1.*", undefined],
  ])("requirement %s has the lowest version %s", (requirement, version) => expect(requirementVersion(requirement)).toBe(version));

  it("toolchain channels: the key however spaced, a leading blank line; not a number, not a host triple", () => {
    expect(readToolchain('channel="1.75.0"\n')).toBe("1.75.0");
    expect(readToolchain('  channel  =  "1.76"\n')).toBe("1.76");
    expect(readToolchain("\n1.74.1\n")).toBe("1.74.1");
    expect(readToolchain("", { toolchain: { channel: 1.75 } })).toBeUndefined();
    expect(readToolchain("", { toolchain: { channel: "1.75.0-x86_64-unknown-linux-gnu" } })).toBeUndefined();
    expect(readToolchain("", { toolchain: { channel: "nightly-1.75.0" } })).toBeUndefined();
  });
});
