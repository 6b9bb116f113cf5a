import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateCommand } from "../src/cli/commands/validate.js";
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
});
