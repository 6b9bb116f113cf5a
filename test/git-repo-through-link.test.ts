import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { isGitRepo } from "../src/git/repository-kind.js";
import { scan } from "../src/index.js";
import { addRemote, newRepository, tempDir, tool, writeFile } from "./helpers.js";

// A folder reached through a symbolic link is where git finds it: `git -C link` works in the real
// folder (the process's working folder is the resolved path) and looks for .git above that one.
// isGitRepo walked the typed path: a link from outside a checkout into one of its folders (a
// CI workspace linking the service it builds) was no checkout, so the stack lost repo_name,
// provider and branch; and a link inside a checkout to a folder outside it was taken for one,
// so the scan warned that git cannot read the repository.

describe("a folder reached through a symbolic link is in git's checkout, as git finds it", () => {
  let checkout: string;
  let intoCheckout: string;
  let outOfCheckout: string;
  beforeAll(() => {
    const base = tempDir("techstack-link-git-");
    checkout = join(base, "widget");
    newRepository(checkout);
    addRemote(checkout, "origin", "https://github.com/acme/widget.git");
    writeFile(checkout, "services/api/package.json", '{"name":"api","dependencies":{"express":"4.18.2"}}\n');
    mkdirSync(join(base, "ci"));
    intoCheckout = join(base, "ci", "api");
    symlinkSync(join(checkout, "services/api"), intoCheckout);
    writeFile(base, "vendor/ui/package.json", '{"name":"ui","dependencies":{"react":"18.2.0"}}\n');
    outOfCheckout = join(checkout, "ui");
    symlinkSync(join(base, "vendor/ui"), outOfCheckout);
  });

  it("a link from outside into a checkout's folder is in the checkout", async () => {
    expect(isGitRepo(intoCheckout)).toBe(true);
    const result = await scan(intoCheckout, { timestamp: "2024-01-01T00:00:00Z" });
    expect(result.warnings).toEqual([]);
    expect(result.document).toMatchObject({ repo_name: "acme/widget", provider: "github", branch: "main" });
    expect(tool(result.document.tools, "ExpressJS")?.version).toBe("4.18.2");
  });

  it("a link inside a checkout to a folder outside it is no checkout: a plain folder, no git warning", async () => {
    expect(isGitRepo(outOfCheckout)).toBe(false);
    const result = await scan(outOfCheckout, { timestamp: "2024-01-01T00:00:00Z" });
    expect(result.warnings).toEqual([]);
    expect(result.document).toMatchObject({ repo_name: "ui", provider: "local", branch: "" });
    expect(tool(result.document.tools, "React")?.version).toBe("18.2.0");
  });
});
