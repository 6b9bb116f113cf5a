import { reportNixPackage } from "./nix-report.js";
import { readNixPackages } from "./nix-packages.js";
import type { PinReader } from "./pin-reader.js";

/**
 * The packages a flake.nix's, shell.nix's or a dev shell's default.nix list (nix-packages.ts). A
 * default.nix is read only where it makes a dev shell (older projects' `nix-shell` reads one):
 * elsewhere it packages software, or configures a machine.
 */
export const NIX_SHELLS: PinReader = {
  takes: (base) => base === "flake.nix" || base === "shell.nix" || base === "default.nix",
  async read(ctx, file, base) {
    const text = await ctx.text(file);
    if (text !== undefined && (base !== "default.nix" || /\bmkShell\b/.test(text))) for (const item of readNixPackages(text)) reportNixPackage(ctx, file, item);
  },
};
