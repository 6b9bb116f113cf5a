// Writes dist/THIRD-PARTY-LICENSES.md: the licence of every package whose code the bundles carry.
// dist/ bundles its dependencies (tsup's noExternal), and their licences (MIT, ISC, BSD, Apache)
// ask that the notice travel with copies of the code. Which packages are bundled comes from
// esbuild's metafiles, so a dependency added or dropped is reflected without a list to keep.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { byCodeUnits } from "./code-units.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");

/** `node_modules/@scope/name/lib/x.js` -> `@scope/name`; the last node_modules wins (nested copies). */
function packageOf(input) {
  const parts = input.split(/[\\/]/);
  const at = parts.lastIndexOf("node_modules");
  if (at < 0 || at + 1 >= parts.length) return undefined;
  const first = parts[at + 1];
  const name = first.startsWith("@") ? `${first}/${parts[at + 2]}` : first;
  return { name, dir: parts.slice(0, at + 1 + (first.startsWith("@") ? 2 : 1)).join("/") };
}

const metafiles = readdirSync(dist).filter((f) => /^metafile-.*\.json$/.test(f));
if (!metafiles.length) throw new Error("no esbuild metafile in dist/: is `metafile: true` set in tsup.config.ts?");
const packages = new Map();
for (const file of metafiles) {
  const { inputs } = JSON.parse(readFileSync(join(dist, file), "utf8"));
  for (const input of Object.keys(inputs)) {
    const pkg = packageOf(input);
    if (pkg && !packages.has(pkg.name)) packages.set(pkg.name, join(root, pkg.dir));
  }
  rmSync(join(dist, file));
}

const sections = [];
for (const [name, dir] of [...packages].sort(([a], [b]) => byCodeUnits(a, b))) {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const licenceFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const notice = readdirSync(dir).find((f) => /^notice(\.|$)/i.test(f));
  if (!manifest.license && !licenceFile) throw new Error(`${name} is bundled but states no licence`);
  const author = typeof manifest.author === "string" ? manifest.author : manifest.author?.name;
  const lines = [`## ${name} ${manifest.version}`, "", `Licence: ${manifest.license ?? "see below"}${author ? `, by ${author}` : ""}`];
  // Some packages (fast-xml-parser's @nodable/entities) state their licence only in package.json.
  const texts = [licenceFile, notice].filter(Boolean).map((f) => readFileSync(join(dir, f), "utf8").trim());
  if (texts.length) lines.push("", "```", texts.join("\n\n"), "```");
  sections.push(lines.join("\n"));
}
const header = "# Third-party licences\n\nThe files in this folder bundle the code of these packages, under these licences.\n";
writeFileSync(join(dist, "THIRD-PARTY-LICENSES.md"), `${header}\n${sections.join("\n\n")}\n`);
console.log(`third-party licences: ${packages.size} bundled packages`);
