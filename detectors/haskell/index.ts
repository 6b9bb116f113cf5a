import type { Detector } from "../../src/types.js";
import { readCabal } from "./cabal.js";

/**
 * Haskell packages: the `build-depends` of every stanza of a .cabal file, as Hackage packages
 * (GHC's boot packages such as `base` included: Hackage has a page for each). The package's own
 * name and its internal libraries, which executables and tests of the same file depend on, are
 * left out.
 */
export const haskellDetector: Detector = {
  name: "haskell",
  files: ["*.cabal"],
  async detect(ctx) {
    for (const file of ctx.files) {
      const text = await ctx.text(file);
      if (text === undefined) continue;
      const pkg = readCabal(text);
      // One finding a package: a library's dependency outranks the same one of a test suite.
      const deps = new Map<string, (typeof pkg.dependencies)[number]>();
      for (const dep of pkg.dependencies) {
        if (pkg.own.has(dep.name)) continue;
        const known = deps.get(dep.name);
        if (!known || (known.dev && !dep.dev)) deps.set(dep.name, dep);
      }
      for (const dep of deps.values()) {
        ctx.report({ ref: `hackage:${dep.name}`, file, declared: dep.declared, version: dep.version, direct: true, dev: dep.dev });
      }
    }
  },
};
