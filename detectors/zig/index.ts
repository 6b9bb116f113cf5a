import type { Detector } from "../../src/types.js";
import { baseName } from "../../src/kit.js";
import { ZIG_FILES } from "../files.js";
import { readBuildZon, type BuildZon } from "./build-zon.js";
import { ZonError } from "./zon.js";

/**
 * Zig: the release a `.zigversion` pins (the file zv and zig-use read: one line, a release or
 * `master`), build.zig.zon's `.minimum_zig_version` (the release anyzig runs), and the packages
 * build.zig.zon fetches, by where they come from (`zig-package:github.com/karlseguin/pg.zig`).
 */
export const zigDetector: Detector = {
  name: "zig",
  files: ZIG_FILES,
  async detect(ctx) {
    for (const file of ctx.files.filter((f) => baseName(f) === ".zigversion")) {
      const text = await ctx.text(file);
      if (text === undefined) continue;
      const version = releaseOf(text.trim().split(/\s+/)[0] ?? "");
      ctx.report({ ref: "runtime:zig", file, version });
    }
    for (const file of ctx.files.filter((f) => baseName(f) === "build.zig.zon")) {
      const text = await ctx.text(file);
      if (text === undefined) continue;
      let manifest: BuildZon;
      try {
        manifest = readBuildZon(text);
      } catch (error) {
        if (!(error instanceof ZonError)) throw error;
        ctx.warn(file, `not a build.zig.zon Zig can read (${error.message})`);
        continue;
      }
      // The oldest release the package builds with, declared as the range it is: a pin of one release
      // (.zigversion, .tool-versions, mise.toml) gives Zig's release before it.
      const minimum = manifest.minimumZigVersion;
      const version = releaseOf(minimum?.text ?? "");
      ctx.report({ ref: "runtime:zig", file, line: minimum?.line, declared: version ? `>=${version}` : minimum?.text, version });
      for (const dep of manifest.dependencies) ctx.report({ ref: `zig-package:${dep.source}`, file, line: dep.line });
    }
  },
};

/** A release as Zig numbers them (`0.13.0`, `0.14.0-dev.3028+cdc9d65b0`); `master`, `latest` and other words are none. */
function releaseOf(text: string): string | undefined {
  return /^v?(\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?(?:\+[\w.]+)?)$/.exec(text)?.[1];
}
