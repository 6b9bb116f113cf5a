import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// An app that installs offline from wheels committed beside it (a Databricks app's
// src/app/requirements.txt, which turns indexes off and points pip at its wheelhouse).
const offline = ["--no-index", "--find-links ./wheelhouse", "fastapi==0.111.0", "uvicorn[standard]==0.30.1", "databricks-sdk==0.29.0", ""].join("\n");

const detectTools = async (files: Record<string, string>) => (await scan(new MemorySource(files))).document.tools;

describe("a requirements file with --no-index", () => {
  it("still names PyPI, as the site names it from any requirements file, and its pins as PyPI's packages", async () => {
    const tools = await detectTools({ "src/app/requirements.txt": offline });
    expect(tool(tools, "PyPI")).toMatchObject({ detection_source: "src/app/requirements.txt" });
    expect(pkg(tools, "fastapi")).toMatchObject({ version: "0.111.0", package_url: "https://pypi.org/project/fastapi" });
  });
});
