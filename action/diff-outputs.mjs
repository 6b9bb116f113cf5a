// The Action's outputs that come from the stack's changes, as $GITHUB_OUTPUT reads them: the
// counts of tools and packages added, removed and of another version, and `changes`, the diff's
// text (bounded as `techstack diff` prints it), which spans lines. Reads `techstack diff
// --format json` on standard input; nothing on it is a diff with no change.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { formatDiff, isEmptyDiff, isPackage } from "../dist/index.js";

const input = readFileSync(0, "utf8").trim();
const changes = input ? JSON.parse(input) : { added: [], removed: [], changed: [] };
const lines = [];
for (const list of ["added", "removed", "changed"]) {
  const packages = changes[list].filter(isPackage).length;
  lines.push(`tools-${list}=${changes[list].length - packages}`, `packages-${list}=${packages}`);
}
const text = isEmptyDiff(changes) && !changes.moved?.length ? "" : formatDiff(changes, "text").trimEnd();
// A value of several lines sits between a delimiter no line of it can be.
let delimiter;
do delimiter = `techstack_${randomUUID()}`;
while (text.includes(delimiter));
lines.push(`changes<<${delimiter}`, text, delimiter);
process.stdout.write(lines.join("\n") + "\n");
