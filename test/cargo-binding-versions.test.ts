import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";

// Rust crates that bind or implement a tool on their own numbering: ethers-rs's 2.x is no Ethereum
// release, the openssl crate's 0.10 is no OpenSSL, arrow-rs's parquet 50.x no Parquet format. They
// name the tool without lending it their release, as npm's ethers and Go's zmq4 already do.
const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

describe("Cargo bindings numbered apart from their tool", () => {
  it("names each tool without the crate's release", async () => {
    const cargo = [
      "[package]", 'name = "syntax_ground"', 'version = "0.1.0"', 'edition = "2021"', "", "[dependencies]",
      'ethers = "2.0.10"', 'openssl = "0.10.55"', 'etcd-client = "0.12.1"', 'parquet = "50.0.0"',
      'pgvector = "0.3.2"', 'rmp-serde = "1.1.2"', 'rocksdb = "0.21.0"', 'zmq = "0.10.0"', 'tokio = "1.32.0"', "",
    ].join("\n");
    // rmp-serde's MessagePack is a package entry by default (test/messagepack-package-only.test.ts).
    const { document } = await scan(new MemorySource({ "Cargo.toml": cargo, "src/main.rs": "fn main() {}\n" }), { ...opts, allTools: true });
    const tool = (name: string) => document.tools.find((t) => !t.package_url && t.name === name);
    for (const name of ["Ethereum", "OpenSSL", "etcd", "Apache Parquet", "pgvector", "MessagePack", "RocksDB", "ZeroMQ"]) {
      expect(tool(name), name).toMatchObject({ detection_source: "Cargo.toml" });
      expect(tool(name)?.version, name).toBeUndefined();
    }
    // a crate that is the tool keeps its release
    expect(tool("Tokio")).toMatchObject({ version: "1.32.0" });
  });

  it("pgvector's Python and Ruby clients name pgvector without their 0.x", async () => {
    const files = {
      "requirements.txt": "psycopg2-binary==2.9.9\npgvector==0.2.4\n",
      Gemfile: "source 'https://rubygems.org'\ngem 'pg'\ngem 'pgvector', '0.2.2'\n",
    };
    const { document } = await scan(new MemorySource(files), opts);
    const found = document.tools.filter((t) => !t.package_url && t.name === "pgvector");
    expect(found).toHaveLength(1);
    expect(found[0]).toBeDefined();
    expect(found[0]?.version).toBeUndefined();
  });
});
