import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// A front end embedding the CodeMirror editor through a framework component (a Vue CLI app's
// vue-codemirror, a React app's react-codemirror2 or @uiw/react-codemirror) declares the wrapper,
// not the editor, which comes in as the wrapper's dependency. The wrapper names CodeMirror without
// giving it its own release; a declared codemirror still gives the tool its own, and so does the
// codemirror a lockfile installed for the wrapper (the site's CodeMirror 5.65.5 beside
// vue-codemirror 4.0.6).
const scanDeps = (deps: Record<string, string>) =>
  scan(
    new MemorySource({
      "web/package.json": JSON.stringify(
        { name: "snippets-ui", private: true, scripts: { serve: "vue-cli-service serve" }, dependencies: deps },
        null,
        2,
      ),
      "web/src/main.js": "export {}\n",
    }),
    { git: false },
  );

describe("CodeMirror's framework wrappers", () => {
  it.each([
    ["vue-codemirror", "4.0.6"],
    ["react-codemirror2", "^7.2.1"],
    ["@uiw/react-codemirror", "^4.21.21"],
  ])("%s names CodeMirror without its own release", async (name, range) => {
    const { document } = await scanDeps({ vue: "2.7.10", axios: "0.27.2", [name]: range });
    expect(tool(document.tools, "CodeMirror")).toBeDefined();
    expect(tool(document.tools, "CodeMirror")?.version).toBeUndefined();
    expect(pkg(document.tools, name)).toBeDefined();
  });

  it("beside the editor itself, CodeMirror takes the editor's release", async () => {
    const { document } = await scanDeps({ codemirror: "^5.65.2", "react-codemirror2": "^7.2.1" });
    expect(tool(document.tools, "CodeMirror")).toMatchObject({ version: "5.65.2" });
  });

  it("takes the release of the codemirror the lockfile installed for the wrapper", async () => {
    const manifest = { name: "snippets-ui", private: true, dependencies: { vue: "2.7.10", "vue-codemirror": "4.0.6" } };
    // npm 7's package-lock.json: the wrapper's codemirror range resolved to 5.65.5
    const installed = { vue: "2.7.15", "vue-codemirror": "4.0.6", codemirror: "5.65.5" };
    const packages = Object.fromEntries(Object.entries(installed).map(([name, version]) => [`node_modules/${name}`, { version }]));
    const lock = { name: manifest.name, lockfileVersion: 2, requires: true, packages: { "": { name: manifest.name, dependencies: manifest.dependencies }, ...packages } };
    const { document } = await scan(
      new MemorySource({
        "web/package.json": JSON.stringify(manifest, null, 2),
        "web/package-lock.json": JSON.stringify(lock, null, 2),
      }),
      { git: false },
    );
    expect(tool(document.tools, "CodeMirror")).toMatchObject({ version: "5.65.5", detection_source: "web/package.json" });
  });
});
