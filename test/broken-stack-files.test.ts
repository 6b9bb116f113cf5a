import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Outcome, runCommand, tempDir } from "./helpers.js";

/** The command in-process from `cwd`: what it says of the file is the command's, not the process's. */
const run = (args: string[], cwd: string): Promise<Outcome> => runCommand(args, { cwd, env: { NO_COLOR: "1" } });

// A techstack.yml edited by hand: an entry whose name was deleted, one whose name is a list (a
// plain number, `name: 7`, is read as the text written: see parse-scalars.test.ts).
const NAMELESS = `repo_name: acme/shop
tools:
- name: Sentry
  category: Monitoring
  detection_source: manual
- category: Monitoring
  detection_source: manual
`;
const NUMERIC = "repo_name: acme/shop\ntools:\n- name: [7]\n  version: '1.0'\n";

function repo(techstackYml: string): string {
  const dir = tempDir("techstack-broken-stack-");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ dependencies: { express: "4.18.2" } }));
  writeFileSync(join(dir, "techstack.yml"), techstackYml);
  return dir;
}

describe("a committed techstack.yml with an unusable tool entry", () => {
  it("check calls it stale and says which entry, without a TypeError", async () => {
    const dir = repo(NAMELESS);
    const r = await run(["check", ".", "--no-git"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/techstack\.yml.*\/tools\/1.*name/);
    expect(r.stdout + r.stderr).not.toMatch(/Cannot read properties|TypeError/);
  });

  it("write stops rather than lose the entries added by hand, and leaves the file as it was", async () => {
    const dir = repo(NAMELESS);
    const r = await run(["write", ".", "--no-git"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/techstack\.yml.*\/tools\/1.*name/);
    expect(r.stderr).not.toMatch(/Cannot read properties|TypeError/);
    expect(readFileSync(join(dir, "techstack.yml"), "utf8")).toBe(NAMELESS);
  });

  it("diff names the file and the entry", async () => {
    const dir = repo(NUMERIC);
    const r = await run(["diff", "techstack.yml", ".", "--no-git"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/techstack\.yml.*\/tools\/0.*name/);
    expect(r.stderr).not.toMatch(/Cannot read properties|toLowerCase/);
  });

  it("validate does not call a file without its tools list valid", async () => {
    const dir = repo("repo_name: acme/shop\n");
    const r = await run(["validate", "techstack.yml"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/techstack\.yml: \/: must have required property 'tools'/);
    writeFileSync(join(dir, "techstack.yml"), "repo_name: acme/shop\ntools:\n");
    expect((await run(["validate", "techstack.yml"], dir)).code).toBe(1);
  });

  // `techstack validate package.json` printed 20 lines, one for each of its keys ("must NOT have
  // additional properties: scripts"), where the one thing to say is that it is the wrong file.
  it("validate given another file says so in one line, exit 1", async () => {
    const dir = repo("repo_name: acme/shop\ntools: []\n");
    const r = await run(["validate", "package.json"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("package.json: not a stack document: it has neither repo_name nor tools, which every techstack.yml holds (validate the techstack.yml that write made, or detect's --format json output)\n");
    // A stack document missing one of the two is still told field by field.
    expect((await run(["validate", "techstack.yml"], dir)).stdout).toBe("techstack.yml: valid (0 tools)\n");
    writeFileSync(join(dir, "techstack.yml"), "tools: []\nversion: 0.1\n");
    expect((await run(["validate", "techstack.yml"], dir)).stdout).toMatch(/^techstack\.yml: \/: must have required property 'repo_name'\n$/);
  });
});

describe("a techstack.yml holding no YAML at all but comments (a header put in before the first write)", () => {
  const HEADER = "# Written by techstack write: see techstack.md\n---\n";

  it("write fills it, as it fills an empty one: it holds no entry to lose", async () => {
    const dir = repo(HEADER);
    const r = await run(["write", ".", "--no-git"], dir);
    expect(r.stderr).toMatch(/^wrote /);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "techstack.yml"), "utf8")).toMatch(/^repo_name: /);
  });

  it("check calls it empty, not a document to fix", async () => {
    const dir = repo(HEADER);
    const r = await run(["check", ".", "--no-git"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^stale: .*techstack\.yml is empty\nTo refresh them, run: techstack write/);
  });

  it("a file saved with CR line ends alone (classic Mac OS) whose first line is a comment still holds its document", async () => {
    const dir = repo("# our stack\rrepo_name: acme/shop\rtools:\r- name: Grafana\r  detection_source: manual\r");
    expect((await run(["write", ".", "--no-git"], dir)).code).toBe(0);
    expect(readFileSync(join(dir, "techstack.yml"), "utf8")).toMatch(/- name: Grafana\n(?:  .*\n)*  detection_source: manual\n/);
  });

  it("diff of the folder reads it as adding no tool by hand, with no warning", async () => {
    const dir = repo(HEADER);
    const r = await run(["diff", ".", ".", "--no-git"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });
});

describe("a techstack.yml and techstack.md checked out with CRLF line endings (Git for Windows' autocrlf)", () => {
  it("check calls a fresh pair fresh, and write leaves it untouched", async () => {
    const dir = repo(""); // an empty techstack.yml (made with touch) has nothing to keep: write replaces it
    expect((await run(["write", ".", "--no-git"], dir)).code).toBe(0);
    for (const name of ["techstack.yml", "techstack.md"]) {
      const file = join(dir, name);
      writeFileSync(file, "\ufeff" + readFileSync(file, "utf8").replace(/\n/g, "\r\n"));
    }
    const crlf = readFileSync(join(dir, "techstack.yml"), "utf8");
    const check = await run(["check", ".", "--no-git"], dir);
    expect(check.stdout).toMatch(/^fresh/);
    expect(check.code).toBe(0);
    const write = await run(["write", ".", "--no-git"], dir);
    expect(write.stderr).toMatch(/up to date/);
    expect(readFileSync(join(dir, "techstack.yml"), "utf8")).toBe(crlf);
  });
});
