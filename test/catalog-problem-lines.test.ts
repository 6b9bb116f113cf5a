import { afterEach, describe, expect, it, vi } from "vitest";
import { MemorySource, parseCatalogFile } from "../src/index.js";
import { catalogForScan } from "../src/catalog/repository-file.js";
import { printWarnings } from "../src/cli/shared.js";
import { yamlPathLine } from "../src/kit/yaml-lines.js";

// What a catalog file holds amiss is said with its line, as validate says a stack document's and
// js-yaml a syntax error's: `techstack.catalog.yml:6: tools[0] (acme-bus): unknown field 'colour'`.

afterEach(() => vi.restoreAllMocks());

// The README's example, with a mistake of each kind a usable file can hold.
const USABLE = `# Acme's own tools
tools:
  - id: acme-bus
    name: Acme Bus
    category: Data Store
    colour: teal
  - id: acme-cache
    name: Acme Cache
    category: Data Stores
    sub_category: Message Queues
    aliases:
      - acache
      - Redis
  - id: acme-bus
    name: Acme Bus
    description: The bus, again
matchers:
  npm:
    "@acme/bus-client": acme-bus
    "@acme/cache": acme-cach
  npmm:
    left-pad: acme-bus
  docker:
    ghcr.io/acme/bus: acme-bus
families:               # a parent POM whose version every com.acme artifact shares
  maven:
    com.acme:acme-parent: com.acme
`;

async function warningsOf(text: string) {
  return (await catalogForScan(new MemorySource({ "techstack.catalog.yml": text }), [])).warnings;
}

describe("a catalog file's problems, each at its line", () => {
  it("a usable file: each warning carries the line of the key, field or list item it is about", async () => {
    const warnings = await warningsOf(USABLE);
    expect(warnings.every((w) => w.file === "techstack.catalog.yml")).toBe(true);
    expect(warnings.map((w) => [w.line, w.message.replace(/ \(known: .*/, "")])).toEqual([
      [5, "tools[0] (acme-bus): category 'Data Store' is none of the site's categories (did you mean Data Stores?)"],
      [6, "tools[0] (acme-bus): unknown field 'colour' ignored"],
      [10, "tools[1] (acme-cache): sub_category 'Message Queues' is none of the site's sub-categories of Data Stores (did you mean Message Queue?)"],
      [13, "tools[1] (acme-cache): the alias 'Redis' is, case aside, the name of Redis (redis) too: typed, it names both tools"],
      [14, "tools[2] (acme-bus): the id is also tools[0]'s: the two entries merge, this one's fields winning"],
      [20, "the matcher npm '@acme/cache' names no tool 'acme-cach'"],
      [21, "matchers.npmm: no built-in detector reports the kind 'npmm' (did you mean npm?), so its keys match only what a custom detector reports"],
      [24, "the matcher docker 'ghcr.io/acme/bus' never matches: images are matched without their registry host, in lower case ('acme/bus')"],
    ]);
  });

  it("a file that cannot be used: the warning and parseCatalogFile's error give the line of what stops it", async () => {
    const cases: Array<[string, string, number]> = [
      [USABLE.replace("    name: Acme Cache\n", "    name: Acme Cache\n    open_source: yes please\n"), "tools[1] (acme-cache): open_source must be true or false", 9],
      [USABLE.replace("    name: Acme Bus\n    description", "    description"), "tools[2] (acme-bus): a new tool needs a name", 14],
      [USABLE.replace('"@acme/cache": acme-cach', '"@acme/cache": [acme-bus, 5]'), "matchers.npm.@acme/cache must be a tool id", 20],
      [USABLE.replace("families:", "registries:\n  npm:\n    peer_manifests: package.json\nfamilies:"), "registries.npm.peer_manifests must be a list of file names", 27],
      [USABLE.replace("families:", "famillies:"), "unknown key 'famillies'", 25],
    ];
    for (const [text, problem, line] of cases) {
      const warnings = await warningsOf(text);
      expect(warnings, problem).toEqual([{ file: "techstack.catalog.yml", line, message: expect.stringContaining(`not used: ${problem}`) }]);
      let thrown: unknown;
      try {
        parseCatalogFile(text, "ci/catalog.yml");
      } catch (error) {
        thrown = error;
      }
      expect(thrown, problem).toMatchObject({ line, code: "TECHSTACK_INVALID_CATALOG", message: expect.stringMatching(new RegExp(`^ci/catalog\\.yml:${line}: `)) });
    }
  });

  it("a YAML error: its line too, its message as js-yaml writes it", async () => {
    const warnings = await warningsOf(USABLE.replace("  docker:\n", "  npm:\n    x: acme-bus\n  docker:\n"));
    expect(warnings).toEqual([{ file: "techstack.catalog.yml", line: 23, message: expect.stringMatching(/^not used: duplicated mapping key .*\(23:3\)$/) }]);
  });

  it("printed as file:line:, where an editor jumps to it; a warning without a line as before", () => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (lines.push(String(chunk)), true));
    printWarnings([{ file: "techstack.catalog.yml", line: 6, message: "tools[0] (acme-bus): unknown field 'colour' ignored" }, { file: "package.json", message: "malformed JSON" }]);
    expect(lines.join("")).toBe("warning: techstack.catalog.yml:6: tools[0] (acme-bus): unknown field 'colour' ignored\nwarning: package.json: malformed JSON\n");
  });
});

describe("yamlPathLine", () => {
  it("follows keys and list items through block YAML, quoted keys, comments and CRLF alike", () => {
    expect(yamlPathLine(USABLE, ["tools", 1, "aliases", 1])).toBe(13);
    expect(yamlPathLine(USABLE, ["matchers", "npm", "@acme/bus-client"])).toBe(19);
    expect(yamlPathLine(USABLE, ["families", "maven", "com.acme:acme-parent"])).toBe(27);
    expect(yamlPathLine(USABLE.replace(/\n/g, "\r\n"), ["tools", 2, "description"])).toBe(16);
    // A list at its key's own column, after a document marker; an item whose mapping starts on the next line, single quotes.
    const compact = "---\ntools:\n- id: a\n  name: A\n-\n  id: b\n  'open_source': maybe\nmatchers: {}\n";
    expect(yamlPathLine(compact, ["tools", 1, "open_source"])).toBe(7);
    expect(yamlPathLine(compact, ["matchers"])).toBe(8);
    // A key on an item's own line, its value a list below it.
    expect(yamlPathLine("tools:\n  - aliases:\n      - x\n      - y\n    id: a\n", ["tools", 0, "aliases", 1])).toBe(4);
  });

  it("where the text's layout does not say, the deepest step it found; nothing found, undefined", () => {
    // A flow list is one line; a key not there leaves its tool's line; an index past the list, the list's key.
    expect(yamlPathLine("tools:\n  - id: a\n    aliases: [x, y]\n", ["tools", 0, "aliases", 1])).toBe(3);
    expect(yamlPathLine(USABLE, ["tools", 0, "license"])).toBe(3);
    expect(yamlPathLine(USABLE, ["tools", 7])).toBe(2);
    // A deeper key of the same name elsewhere is not the one asked for.
    expect(yamlPathLine("kinds:\n  npm: {}\nmatchers:\n  npm:\n    a: b\n", ["matchers", "npm"])).toBe(4);
    expect(yamlPathLine(USABLE, ["registries"])).toBeUndefined();
    expect(yamlPathLine("", ["tools"])).toBeUndefined();
  });
});
