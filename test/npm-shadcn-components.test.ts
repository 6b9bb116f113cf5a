import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// Modelled on a Vite + React app set up with shadcn/ui (`npx shadcn init`): the CLI writes
// components.json beside package.json and copies its components into src/components/ui, built on
// @radix-ui/*; no package names shadcn/ui itself.
const manifest = JSON.stringify({
  name: "dashboard",
  private: true,
  type: "module",
  scripts: { dev: "vite", build: "tsc -b && vite build" },
  dependencies: { "@radix-ui/react-slot": "^1.1.0", "class-variance-authority": "^0.7.1", clsx: "^2.1.1", react: "^18.3.1", "tailwind-merge": "^2.5.4" },
  devDependencies: { tailwindcss: "^3.4.14", vite: "^5.4.10" },
});
const shadcn = {
  $schema: "https://ui.shadcn.com/schema.json",
  style: "new-york",
  rsc: false,
  tsx: true,
  tailwind: { config: "tailwind.config.js", css: "src/index.css", baseColor: "zinc", cssVariables: true, prefix: "" },
  aliases: { components: "@/components", utils: "@/lib/utils", ui: "@/components/ui", lib: "@/lib", hooks: "@/hooks" },
  iconLibrary: "lucide",
};
const app = (components: string, at = "components.json") =>
  new MemorySource({ "package.json": manifest, [at]: components, "src/components/ui/button.tsx": "export {}\n" });

describe("shadcn/ui from its components.json", () => {
  it("names shadcn UI (UI Components) from the file, with no release", async () => {
    const { document, warnings } = await scan(app(JSON.stringify(shadcn, null, 2)), { git: false });
    expect(tool(document.tools, "shadcn UI")).toMatchObject({ category: "Languages & Frameworks", sub_category: "UI Components", detection_source: "components.json" });
    expect(tool(document.tools, "shadcn UI")?.version).toBeUndefined();
    expect(tool(document.tools, "Radix Primitives")).toBeDefined();
    expect(warnings ?? []).toEqual([]);
  });

  it("an app's components.json in a monorepo, and one written before the CLI added $schema, name it too", async () => {
    const { $schema: _, ...old } = shadcn;
    for (const [text, at] of [[JSON.stringify(shadcn), "apps/web/components.json"], [JSON.stringify(old), "components.json"]] as const) {
      const { document } = await scan(app(text, at), { git: false });
      expect(tool(document.tools, "shadcn UI"), at).toMatchObject({ detection_source: at });
    }
  });

  const { $schema: _, ...old } = shadcn;
  it("another project's components.json (a community port's included), or one that does not parse, names nothing and warns of nothing", async () => {
    const port = { ...shadcn, $schema: "https://shadcn-vue.com/schema.json", framework: "vite" };
    for (const text of [JSON.stringify({ components: [{ name: "Button", path: "src/Button.vue" }] }), "{ not json", JSON.stringify({ style: "default" }), JSON.stringify(port), JSON.stringify({ ...old, framework: "vite" })]) {
      const { document, warnings } = await scan(app(text), { git: false });
      expect(tool(document.tools, "shadcn UI"), text).toBeUndefined();
      expect(warnings ?? [], text).toEqual([]);
      // The app beside it is read.
      expect(tool(document.tools, "React"), text).toBeDefined();
    }
  });
});
