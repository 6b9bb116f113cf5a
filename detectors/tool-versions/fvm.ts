import { isRecord, lineOf } from "../../src/kit.js";
import { pin } from "./pin.js";
import type { PinReader } from "./pin-reader.js";

/**
 * FVM, Flutter's version manager: `.fvmrc` (FVM 3, `{"flutter": "3.16.9"}`) and the
 * `.fvm/fvm_config.json` FVM 2 wrote (`{"flutterSdkVersion": "3.16.9"}`).
 */
export const FVM: PinReader = {
  takes: (base) => base === ".fvmrc" || base === "fvm_config.json",
  async read(ctx, file, base) {
    const data = await ctx.json(file);
    const text = (await ctx.text(file)) ?? "";
    const key = base === ".fvmrc" ? "flutter" : "flutterSdkVersion";
    const value = isRecord(data) ? data[key] : undefined;
    // `3.16.0@beta` is that release taken from a named channel (`fvm use 3.16.0@beta`).
    if (typeof value === "string") pin(ctx, file, lineOf(text, `"${key}"`), "flutter", value.replace(/@[a-z]+$/i, ""));
  },
};
