import { describe, expect, it } from "vitest";
import { npmDetector } from "../detectors/npm/index.js";
import { detectorFindings } from "./detector-findings.js";
import { MemorySource, scan } from "../src/index.js";

// A Docsify site has no package.json: its index.html sets window.$docsify and loads the library
// from an npm CDN. Other pages (a React app's public/index.html, a built report) name nothing.
const page = (src: string) =>
  `<!DOCTYPE html>\n<html>\n<head>\n  <link rel="stylesheet" href="//cdn.jsdelivr.net/npm/docsify@4/lib/themes/vue.css">\n</head>\n<body>\n  <div id="app"></div>\n  <script>\n    window.$docsify = { name: 'Guide', loadSidebar: true }\n  </script>\n  <script src="${src}"></script>\n</body>\n</html>\n`;

describe("Docsify's index.html", () => {
  it("names Docsify from a page at the root or in docs/, with a release only where the script pins a whole one", async () => {
    const { findings, warnings } = await detectorFindings(npmDetector, {
      "docs/index.html": page("//cdn.jsdelivr.net/npm/docsify@4"),
      "index.html": page("https://unpkg.com/docsify@4.13.1/lib/docsify.min.js"),
      "public/index.html": '<!DOCTYPE html>\n<html><body><div id="root"></div></body></html>\n',
      "a/b/c/index.html": page("//cdn.jsdelivr.net/npm/docsify@4"),
    });
    expect(findings).toEqual([
      { ref: "format:docsify-page", file: "docs/index.html", line: 9 },
      { ref: "format:docsify-page", file: "index.html", line: 9, version: "4.13.1" },
    ]);
    expect(warnings).toEqual([]);
  });

  it("the document names Docsify from the page", async () => {
    const { document } = await scan(new MemorySource({ "docs/index.html": page("//cdn.jsdelivr.net/npm/docsify@4"), "docs/README.md": "# Guide\n" }), { git: false });
    expect(document.tools.find((t) => t.name === "Docsify")?.detection_source).toBe("docs/index.html");
  });
});
