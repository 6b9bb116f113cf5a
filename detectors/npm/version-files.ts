import type { DetectContext } from "../../src/types.js";
import { fullVersion } from "../../src/versions/range.js";
import { isRecord, lineOf, textLines } from "../../src/kit.js";

/** The releases of Yarn, Node.js, Meteor and the package managers that files other than package.json pin. */

/**
 * The Yarn a repository commits and runs: `.yarnrc.yml`'s `yarnPath` (Yarn 2 and later) or
 * `.yarnrc`'s `yarn-path` (Yarn 1) names the release file, `.yarn/releases/yarn-4.1.0.cjs`.
 */
export async function readYarnPath(ctx: DetectContext, file: string): Promise<void> {
  const text = await ctx.text(file);
  if (text === undefined) return;
  const setting = /^[ \t]*(?:yarnPath:|yarn-path)[ \t]*["']?([^"'\r\n#]+)/m.exec(text);
  const version = setting && /(?:^|\/)yarn-(\d+\.\d+\.\d+(?:-[\w.]+)?)\.c?js$/.exec(setting[1]!.trim())?.[1];
  if (version) ctx.report({ ref: "package-manager:yarn", file, line: lineOf(text, setting[0].trim()), version });
}

/**
 * Rush installs with the package manager, at the release, that rush.json names
 * (`"pnpmVersion": "8.15.9"`; one of pnpmVersion, npmVersion and yarnVersion).
 */
export async function readRushPackageManager(ctx: DetectContext, file: string): Promise<void> {
  const data = await ctx.json(file);
  if (!isRecord(data)) return;
  const text = (await ctx.text(file)) ?? "";
  for (const name of ["pnpm", "npm", "yarn"]) {
    const version = data[`${name}Version`];
    if (typeof version === "string" && /^\d+\.\d+\.\d+/.test(version.trim())) {
      ctx.report({ ref: `package-manager:${name}`, file, line: lineOf(text, `"${name}Version"`), version: version.trim() });
    }
  }
}

/** .nvmrc or .node-version: the Node.js release it pins. */
export async function readNodeVersionFile(ctx: DetectContext, file: string): Promise<void> {
  // Anything after `#` is a comment (nvm's rule for .nvmrc); the first line left with content
  // holds the version.
  const lines = textLines((await ctx.text(file)) ?? "").map((l) => l.replace(/#.*/, "").trim());
  const at = lines.findIndex((l) => l !== "");
  const written = at < 0 ? "" : lines[at]!.split(/\s/)[0]!;
  // An LTS line by its code name (`lts/hydrogen`) is that line's major; `lts/*` and `node` name none.
  const version = LTS_MAJORS.get(/^lts\/([a-z]+)$/i.exec(written)?.[1]?.toLowerCase() ?? "") ?? written;
  // Written as the file says (`v18.12` is 18.12, a line the patch releases follow); only a
  // lone major is padded, as for an image tag (`18` is 18.0.0).
  if (/^v?\d+(\.\d+){0,2}$/.test(version)) ctx.report({ ref: "engine:node", file, line: at + 1, version: /^v?\d+$/.test(version) ? fullVersion(version) : version.replace(/^v/, "") });
}

/**
 * A Meteor app's .meteor/release: the Meteor release the app is pinned to (`METEOR@2.14`, a
 * four-part `METEOR@1.8.0.2` too). A checkout of Meteor itself writes `none`, which names none.
 */
export async function readMeteorRelease(ctx: DetectContext, file: string): Promise<void> {
  const lines = textLines((await ctx.text(file)) ?? "");
  const at = lines.findIndex((l) => /^\s*METEOR@\d/.test(l));
  const release = at < 0 ? undefined : /^\s*METEOR@(\d+(?:\.\d+)*)/.exec(lines[at]!)?.[1];
  if (release) ctx.report({ ref: "runtime:meteor", file, line: at + 1, version: release });
}

/**
 * Expo's eas.json: the Node.js release a build profile runs on (`"build": { "production":
 * { "node": "20.11.1" } }`), a full release only, the first profile's where several pin one.
 */
export async function readEasNode(ctx: DetectContext, file: string): Promise<void> {
  const data = await ctx.json(file);
  if (!isRecord(data) || !isRecord(data.build)) return;
  const pinned = Object.values(data.build)
    .map((profile) => (isRecord(profile) ? profile.node : undefined))
    .find((node): node is string => typeof node === "string" && /^v?\d+\.\d+\.\d+$/.test(node.trim()));
  if (pinned) ctx.report({ ref: "engine:node", file, line: lineOf((await ctx.text(file)) ?? "", `"node"`), version: pinned.trim().replace(/^v/, "") });
}

/** Node.js's LTS lines by the code names nvm accepts (`lts/iron`), to their major. */
const LTS_MAJORS = new Map(Object.entries({ argon: "4", boron: "6", carbon: "8", dubnium: "10", erbium: "12", fermium: "14", gallium: "16", hydrogen: "18", iron: "20", jod: "22", krypton: "24" }));
