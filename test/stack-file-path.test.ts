import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stackFilePath } from "../src/cli/stack-file.js";
import { tempDir } from "./helpers.js";

// Where techstack.md is from the repository's root, for the README snippets' link (src/cli/stack-file.ts).
describe("stackFilePath", () => {
  it("a folder inside the repository whose name starts with two dots is inside it; one above is not", async () => {
    // The repository is a folder of a temporary one, so that the link made beside it is removed too.
    const dir = join(tempDir("techstack-path-"), "repo");
    mkdirSync(dir);
    expect(await stackFilePath(dir, dir, true)).toBe("techstack.md");
    expect(await stackFilePath(dir, join(dir, "docs"), true)).toBe("docs/techstack.md");
    // Before, "..docs/techstack.md" read as a path out of the repository, and the link lost its folder.
    expect(await stackFilePath(dir, join(dir, "..docs"), true)).toBe("..docs/techstack.md");
    expect(await stackFilePath(dir, join(dir, "..", "elsewhere"), true)).toBe("techstack.md");
    // A link to a folder inside is that folder.
    mkdirSync(join(dir, "site"));
    symlinkSync(join(dir, "site"), join(dir, "..", "repo-link"));
    expect(await stackFilePath(dir, join(dir, "..", "repo-link"), true)).toBe("site/techstack.md");
  });
});

describe("--out", () => {
  // Before, `--out ""` (an unset variable, `--out "$DOCS"`) wrote and checked the files of the
  // current folder, not the scanned one, and said nothing.
  it("an empty value is a usage error for write and check, as the scan flags' are", async () => {
    const { writeCommand } = await import("../src/cli/commands/write.js");
    const { checkCommand } = await import("../src/cli/commands/check.js");
    const { call } = await import("./helpers.js");
    const dir = tempDir("techstack-out-");
    for (const command of [writeCommand, checkCommand]) {
      expect(await call(command, [dir, "--out", "", "--no-git"])).toMatchObject({ code: 2, stderr: "error: --out takes a folder, not an empty value" });
    }
  });
});

describe("without git, techstack.md written outside the scanned folder", () => {
  // `write example --out docs --no-git` run from the top of a repository: the scanned folder is no
  // root for docs/, but the current folder holds both, so the README snippets link /docs/techstack.md,
  // the link a run with git gives from the checkout's top. Before, the link was /techstack.md.
  it("is linked from the current folder where it holds both", async () => {
    const top = tempDir("techstack-top-");
    mkdirSync(join(top, "example"));
    expect(await stackFilePath(join(top, "example"), join(top, "docs"), true, top)).toBe("docs/techstack.md");
    expect(await stackFilePath(join(top, "example"), join(top, "site", "docs"), true, top)).toBe("site/docs/techstack.md");
    // Inside the scanned folder it stays a path from that folder, wherever the command runs.
    expect(await stackFilePath(join(top, "example"), join(top, "example", "docs"), true, top)).toBe("docs/techstack.md");
    // A current folder that holds only one of them is no root: the file is linked as before.
    expect(await stackFilePath(join(top, "example"), join(top, "docs"), true, join(top, "example"))).toBe("techstack.md");
    expect(await stackFilePath(join(top, "example"), join(top, "..", "elsewhere"), true, top)).toBe("techstack.md");
  });

  it("write and check agree on it, run from the top", async () => {
    const { writeFileSync } = await import("node:fs");
    const { readFileSync } = await import("node:fs");
    const { runCommand } = await import("./helpers.js");
    const top = tempDir("techstack-top-");
    mkdirSync(join(top, "example"));
    writeFileSync(join(top, "example", "package.json"), '{"name":"shop","dependencies":{"express":"^4.18.2"}}');
    // In-process, from the top folder: relative paths are read against it, as in a shell standing there.
    const cli = async (...args: string[]) => expect(await runCommand(args, { cwd: top }), args.join(" ")).toMatchObject({ code: 0 });
    await cli("write", "example", "--out", "docs", "--no-git");
    const links = readFileSync(join(top, "docs", "techstack.md"), "utf8").match(/Full tech stack \[here\]\([^)]*\)/g);
    expect(links).toEqual(["Full tech stack [here](/docs/techstack.md)", "Full tech stack [here](/docs/techstack.md)"]);
    await cli("check", "example", "--out", "docs", "--no-git");
  });
});

describe("with git, the checkout's top is the root", () => {
  // Written against the mutants Stryker left alive in stackFilePath (5 December 2026): a git checkout
  // at top/, scanned from its subfolder example/.
  const checkout = async () => {
    const { execFileSync } = await import("node:child_process");
    const parent = tempDir("techstack-git-");
    const top = join(parent, "repo");
    mkdirSync(join(top, "example"), { recursive: true });
    execFileSync("git", ["init", "-q", top]);
    return { parent, top };
  };

  it("links a file outside the scanned folder from the top, and --no-git does not", async () => {
    const { top } = await checkout();
    const example = join(top, "example");
    expect(await stackFilePath(example, join(top, "docs"), false, example)).toBe("docs/techstack.md");
    // --no-git: the scanned folder is the root, and the current folder (example/) does not hold docs/.
    expect(await stackFilePath(example, join(top, "docs"), true, example)).toBe("techstack.md");
  });

  it("links a file outside the checkout as techstack.md, whatever folder the command runs from", async () => {
    const { parent, top } = await checkout();
    expect(await stackFilePath(top, join(parent, "elsewhere"), false, parent)).toBe("techstack.md");
  });
});

describe("a bare repository (write app.git --rev main --out site)", () => {
  // git has no top folder to give for it (rev-parse --show-toplevel fails): the repository's folder is the root.
  it("links the file as a run without git does", async () => {
    const { execFileSync } = await import("node:child_process");
    const parent = tempDir("techstack-bare-");
    execFileSync("git", ["init", "-q", "--bare", join(parent, "app.git")]);
    expect(await stackFilePath(join(parent, "app.git"), join(parent, "site"), false, join(parent, "app.git"))).toBe("techstack.md");
    expect(await stackFilePath(join(parent, "app.git"), join(parent, "site"), false, parent)).toBe("site/techstack.md");
  });
});

describe("without git, a current folder that holds the file but not the scanned folder", () => {
  // `write ../example --out docs --no-git` run from site/: site/ is no root for example/.
  it("is no root: the file is linked as techstack.md", async () => {
    const top = tempDir("techstack-top-");
    mkdirSync(join(top, "example"));
    mkdirSync(join(top, "site"));
    expect(await stackFilePath(join(top, "example"), join(top, "site", "docs"), true, join(top, "site"))).toBe("techstack.md");
  });
});
