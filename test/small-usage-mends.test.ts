import { describe, expect, it } from "vitest";
import { resolveCommand } from "../src/cli/commands/resolve.js";
import { detectCommand } from "../src/cli/commands/detect.js";
import { submitCommand } from "../src/cli/commands/submit.js";
import { catalogForScan } from "../src/catalog/repository-file.js";
import { detect, MemorySource } from "../src/index.js";
import { call, runMainHere } from "./helpers.js";

// Four small things a demanding user met: a usage error printed the command's whole help (some 40
// lines) after its one line; `techstack help --help` was an unknown command; detect(42) named scan
// in its error; a repository catalog's misspelt sub_category drew no warning, its category does.
describe("small usage mends", () => {
  it("a usage error gives the usage line and where the help is, not the whole help", async () => {
    for (const args of [["--limt", "2", "x"], []]) {
      const r = await call(resolveCommand, args);
      expect(r.code).toBe(2);
      const lines = r.stderr.trimEnd().split("\n");
      expect(lines.length, args.join(" ")).toBeLessThanOrEqual(4);
      expect(lines.slice(-2)).toEqual(["Usage: techstack resolve NAME... [--json] [--limit N] [--dir DIR]", "(techstack resolve --help gives the options and examples)"]);
    }
    expect((await call(detectCommand, ["a", "b"])).stderr.trimEnd()).toBe("error: detect takes one directory, got 2\n\nUsage: techstack detect [dir] [options]\n(techstack detect --help gives the options and examples)");
  });

  it("a command of two usage forms gives both", async () => {
    const r = await call(submitCommand, []);
    expect(r.stderr.trimEnd()).toBe("error: choose one of --auto or --manual\n\nUsage: techstack submit [dir] --auto [options]\n       techstack submit --manual [NAME...] [options]\n(techstack submit --help gives the options and examples)");
  });

  it("techstack help --help prints the usage, as techstack --help does", async () => {
    const general = await runMainHere(["--help"]);
    for (const args of [["help", "--help"], ["help", "-h"], ["--help", "help"]]) expect(await runMainHere(args), args.join(" ")).toEqual(general);
  });

  it("detect's wrong argument names detect", async () => {
    await expect(detect(42 as unknown as string)).rejects.toThrow(/^detect: expected a directory path or a FileSource/);
  });

  it("a repository catalog's sub_category that its category does not have is warned of, with the likeliest", async () => {
    const text = "tools:\n  - id: acme-bus\n    name: Acme Bus\n    category: Data Stores\n    sub_category: Mesage Queue\n  - id: acme-db\n    name: Acme DB\n    category: Data Stores\n    sub_category: Databases\n";
    const { warnings } = await catalogForScan(new MemorySource({ "techstack.catalog.yml": text }), []);
    expect(warnings.map((w) => w.message)).toEqual(["tools[0] (acme-bus): sub_category 'Mesage Queue' is none of the site's sub-categories of Data Stores (did you mean Message Queue?)"]);
  });

  it("a sub_category of another category is named with that category", async () => {
    const text = "tools:\n  - id: acme-bus\n    name: Acme Bus\n    category: Libraries\n    sub_category: Message Queues\n";
    const { warnings } = await catalogForScan(new MemorySource({ "techstack.catalog.yml": text }), []);
    expect(warnings.map((w) => w.message)).toEqual(["tools[0] (acme-bus): sub_category 'Message Queues' is none of the site's sub-categories of Libraries (did you mean Message Queue, of category Data Stores?)"]);
  });
});
