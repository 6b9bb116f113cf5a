import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A service module that replaces a requirement with another release of it, beside a tools
// module of its own that requires an older release: the root module's build uses the
// replacement's release, which its go.mod pins as firmly as a `require` line would.
const files = {
  "go.mod": [
    "module github.com/acme/orders",
    "",
    "go 1.22.0",
    "",
    "toolchain go1.22.1",
    "",
    "require (",
    "\tgithub.com/gin-gonic/gin v1.9.1",
    "\tgo.uber.org/zap v1.27.0",
    ")",
    "",
    "replace github.com/gin-gonic/gin => github.com/gin-gonic/gin v1.10.0",
    "",
  ].join("\n"),
  "go.sum": "github.com/gin-gonic/gin v1.10.0 h1:nTuyha1TYqgedzytsKYqna+DfLos46nTv2ygFy86HFU=\n",
  "tools/gen/go.mod": "module github.com/acme/orders/tools/gen\n\ngo 1.21\n\nrequire github.com/gin-gonic/gin v1.8.2\n",
};

describe("a go.mod replace directive at a release", () => {
  it("pins that release: the root module's replacement beats a nested module's older require", async () => {
    const { document } = await scan(new MemorySource(files), { git: false });
    const gin = document.tools.find((t) => t.name === "Gin Gonic");
    expect(gin).toMatchObject({ version: "1.10.0", detection_source: "go.mod", detection_source_url: "go.mod" });
    const pkg = document.tools.find((t) => t.package_url === "https://pkg.go.dev/github.com/gin-gonic/gin");
    expect(pkg).toMatchObject({ version: "1.10.0", detection_source: "go.mod" });
  });
});
