import type { Detector } from "../../src/types.js";
import { isRecord, lineOfEach } from "../../src/kit.js";
import { lowestVersion } from "../../src/versions/range.js";
import { BOWER_FILES } from "../files.js";

/**
 * Bower front-end projects: bower.json `dependencies` and `devDependencies`. Bower has no
 * lockfile, so a version is the lowest the declared range allows. Bower packages are the
 * browser builds npm publishes under the same names (jquery, bootstrap, font-awesome, angular),
 * so the npm matchers say which tool each reveals.
 */
export const bowerDetector: Detector = {
  name: "bower",
  files: BOWER_FILES,
  async detect(ctx) {
    for (const file of ctx.files) {
      const data = await ctx.json(file);
      if (!isRecord(data)) continue;
      const text = (await ctx.text(file)) ?? "";
      for (const section of ["dependencies", "devDependencies"] as const) {
        const deps = data[section];
        if (!isRecord(deps)) continue;
        const lineOfName = lineOfEach(text);
        for (const [name, spec] of Object.entries(deps)) {
          const declared = typeof spec === "string" ? spec : "";
          const line = lineOfName(`"${name}"`);
          const version = lowestVersion(declared);
          ctx.report({ ref: `bower:${name}`, file, line, declared, version, direct: true, dev: section === "devDependencies" });
          // The npm namesake, not a package entry of its own: the catalog's npm keys say which tools it reveals.
          ctx.report({ ref: `npm:${name}`, file, line, declared, version });
        }
      }
    }
  },
};
