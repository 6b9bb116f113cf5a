import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A service module of 2020 whose go.mod requires golang.org/x/net at a pseudo-version (no tag
// was cut at that commit), beside a benchmark module of its own, nested and later, that
// requires a tagged release of it. A go.mod line names exactly one release either way; the
// root's, the shallowest, gives the package its release (0.0.0, as the site writes a
// pseudo-version) and source, as it does for a module both files require at a tag (logrus).
const files = {
  "go.mod": [
    "module github.com/acme/vectors",
    "",
    "go 1.13",
    "",
    "require (",
    "\tgithub.com/docker/go-connections v0.4.0",
    "\tgithub.com/go-openapi/runtime v0.19.4",
    "\tgithub.com/sirupsen/logrus v1.4.2",
    "\tgolang.org/x/net v0.0.0-20191002035440-2ec189313ef0",
    ")",
    "",
  ].join("\n"),
  "test/benchmark/go.mod": [
    "module github.com/acme/vectors/test/benchmark",
    "",
    "go 1.21",
    "",
    "require github.com/spf13/cobra v1.8.1",
    "",
    "require (",
    "\tgithub.com/sirupsen/logrus v1.9.3 // indirect",
    "\tgolang.org/x/net v0.17.0 // indirect",
    ")",
    "",
  ].join("\n"),
};

describe("several go.mod files requiring one module", () => {
  it("give the shallowest go.mod's release, a pseudo-version's too", async () => {
    const { document } = await scan(new MemorySource(files), { git: false });
    const pkg = (path: string) => document.tools.find((t) => t.package_url === `https://pkg.go.dev/${path}`);
    expect(pkg("golang.org/x/net")).toMatchObject({ version: "0.0.0", detection_source: "go.mod" });
    expect(pkg("github.com/sirupsen/logrus")).toMatchObject({ version: "1.4.2", detection_source: "go.mod" });
    expect(pkg("github.com/spf13/cobra")).toMatchObject({ version: "1.8.1", detection_source: "test/benchmark/go.mod" });
  });
});
