import { isRecord, lineFinder, lineOf } from "../../src/kit.js";
import { pin } from "./pin.js";
import type { PinReader } from "./pin-reader.js";

/** proto's `.prototools`: tables (`[plugins]`, `[settings]`) hold no pins; a top-level string is a tool's release. */
export const PROTO: PinReader = {
  takes: (base) => base === ".prototools",
  async read(ctx, file) {
    const data = await ctx.toml<Record<string, unknown>>(file);
    const lineOfName = lineFinder((await ctx.text(file)) ?? "");
    for (const [name, value] of Object.entries(isRecord(data) ? data : {})) {
      if (typeof value === "string") pin(ctx, file, lineOfName(name), name, value);
    }
  },
};

/** moon's `.moon/toolchain.yml`, whose releases proto installs: each language's `version`, and Node.js's package manager's own. */
export const MOON: PinReader = {
  takes: (base) => base === "toolchain.yml" || base === "toolchain.yaml",
  async read(ctx, file) {
    const data = await ctx.yaml(file);
    const text = (await ctx.text(file)) ?? "";
    if (!isRecord(data)) return;
    const lineOfName = lineFinder(text);
    for (const [language, settings] of Object.entries(data)) {
      if (!isRecord(settings)) continue;
      if (typeof settings.version === "string") pin(ctx, file, lineOfName(`${language}:`), language, settings.version);
      const manager = language === "node" && typeof settings.packageManager === "string" ? settings.packageManager : undefined;
      const managerSettings = manager ? settings[manager] : undefined;
      if (manager && isRecord(managerSettings) && typeof managerSettings.version === "string") pin(ctx, file, lineOf(text, `${manager}:`), manager, managerSettings.version);
      else if (manager) ctx.report({ ref: `version-manager:${manager}`, file, line: lineOf(text, "packageManager") });
    }
  },
};
