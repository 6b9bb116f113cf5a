import type { Detector } from "../../src/types.js";
import { lineOf } from "../../src/kit.js";
import { lowestVersion } from "../../src/versions/range.js";
import { isObject } from "../npm/manifest.js";

/**
 * Bower front-end projects: bower.json `dependencies` and `devDependencies`. Bower has no
 * lockfile, so a version is the lowest the declared range allows. Bower packages are the
 * browser builds npm publishes under the same names (jquery, bootstrap, font-awesome, angular),
 * so the npm matchers say which tool each reveals.
 */
export const bowerDetector: Detector = {
  name: "bower",
  files: ["bower.json"],
  async detect(ctx) {
    for (const file of ctx.files) {
      const data = await ctx.json(file);
      if (!isObject(data)) continue;
      const text = (await ctx.text(file)) ?? "";
      for (const section of ["dependencies", "devDependencies"] as const) {
        const deps = data[section];
        if (!isObject(deps)) continue;
        for (const [name, spec] of Object.entries(deps)) {
          const declared = typeof spec === "string" ? spec : "";
          const line = lineOf(text, `"${name}"`);
          const version = lowestVersion(declared);
          ctx.report({ ref: `bower:${name}`, file, line, declared, version, direct: true, dev: section === "devDependencies" });
          // As for a catalog key, only the first tool a package reveals takes its version.
          ctx.lookup("npm", name).forEach((id, i) => ctx.report({ ref: `tool:${id}`, file, line, declared, version: i === 0 ? version : undefined }));
        }
      }
    }
  },
};
