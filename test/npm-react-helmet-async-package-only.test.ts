import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

describe("react-helmet-async", () => {
  // Modelled on a Vite + React admin dashboard that sets its page titles with react-helmet-async.
  const manifest = JSON.stringify({
    name: "dashboard",
    private: true,
    type: "module",
    dependencies: { react: "^18.2.0", "react-dom": "^18.2.0", "react-helmet-async": "1.3.0", "react-router-dom": "^6.20.0" },
    devDependencies: { "@types/react-helmet": "^6.1.9", "@vitejs/plugin-react": "^4.2.0", typescript: "^5.2.2", vite: "^5.0.0" },
  });

  it("is a package entry naming no React Helmet, as react-helmet is", async () => {
    const { document } = await scan(new MemorySource({ "package.json": manifest }), { git: false });
    expect(tool(document.tools, "React Helmet")).toBeUndefined();
    expect(pkg(document.tools, "react-helmet-async")?.version).toBe("1.3.0");
    expect(tool(document.tools, "React")).toBeDefined();
    expect(tool(document.tools, "Vite")).toBeDefined();
  });

  it("names React Helmet with --all-tools, without the fork's own release", async () => {
    const { document } = await scan(new MemorySource({ "package.json": manifest }), { git: false, allTools: true });
    const helmet = tool(document.tools, "React Helmet");
    expect(helmet).toBeDefined();
    expect(helmet?.version).toBeUndefined();
  });
});
