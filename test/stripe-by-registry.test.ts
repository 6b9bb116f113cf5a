import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// Stripe's Python library is a package entry only: the site lists `stripe` and names no Stripe in 3
// of 3 stack files of 3 owners (two Poetry pyproject.toml files, one requirements.txt). Stripe's npm
// package and its gem still name Stripe, as the site's files do.
describe("Stripe by registry", () => {
  // Modelled on a FastAPI back end's Poetry section and a Django app's pinned requirements.txt.
  const pyproject = [
    "[tool.poetry]",
    'name = "platform"',
    'version = "0.1.0"',
    "",
    "[tool.poetry.dependencies]",
    'python = "^3.11"',
    'fastapi = "^0.98.0"',
    'stripe = "^5.5.0"',
    'replicate = "^0.8.4"',
    "",
  ].join("\n");
  const requirements = "Django==3.1.3\ndjangorestframework==3.14.0\nopenai==0.27.8\nstripe==2.55.1\nwhitenoise==6.4.0\n";

  it("PyPI's stripe, from pyproject.toml or requirements.txt, is a package entry; Stripe is not named", async () => {
    const { document } = await scan(new MemorySource({ "platform/pyproject.toml": pyproject, "requirements.txt": requirements }), { git: false });
    expect(tool(document.tools, "Stripe")).toBeUndefined();
    expect(pkg(document.tools, "stripe")).toBeDefined();
    expect(tool(document.tools, "FastAPI")?.detection_source).toBe("platform/pyproject.toml");
    expect(tool(document.tools, "OpenAI")?.detection_source).toBe("requirements.txt");
  });

  it("npm's stripe and the gem still name Stripe; --all-tools names it from PyPI's", async () => {
    const api = JSON.stringify({ name: "stripe-api", version: "1.0.0", dependencies: { express: "^4.18.2", stripe: "^13.7.0" } });
    const npm = await scan(new MemorySource({ "packages/stripe/package.json": api }), { git: false });
    expect(tool(npm.document.tools, "Stripe")?.detection_source).toBe("packages/stripe/package.json");
    const gemfile = "source 'https://rubygems.org'\n\ngem 'rails', '~> 7.0'\ngem 'stripe'\n";
    const ruby = await scan(new MemorySource({ Gemfile: gemfile }), { git: false });
    expect(tool(ruby.document.tools, "Stripe")?.detection_source).toBe("Gemfile");
    const all = await scan(new MemorySource({ "requirements.txt": requirements }), { git: false, allTools: true });
    expect(tool(all.document.tools, "Stripe")).toBeDefined();
  });
});
