import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DirectorySource, GitRevisionSource, MemorySource, scan } from "../src/index.js";
import { fixture, gitCopy, readTree } from "./helpers.js";

const EXPECTED = ["package.json", "services/api/package.json", "web/.gitignore", "web/package.json", "web/src/main.js", ".gitignore", "docs/index.md"].sort();

describe("file sources", () => {
  it("a directory: every .gitignore honoured, default folders and symlinks skipped", async () => {
    const dir = gitCopy("sources-tree");
    mkdirSync(join(dir, "links"));
    symlinkSync("/etc", join(dir, "links/outside"));
    symlinkSync("..", join(dir, "links/loop"));
    symlinkSync("/etc/hostname", join(dir, "links/package.json"));
    const listed = (await new DirectorySource(dir).list()).map((e) => e.path).sort();
    expect(listed).toEqual(EXPECTED);
  });

  it("memory and git revision sources list the same paths", async () => {
    const dir = gitCopy("sources-tree");
    const memory = (await new MemorySource(readTree(fixture("sources-tree"))).list()).map((e) => e.path).sort();
    const git = new GitRevisionSource(dir, "HEAD");
    const revision = (await git.list()).map((e) => e.path).sort();
    git.close();
    expect(memory).toEqual(EXPECTED);
    expect(revision).toEqual(EXPECTED);
  });

  it("the three sources give the same document", async () => {
    const dir = gitCopy("sources-tree");
    const options = { timestamp: "2024-05-01T00:00:00+00:00" };
    const fromDir = await scan(dir, options);
    const fromRev = await scan(dir, { ...options, rev: "HEAD", repo: { branch: "main" } });
    const fromMemory = await scan(new MemorySource(readTree(fixture("sources-tree"))), {
      ...options,
      repo: { repo_name: fromDir.document.repo_name, provider: "github", branch: "main", requested_by: "acme", web_url: "https://github.com/acme/example" },
    });
    expect(fromDir.document.repo_name).toBe("acme/example");
    expect(fromRev.document).toEqual(fromDir.document);
    // Memory has no history: the same document but for the git facts.
    const strip = (d: typeof fromDir.document) => ({ ...d, tools: d.tools.map(({ last_updated_by, last_updated_on, ...t }) => t) });
    expect(strip(fromMemory.document)).toEqual(strip(fromDir.document));
    const packages = (d: typeof fromDir.document) => d.tools.filter((t) => t.package_url).map((t) => t.name);
    expect(packages(fromDir.document)).toEqual(["express", "vue"]);
    expect(fromDir.document.tools.map((t) => t.name)).toEqual(expect.arrayContaining(["Vue.js", "ExpressJS", "npm"]));
  });

  it("a revision other than the working tree", async () => {
    const dir = gitCopy("sources-tree");
    const git = (...args: string[]) => execFileSync("git", ["-C", dir, ...args], { encoding: "utf8" });
    git("rm", "-q", "services/api/package.json");
    git("-c", "user.name=Bob", "-c", "user.email=bob@example.com", "commit", "-q", "-m", "drop api");
    const head = await scan(dir, { rev: "HEAD" });
    const before = await scan(dir, { rev: "HEAD~1" });
    const packages = (r: typeof head) => r.document.tools.filter((t) => t.package_url).map((t) => t.name);
    expect(packages(head)).toEqual(["vue"]);
    expect(packages(before)).toEqual(["express", "vue"]);
  });
});

describe("git facts", () => {
  it("repo name, provider, branch and last change per detection source", async () => {
    const dir = gitCopy("sources-tree", "git@github.com:acme/shop.git");
    const { document } = await scan(dir, { timestamp: "2024-05-01T00:00:00+00:00" });
    expect(document).toMatchObject({ repo_name: "acme/shop", provider: "github", branch: "main", requested_by: "acme" });
    const vue = document.tools.find((t) => t.name === "vue")!;
    expect(vue).toMatchObject({
      detection_source: "web/package.json",
      detection_source_url: "https://github.com/acme/shop/blob/main/web/package.json",
      last_updated_by: "Ada Lovelace",
      last_updated_on: "2024-03-01 12:00:00.000000000 Z",
    });
  });

  it("links a detection source to the file's page on its forge: GitHub's blob, GitLab's -/blob, Bitbucket's src", async () => {
    const urlOn = async (provider: string, web_url: string) => {
      const { document } = await scan(new MemorySource({ "web/package.json": JSON.stringify({ name: "web", dependencies: { vue: "3.4.0" } }) }), {
        git: false,
        repo: { repo_name: "acme/shop", provider, branch: "main", web_url },
      });
      return document.tools.find((t) => t.name === "vue")?.detection_source_url;
    };
    expect(await urlOn("github", "https://github.com/acme/shop")).toBe("https://github.com/acme/shop/blob/main/web/package.json");
    expect(await urlOn("gitlab", "https://gitlab.com/acme/shop")).toBe("https://gitlab.com/acme/shop/-/blob/main/web/package.json");
    expect(await urlOn("bitbucket", "https://bitbucket.org/acme/shop")).toBe("https://bitbucket.org/acme/shop/src/main/web/package.json");
  });

  it("--no-git leaves history out", async () => {
    const dir = gitCopy("sources-tree");
    const { document } = await scan(dir, { git: false });
    expect(document.tools.every((t) => t.last_updated_by === undefined)).toBe(true);
    expect(document.provider).toBe("local");
  });
});
