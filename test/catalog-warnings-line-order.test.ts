import { describe, expect, it } from "vitest";
import { MemorySource } from "../src/index.js";
import { catalogForScan } from "../src/catalog/repository-file.js";

// A catalog file's warnings came in the order of the checks that found them (matchers naming no
// tool, then each entry's fields, then names two tools share): a reader fixing the file top down
// had to hunt for each. They come in line order, two on one line in the order they were found.

async function warningsOf(text: string) {
  return (await catalogForScan(new MemorySource({ "techstack.catalog.yml": text }), [])).warnings;
}

describe("a catalog file's warnings, in line order", () => {
  it("problems on lines 9, 3 and 6 as the checks find them: said on 3, 6, 9", async () => {
    const text = [
      "tools:",
      "  - id: acme-bus",
      "    colour: teal",
      "    name: Acme Bus",
      "    aliases:",
      "      - Redis",
      "matchers:",
      "  npm:",
      '    "@acme/bus-client": acme-buss',
      "",
    ].join("\n");
    const warnings = await warningsOf(text);
    expect(warnings.map((w) => [w.line, w.message.replace(/: .*/, "")])).toEqual([
      [3, "tools[0] (acme-bus)"],
      [6, "tools[0] (acme-bus)"],
      [9, "the matcher npm '@acme/bus-client' names no tool 'acme-buss'"],
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringContaining("unknown field 'colour'"),
      expect.stringContaining("the alias 'Redis'"),
      expect.stringContaining("names no tool"),
    ]);
  });

  it("two on one line (an entry written on one line) keep the order they were found in, not the alphabet's", async () => {
    const text = ["matchers:", "  npm:", "    acme-bus-client: acme-buss", "tools:", "  - {id: acme-bus, name: Acme Bus, zone: eu-west, colour: teal}", ""].join("\n");
    expect((await warningsOf(text)).map((w) => [w.line, w.message.replace(/ \(known: .*/, "")])).toEqual([
      [3, "the matcher npm 'acme-bus-client' names no tool 'acme-buss'"],
      [5, "tools[0] (acme-bus): unknown field 'zone' ignored"],
      [5, "tools[0] (acme-bus): unknown field 'colour' ignored"],
    ]);
  });
});
