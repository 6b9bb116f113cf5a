import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";

// The Go protobuf runtimes and the site's package entries (held-out, stop 49):
// - github.com/golang/protobuf (APIv1) is listed as its package github.com/golang/protobuf/proto,
//   named "proto", with no release (its go.mod pins 1.5.2): moonwalker/moonbase,
//   2lambda123/poc-nats, Norwik/Helmet, 3 owners; none lists it as "protobuf".
// - google.golang.org/protobuf (APIv2) gets no entry: moonwalker/moonbase, 2lambda123/poc-nats,
//   2lambda123/doppler_noaa, sarumaj/restartable-server, ubogdan/go-playground, each requiring it
//   (directly or // indirect); none of the five lists a "protobuf" entry.
// Both still name Protobuf (go-indirect in catalog/matchers/go.yml).
const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

// A small service's go.mod as go mod tidy writes it, both runtimes indirect beside a NATS client.
const gomod = [
  "module github.com/example/poc", "", "go 1.18", "", "require (",
  "\tgithub.com/google/uuid v1.3.0", "\tgithub.com/nats-io/nats.go v1.28.0", "\tgopkg.in/yaml.v2 v2.4.0", ")", "",
  "require (",
  "\tgithub.com/golang/protobuf v1.5.2 // indirect",
  "\tgithub.com/klauspost/compress v1.16.7 // indirect",
  "\tgoogle.golang.org/protobuf v1.28.0 // indirect",
  ")", "",
].join("\n");

describe("Go's protobuf runtimes as package entries", () => {
  it("lists golang/protobuf as its proto package without a release, and no google.golang.org/protobuf entry", async () => {
    const { document } = await scan(new MemorySource({ "go.mod": gomod }), opts);
    const pkg = (url: string) => document.tools.find((t) => t.package_url === url);
    const proto = pkg("https://pkg.go.dev/github.com/golang/protobuf/proto");
    expect(proto).toMatchObject({ name: "proto", detection_source: "go.mod" });
    expect(proto).not.toHaveProperty("version");
    expect(pkg("https://pkg.go.dev/github.com/golang/protobuf")).toBeUndefined();
    expect(pkg("https://pkg.go.dev/google.golang.org/protobuf")).toBeUndefined();
    expect(document.tools.filter((t) => t.name === "protobuf")).toEqual([]);
    // The tool and the modules around them are as before.
    expect(document.tools.find((t) => t.name === "Protobuf" && !t.package_url)).toBeDefined();
    expect(pkg("https://pkg.go.dev/github.com/klauspost/compress")).toMatchObject({ name: "compress", version: "1.16.7" });
    expect(pkg("https://pkg.go.dev/github.com/google/uuid")).toMatchObject({ name: "google/uuid", version: "1.3.0" });
  });

  it("keeps a module whose path only begins like golang/protobuf as its own entry", async () => {
    const mod = [
      "module example.com/app", "", "go 1.21", "", "require (",
      "\tgithub.com/golang/protobuf v1.5.3", "\tgithub.com/gogo/protobuf v1.3.2", ")", "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "go.mod": mod }), opts);
    const pkg = (url: string) => document.tools.find((t) => t.package_url === url);
    expect(pkg("https://pkg.go.dev/github.com/golang/protobuf/proto")).toMatchObject({ name: "proto" });
    expect(pkg("https://pkg.go.dev/github.com/golang/protobuf/proto")).not.toHaveProperty("version");
    expect(pkg("https://pkg.go.dev/github.com/gogo/protobuf")).toMatchObject({ name: "protobuf", version: "1.3.2" });
  });
});
