import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// A Vite + Tailwind landing page that takes its icons and colour scales from Radix (Radix Icons,
// Radix Colors: products of the @radix-ui scope apart from its primitives) and no primitive.
const scanDeps = (deps: Record<string, string>) =>
  scan(
    new MemorySource({
      "package.json": JSON.stringify({ name: "landing", private: true, scripts: { dev: "vite" }, dependencies: deps, devDependencies: { tailwindcss: "^3.4.4", vite: "^5.3.1" } }, null, 2),
      "src/main.tsx": "export {}\n",
    }),
    { git: false },
  );

describe("Radix's icons and colours are not its primitives", () => {
  it("@radix-ui/react-icons and @radix-ui/colors name no Radix Primitives; their package entries stay", async () => {
    const { document } = await scanDeps({ "@radix-ui/colors": "^3.0.0", "@radix-ui/react-icons": "^1.3.0", react: "^18.3.1" });
    expect(tool(document.tools, "Radix Primitives")).toBeUndefined();
    expect(pkg(document.tools, "@radix-ui/react-icons")).toMatchObject({ version: "1.3.0" });
    expect(pkg(document.tools, "@radix-ui/colors")).toMatchObject({ version: "3.0.0" });
  });

  it("a primitive beside them still names Radix Primitives", async () => {
    const { document } = await scanDeps({ "@radix-ui/react-icons": "^1.3.0", "@radix-ui/react-dialog": "^1.1.1", react: "^18.3.1" });
    expect(tool(document.tools, "Radix Primitives")).toBeDefined();
  });
});
