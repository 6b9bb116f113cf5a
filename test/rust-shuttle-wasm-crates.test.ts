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
