import { describe, expect, it } from "vitest";
import { runCommand } from "./helpers.js";

// `resolve --help` gives the score of a package or image name with two examples. The command reads
// a release after a name first, as submit --manual does, so an image typed with its tag whose name
// is an alias ("node:18-alpine") shows as that alias at 0.99 with a release, never at 0.95: the
// help's example must be one the command itself scores 0.95.
describe("resolve --help's package and image examples", () => {
  it("each scores 0.95 as the command prints it", async () => {
    const help = (await runCommand(["resolve", "--help"])).stdout.replace(/\s+/g, " ");
    const quoted = /0\.95 a package or image name such as "([^"]+)", "([^"]+)"/.exec(help);
    expect(quoted).not.toBeNull();
    const names = quoted!.slice(1);
    const r = await runCommand(["resolve", ...names, "--json", "--limit", "1"]);
    expect(r.code).toBe(0);
    const answers = JSON.parse(r.stdout) as Array<{ query: string; matches: Array<{ score: number; matched_by: string }> }>;
    expect(answers.map((a) => [a.query, a.matches[0]!.score, a.matches[0]!.matched_by])).toEqual(names.map((n) => [n, 0.95, "package"]));
  });
});
