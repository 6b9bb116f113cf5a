import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

const tool = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name && !t.package_url);
const pkg = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name && t.package_url);

// PyPI's `pytorch` project is a placeholder that refuses to install; a machine-learning
// requirements file that writes it beside TensorFlow, the way generated project skeletons do.
const REQUIREMENTS = "numpy==1.21.2\npandas==1.3.3\ntensorflow==2.6.0\npytorch==1.9.1\nscipy==1.7.1\n";

describe("PyPI pytorch", () => {
  it("is a package entry naming no PyTorch", async () => {
    const { document } = await scan(new MemorySource({ "docs/requirements.txt": REQUIREMENTS }), { git: false });
    expect(tool(document.tools, "PyTorch")).toBeUndefined();
    expect(pkg(document.tools, "pytorch")).toMatchObject({ version: "1.9.1", package_url: "https://pypi.org/project/pytorch" });
    expect(tool(document.tools, "TensorFlow")?.version).toBe("2.6.0");
  });

  it("still names PyTorch with --all-tools", async () => {
    const { document } = await scan(new MemorySource({ "requirements.txt": REQUIREMENTS }), { git: false, allTools: true });
    expect(tool(document.tools, "PyTorch")).toBeDefined();
  });

  it("leaves PyTorch to `torch` and to conda's pytorch package", async () => {
    const pip = await scan(new MemorySource({ "requirements.txt": "torch==2.1.0\ntorchvision==0.16.0\n" }), { git: false });
    expect(tool(pip.document.tools, "PyTorch")?.version).toBe("2.1.0");
    const env = ["name: train", "channels:", "  - pytorch", "  - conda-forge", "dependencies:", "  - python=3.10", "  - pytorch=2.0.1", "  - torchvision=0.15.2", ""].join("\n");
    const conda = await scan(new MemorySource({ "environment.yml": env }), { git: false });
    expect(tool(conda.document.tools, "PyTorch")?.version).toBe("2.0.1");
  });
});
