import { describe, expect, it } from "vitest";
import { namedToolVersions } from "./helpers.js";

// Dinero.js, the money library, is on the site's list (Libraries, Javascript Utilities & Libraries)
// and named from a package.json declaring `dinero.js` (held-out qutek/aws-lambda-web-adapter, stop 64):
// its package names it. v2's scoped packages (@dinero.js/currencies, core, the calculators) are its
// parts, on an alpha line of their own, so they name it without a release.
describe("Dinero.js from its npm packages", () => {
  it("a Next.js storefront declaring dinero.js names Dinero.js at the release it pins", async () => {
    const pkg = JSON.stringify({
      name: "lwa-streaming-response-demo-nextjs",
      version: "0.1.0",
      private: true,
      scripts: { dev: "next dev", build: "next build", start: "next start", lint: "next lint" },
      dependencies: {
        "@heroicons/react": "1.0.6",
        clsx: "1.2.1",
        "date-fns": "2.29.3",
        "dinero.js": "1.9.1",
        next: "13.3.0",
        react: "18.2.0",
        "react-dom": "18.2.0",
      },
      devDependencies: { "@types/node": "18.15.11", typescript: "5.0.3" },
    });
    expect(await namedToolVersions({ "package.json": pkg }, ["Dinero.js", "date-fns", "Next.js"])).toEqual({
      "Dinero.js": "1.9.1",
      "date-fns": "2.29.3",
      "Next.js": "13.3.0",
    });
  });

  it("v2's @dinero.js/currencies alone names Dinero.js without lending its alpha release", async () => {
    const pkg = JSON.stringify({ name: "checkout", private: true, dependencies: { "@dinero.js/currencies": "2.0.0-alpha.14", react: "^18.2.0" } });
    expect(await namedToolVersions({ "package.json": pkg }, ["Dinero.js"])).toEqual({ "Dinero.js": "-" });
  });
});
