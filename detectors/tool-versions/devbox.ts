import { isRecord, lineFinder } from "../../src/kit.js";
import { pin } from "./pin.js";
import type { PinReader } from "./pin-reader.js";

/** Devbox's devbox.json: the Nix packages it installs, those the catalog knows by name. */
export const DEVBOX: PinReader = {
  takes: (base) => base === "devbox.json",
  async read(ctx, file) {
    const data = await ctx.json(file);
    const lineOfName = lineFinder((await ctx.text(file)) ?? "");
    for (const { name, version } of readDevboxPackages(data)) {
      // Only a package the catalog knows by name: a Nix attribute path (`python311Packages.pip`)
      // or a flake reference (`github:nixos/nixpkgs#hello`) is none of a version manager's names.
      if (!/^[a-z][\w-]*$/i.test(name) || ctx.lookup("version-manager", name.toLowerCase()).length === 0) continue;
      pin(ctx, file, lineOfName(`"${name}`), name, version ?? "latest");
    }
  },
};

/**
 * A devbox.json's packages: `["python@3.11", "nodejs"]` (the version after the last `@`), or a map
 * of each name to its version, or to `{ "version": "3.11", "platforms": [...] }`.
 */
function readDevboxPackages(data: unknown): Array<{ name: string; version?: string }> {
  const packages = isRecord(data) ? data.packages : undefined;
  const out: Array<{ name: string; version?: string }> = [];
  if (Array.isArray(packages)) {
    for (const item of packages) {
      if (typeof item !== "string" || !item.trim()) continue;
      const at = item.lastIndexOf("@");
      out.push(at > 0 ? { name: item.slice(0, at).trim(), version: item.slice(at + 1).trim() } : { name: item.trim() });
    }
  } else if (isRecord(packages)) {
    for (const [name, value] of Object.entries(packages)) {
      const version = typeof value === "string" ? value : isRecord(value) && typeof value.version === "string" ? value.version : undefined;
      out.push(version === undefined ? { name } : { name, version });
    }
  }
  return out;
}
