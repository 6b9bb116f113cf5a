import { describe, expect, it } from "vitest";
import { problemLine, yamlPathLine } from "../src/kit/yaml-lines.js";

// Stop 71's mutation round of src/kit/yaml-lines.ts: where a block ends (an entry at the next
// entry's dash, a mapping at its parent's next key, a list at its key's own column at the next
// field), keys written with a space before their colon or quoted over a block, lines of spaces and
// a JSON file edited by hand. Each path below asks for a key its own block lacks but a later block
// at the same column holds: the answer is the deepest step found, never the other block's line.
const lines = (...text: string[]) => `${text.join("\n")}\n`;

const CATALOG = lines(
  "tools:",
  "  - id: acme-bus",
  "    name: Acme Bus",
  "    aliases:",
  "    - abus",
  "    category: Data Stores",
  "    tags:",
  "    - queue",
  "    - internal",
  "  - id: acme-cache",
  "    name: Acme Cache",
  "    description: Our cache",
  "matchers:",
  "  npm:",
  "    \"@acme/bus-client\": acme-bus",
  "families:",
  "  maven:",
  "    com.acme:acme-parent: com.acme",
);

describe("yamlPathLine: a block ends where its layout says", () => {
  it("an entry ends at the next entry's dash: a field it lacks is not the next entry's", () => {
    expect(yamlPathLine(CATALOG, ["tools", 0, "description"])).toBe(2);
    expect(yamlPathLine(CATALOG, ["tools", 1, "description"])).toBe(12);
  });

  it("a mapping ends at its parent's next key: a kind it lacks is not a later section's", () => {
    expect(yamlPathLine(CATALOG, ["matchers", "maven"])).toBe(13);
    expect(yamlPathLine(CATALOG, ["families", "maven"])).toBe(17);
  });

  it("a list at its key's own column ends at the entry's next field, and at the next entry", () => {
    expect(yamlPathLine(CATALOG, ["tools", 0, "aliases", 0])).toBe(5);
    expect(yamlPathLine(CATALOG, ["tools", 0, "aliases", 1])).toBe(4);
    expect(yamlPathLine(CATALOG, ["tools", 0, "tags", 1])).toBe(9);
    expect(yamlPathLine(CATALOG, ["tools", 0, "tags", 2])).toBe(7);
    expect(yamlPathLine(CATALOG, ["tools", 1, "name"])).toBe(11);
  });

  it("a list at the top's column ends at the next top-level key, whatever list that key holds", () => {
    const text = lines("repo_name: acme/shop", "tools:", "- name: React", "owners:", "- alice", "- bob");
    expect(problemLine(text, "/tools/0")).toBe(3);
    expect(problemLine(text, "/tools/1")).toBeUndefined();
  });

  it("an entry's list at its key's column ends at a shallower line, though a later key's list stands at that column", () => {
    const text = lines("tools:", "- name: React", "  tags:", "  - ui", "- name: Vue.js", "owners:", "  - alice", "  - bob");
    expect(yamlPathLine(text, ["tools", 0, "tags", 0])).toBe(4);
    expect(yamlPathLine(text, ["tools", 0, "tags", 1])).toBe(3);
  });
});

describe("yamlPathLine: keys as people write them", () => {
  it("colons aligned by hand: the key without its spaces", () => {
    const text = lines("repo_name : acme/shop", "tools     :", "- name    : React", "  version : 18.2.0");
    expect(problemLine(text, "/tools/0/version")).toBe(4);
    expect(problemLine(text, "/repo_name")).toBe(1);
  });

  it("a quoted key whose value is the block below it", () => {
    const text = lines("matchers:", '  "npm":', "    left-pad: acme-bus", "  'docker':", "    acme/bus: acme-bus");
    expect(yamlPathLine(text, ["matchers", "npm", "left-pad"])).toBe(3);
    expect(yamlPathLine(text, ["matchers", "docker", "acme/bus"])).toBe(5);
  });

  it("a dash whose fields start on the lines below, spaces left after it", () => {
    const text = lines("tools:", "- name: React", "-   ", "  name: Vue.js", "  version: 3");
    expect(problemLine(text, "/tools/1/version")).toBe(5);
  });

  it("a first line of spaces left by an editor is no block", () => {
    const text = `   \n${lines("repo_name: acme/shop", "tools:", "- name: React", "  version: 18")}`;
    expect(problemLine(text, "/tools/0/version")).toBe(5);
  });

  it("JSON edited by hand: a space after its opening brace or a list's bracket", () => {
    const text = lines("{ ", '  "repo_name": "acme/shop",', '  "tools": [ ', '    {"name": "React"},', '    {"name": "Vue.js", "version": 3}', "  ]", "}");
    expect(problemLine(text, "/tools/1/version")).toBe(5);
    expect(problemLine(text, "/repo_name")).toBe(2);
  });
});
