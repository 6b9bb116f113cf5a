import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

// A fresh process: which built-in tools are frozen is the process's state (they freeze as handed out).
const script = `
import { builtinCatalog, resolve } from ${JSON.stringify(join(ROOT, "dist/index.js"))};
const catalog = builtinCatalog();
const answers = resolve(catalog, process.argv[1]);
let frozen = 0;
for (const tool of Map.prototype.values.call(catalog.tools)) if (Object.isFrozen(tool)) frozen++;
console.log(JSON.stringify({ first: answers[0]?.tool.name, firstFrozen: Object.isFrozen(answers[0]?.tool), frozen, tools: catalog.tools.size }));
`;

function run(query: string): { first?: string; firstFrozen: boolean; frozen: number; tools: number } {
  return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script, query], { encoding: "utf8" }));
}

describe("a typed web address", () => {
  it("freezes the tools resolve hands out, not every tool of the catalog as it finds the address's site", () => {
    const answer = run("https://redis.io");
    expect(answer.first).toBe("Redis");
    expect(answer.firstFrozen).toBe(true);
    // Before: the site index read the tools through the catalog's handing-out map, freezing all 2,476 (50 ms once).
    expect(answer.frozen).toBeLessThan(20);
    expect(answer.tools).toBeGreaterThan(2000);
  });
});
