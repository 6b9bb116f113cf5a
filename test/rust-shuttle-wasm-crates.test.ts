import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A Shuttle-deployed service (shuttle-runtime, Shuttle.toml) names the hosting platform without a
// release (the crate's 0.x is not the platform's); a Yew front end that uses web-sys and
// wasm-bindgen-futures, with wasm-bindgen itself only in the lockfile, names WebAssembly.
const shuttleToml = `[package]
name = "notes"
version = "0.1.0"
edition = "2021"

[dependencies]
axum = "0.7.4"
shuttle-axum = "0.47.0"
shuttle-runtime = "0.47.0"
tokio = "1.28.2"
`;
const yewToml = `[package]
name = "web"
version = "0.1.0"
edition = "2021"

[dependencies]
yew = { version = "0.21", features = ["csr"] }
wasm-bindgen-futures = "0.4"
web-sys = { version = "0.3", features = ["HtmlInputElement"] }
`;
const yewLock = `version = 3

[[package]]
name = "wasm-bindgen"
version = "0.2.92"

[[package]]
name = "wasm-bindgen-futures"
version = "0.4.42"

[[package]]
name = "web-sys"
version = "0.3.69"

[[package]]
name = "yew"
version = "0.21.0"
`;

describe("Rust crates of Shuttle and of wasm-bindgen's family", () => {
  it("names Shuttle, without a version, from shuttle-runtime and from Shuttle.toml", async () => {
    const { document } = await scan(new MemorySource({ "Cargo.toml": shuttleToml }), { git: false });
    const shuttle = document.tools.find((t) => t.name === "Shuttle");
    expect(shuttle).toMatchObject({ category: "Application Hosting", detection_source: "Cargo.toml" });
    expect(shuttle?.version).toBeUndefined();
    const fromFile = await scan(new MemorySource({ "Shuttle.toml": 'name = "notes"\n' }), { git: false });
    expect(fromFile.document.tools.find((t) => t.name === "Shuttle")).toMatchObject({ detection_source: "Shuttle.toml" });
  });

  it("names WebAssembly, without a version, from web-sys and wasm-bindgen-futures", async () => {
    const { document } = await scan(new MemorySource({ "Cargo.toml": yewToml, "Cargo.lock": yewLock }), { git: false });
    const wasm = document.tools.find((t) => t.name === "WebAssembly");
    expect(wasm).toMatchObject({ detection_source: "Cargo.toml" });
    expect(wasm?.version).toBeUndefined();
    expect(document.tools.find((t) => t.name === "Yew Framework")).toMatchObject({ version: "0.21.0" });
  });
});

describe("the database of a Rust service's migration crate, sqlx driver crate or Shuttle database", () => {
  const scanOne = async (deps: string) =>
    (await scan(new MemorySource({ "Cargo.toml": `[package]\nname = "m"\nversion = "0.1.0"\n\n[dependencies]\n${deps}\n` }), { git: false })).document.tools.map((t) => t.name);

  it("reads sea-orm-migration's and diesel_migrations' backend features", async () => {
    expect(await scanOne(`[dependencies.sea-orm-migration]\nversion = "1.0.0"\nfeatures = ["runtime-tokio-rustls", "sqlx-postgres"]`)).toContain("PostgreSQL");
    expect(await scanOne(`diesel_migrations = { version = "2.2", features = ["sqlite"] }`)).toContain("SQLite");
  });

  it("reads sqlx's own driver crates and shuttle-shared-db's database features", async () => {
    expect(await scanOne(`sqlx-postgres = "0.7.4"`)).toContain("PostgreSQL");
    expect(await scanOne(`sqlx-mysql = "0.8"`)).toContain("MySQL");
    expect(await scanOne(`shuttle-shared-db = { version = "0.47.0", features = ["mongodb"] }`)).toContain("MongoDB");
  });
});
