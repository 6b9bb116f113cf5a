import type { Detector } from "../../src/types.js";
import { lineOf } from "../../src/kit.js";
import { lowestVersion } from "../../src/versions/range.js";
import { isObject } from "../npm/manifest.js";

/**
 * Bower front-end projects: bower.json `dependencies` and `devDependencies`. Bower has no
 * lockfile, so a version is the lowest the declared range allows.
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
          ctx.report({
            ref: `bower:${name}`,
            file,
            line: lineOf(text, `"${name}"`),
            declared,
            version: lowestVersion(declared),
            direct: true,
            dev: section === "devDependencies",
          });
        }
      }
    }
  },
};
