import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

const tool = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name && !t.package_url);
const pkg = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name && t.package_url);

describe("MUI's @mui packages", () => {
  // Modelled on a Create React App front end styled with MUI v5 and Emotion.
  const frontEnd = JSON.stringify({
    name: "front-end",
    private: true,
    dependencies: {
      "@emotion/react": "^11.11.0", "@emotion/styled": "^11.11.0", "@mui/icons-material": "^5.11.16", "@mui/lab": "^5.0.0-alpha.155",
      "@mui/material": "^5.12.3", "@mui/x-date-pickers": "^6.18.0", axios: "^1.4.0", react: "^18.2.0", "react-dom": "^18.2.0", "react-scripts": "5.0.1",
    },
  });

  it("are package entries naming no Material-UI", async () => {
    const { document } = await scan(new MemorySource({ "FrontEnd/package.json": frontEnd }), { git: false });
    expect(tool(document.tools, "Material-UI")).toBeUndefined();
    for (const name of ["@mui/material", "@mui/icons-material", "@mui/lab", "@mui/x-date-pickers"]) expect(pkg(document.tools, name), name).toBeDefined();
    expect(tool(document.tools, "React")?.version).toBe("18.2.0");
  });

  it("name Material-UI with --all-tools, numbered by MUI core (@mui/material, @mui/icons-material), not by the lab", async () => {
    const { document } = await scan(new MemorySource({ "FrontEnd/package.json": frontEnd }), { git: false, allTools: true });
    expect(tool(document.tools, "Material-UI")?.version).toMatch(/^5\.1[12]\./);
    const lab = await scan(new MemorySource({ "package.json": JSON.stringify({ name: "app", dependencies: { "@mui/lab": "^5.0.0-alpha.173" } }) }), { git: false, allTools: true });
    expect(tool(lab.document.tools, "Material-UI")?.version).toBeUndefined();
  });

  it("leave the @material-ui packages naming Material-UI", async () => {
    const legacy = JSON.stringify({ name: "client", dependencies: { "@material-ui/core": "^4.11.0", "@material-ui/icons": "^4.9.1", react: "^16.13.1" } });
    const { document } = await scan(new MemorySource({ "client/package.json": legacy }), { git: false });
    expect(tool(document.tools, "Material-UI")).toBeDefined();
  });
});
