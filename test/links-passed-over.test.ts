import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scan } from "../src/index.js";
import { runMainHere, tempDir } from "./helpers.js";

const LINK = "a symbolic link, not followed (the scan reads no link; a file it points to inside the scanned folder is read where it is)";

/** An app whose manifests are links to a shared folder beside it (outside the folder scanned), as symman/app in the acceptance run. */
function linkedApp(): string {
  const root = tempDir();
  mkdirSync(join(root, "shared"));
  writeFileSync(join(root, "shared/package.json"), JSON.stringify({ name: "app", dependencies: { express: "^4.18.2" } }, null, 2));
  writeFileSync(join(root, "shared/Dockerfile"), "FROM node:20-alpine\n");
  mkdirSync(join(root, "app"));
  symlinkSync("../shared/package.json", join(root, "app/package.json"));
  symlinkSync("../shared/Dockerfile", join(root, "app/Dockerfile"));
  // Links no detector reads, a loop and one to a system file: passed over unsaid, but counted.
  symlinkSync("../shared", join(root, "app/shared-notes"));
  symlinkSync("loop", join(root, "app/loop"));
  symlinkSync("/etc/passwd", join(root, "app/passwd"));
  return join(root, "app");
}

describe("symbolic links and sockets where a detector would read a file", () => {
  it("a link named as a manifest is said in a warning; links nobody reads are not, and the empty-scan hint counts every link", async () => {
    const app = linkedApp();
    const r = await runMainHere(["detect", app, "--no-git", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`warning: Dockerfile: ${LINK}\n`);
    expect(r.stderr).toContain(`warning: package.json: ${LINK}\n`);
    expect(r.stderr).not.toMatch(/warning: (loop|passwd|shared-notes):/);
    expect(r.stderr).toContain("no tool found (0 files listed, none that techstack reads; 5 symbolic links not followed)");
  });

  it("the API's stats count the links; an ignored link or one outside `include` is neither warned of nor counted", async () => {
    const app = linkedApp();
    writeFileSync(join(app, ".gitignore"), "Dockerfile\n");
    const result = await scan(app, { include: ["package.json", "loop", "Dockerfile", ".gitignore"] });
    expect(result.stats.linksNotFollowed).toBe(2);
    expect(result.warnings).toEqual([{ file: "package.json", message: LINK }]);
  });

  it("a revision's committed link named as a manifest is said too", async () => {
    const root = tempDir();
    execFileSync("git", ["init", "-q", root]);
    writeFileSync(join(root, "README.md"), "# shop\n");
    mkdirSync(join(root, "config"));
    writeFileSync(join(root, "config/requirements.txt"), "Django==4.2.7\n");
    symlinkSync("config/requirements.txt", join(root, "requirements.txt"));
    execFileSync("git", ["-C", root, "add", "."]);
    execFileSync("git", ["-C", root, "-c", "user.name=a", "-c", "user.email=a@b", "commit", "-qm", "one"]);
    const result = await scan(root, { rev: "HEAD" });
    expect(result.warnings).toContainEqual({ file: "requirements.txt", message: LINK });
    expect(result.stats.linksNotFollowed).toBe(1);
    // The file it points to, inside the tree, is read where it is.
    expect(result.document.tools.map((t) => t.name)).toContain("Django");
  });

  it("a socket named as a manifest is said as a FIFO is; one named otherwise (a server's puma.sock) is not", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "Gemfile.lock"), "GEM\n  remote: https://rubygems.org/\n  specs:\n    rails (7.1.2)\n");
    const servers = [createServer(), createServer()];
    await Promise.all([
      new Promise<void>((done) => servers[0]!.listen(join(dir, "Gemfile"), done)),
      new Promise<void>((done) => servers[1]!.listen(join(dir, "puma.sock"), done)),
    ]);
    try {
      const result = await scan(dir, {});
      expect(result.warnings).toEqual([{ file: "Gemfile", message: "not a regular file (a socket): not read" }]);
      expect(result.stats.linksNotFollowed).toBe(0);
    } finally {
      await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
    }
  });
});
