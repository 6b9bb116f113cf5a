import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { validateCommand } from "../src/cli/commands/validate.js";
import { builtinCatalog } from "../src/catalog/load.js";
import { writeCommand } from "../src/cli/commands/write.js";
import { call, tempDir } from "./helpers.js";

// The schema takes any category, since a repository's catalog file may file its own tool under one
// of its own. validate still says (a warning, exit 0) when a category or sub_category is neither
// the site's nor one that catalog file beside the document declares: a misspelt one.
const OWN_CATALOG = "tools:\n  - id: acme-bus\n    name: Acme Bus\n    category: Internal Platform\n    sub_category: Messaging\nmatchers:\n  npm:\n    \"@acme/bus-client\": acme-bus\n";

describe("validate warns of a category no catalog knows", () => {
  it("a misspelt category or sub-category is a warning with its line and the name meant; the file stays valid", async () => {
    const dir = tempDir();
    const file = join(dir, "techstack.yml");
    writeFileSync(file, "repo_name: acme/shop\ntools:\n- name: TypeScript\n  category: Languges\n- name: React\n  category: Libraries\n  sub_category: Javascript UI Librarie\n- name: Sentry\n  category: Monitoring\n  sub_category: Exception Monitoring\n");
    const out = await call(validateCommand, [file]);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(`${file}: valid (3 tools)\n`);
    const hint = `; a repository declares its own in techstack.catalog.yml, and none is beside ${file}`;
    expect(out.stderr).toBe(
      `warning: ${file}:4: /tools/0/category: 'Languges' is none of the site's categories (did you mean Languages & Frameworks?)${hint}\n` +
        `warning: ${file}:7: /tools/1/sub_category: 'Javascript UI Librarie' is none of the site's sub-categories of Libraries (did you mean Javascript UI Libraries?)${hint}\n`,
    );
  });

  it("takes a category the techstack.catalog.yml beside the document declares, as write puts it there; warns of another", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "shop", dependencies: { "@acme/bus-client": "2.1.0", react: "18.2.0" } }, null, 2));
    writeFileSync(join(dir, "techstack.catalog.yml"), OWN_CATALOG);
    expect((await call(writeCommand, [dir, "--no-git"])).code).toBe(0);
    const file = join(dir, "techstack.yml");
    expect(readFileSync(file, "utf8")).toContain("category: Internal Platform\n  sub_category: Messaging\n");
    expect(await call(validateCommand, [file])).toMatchObject({ code: 0, stderr: "" });

    writeFileSync(file, readFileSync(file, "utf8").replace("category: Internal Platform", "category: Internal Platfrom"));
    const out = await call(validateCommand, [file]);
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(/^warning: .*: \/tools\/\d+\/category: 'Internal Platfrom' is none of the site's or techstack\.catalog\.yml's categories \(did you mean Internal Platform\?\)\n$/);
  });

  it("a manual entry's category of the user's own is kept by write and warned of, not refused", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "shop", dependencies: { express: "4.18.2" } }, null, 2));
    expect((await call(writeCommand, [dir, "--no-git"])).code).toBe(0);
    const file = join(dir, "techstack.yml");
    writeFileSync(file, readFileSync(file, "utf8").replace("tools:\n", "tools:\n- name: Datadog\n  category: Observability\n  detection_source: manual\n"));
    expect((await call(writeCommand, [dir, "--no-git"])).code).toBe(0);
    const out = await call(validateCommand, [file]);
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(/^warning: .*\/techstack\.yml:\d+: \/tools\/\d+\/category: 'Observability' is none of the site's categories/);
  });

  it("a techstack.catalog.yml that cannot be used is said once, and the warnings are the site's, not blaming the file", async () => {
    const dir = tempDir();
    const file = join(dir, "techstack.yml");
    writeFileSync(file, "repo_name: acme/shop\ntools:\n- name: Acme Bus\n  category: Internal Platform\n  sub_category: Messaging\n");
    writeFileSync(join(dir, "techstack.catalog.yml"), `${OWN_CATALOG}  bad: [\n`);
    const out = await call(validateCommand, [file]);
    expect(out.code).toBe(0);
    const lines = out.stderr.split("\n");
    // Named as the document is, from the current folder, with the line the parser stopped at.
    expect(lines[0]).toMatch(new RegExp(`^warning: ${escaped(join(dir, "techstack.catalog.yml"))}:\\d+: not used: `));
    expect(lines.slice(1)).toEqual([`warning: ${file}:4: /tools/0/category: 'Internal Platform' is none of the site's categories`, ""]);
  });

  it("a configuration that cannot be read is said once, and the categories are checked against the site's", async () => {
    const dir = tempDir();
    const file = join(dir, "techstack.yml");
    writeFileSync(file, "repo_name: acme/shop\ntools:\n- name: Acme Bus\n  category: Internal Platform\n- name: Acme Log\n  category: Internal Platfrom\n");
    writeFileSync(join(dir, "techstack.catalog.yml"), OWN_CATALOG);
    writeFileSync(join(dir, "techstack.config.yml"), "exclde: [x]\n");
    const out = await call(validateCommand, [file]);
    expect(out.code).toBe(0);
    const lines = out.stderr.split("\n");
    expect(lines.filter((l) => l.includes("techstack.config.yml"))).toHaveLength(1);
    expect(lines[0]).toMatch(/^warning: .*techstack\.config\.yml: unknown key 'exclde' .*: the configuration not read, so categories are checked against the site's alone$/);
    expect(lines.slice(1)).toEqual([
      `warning: ${file}:4: /tools/0/category: 'Internal Platform' is none of the site's categories`,
      `warning: ${file}:6: /tools/1/category: 'Internal Platfrom' is none of the site's categories`,
      "",
    ]);
  });

  it("a configuration's catalog file is where the repository's categories are: no hint of techstack.catalog.yml; one not used is named from the current folder", async () => {
    const dir = tempDir();
    const file = join(dir, "techstack.yml");
    writeFileSync(file, "repo_name: acme/shop\ntools:\n- name: Acme Bus\n  category: Internal Platfrom\n");
    writeFileSync(join(dir, "techstack.config.yml"), "catalog: ci/own.yml\n");
    mkdirSync(join(dir, "ci"));
    writeFileSync(join(dir, "ci", "own.yml"), OWN_CATALOG);
    expect((await call(validateCommand, [file])).stderr).toBe(`warning: ${file}:4: /tools/0/category: 'Internal Platfrom' is none of the site's or ci/own.yml's categories (did you mean Internal Platform?)\n`);
    writeFileSync(join(dir, "ci", "own.yml"), "tools: [\n");
    const lines = (await call(validateCommand, [file])).stderr.split("\n");
    expect(lines[0]).toMatch(new RegExp(`^warning: ${escaped(join(dir, "ci", "own.yml"))}:\\d+: not used: `));
    expect(lines[1]).toContain("; a repository declares its own in techstack.catalog.yml, and none is beside");
  });

  it("names a sub-category of another category as the catalog file's check does, and no near name for a short or blank one", async () => {
    const dir = tempDir();
    const file = join(dir, "techstack.yml");
    writeFileSync(file, 'repo_name: acme/shop\ntools:\n- name: Jenkins\n  category: Libraries\n  sub_category: Continuous Integration\n- name: Argo CD\n  category: Build, Test, Deploy\n  sub_category: CD\n- name: Lodash\n  category: Libraries\n  sub_category: ""\n');
    const out = await call(validateCommand, [file]);
    const hint = `; a repository declares its own in techstack.catalog.yml, and none is beside ${file}`;
    expect(out.stderr).toBe(
      `warning: ${file}:5: /tools/0/sub_category: 'Continuous Integration' is none of the site's sub-categories of Libraries (did you mean Continuous Integration, of category Build, Test, Deploy?)${hint}\n` +
        `warning: ${file}:8: /tools/1/sub_category: 'CD' is none of the site's sub-categories of Build, Test, Deploy${hint}\n` +
        `warning: ${file}:11: /tools/2/sub_category: '' is none of the site's sub-categories of Libraries${hint}\n`,
    );
  });

  it("reads no built-in tool, and no catalog file where every category is the site's", async () => {
    const dir = tempDir();
    const file = join(dir, "techstack.yml");
    writeFileSync(file, "repo_name: acme/shop\ntools:\n- name: Acme Bus\n  category: Internal Platform\n  sub_category: Messaging\n- name: React\n  category: Libraries\n  sub_category: Javascript UI Libraries\n- name: left-pad\n  category: Libraries\n  sub_category: npm Packages\n");
    writeFileSync(join(dir, "techstack.catalog.yml"), OWN_CATALOG);
    const toolMap = Object.getPrototypeOf(builtinCatalog().tools) as Map<string, unknown>;
    const walks = [vi.spyOn(toolMap, "values"), vi.spyOn(toolMap, "entries")];
    try {
      expect(await call(validateCommand, [file])).toMatchObject({ code: 0, stderr: "" });
      expect(walks.map((w) => w.mock.calls.length)).toEqual([0, 0]);
    } finally {
      for (const w of walks) w.mockRestore();
    }
    // A broken catalog file is not read for a document that needs none of it.
    writeFileSync(file, "repo_name: acme/shop\ntools:\n- name: React\n  category: Libraries\n");
    writeFileSync(join(dir, "techstack.catalog.yml"), "tools: [\n");
    expect(await call(validateCommand, [file])).toMatchObject({ code: 0, stderr: "" });
  });
});

/** `text` matched as it stands in a regular expression. */
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
