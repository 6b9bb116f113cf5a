import { describe, expect, it } from "vitest";
import { detect } from "../src/index.js";
import type { StackDocument } from "../src/types.js";
import { historyRepo, writeFile } from "./helpers.js";

const day = (n: number) => `2021-01-${String(n).padStart(2, "0")} 10:00:00.000000000 Z`;

function dated(doc: StackDocument): Record<string, string> {
  return Object.fromEntries(doc.tools.filter((t) => t.last_updated_on).map((t) => [`${t.name}${t.package_url ? " (package)" : ""}`, `${t.last_updated_by} ${t.last_updated_on}`]));
}

/** A package.json whose `test` script is the bare name of a dev dependency, as jest's and mocha's guides write it. */
const manifest = (scripts: string, added: string) => `{
  "name": "shop-api",
  "version": "1.0.0",
${scripts}
  "dependencies": {${added}
    "express": "^4.19.2"
  },
  "devDependencies": {
    "jest": "^29.7.0"
  }
}
`;

describe("a dependency is dated by its key in the dependency table, not by a script naming it earlier", () => {
  it("a commit that reformats the scripts, where `\"test\": \"jest\"` stands, leaves Jest's date alone", async () => {
    const { dir, commit } = historyRepo();
    writeFile(dir, "package.json", manifest(`  "scripts": { "start": "node src/index.js", "test": "jest" },`, ""));
    commit("Ada", 1, "start");
    // npm pkg set / a JSON rewrite expands the one-line scripts table; a dependency is added too.
    writeFile(dir, "package.json", manifest(`  "scripts": {\n    "start": "node src/index.js",\n    "test": "jest"\n  },`, `\n    "cors": "^2.8.5",`));
    commit("Bea", 4, "cors, scripts reformatted");

    const tools = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["cors (package)"]).toBe(`Bea ${day(4)}`);
    expect(tools["ExpressJS"]).toBe(`Ada ${day(1)}`);
    expect(tools["Jest"]).toBe(`Ada ${day(1)}`);
    expect(tools["jest (package)"]).toBe(`Ada ${day(1)}`);
  });
});
