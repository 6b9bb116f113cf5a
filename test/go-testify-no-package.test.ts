import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";

// stretchr/testify names Testify and gets no package entry: the site never lists it as a package in
// the stack files of six owners requiring it directly (corpus 2lambda123/2ms; held-out
// Eldius/curseforge-client-go, 2lambda123/go-eventsource, 2lambda123/tcping, novuhq/go-novu,
// todaypp/wakapi), though it has a package page named "testify". Modules around it keep theirs.
const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

describe("Go's stretchr/testify", () => {
  it("names Testify, with no testify package entry", async () => {
    const gomod = [
      "module example.com/app", "", "go 1.21", "", "require (",
      "\tgithub.com/stretchr/testify v1.8.4", "\tgithub.com/spf13/cobra v1.8.0", ")", "",
      "require github.com/davecgh/go-spew v1.1.1 // indirect", "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "go.mod": gomod }), opts);
    expect(document.tools.find((t) => t.name === "Testify")).toMatchObject({ version: "1.8.4" });
    expect(document.tools.find((t) => t.package_url === "https://pkg.go.dev/github.com/stretchr/testify")).toBeUndefined();
    expect(document.tools.find((t) => t.package_url === "https://pkg.go.dev/github.com/spf13/cobra")).toBeDefined();
    expect(document.tools.find((t) => t.package_url === "https://pkg.go.dev/github.com/davecgh/go-spew")).toBeDefined();
  });
});
