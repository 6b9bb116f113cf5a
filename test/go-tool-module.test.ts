import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A monorepo that pins its CI tools with Go 1.24's `tool` directive, one module a tool under
// .citools/ (go.work uses them): such a module has no code of its own, and every module it
// requires is the tool's own dependency, written `// indirect`.
const lintTool = [
  "module golangci-lint",
  "",
  "go 1.24.3",
  "",
  "tool github.com/golangci/golangci-lint/v2/cmd/golangci-lint",
  "",
  "require (",
  "\tgithub.com/BurntSushi/toml v1.5.0 // indirect",
  "\tgithub.com/golangci/golangci-lint/v2 v2.0.2 // indirect",
  "\tgithub.com/prometheus/client_golang v1.22.0 // indirect",
  "\tgithub.com/spf13/cobra v1.9.1 // indirect",
  "\tgithub.com/stretchr/testify v1.10.0 // indirect",
  "\tgoogle.golang.org/protobuf v1.36.6 // indirect",
  ")",
  "",
].join("\n");
const work = ["go 1.24.3", "", "use (", "\t./.citools/golangci-lint", "\t./pkg/apimachinery", ")", ""].join("\n");
const library = [
  "module github.com/acme/dash/pkg/apimachinery",
  "",
  "go 1.24.3",
  "",
  "require (",
  "\tgithub.com/stretchr/testify v1.11.1",
  "\tk8s.io/apimachinery v0.35.3",
  ")",
  "",
].join("\n");
const names = (tools: { name: string; package_url?: string }[]) => tools.filter((t) => !t.package_url).map((t) => t.name);

describe("go: a module that only pins tools (`tool` directives, every require `// indirect`)", () => {
  it("names its tools, and none from the modules the tools need; their package entries stay", async () => {
    const { document } = await scan(new MemorySource({ "go.work": work, ".citools/golangci-lint/go.mod": lintTool, "pkg/apimachinery/go.mod": library }), { git: false });
    const tools = names(document.tools);
    expect(tools).toContain("golangci-lint");
    expect(tools).not.toContain("Prometheus");
    expect(tools).not.toContain("Protobuf");
    // Testify is the library's, which requires it directly, at its release.
    expect(document.tools.find((t) => t.name === "Testify")).toMatchObject({ version: "1.11.1", detection_source: "pkg/apimachinery/go.mod" });
    expect(document.tools.filter((t) => t.package_url).map((t) => t.name)).toContain("cobra");
  });

  it("a module with code of its own and a tool directive keeps naming what it requires indirectly (the site names Prometheus from its client)", async () => {
    const app = ["module github.com/acme/api", "", "go 1.24.3", "", "tool github.com/golangci/golangci-lint/v2/cmd/golangci-lint", "", "require google.golang.org/grpc v1.62.1", "", "require (", "\tgithub.com/golangci/golangci-lint/v2 v2.0.2 // indirect", "\tgithub.com/prometheus/client_golang v1.19.0 // indirect", ")", ""].join("\n");
    const { document } = await scan(new MemorySource({ "go.mod": app }), { git: false });
    expect(names(document.tools)).toEqual(expect.arrayContaining(["golangci-lint", "Prometheus"]));
  });
});
