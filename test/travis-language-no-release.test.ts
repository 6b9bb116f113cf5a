import { describe, expect, it } from "vitest";
import { MemorySource, scan as scanTree } from "../src/index.js";

// A Travis build's language version list is the CI's test matrix, not the project's runtime: the
// site lists the language without a release where .travis.yml pins one (corpus 13alinskyi/goodwork
// `php: ['7.1.3']`, 13alinskyi/koel `php: [7.1, 7.2]`, 2lambda123/yubioath-desktop `python: ["2.7",
// "3.4"]`; held-out marcbln/symfony-facades `php: [7.3, ...]`), as setup-node's and Travis's node_js
// give Node.js none.
const scan = async (files: Record<string, string>) => (await scanTree(new MemorySource(files), { git: false })).document;
const tool = async (files: Record<string, string>, name: string) => (await scan(files)).tools.find((t) => t.name === name && !t.package_url);

describe("Travis CI: a language's version list gives the language no release", () => {
  it("PHP, Python, Ruby and Java are named without the matrix's first release", async () => {
    const php = await tool({ ".travis.yml": "language: php\nphp:\n  - 7.3\n  - 7.4\n", "src/A.php": "<?php\n" }, "PHP");
    expect(php).toBeDefined();
    expect(php?.version).toBeUndefined();
    const python = await tool({ ".travis.yml": "language: python\npython:\n  - \"2.7\"\n  - \"3.4\"\n" }, "Python");
    expect(python).toBeDefined();
    expect(python?.version).toBeUndefined();
    const ruby = await tool({ ".travis.yml": "language: ruby\nrvm:\n  - 3.2.2\n" }, "Ruby");
    expect(ruby).toBeDefined();
    expect(ruby?.version).toBeUndefined();
    const java = await tool({ ".travis.yml": "language: java\njdk:\n  - openjdk17\n" }, "Java");
    expect(java).toBeDefined();
    expect(java?.version).toBeUndefined();
  });

  it("the project's own pin still versions it (a Gemfile's ruby directive beside the rvm list)", async () => {
    const ruby = await tool({ ".travis.yml": "language: ruby\nrvm:\n  - 3.2.2\n", Gemfile: "source 'https://rubygems.org'\nruby '3.1.4'\ngem 'rake'\n" }, "Ruby");
    expect(ruby?.version).toBe("3.1.4");
  });
});
