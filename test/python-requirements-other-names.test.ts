import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";
import { requirementsTable } from "../detectors/python/file-names.js";

// The site reads a file named requirements.txt with a reader that lists Flask, pandas, flake8 and
// pre-commit as packages without naming their tools; from requirements files of other names
// (requirements.test.txt, requirements_dev.txt, requirements/base.txt) it names them, as from a
// Pipfile (6 stack files of 5 owners, catalog/matchers/python.yml's `requirements-other`).
const DJANGO_APP = {
  "requirements.txt": "Django==3.2.23\ngunicorn==21.2.0\nFlask==2.2.2\npandas==2.1.1\nrequests==2.31.0\npython-dotenv==1.0.0\n",
  "requirements.test.txt": "pycodestyle==2.7.0\ncoverage==5.5\nflake8==3.9.2\nflake8-comprehensions==3.5.0\npre-commit==2.16.0\n",
  "manage.py": "#!/usr/bin/env python\n",
};

const scanFiles = (files: Record<string, string>) => scan(new MemorySource(files), { git: false, disable: ["languages"] });

describe("requirements files not named requirements.txt", () => {
  it("a test requirements file names flake8 and pre-commit, which requirements.txt leaves as packages", async () => {
    const { document } = await scanFiles(DJANGO_APP);
    expect(tool(document.tools, "flake8")).toMatchObject({ detection_source: "requirements.test.txt" });
    expect(tool(document.tools, "pre-commit")).toMatchObject({ detection_source: "requirements.test.txt", version: "2.16.0" });
    // From requirements.txt, Flask and Pandas stay package entries, as the site lists them there.
    expect(tool(document.tools, "Flask")).toBeUndefined();
    expect(tool(document.tools, "Pandas")).toBeUndefined();
    expect(pkg(document.tools, "Flask")).toBeDefined();
    expect(pkg(document.tools, "pandas")).toBeDefined();
  });

  it("Django: a package entry from requirements.txt, the tool from a file of another name or a Pipfile", async () => {
    // 3 stack files of 3 owners list Django as a package from a file named requirements.txt and none
    // names it there (catalog/matchers/python.yml's `requirements`).
    const { document } = await scanFiles(DJANGO_APP);
    expect(tool(document.tools, "Django")).toBeUndefined();
    expect(pkg(document.tools, "Django")).toMatchObject({ version: "3.2.23", detection_source: "requirements.txt" });
    const base = await scanFiles({ "requirements/base.txt": "Django==4.2.7\n" });
    expect(tool(base.document.tools, "Django")).toMatchObject({ version: "4.2.7", detection_source: "requirements/base.txt" });
    const pipfile = await scanFiles({ Pipfile: '[packages]\ndjango = "==5.0.1"\n' });
    expect(tool(pipfile.document.tools, "Django")).toMatchObject({ detection_source: "Pipfile" });
  });

  it("the same lines in requirements.txt name none of them", async () => {
    const { document } = await scanFiles({ "requirements.txt": DJANGO_APP["requirements.test.txt"], "manage.py": "" });
    expect(tool(document.tools, "flake8")).toBeUndefined();
    expect(tool(document.tools, "pre-commit")).toBeUndefined();
    expect(pkg(document.tools, "flake8")).toBeDefined();
  });

  it("a requirements/ folder's base.txt and a requirements_pycharm.txt name Flask, Pandas, Tornado and Werkzeug", async () => {
    const { document } = await scanFiles({
      "requirements/base.txt": "Django==4.2.7\npandas==2.1.3\nPillow==10.1.0\nredis==4.5.4\nrequests==2.31.0\n",
      "requirements_pycharm.txt": "Flask==2.2.2\nflask-restx==1.0.3\ntornado==4.5.3\nWerkzeug==2.2.2\nrequests==2.28.2\n",
    });
    for (const name of ["Flask", "Pandas", "Tornado", "Werkzeug", "Django"]) expect(tool(document.tools, name), name).toBeDefined();
    expect(tool(document.tools, "Pandas")?.detection_source).toBe("requirements/base.txt");
    // Requests stays a package entry from any file: the site lists it so from requirements_pycharm.txt too.
    expect(tool(document.tools, "Requests")).toBeUndefined();
    expect(pkg(document.tools, "requests")).toBeDefined();
  });

  it("a file included under another name is read with its includer's table", async () => {
    const lint = "flake8==7.1.1\npre-commit==3.8.0\n";
    const fromMain = await scanFiles({ "requirements.txt": "Django==5.0.9\n-r lint.txt\n", "lint.txt": lint });
    expect(tool(fromMain.document.tools, "flake8")).toBeUndefined();
    expect(pkg(fromMain.document.tools, "flake8")).toMatchObject({ detection_source: "lint.txt" });
    const fromDev = await scanFiles({ "requirements.txt": "Django==5.0.9\nFlask==3.0.3\n", "requirements-dev.txt": "-r requirements.txt\n-r lint.txt\n", "lint.txt": lint });
    expect(tool(fromDev.document.tools, "flake8")).toMatchObject({ detection_source: "lint.txt" });
    // A requirements file included by another keeps its own name's table: requirements.txt's Flask stays a package.
    expect(tool(fromDev.document.tools, "Flask")).toBeUndefined();
    expect(pkg(fromDev.document.tools, "Flask")).toMatchObject({ detection_source: "requirements.txt" });
  });

  it("only a .txt file of another name: requirements.txt in a subfolder and pip-compile's .in keep the requirements table", () => {
    expect(requirementsTable("requirements.txt")).toBe("requirements");
    expect(requirementsTable("services/api/requirements.txt")).toBe("requirements");
    expect(requirementsTable("requirements.in")).toBe("requirements");
    expect(requirementsTable("requirements-dev.txt")).toBe("requirements-other");
    expect(requirementsTable("requirements/dev.txt")).toBe("requirements-other");
    expect(requirementsTable("backend/requirements_dev.txt")).toBe("requirements-other");
  });
});
