import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// github.com/nats-io/nats.go, the NATS client, names no NATS: the site names no NATS in the
// 3 repositories of 3 owners requiring it (held-out 2lambda123/poc-nats, dashotv/scry and
// marcbln/learn-golang's NATS module) and in no stack file read at all. The server module still
// names it, and --all-tools names it from the client too.
const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;
// Modelled on a learning module that publishes and subscribes to a local NATS server.
const gomod = [
  "module mymodule11-nats", "", "go 1.19", "", "require (",
  "\tgithub.com/google/uuid v1.3.0", "\tgithub.com/nats-io/nats.go v1.20.0", "\tgithub.com/sirupsen/logrus v1.9.0", ")", "",
  "require (", "\tgithub.com/nats-io/nkeys v0.3.0 // indirect", "\tgithub.com/nats-io/nuid v1.0.1 // indirect", ")", "",
].join("\n");

describe("Go's NATS client", () => {
  it("names no NATS by default", async () => {
    const { document } = await scan(new MemorySource({ "go.mod": gomod }), opts);
    expect(document.tools.find((t) => t.name === "NATS")).toBeUndefined();
    // The site lists no package entry for it either (poc-nats lists 12 of its go.mod's modules, not this one).
    expect(document.tools.find((t) => t.package_url === "https://pkg.go.dev/github.com/nats-io/nats.go")).toBeUndefined();
    expect(document.tools.find((t) => t.package_url === "https://pkg.go.dev/github.com/google/uuid")).toBeDefined();
  });

  it("names NATS with all tools, and from the server module", async () => {
    const all = await scan(new MemorySource({ "go.mod": gomod }), { ...opts, allTools: true });
    expect(all.document.tools.find((t) => t.name === "NATS" && !t.package_url)).toBeDefined();
    const server = gomod.replace("\tgithub.com/nats-io/nats.go v1.20.0", "\tgithub.com/nats-io/nats.go v1.20.0\n\tgithub.com/nats-io/nats-server/v2 v2.9.8");
    const { document } = await scan(new MemorySource({ "go.mod": server }), opts);
    expect(document.tools.find((t) => t.name === "NATS" && !t.package_url)).toMatchObject({ detection_source: "go.mod" });
  });
});
