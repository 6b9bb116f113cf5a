import { describe, expect, it } from "vitest";
import { commands } from "../src/cli/commands/index.js";
import { usage } from "../src/cli/usage.js";
import { runCommand } from "./helpers.js";

// Every help text is wrapped for one width: 96 columns, the widest line the texts kept when this
// test was written (batch's had one of 172, detect's and submit's lines over 120). A line past it
// wraps on an 80- or 100-column terminal in the middle of a sentence.
const WIDTH = 96;

/** The lines of `text` wider than WIDTH. */
const tooWide = (text: string) => text.split("\n").filter((line) => line.length > WIDTH);

describe("help texts keep within 96 columns", () => {
  it("the top-level help", () => {
    expect(tooWide(usage(commands))).toEqual([]);
  });

  for (const name of Object.keys(commands)) {
    it(`${name} --help`, async () => {
      const help = await runCommand([name, "--help"]);
      expect(help).toMatchObject({ code: 0, stderr: "" });
      expect(help.stdout.split("\n").length).toBeGreaterThan(5);
      expect(tooWide(help.stdout)).toEqual([]);
    });
  }
});
