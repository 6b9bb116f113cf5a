import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { compact, detectorFindings } from "./detector-findings.js";
import { rustDetector } from "../detectors/rust/index.js";

// A crate moving from Tokio 0.2 keeps the old one under another name while it ports its code;
// Cargo.lock holds both releases. The crate it depends on under its own name is Tokio 1.
const manifest = [
  "[package]",
  'name = "api"',
  'version = "0.1.0"',
  'edition = "2021"',
  "",
  "[dependencies]",
  'tokio02 = { package = "tokio", version = "0.2", features = ["full"] }',
  'sqlx05 = { package = "sqlx", version = "0.5", features = ["postgres", "runtime-tokio-rustls"] }',
  'tokio = { version = "1.35", features = ["full"] }',
  'actix-web = "4.4"',
  "",
].join("\n");
const pkg = (name: string, version: string) => ["[[package]]", `name = "${name}"`, `version = "${version}"`, 'source = "registry+https://github.com/rust-lang/crates.io-index"', 'checksum = "00"', ""];
const lock = [
  "version = 3",
  "",
  ...pkg("actix-web", "4.4.1"),
  "[[package]]",
  'name = "api"',
  'version = "0.1.0"',
  'dependencies = [\n "actix-web",\n "sqlx",\n "tokio 0.2.25",\n "tokio 1.35.1",\n]',
  "",
  ...pkg("sqlx", "0.5.13"),
  ...pkg("tokio", "0.2.25"),
  ...pkg("tokio", "1.35.1"),
].join("\n");

describe("a crate renamed beside its own name (`tokio02 = { package = \"tokio\" }`)", () => {
  it("gives the crate no release; the dependency under its own name does", async () => {
    const { document } = await scan(new MemorySource({ "Cargo.toml": manifest, "Cargo.lock": lock }), { git: false });
    expect(document.tools.find((t) => t.name === "Tokio")).toMatchObject({ version: "1.35.1", detection_source: "Cargo.toml", detection_source_url: "Cargo.lock" });
    const { findings } = await detectorFindings(rustDetector, { "Cargo.toml": manifest, "Cargo.lock": lock });
    expect(compact(findings.filter((f) => f.ref === "cargo:tokio"))).toEqual(["cargo:tokio@9 1.35 ->1.35.1 (Cargo.lock) direct"]);
  });

  it("a renamed crate alone is still that crate, and its features still count", async () => {
    const { findings } = await detectorFindings(rustDetector, { "Cargo.toml": manifest, "Cargo.lock": lock });
    expect(compact(findings.filter((f) => f.ref.startsWith("cargo:sqlx") || f.ref.startsWith("cargo-feature:sqlx/postgres") || f.ref === "cargo-feature:tokio/full"))).toEqual([
      "cargo-feature:sqlx/postgres",
      "cargo-feature:tokio/full",
      "cargo-feature:tokio/full",
      "cargo:sqlx@8 0.5 ->0.5.13 (Cargo.lock) direct",
    ]);
  });
});
