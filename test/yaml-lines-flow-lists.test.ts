import { describe, expect, it } from "vitest";
import { MemorySource } from "../src/index.js";
import { catalogForScan } from "../src/catalog/repository-file.js";
import { problemLine, yamlPathLine } from "../src/kit/yaml-lines.js";
import { expectYamlsLines } from "./yaml-lines-oracle.js";

// A flow list or mapping written over several lines (`branches: [ main,` with `dev ]` below). The
// line finder read one whose `[` ends its line with its items one a line, but not one whose first
// item follows its `[`, nor several items a line, nor a `- [` item, nor a list on the line below its
// key: a step into those stayed on the key's line. Who asks it for an item's line: a repository's
// techstack.catalog.yml (an alias's warning is at `["tools", i, "aliases", j]`) and validate (a
// stack document's entry). The detectors find their lines by text search, not through it; the
// workflow and compose shapes below are what people write in YAML of every kind.
const lines = (...text: string[]) => `${text.join("\n")}\n`;

describe("yamlPathLine: flow collections over several lines, as yaml reads them", () => {
  it.each([
    ["a workflow's branches, one a line", lines("on:", "  push:", "    branches: [", "      main,", "      dev", "    ]", "jobs:", "  build:", "    runs-on: ubuntu-latest")],
    ["a workflow's branches, the first after the [", lines("on:", "  pull_request:", "    branches: [ main,", "      'release/**',", "      dev ]", "    paths-ignore: ['docs/**']", "jobs:", "  test:", "    runs-on: ubuntu-latest")],
    ["a compose file's ports, two a line", lines("services:", "  web:", "    image: nginx:1.25", '    ports: ["80:80", "443:443",', '      "8080:8080"]', "    environment:", "      TZ: UTC")],
    ["a compose file's ports, the ] on the last item's line", lines("services:", "  db:", "    image: postgres:16", "    ports: [", '      "5432:5432",', '      "5433:5433"]', "    volumes: [db:/var/lib/postgresql/data]")],
    ["a matrix whose include is a flow list of flow mappings", lines("jobs:", "  test:", "    strategy:", "      matrix:", "        include: [{os: ubuntu-latest, node: 18},", "          {os: macos-latest,", "           node: 20}]")],
    ["a list item that is a flow list", lines("steps:", "- [checkout,", "   setup-node]", "- run: npm test")],
    ["a flow mapping's keys, two a line", lines("env: {NODE_ENV: production, TZ: UTC,", "  CI: 'true'}", "name: ci")],
    ["a flow list on the line below its key", lines("branches:", "  [main,", "   dev]", "name: ci")],
    ["comments, quotes holding commas, colons and brackets", lines("args: [ '--a, b', # first", '  "x: [y]",', "  # between", "  it's,", "  'c''d' ]")],
  ])("%s", (_name, text) => {
    expectYamlsLines(text);
  });

  it("a branch named in a workflow, asked by its place", () => {
    const text = lines("on:", "  push:", "    branches: [ main,", "      dev ]");
    expect(yamlPathLine(text, ["on", "push", "branches", 1])).toBe(4);
    expect(yamlPathLine(text, ["on", "push", "branches", 2])).toBe(3);
  });
});

describe("a catalog file's aliases written as a flow list over lines", () => {
  it("an alias's warning carries the alias's own line", async () => {
    const text = lines(
      "tools:",
      "  - id: acme-cache",
      "    name: Acme Cache",
      "    category: Data Stores",
      "    aliases: [acache, acme-kv,",
      "      Redis]",
    );
    const { warnings } = await catalogForScan(new MemorySource({ "techstack.catalog.yml": text }), []);
    expect(warnings.map((w) => [w.line, w.message])).toEqual([[6, "tools[0] (acme-cache): the alias 'Redis' is, case aside, the name of Redis (redis) too: typed, it names both tools"]]);
  });
});

describe("validate's line of an entry of a flow list over lines", () => {
  it("an entry on a line of its own has that line; one on the key's line, none", () => {
    const text = lines("repo_name: acme/shop", "tools: [{name: React},", "  {name: Vue.js, version: 3}]");
    expect(problemLine(text, "/tools/1/version")).toBe(3);
    expect(problemLine(text, "/tools/0")).toBeUndefined();
  });
});
