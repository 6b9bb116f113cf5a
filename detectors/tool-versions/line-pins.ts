import { textLines } from "../../src/kit.js";
import { pin } from "./pin.js";
import type { PinReader } from "./pin-reader.js";

/**
 * SDKMAN!'s project pins (`sdk env` installs and selects them): `candidate=version` a line,
 * `java=21.0.2-tem` (the vendor after the release). A GraalVM or Mandrel build before GraalVM for
 * JDK 17 was numbered as GraalVM with the JDK after `.r` (`22.3.r17-grl`): that JDK is Java's release.
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
      const graal = name!.toLowerCase() === "java" ? /^\d+(?:\.\d+)*\.r(\d+)-/.exec(value!) : null;
      pin(ctx, file, i + 1, name!, graal ? graal[1]! : value!);
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
