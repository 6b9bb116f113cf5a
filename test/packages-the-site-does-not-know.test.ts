import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// A package becomes a package entry (no tool) only where the site lists the package and names no
// tool from it. Where the site's stack files list nothing for a package at all, its package list does
// not know the package, and that silence is no evidence about the tool (README, "Packages the site does
// not know"). These renamed packages are their tools' own.

describe("packages the site does not know", () => {
  // Modelled on a Create React App front end styled with MUI v5 and Emotion, fetching with TanStack Query.
  const frontEnd = JSON.stringify({
    name: "front-end",
    private: true,
    dependencies: {
      "@emotion/react": "^11.11.0", "@emotion/styled": "^11.11.0", "@mui/icons-material": "^5.11.16", "@mui/lab": "^5.0.0-alpha.155",
      "@mui/material": "^5.12.3", "@mui/x-date-pickers": "^6.18.0", "@tanstack/react-query": "^5.17.9", axios: "^1.4.0",
      react: "^18.2.0", "react-dom": "^18.2.0", "react-scripts": "5.0.1",
    },
  });

  it("MUI v5's @mui packages name Material-UI, numbered by MUI core, not by the lab or MUI X", async () => {
    const { document } = await scan(new MemorySource({ "FrontEnd/package.json": frontEnd }), { git: false });
    expect(tool(document.tools, "Material-UI")?.detection_source).toBe("FrontEnd/package.json");
    expect(tool(document.tools, "Material-UI")?.version).toMatch(/^5\.1[12]\./); // @mui/material or @mui/icons-material
    for (const name of ["@mui/material", "@mui/icons-material", "@mui/lab", "@mui/x-date-pickers"]) expect(pkg(document.tools, name), name).toBeDefined();
    const lab = await scan(new MemorySource({ "package.json": JSON.stringify({ name: "app", dependencies: { "@mui/lab": "^5.0.0-alpha.173" } }) }), { git: false });
    expect(tool(lab.document.tools, "Material-UI")).toBeDefined();
    expect(tool(lab.document.tools, "Material-UI")?.version).toBeUndefined();
  });

  it("@tanstack/react-query names React Query with its release", async () => {
    const { document } = await scan(new MemorySource({ "FrontEnd/package.json": frontEnd }), { git: false });
    expect(tool(document.tools, "React Query")).toMatchObject({ version: "5.17.9", detection_source: "FrontEnd/package.json" });
  });

  it("newer packages of tools the site knows by other names or not at all name their tools", async () => {
    const manifest = JSON.stringify({
      name: "web",
      dependencies: {
        "@chakra-ui/react": "^2.8.2", "@radix-ui/react-dialog": "^1.0.5", "@react-navigation/native": "^6.1.9", "@strapi/strapi": "4.15.5",
        "react-hook-form": "^7.49.2", unocss: "^0.58.0",
      },
      devDependencies: { vitest: "^1.1.0" },
    });
    const { document } = await scan(new MemorySource({ "package.json": manifest }), { git: false });
    const named = new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t.version]));
    expect(Object.fromEntries(["Chakra UI", "Radix Primitives", "React Navigation", "Strapi", "React Hook Form", "UnoCSS", "Vitest"].map((n) => [n, named.get(n)]))).toEqual({
      "Chakra UI": "2.8.2", "Radix Primitives": undefined, "React Navigation": "6.1.9", Strapi: "4.15.5", "React Hook Form": "7.49.2", UnoCSS: "0.58.0", Vitest: "1.1.0",
    });
    for (const n of ["Chakra UI", "Radix Primitives", "React Navigation", "Strapi", "React Hook Form", "UnoCSS", "Vitest"]) expect(named.has(n), n).toBe(true);
  });

  it("service clients the site lists nothing for name their services, without lending their own releases", async () => {
    const manifest = JSON.stringify({ name: "worker", dependencies: { "sqs-consumer": "^7.4.0", "hot-shots": "^10.0.0", "@angular/google-maps": "^16.2.0" } });
    const { document } = await scan(new MemorySource({ "package.json": manifest }), { git: false });
    for (const name of ["Amazon SQS", "StatsD", "Google Maps"]) {
      expect(tool(document.tools, name), name).toBeDefined();
      expect(tool(document.tools, name)?.version, name).toBeUndefined();
    }
  });

  it("the @material-ui packages still name Material-UI", async () => {
    const legacy = JSON.stringify({ name: "client", dependencies: { "@material-ui/core": "^4.11.0", "@material-ui/icons": "^4.9.1", react: "^16.13.1" } });
    const { document } = await scan(new MemorySource({ "client/package.json": legacy }), { git: false });
    expect(tool(document.tools, "Material-UI")?.version).toBe("4.11.0");
  });
});
