import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Held-out cvega21/chat-with-your-code (stop 43): the site names OpenAI at openai-edge's own release
// (1.1.0) and eslint-plugin-tailwindcss as a tool without a category, both from package.json.
const manifest = {
  name: "chat",
  private: true,
  dependencies: { next: "^13.4.4", "openai-edge": "^1.1.0", react: "^18.2.0" },
  devDependencies: { eslint: "^8.42.0", "eslint-plugin-tailwindcss": "^3.12.1", tailwindcss: "^3.3.2" },
};

describe("npm: openai-edge and eslint-plugin-tailwindcss", () => {
  it("openai-edge names OpenAI at its release, and stays a package entry", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest, null, 2) }), { git: false });
    const openai = document.tools.find((t) => t.name === "OpenAI" && !t.package_url);
    expect(openai).toMatchObject({ version: "1.1.0", detection_source: "package.json" });
    expect(document.tools.find((t) => t.package_url === "https://www.npmjs.com/openai-edge")).toBeDefined();
  });

  it("eslint-plugin-tailwindcss is a tool of its own, without a category, beside ESLint", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest, null, 2) }), { git: false });
    const plugin = document.tools.find((t) => t.name === "eslint-plugin-tailwindcss" && !t.package_url);
    expect(plugin).toMatchObject({ website_url: "https://www.npmjs.com/package/eslint-plugin-tailwindcss", detection_source: "package.json" });
    expect(plugin?.category).toBeUndefined();
    expect(document.tools.find((t) => t.name === "ESLint")?.version).toBe("8.42.0");
  });
});
