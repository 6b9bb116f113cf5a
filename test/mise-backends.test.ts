import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// mise installs tools from registries through backends: `"npm:prettier" = "3.2.5"`,
// `"pipx:black" = "24.2.0"`, `"cargo:ripgrep"`; `core:node` is the core plugin of node.
const mise = [
  "[tools]",
  '"core:node" = "20.11.0"',
  '"npm:prettier" = "3.2.5"',
  '"pipx:black" = "24.2.0"',
  'terraform = "latest"',
].join("\n");

describe("mise backends", () => {
  it("a registry backend's package shows its tool at the pinned release, without a package entry", async () => {
    const { document } = await scan(new MemorySource({ "mise.toml": mise }), { git: false });
    const tool = (name: string) => document.tools.find((t) => !t.package_url && t.name === name);
    expect(tool("Node.js")?.version).toBe("20.11.0");
    expect(tool("Prettier")).toMatchObject({ version: "3.2.5", detection_source: "mise.toml" });
    expect(document.tools.filter((t) => t.package_url)).toEqual([]);
  });
});
