import { describe, expect, it } from "vitest";
import { MemorySource, REPO_METADATA, scan } from "../src/index.js";

/** Git's entry where the tree is read without git (a release archive, a copy without its `.git`). */
const git = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return document.tools.find((t) => t.name === "Git" && !t.package_url);
};

const workflow = "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: go test ./...\n";

describe("a forge's settings folder at the root shows the tree is kept in git", () => {
  it("a root .github/ folder names Git, as repository metadata, without a .gitignore", async () => {
    // A Go module exported from GitHub without its .git: its workflow and Dependabot settings.
    const tree = { "go.mod": "module example.com/ulog\n\ngo 1.21\n", "log.go": "", ".github/workflows/pipeline.yml": workflow, ".github/dependabot.yml": "version: 2\n" };
    expect(await git(tree)).toMatchObject({ detection_source: REPO_METADATA });
  });

  it("any file of it will do: issue templates, or screenshots a README shows", async () => {
    expect(await git({ "pubspec.yaml": "name: app\n", "lib/main.dart": "", ".github/assets/home_page.png": "" })).toBeDefined();
    expect(await git({ "package.json": "{}", ".github/ISSUE_TEMPLATE/bug.md": "---\nname: Bug\n---\n" })).toBeDefined();
    expect(await git({ "README.md": "# x\n", ".gitlab/issue_templates/Bug.md": "## Summary\n" })).toBeDefined();
  });

  it("git's own files name it at any depth, where no forge folder is: a package's .gitignore, a root .gitmodules", async () => {
    expect(await git({ "package.json": "{}", "web/.gitignore": "node_modules/\ndist/\n", "web/index.js": "" })).toMatchObject({ detection_source: REPO_METADATA });
    expect(await git({ "CMakeLists.txt": "project(app)\n", ".gitmodules": '[submodule "extern/fmt"]\n\tpath = extern/fmt\n\turl = https://github.com/fmtlib/fmt.git\n' })).toBeDefined();
  });

  it("a nested one names nothing (a vendored copy of another project), nor a folder merely named alike", async () => {
    expect(await git({ "package.json": "{}", "vendor/lib/.github/workflows/ci.yml": workflow })).toBeUndefined();
    expect(await git({ "package.json": "{}", ".githubx/notes.md": "", "github/README.md": "" })).toBeUndefined();
    expect(await git({ "package.json": "{}", "src/index.js": "" })).toBeUndefined();
  });
});
