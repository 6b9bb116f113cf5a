import type { DetectContext } from "../../src/types.js";
import { fullVersion } from "../../src/versions/range.js";
import { nixPackageNames, type NixPackage } from "./nix-packages.js";

/**
 * A package a Nix shell or derivation lists, as the tool the catalog knows its nixpkgs attribute
 * name by (the `version-manager` kind, whose Nix names devbox.json's packages use too): the whole
 * name first (`nodePackages.pnpm`, `python3`, `awscli2`: no release), then its stem at the release
 * line its name carries: `nodejs_20` Node.js 20, `go_1_22` Go 1.22, `postgresql_16` PostgreSQL 16.
 * Digits run together are one number (`jdk17` is Java 17) but for the stems the catalog's
 * `nix-glued-release` table lists, whose first digit is the major (`python311` is Python 3.11,
 * `php83` PHP 8.3). A name the catalog does not know names nothing.
 */
export function reportNixPackage(ctx: DetectContext, file: string, { path, line }: NixPackage): void {
  const { names, stem, digits } = nixPackageNames(path);
  for (const name of names) {
    const ref = `version-manager:${name.toLowerCase()}`;
    if (ctx.lookup("version-manager", name.toLowerCase()).length > 0) return ctx.report({ ref, file, line });
  }
  if (stem === undefined || digits === undefined || ctx.lookup("version-manager", stem.toLowerCase()).length === 0) return;
  const parts = digits.split("_");
  if (parts.some((p) => p.length > 6)) return;
  const glued = parts.length === 1 && parts[0]!.length > 1 && ctx.tableValue("nix-glued-release", stem.toLowerCase()) !== undefined;
  const release = glued ? `${parts[0]![0]}.${parts[0]!.slice(1)}` : parts.map((p) => String(Number(p))).join(".");
  ctx.report({ ref: `version-manager:${stem.toLowerCase()}`, file, line, version: /^\d+$/.test(release) ? fullVersion(release) : release });
}
