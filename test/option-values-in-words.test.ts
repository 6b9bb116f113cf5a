import { describe, expect, it } from "vitest";
import { runMainHere } from "./helpers.js";

// An option given without its value, or a switch given one: Node's parseArgs words were
// "Option '--format <value>' argument missing", and three lines about '--exclude=-XYZ' for
// `--exclude --no-git`. Each is now one line naming the option and what to do, then the help.
describe("an option's value, missing or not wanted", () => {
  const firstLine = async (args: string[]) => {
    const r = await runMainHere(args, { env: { NO_COLOR: "1" } });
    expect(r.code, args.join(" ")).toBe(2);
    expect(r.stderr, args.join(" ")).toContain("\n\nUsage: techstack");
    return r.stderr.split("\n")[0];
  };

  it("says the option needs a value", async () => {
    expect(await firstLine(["detect", "--format"])).toBe("techstack: --format needs a value");
    expect(await firstLine(["batch", "list.txt", "--workers"])).toBe("techstack: --workers needs a value");
  });

  it("where the next argument is an option, says how to give a value that opens with a dash", async () => {
    expect(await firstLine(["detect", "--exclude", "--no-git"])).toBe("techstack: --exclude needs a value, and the next argument is an option (a value that opens with a dash is written --exclude=VALUE)");
  });

  it("says a switch takes no value", async () => {
    expect(await firstLine(["detect", "--all-tools=yes"])).toBe("techstack: --all-tools takes no value: give --all-tools alone");
    expect(await firstLine(["resolve", "pg", "--help=1"])).toBe("techstack: --help takes no value: give --help alone");
  });
});
