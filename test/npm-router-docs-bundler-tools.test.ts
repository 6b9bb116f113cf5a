import { describe, expect, it } from "vitest";
import { namedToolVersions } from "./helpers.js";

// Site-listed tools that had no matcher, named since stop 63 by their own npm packages:
// TanStack Router by its framework packages, Starlight by @astrojs/starlight (beside Astro),
// Rolldown by rolldown. Each package carries the tool's own release.
describe("TanStack Router, Starlight and Rolldown from their npm packages", () => {
  it("a Vite app routed by @tanstack/react-router, at the release its range allows first", async () => {
    const pkg = JSON.stringify({
      name: "dashboard",
      private: true,
      type: "module",
      scripts: { dev: "vite", build: "tsc -b && vite build" },
      dependencies: { "@tanstack/react-query": "^5.62.2", "@tanstack/react-router": "^1.87.1", react: "^18.3.1", "react-dom": "^18.3.1" },
      devDependencies: { "@tanstack/router-plugin": "^1.87.1", "@vitejs/plugin-react": "^4.3.4", typescript: "~5.6.2", vite: "^6.0.1" },
    });
    expect(await namedToolVersions({ "package.json": pkg }, ["TanStack Router", "React Query", "Vite"])).toEqual({
      "TanStack Router": "1.87.1",
      "React Query": "5.62.2",
      Vite: "6.0.1",
    });
    const solid = JSON.stringify({ name: "solid-app", dependencies: { "@tanstack/solid-router": "^1.87.0", "solid-js": "^1.9.3" } });
    expect(await namedToolVersions({ "package.json": solid }, ["TanStack Router"])).toEqual({ "TanStack Router": "1.87.0" });
  });

  it("an Astro Starlight documentation site names Starlight and Astro, each at its own release", async () => {
    const pkg = JSON.stringify({
      name: "docs",
      type: "module",
      version: "0.0.1",
      scripts: { dev: "astro dev", build: "astro build" },
      dependencies: { "@astrojs/starlight": "^0.29.2", astro: "^4.16.10", sharp: "^0.32.5" },
    });
    expect(await namedToolVersions({ "package.json": pkg }, ["Starlight", "Astro"])).toEqual({ Starlight: "0.29.2", Astro: "4.16.10" });
  });

  it("a library bundled with rolldown names Rolldown", async () => {
    const pkg = JSON.stringify({ name: "tiny-lib", version: "0.1.0", type: "module", scripts: { build: "rolldown -c" }, devDependencies: { rolldown: "^0.15.1", typescript: "^5.7.2" } });
    expect(await namedToolVersions({ "package.json": pkg }, ["Rolldown"])).toEqual({ Rolldown: "0.15.1" });
  });
});
