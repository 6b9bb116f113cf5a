import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { detectCommand } from "../src/cli/commands/detect.js";
import { diffCommand } from "../src/cli/commands/diff.js";
import { submitCommand } from "../src/cli/commands/submit.js";
import { call, tempDir, writeFile } from "./helpers.js";
import { importedHistory, type ImportedCommit } from "./git-import.js";

// A revision is scanned as it was configured: detect --rev, and each revision diff compares, read
// the techstack.config committed at that revision (in a checkout as in a bare repository), as
// they read its files and workspaces; a folder's scan reads the folder's.

const EXPRESS = /^\+ ExpressJS 4\.18\.2$/m;

/** A shop whose legacy/ folder (Express) the first commit's configuration excludes and the second's no longer does. */
function reconfigured() {
  const dir = importedHistory([
    { by: "Ada", day: 2, message: "start, legacy left out", files: { "package.json": '{"name":"shop","dependencies":{"react":"18.0.0"}}', "legacy/package.json": '{"name":"old","dependencies":{"express":"4.18.2"}}', "techstack.config.json": '{"exclude":["legacy/**"]}' } },
    { by: "Ada", day: 3, message: "legacy scanned too", files: { "techstack.config.json": '{"exclude":[]}' } },
  ]);
  return dir;
}

const names = async (args: string[]) => {
  const outcome = await call(detectCommand, [...args, "--format", "json", "--no-git"]);
  expect(outcome.code, outcome.stderr).toBe(0);
  return (JSON.parse(outcome.stdout) as { tools: { name: string }[] }).tools.map((t) => t.name);
};

describe("the configuration of a revision scanned", () => {
  it("detect --rev reads the revision's, the working tree's scan the folder's", async () => {
    const dir = reconfigured();
    expect(await names([dir, "--rev", "HEAD~1"])).not.toContain("ExpressJS");
    // An edit not yet committed configures the folder's scan, not a revision's.
    writeFile(dir, "techstack.config.json", '{"exclude":["legacy"]}');
    expect(await names([dir])).not.toContain("ExpressJS");
    expect(await names([dir, "--rev", "HEAD"])).toContain("ExpressJS");
  });

  it("diff of two revisions scans each as configured then, in a checkout and in a bare repository", async () => {
    const dir = reconfigured();
    const bare = join(tempDir("techstack-config-rev-"), "shop.git");
    execFileSync("git", ["clone", "-q", "--bare", dir, bare]);
    for (const args of [["--repo", dir, "HEAD~1", "HEAD"], ["--repo", bare, "HEAD~1", "HEAD"]]) {
      const outcome = await call(diffCommand, args);
      expect(outcome.code, outcome.stderr).toBe(0);
      expect(outcome.stdout, args.join(" ")).toMatch(EXPRESS);
    }
  });

  it("a folder below the checkout's top reads its own configuration at the revision", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 2, message: "start", files: { "shop/legacy/package.json": '{"name":"old","dependencies":{"express":"4.18.2"}}', "shop/package.json": '{"name":"shop","dependencies":{"react":"18.0.0"},"techstack":{"exclude":["legacy/**"]}}' } },
      { by: "Ada", day: 3, message: "legacy scanned too", files: { "shop/package.json": '{"name":"shop","dependencies":{"react":"18.0.0"}}' } },
    ]);
    const shop = join(dir, "shop");
    expect(await names([shop, "--rev", "HEAD~1"])).not.toContain("ExpressJS");
    expect((await call(diffCommand, ["--rev-a", "HEAD~1", "--rev-b", "HEAD", shop])).stdout).toMatch(EXPRESS);
  });

  it("a configuration the revision breaks is named with that revision", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 2, message: "a string where a list goes", files: { "package.json": '{"name":"shop"}', "techstack.config.yml": "exclude: legacy\n" } },
    ]);
    writeFile(dir, "techstack.config.yml", "exclude: [legacy]\n");
    const outcome = await call(detectCommand, [dir, "--rev", "HEAD", "--no-git"]);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain(`${join(dir, "techstack.config.yml")} (committed at HEAD): 'exclude' must be a list of strings`);
    // The folder's own, fixed but not committed, is fine.
    expect((await call(detectCommand, [dir, "--no-git"])).code).toBe(0);
  });
});

describe("diff --workspace of two revisions", () => {
  it("reads each revision's workspaces; a package one revision lacks shows whole, added", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 2, message: "api", files: { "package.json": '{"private":true,"workspaces":["packages/*"]}', "packages/api/package.json": '{"name":"@acme/api","dependencies":{"express":"4.18.2"}}' } },
      { by: "Ada", day: 3, message: "web", files: { "packages/web/package.json": '{"name":"@acme/web","dependencies":{"react":"18.0.0"}}' } },
    ]);
    const added = await call(diffCommand, ["--repo", dir, "HEAD~1", "HEAD", "--workspace", "@acme/web"]);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/^\+ React 18\.0\.0$/m);
    expect(added.stdout).not.toContain("Express");
    // A name neither revision holds is still a usage error, naming the first.
    const none = await call(diffCommand, ["--repo", dir, "HEAD~1", "HEAD", "--workspace", "@acme/nope"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no workspace package '@acme/nope'");
  });

  it("a Cargo member one revision lacks: that revision's root crate is read for what a member inherits alone, not shown as the member's", async () => {
    const root = '[package]\nname = "courier"\nversion = "0.1.0"\n\n[workspace]\nmembers = ["crates/*"]\n\n[workspace.dependencies]\ntokio = "1.35"\n\n[dependencies]\nredis = "0.24"\ntokio.workspace = true\n';
    const dir = importedHistory([
      { by: "Ada", day: 2, message: "courier", files: { "Cargo.toml": root, "crates/core/Cargo.toml": '[package]\nname = "courier-core"\nversion = "0.1.0"\n\n[dependencies]\nserde = "1.0"\n' } },
      { by: "Ada", day: 3, message: "server", files: { "crates/server/Cargo.toml": '[package]\nname = "courier-server"\nversion = "0.1.0"\n\n[dependencies]\ntokio.workspace = true\n' } },
    ]);
    const added = await call(diffCommand, ["--repo", dir, "HEAD~1", "HEAD", "--workspace", "courier-server"]);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/^\+ Tokio 1\.35$/m);
    // The root crate's own redis was shown as removed: the earlier revision's root Cargo.toml read whole.
    expect(added.stdout).not.toContain("Redis");
  });
});

describe("submit with a revision scanned", () => {
  afterEach(() => vi.unstubAllEnvs());

  const manual = (...names: string[]) => `repo_name: shop\ntools:\n${names.map((name) => `- name: ${name}\n  detection_source: manual\n`).join("")}`;

  /** A shop whose committed configuration names the stack server it has since moved from, and whose techstack.yml adds Sentry by hand; `later` commits after it. */
  function moved(...later: ImportedCommit[]) {
    const dir = importedHistory([
      { by: "Ada", day: 2, message: "start", files: { "package.json": '{"name":"shop","dependencies":{"express":"4.18.2"}}', "techstack.config.json": '{"endpoint":"https://old-stacks.example/api"}', "techstack.yml": manual("Sentry") } },
      ...later,
    ]);
    writeFile(dir, "techstack.config.json", '{"endpoint":"https://stacks.example/api"}');
    return dir;
  }

  /** Where submit --auto would send the stack, and the tools it adds by hand. */
  const sent = async (...args: string[]) => {
    vi.stubEnv("TECHSTACK_ENDPOINT", "");
    const outcome = await call(submitCommand, ["--auto", ...args, "--no-git", "--dry-run"]);
    expect(outcome.code, outcome.stderr).toBe(0);
    const { document } = JSON.parse(outcome.stdout) as { document: { tools: Array<{ name: string; detection_source: string }> } };
    return { to: /^would POST to (\S+) /m.exec(outcome.stderr)?.[1], manual: document.tools.filter((t) => t.detection_source === "manual").map((t) => t.name) };
  };

  it("in a checkout, the folder's endpoint: where the stack goes now, not a setting of the revision's scan", async () => {
    const dir = moved();
    expect((await sent(dir, "--rev", "HEAD")).to).toBe("https://stacks.example/api");
  });

  it("in a bare repository, which has no folder's files: the endpoint committed at HEAD whatever --rev names, the tools added by hand at the revision scanned", async () => {
    const dir = moved({ by: "Ada", day: 3, message: "moved, and Datadog", files: { "techstack.config.json": '{"endpoint":"https://stacks.example/api"}', "techstack.yml": manual("Sentry", "Datadog") } });
    const bare = join(tempDir("techstack-submit-bare-"), "shop.git");
    execFileSync("git", ["clone", "-q", "--bare", dir, bare]);
    expect(await sent(bare)).toEqual({ to: "https://stacks.example/api", manual: ["Sentry", "Datadog"] });
    expect(await sent(bare, "--rev", "HEAD~1")).toEqual({ to: "https://stacks.example/api", manual: ["Sentry"] });
  });
});
