import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// A React front end showing Google's reCAPTCHA v2 widget through a component package declares the
// component, not Google's script. react-recaptcha (appleboy's) is one of them, beside
// react-google-recaptcha: the site names Google reCaptcha, without a release, from a Create React
// App admin's react-recaptcha ^2.3.10 (round h60-c, AnisaPatra/Mern-Admin).
const scanDeps = (deps: Record<string, string>) =>
  scan(
    new MemorySource({
      "client/package.json": JSON.stringify(
        {
          name: "admin-panel",
          version: "0.1.0",
          private: true,
          scripts: { start: "react-scripts start", build: "react-scripts build" },
          dependencies: deps,
        },
        null,
        2,
      ),
      "client/src/index.js": "export {}\n",
    }),
    { git: false },
  );

describe("Google reCAPTCHA's React components", () => {
  it.each([
    ["react-recaptcha", "^2.3.10"],
    ["react-google-recaptcha", "^2.1.0"],
  ])("%s names Google reCaptcha without a release of its own", async (name, range) => {
    const { document } = await scanDeps({ react: "^17.0.2", "react-dom": "^17.0.2", axios: "^0.21.1", [name]: range });
    expect(tool(document.tools, "Google reCaptcha")).toMatchObject({ detection_source: "client/package.json" });
    expect(tool(document.tools, "Google reCaptcha")?.version).toBeUndefined();
    expect(pkg(document.tools, name)).toBeDefined();
  });

  it("a similarly named package that is not Google's widget names nothing", async () => {
    const { document } = await scanDeps({ react: "^17.0.2", "react-simple-captcha": "^9.3.1" });
    expect(tool(document.tools, "Google reCaptcha")).toBeUndefined();
  });
});
