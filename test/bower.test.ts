import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { bowerDetector } from "../detectors/bower/index.js";
import { byFile, detectorFindings } from "./detector-findings.js";

describe("bower detector", () => {
  it("reports bower.json dependencies as bower packages with the lowest allowed version", async () => {
    const source = new MemorySource({
      "bower.json": JSON.stringify({
        name: "legacy-ui",
        dependencies: { angular: "1.4.14", "angular-strap": "~2.2.4", hotkeys: "chieffancypants/angular-hotkeys#1.7.0" },
        devDependencies: { "angular-mocks": "1.3.0" },
      }),
    });
    const { document } = await scan(source, { git: false });
    const byName = new Map(document.tools.map((t) => [t.name, t]));
    expect(byName.get("angular-strap")).toMatchObject({ package_url: "http://bower.io/angular-strap", version: "2.2.4", detection_source: "bower.json" });
    expect(byName.get("angular-mocks")?.version).toBe("1.3.0");
    expect(byName.get("hotkeys")).toBeDefined();
    expect(byName.get("hotkeys")?.version).toBeUndefined();
  });

  it("a bower package reveals the tool its npm namesake does, with the declared version", async () => {
    const source = new MemorySource({
      "bower.json": JSON.stringify({
        name: "authoring-app",
        dependencies: { jquery: "^2.2.1", "jquery-ui": "1.11.4", "font-awesome": "4.3", "angular-strap": "~2.2.4" },
        devDependencies: { "jasmine-core": "jasmine#~2.3.4" },
      }),
    });
    const { document } = await scan(source, { git: false });
    const tool = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    expect(tool("jQuery")).toMatchObject({ version: "2.2.1", detection_source: "bower.json" });
    expect(tool("Font Awesome")?.version).toBe("4.3.0"); // "4.3" is the range 4.3.x
    expect(tool("Jasmine")).toBeDefined();
    expect(tool("Jasmine")?.version).toBeUndefined(); // a git spec, no version
    expect(document.tools.find((t) => t.name === "jquery")?.package_url).toBe("http://bower.io/jquery"); // still a package entry
  });

  it("an AngularJS seed's bower.json names jQuery, Bootstrap and Font Awesome but no AngularJS from angular and its modules", async () => {
    const source = new MemorySource({
      "bower.json": JSON.stringify({
        name: "angular-seed",
        dependencies: {
          angular: "1.4.8", "angular-route": "~1.4.8", "angular-mocks": "~1.4.8", "angular-resource": "~1.4.8",
          "angular-sanitize": "~1.4.8", "angular-animate": "~1.4.8", jquery: "~2.1.4", bootstrap: "~3.3.5", "font-awesome": "~4.4.0",
        },
        resolutions: { angular: "1.4.8" },
      }),
    });
    const { document } = await scan(source, { git: false });
    const tool = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    expect(tool("AngularJS")).toBeUndefined();
    expect(document.tools.find((t) => t.name === "angular")).toMatchObject({ package_url: "http://bower.io/angular", version: "1.4.8" });
    expect(tool("jQuery")?.version).toBe("2.1.4");
    expect(tool("Bootstrap")?.version).toBe("3.3.5");
    expect(tool("Font Awesome")?.version).toBe("4.4.0");
  });

  it("Font Awesome 4's font-awesome names Font Awesome from bower.json but stays an npm package entry in package.json", async () => {
    const source = new MemorySource({
      "package.json": JSON.stringify({ name: "ng-starter", dependencies: { "font-awesome": "^4.7.0", jquery: "^3.1.1" } }),
      "legacy/bower.json": JSON.stringify({ name: "legacy", dependencies: { "font-awesome": "~4.3.0" } }),
    });
    const { document } = await scan(source, { git: false });
    const fa = document.tools.find((t) => t.name === "Font Awesome");
    expect(fa).toMatchObject({ version: "4.3.0", detection_source: "legacy/bower.json" });
    expect(document.tools.find((t) => t.name === "font-awesome")?.package_url).toBe("https://www.npmjs.com/font-awesome");

    const npmOnly = await scan(new MemorySource({ "package.json": JSON.stringify({ name: "app", dependencies: { "font-awesome": "^4.7.0" } }) }), { git: false });
    expect(npmOnly.document.tools.find((t) => t.name === "Font Awesome")).toBeUndefined();
  });

  it("bower.json lists its packages but names no Bower; the bower npm package does", async () => {
    const bowerJson = JSON.stringify({
      name: "steps-app",
      dependencies: { angular: "^1.3.0", bootstrap: "^3.2.0", "angular-route": "^1.3.0" },
      devDependencies: { "angular-mocks": "^1.3.0" },
      appPath: "app",
    });
    const gruntApp = { name: "steps-app", private: true, devDependencies: { grunt: "^0.4.5", "grunt-karma": "*", "karma-jasmine": "*" } };
    const alone = await scan(new MemorySource({ "bower.json": bowerJson, "package.json": JSON.stringify(gruntApp) }), { git: false });
    const tools = alone.document.tools.filter((t) => !t.package_url).map((t) => t.name);
    expect(tools).not.toContain("Bower");
    expect(tools).toContain("Bootstrap");
    expect(alone.document.tools.find((t) => t.name === "angular")?.package_url).toBe("http://bower.io/angular");

    const withCli = { ...gruntApp, devDependencies: { ...gruntApp.devDependencies, bower: "^1.3.12" } };
    const named = await scan(new MemorySource({ "bower.json": bowerJson, "package.json": JSON.stringify(withCli) }), { git: false });
    expect(named.document.tools.find((t) => t.name === "Bower" && !t.package_url)).toMatchObject({ detection_source: "package.json" });
  });
});

describe("bower.json finding by finding", () => {
  it("each dependency at its line, devDependencies marked, a file with one section or a broken one", async () => {
    const bowerJson = `{
  "name": "legacy-admin",
  "version": "1.0.0",
  "dependencies": {
    "jquery": "~2.2.4",
    "bootstrap": "^3.4.1"
  },
  "devDependencies": {
    "qunit": "1.23.1"
  }
}
`;
    const { findings, warnings } = await detectorFindings(bowerDetector, {
      "bower.json": bowerJson,
      "widgets/bower.json": '{\n  "name": "widgets",\n  "dependencies": {\n    "d3": "3.5.17"\n  }\n}\n',
      "old/bower.json": '{ "name": "old", "dependencies": { "jquery": "1.12" ',
    });
    expect(byFile(findings)).toEqual({
      "bower.json": [
        "bower:jquery@5 ~2.2.4 ->2.2.4 direct",
        "npm:jquery@5 ~2.2.4 ->2.2.4",
        "bower:bootstrap@6 ^3.4.1 ->3.4.1 direct",
        "npm:bootstrap@6 ^3.4.1 ->3.4.1",
        "bower:qunit@9 1.23.1 ->1.23.1 direct dev",
        "npm:qunit@9 1.23.1 ->1.23.1",
      ],
      "widgets/bower.json": ["bower:d3@4 3.5.17 ->3.5.17 direct", "npm:d3@4 3.5.17 ->3.5.17"],
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^old\/bower\.json: /);
  });
});
