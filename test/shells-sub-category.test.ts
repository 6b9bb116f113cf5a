import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// The site files the shells its list puts under "shells" as Shells where a manifest names one (IPython
// from a requirements.txt in held-out SE-Europe-Data_Challenge and auto_job_bot), while Shell, which the
// language bar names, stays under Languages.
describe("the Shells sub-category", () => {
  it("IPython from a pinned requirements.txt is Languages & Frameworks / Shells; Shell from scripts stays Languages", async () => {
    const files = {
      "requirements.txt": "ipykernel==6.26.0\nipython==8.17.2\nmatplotlib==3.6.0\nnumpy==1.25.2\npandas==1.5.3\n",
      "scripts/run_pipeline.sh": "#!/bin/bash\npython src/data_ingestion.py\n",
      "src/data_ingestion.py": "import pandas as pd\n",
    };
    const { document } = await scan(new MemorySource(files), { git: false });
    const tool = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    expect(tool("IPython")).toMatchObject({ category: "Languages & Frameworks", sub_category: "Shells", detection_source: "requirements.txt" });
    expect(tool("Shell")).toMatchObject({ category: "Languages & Frameworks", sub_category: "Languages" });
  });
});
