import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// Two packages the site lists without naming the tool they belong to: PyPI spacy (0 of 4
// repositories of 3 owners name SpaCy) and Grunt's JSHint task, grunt-contrib-jshint (0 of 5 of 3
// owners name JSHint; it still names Grunt). What shows either tool for itself still names it.
describe("spacy and grunt-contrib-jshint", () => {
  // Modelled on a small FastAPI text service and a WordPress plugin built with Grunt.
  const requirements = "fastapi==0.109.2\nuvicorn[standard]==0.27.1\nspacy==3.7.4\nsrsly==2.4.8\nthinc==8.2.3\n";
  const pluginManifest = JSON.stringify({
    name: "wp-jobs",
    version: "1.4.0",
    devDependencies: { grunt: "~0.4.5", "grunt-contrib-jshint": "^1.1.0", "grunt-contrib-uglify": "^2.3.0", "grunt-wp-i18n": "^1.0.0" },
  });

  it("are package entries; SpaCy and JSHint are not named, Grunt and FastAPI are", async () => {
    const { document } = await scan(new MemorySource({ "api/requirements.txt": requirements, "package.json": pluginManifest }), { git: false });
    expect(tool(document.tools, "SpaCy")).toBeUndefined();
    expect(pkg(document.tools, "spacy")?.version).toBe("3.7.4");
    expect(tool(document.tools, "JSHint")).toBeUndefined();
    expect(pkg(document.tools, "grunt-contrib-jshint")).toBeDefined();
    expect(tool(document.tools, "Grunt")?.detection_source).toBe("package.json");
    expect(tool(document.tools, "FastAPI")?.detection_source).toBe("api/requirements.txt");
  });

  it("a conda environment still names SpaCy; jshint-stylish and .jshintrc still name JSHint; --all-tools names both", async () => {
    const conda = await scan(new MemorySource({ "environment.yml": "channels: [conda-forge]\ndependencies:\n  - python=3.11\n  - spacy=3.7.4\n" }), { git: false });
    expect(tool(conda.document.tools, "SpaCy")?.detection_source).toBe("environment.yml");
    const stylish = JSON.parse(pluginManifest);
    stylish.devDependencies["jshint-stylish"] = "^2.2.1";
    const withStylish = await scan(new MemorySource({ "package.json": JSON.stringify(stylish) }), { git: false });
    expect(tool(withStylish.document.tools, "JSHint")?.detection_source).toBe("package.json");
    const rc = await scan(new MemorySource({ "package.json": pluginManifest, ".jshintrc": '{ "esversion": 6 }\n' }), { git: false });
    expect(tool(rc.document.tools, "JSHint")?.detection_source).toBe(".jshintrc");
    const all = await scan(new MemorySource({ "api/requirements.txt": requirements }), { git: false, allTools: true });
    expect(tool(all.document.tools, "SpaCy")).toBeDefined();
  });
});
