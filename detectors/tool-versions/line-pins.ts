import { textLines } from "../../src/kit.js";
import { pin } from "./pin.js";
import { sdkmanRelease } from "./sdkman-release.js";
import type { PinReader } from "./pin-reader.js";

/**
 * SDKMAN!'s project pins (`sdk env` installs and selects them): `candidate=version` a line,
 * `java=21.0.2-tem` (the vendor after the release; see sdkmanRelease).
 */
export const SDKMAN: PinReader = {
  takes: (base) => base === ".sdkmanrc",
  async read(ctx, file) {
    const text = await ctx.text(file);
    if (text === undefined) return;
    textLines(text).forEach((raw, i) => {
      const m = /^\s*([a-z][\w-]*)\s*=\s*(\S+)/i.exec(raw.replace(/#.*/, ""));
      if (!m) return;
      const [, name, value] = m;
      ctx.report({ ref: `version-manager:${name!.toLowerCase()}`, file, line: i + 1, version: sdkmanRelease(name!, value!) });
    });
  },
};

/** asdf's `.tool-versions`: `nodejs 20.11.0`, one tool a line, the first version the preferred one; a tool a mise file beside it pins is mise's. */
export const ASDF: PinReader = {
  takes: (base) => base === ".tool-versions",
  async read(ctx, file, _base, mise) {
    const text = await ctx.text(file);
    if (text === undefined) return;
    textLines(text).forEach((raw, i) => {
      const [name, version] = raw.replace(/#.*/, "").trim().split(/\s+/);
      if (name && version && !mise.pins(file, name)) pin(ctx, file, i + 1, name, version);
    });
  },
};
