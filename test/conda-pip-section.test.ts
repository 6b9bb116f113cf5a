import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// A Snowpark quickstart's conda environment (modelled on held-out patrickhaley's fork of
// Snowflake-Labs/sfguide-getting-started-dataengineering-ml-snowpark-python): conda packages from
// Snowflake's channel, and a `pip:` section conda hands to pip, which installs it from PyPI.
const quickstart = [
  "name: snowpark-de-ml",
  "channels:",
  "  - https://repo.anaconda.com/pkgs/snowflake",
  "dependencies:",
  "  - python=3.8",
  "  - snowflake-snowpark-python=1.3.0",
  "  - pandas=1.4.4",
  "  - notebook=6.5.2",
  "  - scikit-learn=1.2.1",
  "  - pip",
  "  - pip:",
  "    - streamlit==1.21.0",
  "",
].join("\n");

const detectTools = async (files: Record<string, string>) => (await scan(new MemorySource(files))).document.tools;

describe("a conda environment's pip section", () => {
  it("names pip and PyPI from the environment.yml, beside conda's Anaconda and the section's packages", async () => {
    const tools = await detectTools({ "environment.yml": quickstart });
    expect(tool(tools, "PyPI")).toMatchObject({ detection_source: "environment.yml" });
    expect(tool(tools, "pip")).toMatchObject({ detection_source: "environment.yml" });
    expect(tool(tools, "Anaconda")).toBeDefined();
    expect(pkg(tools, "streamlit")).toMatchObject({ version: "1.21.0", package_url: "https://pypi.org/project/streamlit" });
  });

  it("names neither where the environment installs nothing with pip (conda's own `pip` package is no pip section)", async () => {
    const condaOnly = quickstart.replace("  - pip:\n    - streamlit==1.21.0\n", "");
    const tools = await detectTools({ "environment.yml": condaOnly });
    expect(tool(tools, "Anaconda")).toBeDefined();
    expect(tool(tools, "PyPI")).toBeUndefined();
    expect(tool(tools, "pip")).toBeUndefined();
    const emptySection = await detectTools({ "environment.yml": condaOnly + "  - pip: []\n" });
    expect(tool(emptySection, "PyPI")).toBeUndefined();
  });

  it("names pip but no PyPI where the section installs from elsewhere: a Git reference, a wheel on disk, an index that replaces PyPI, or none (--no-index)", async () => {
    const fromGit = quickstart.replace("streamlit==1.21.0", "labtools @ git+https://github.com/acme/labtools.git@v0.3");
    const git = await detectTools({ "environment.yml": fromGit });
    expect(tool(git, "pip")).toBeDefined();
    expect(tool(git, "PyPI")).toBeUndefined();
    const mirror = await detectTools({ "environment.yml": quickstart.replace("    - streamlit", "    - --index-url https://pypi.acme.internal/simple\n    - streamlit") });
    expect(tool(mirror, "pip")).toBeDefined();
    expect(tool(mirror, "PyPI")).toBeUndefined();
    // a wheel on disk comes from no index, and is no package of PyPI's
    const wheel = await detectTools({ "environment.yml": quickstart.replace("streamlit==1.21.0", "labtools @ file:///opt/wheels/labtools-0.3-py3-none-any.whl") });
    expect(tool(wheel, "pip")).toBeDefined();
    expect(tool(wheel, "PyPI")).toBeUndefined();
    expect(pkg(wheel, "labtools")).toBeUndefined();
    // --no-index turns every index off: pip installs from the --find-links folder alone
    const wheelhouse = await detectTools({ "environment.yml": quickstart.replace("    - streamlit", "    - --no-index\n    - --find-links ./wheels\n    - streamlit") });
    expect(tool(wheelhouse, "pip")).toBeDefined();
    expect(tool(wheelhouse, "PyPI")).toBeUndefined();
    // an extra index adds to PyPI (PyTorch's CUDA wheels beside the rest)
    const extra = await detectTools({ "environment.yml": quickstart.replace("    - streamlit", "    - --extra-index-url https://download.pytorch.org/whl/cu121\n    - streamlit") });
    expect(tool(extra, "PyPI")).toBeDefined();
  });
});
