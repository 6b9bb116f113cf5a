import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import yaml from "js-yaml";
import { commands } from "../src/cli/commands/index.js";
import { call, historyRepo, tempDir, writeFile } from "./helpers.js";

const write = async (dir: string) => call(await commands.write!.load(), [dir]);
const day = (n: number) => `2021-01-${String(n).padStart(2, "0")} 10:00:00.000000000 Z`;
const manifest = (express: string) => `{\n  "name": "shop",\n  "dependencies": {\n    "express": "${express}"\n  }\n}\n`;

function dates(dir: string): Record<string, string> {
  const doc = yaml.load(readFileSync(join(dir, "techstack.yml"), "utf8"), { schema: yaml.FAILSAFE_SCHEMA }) as { tools: Array<{ name: string; last_updated_by?: string; last_updated_on?: string }> };
  return Object.fromEntries(doc.tools.filter((t) => t.last_updated_on).map((t) => [t.name, `${t.last_updated_by} ${t.last_updated_on}`]));
}

describe("write in a shallow clone keeps the dates techstack.yml holds from the history the clone lacks", () => {
  it("also where the clone's one commit was rebased: its author date is older than the dates it stands in for", async () => {
    const { dir, git, commit } = historyRepo();
    git("remote", "add", "origin", "https://github.com/acme/shop.git");
    writeFile(dir, "package.json", manifest("^4.17.0"));
    commit("Ada", 1, "start");
    writeFile(dir, "package.json", manifest("^4.18.2"));
    commit("Bea", 5, "express 4.18");
    expect((await write(dir)).code).toBe(0);
    commit("Bot", 6, "stack files");
    const before = dates(dir);
    expect(before["ExpressJS"]).toBe(`Bea ${day(5)}`);
    // A pull request written on day 3 and rebased onto main on day 9 keeps its author date (day 3).
    writeFile(dir, "README.md", "# shop\n");
    commit("Cal", 9, "docs");
    git("commit", "-q", "--amend", "--no-edit", "--date", "2021-01-03T10:00:00Z");

    const shallow = join(tempDir(), "shallow");
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${dir}`, shallow]);
    // As actions/checkout leaves it: origin is the forge's repository.
    execFileSync("git", ["-C", shallow, "remote", "set-url", "origin", "https://github.com/acme/shop.git"]);
    const written = await write(shallow);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain("warning: a shallow clone");
    // Cal never touched the express line: the file's dates are kept, and write leaves it as it is.
    expect(dates(shallow)).toEqual(before);
    expect(written.stderr).toContain("up to date");
  });
});
