import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

describe("Celery's release", () => {
  // Modelled on a Flask API's Pipfile with a Celery worker beside Gunicorn.
  const pipfile = [
    "[[source]]",
    'url = "https://pypi.org/simple"',
    "verify_ssl = true",
    'name = "pypi"',
    "",
    "[packages]",
    'flask = "*"',
    'sqlalchemy = "==1.4.31"',
    'celery = "==5.2.3"',
    'gunicorn = "==20.1.0"',
    "",
    "[dev-packages]",
    'pytest = "==7.0.0"',
    "",
    "[requires]",
    'python_version = "3.10"',
  ].join("\n");

  it("is the celery package's own pin", async () => {
    const { document } = await scan(new MemorySource({ "server/Pipfile": pipfile }), { git: false });
    expect(tool(document.tools, "Celery")).toMatchObject({ version: "5.2.3", detection_source: "server/Pipfile" });
    expect(tool(document.tools, "Gunicorn")?.version).toBe("20.1.0");
  });

  it("is not celery-node's, a Node client on its own numbering", async () => {
    const manifest = JSON.stringify({ name: "jobs", dependencies: { "celery-node": "0.5.9", express: "4.18.2" } });
    const { document } = await scan(new MemorySource({ "package.json": manifest }), { git: false });
    expect(tool(document.tools, "Celery")).toBeDefined();
    expect(tool(document.tools, "Celery")?.version).toBeUndefined();
  });
});
