import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";
import { shortName } from "../src/catalog/package-names.js";

// A Go module whose repository is named just `go` is called by its owner as well: the site writes
// github.com/json-iterator/go as "json-iterator/go" (held-out ankurkumarz/golang-gin-service and
// Clivern/Beaver, both through gin), never as "go". Modelled on a gin service's go.mod.
const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

describe("Go modules named go", () => {
  it("names github.com/json-iterator/go by owner and name", async () => {
    const gomod = [
      "module entitlement", "", "go 1.19", "", "require (",
      "\tgithub.com/gin-gonic/gin v1.8.2", "\tgithub.com/json-iterator/go v1.1.12 // indirect",
      "\tgithub.com/ugorji/go/codec v1.2.7 // indirect", "\tgithub.com/modern-go/reflect2 v1.0.2 // indirect", ")", "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "go.mod": gomod }), opts);
    const pkg = (url: string) => document.tools.find((t) => t.package_url === url);
    expect(pkg("https://pkg.go.dev/github.com/json-iterator/go")).toMatchObject({ name: "json-iterator/go", version: "1.1.12" });
    expect(pkg("https://pkg.go.dev/github.com/ugorji/go/codec")).toMatchObject({ name: "codec" });
    expect(pkg("https://pkg.go.dev/github.com/modern-go/reflect2")).toMatchObject({ name: "reflect2" });
  });

  it("keeps the last element otherwise", () => {
    // The go registry's rules (catalog/registries.yml): major_suffix /v{n}, names_with_owner [go].
    const go = { major_suffix: "/v{n}", names_with_owner: ["go"] };
    expect(shortName("github.com/go-chi/chi/v5", go)).toBe("chi");
    expect(shortName("github.com/ugorji/go", go)).toBe("ugorji/go");
    expect(shortName("github.com/apache/arrow/go/v12", go)).toBe("arrow/go");
    expect(shortName("cloud.google.com/go", go)).toBe("go");
    // Another registry's rules from data alone: its `lib` elements named with their owner, no major suffix.
    expect(shortName("host.example/acme/lib/v2", { names_with_owner: ["lib"] })).toBe("v2");
    expect(shortName("host.example/acme/lib", { names_with_owner: ["lib"] })).toBe("acme/lib");
    expect(shortName("host.example/acme/go")).toBe("go");
  });
});
