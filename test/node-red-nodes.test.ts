import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A Node-RED project (its user folder, or a Projects repository): package.json lists the nodes it
// installs, not node-red itself. Those name Node-RED, each at its own release, and stay packages.
describe("Node-RED's nodes", () => {
  it("node-red-contrib-*, node-red-node-*, the dashboard and @node-red/* name Node-RED without their release", async () => {
    const pkg = JSON.stringify({
      name: "node-red-project",
      description: "A Node-RED Project",
      version: "0.0.1",
      private: true,
      dependencies: { "node-red-contrib-influxdb": "0.7.0", "node-red-dashboard": "3.6.2", "node-red-node-pi-gpio": "2.0.6", "@node-red/util": "3.1.3" },
    });
    const { document } = await scan(new MemorySource({ "package.json": pkg, "flows.json": "[]\n" }), { git: false });
    const nodeRed = document.tools.find((t) => t.name === "Node-RED");
    expect(nodeRed).toMatchObject({ detection_source: "package.json" });
    expect(nodeRed?.version).toBeUndefined();
    // the Raspberry Pi GPIO nodes run on the board
    expect(document.tools.find((t) => t.name === "Raspberry Pi")).toMatchObject({ detection_source: "package.json" });
    expect(document.tools.filter((t) => t.package_url).map((t) => t.name).sort()).toEqual(["@node-red/util", "node-red-contrib-influxdb", "node-red-dashboard", "node-red-node-pi-gpio"]);
    for (const dep of ["node-red-contrib-modbus", "node-red-node-serialport", "@node-red/runtime"]) {
      const one = await scan(new MemorySource({ "package.json": JSON.stringify({ name: "flows", dependencies: { [dep]: "1.0.0" } }) }), { git: false });
      expect(one.document.tools.find((t) => t.name === "Node-RED"), dep).toBeDefined();
    }
  });
});
