import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { historyRepo, runCommand, tempDir, toolsOf, writeFile } from "./helpers.js";
import { DATABASE_AND_WEB_COMPOSE } from "./compose-texts.js";

// diff's first side, where it is a scan (a revision, a folder), reads its own committed
// techstack.yml's detection_source as write refreshed it: an entry whose committed file still shows
// the tool keeps that file. Otherwise the scan's own pick (compose.yaml, first by path) stands for
// the first side, and a second side where that file is gone shows a "move" back to the file the
// committed techstack.yml named all along, which check at that revision does not report.

// compose.yaml sorts before docker-compose.yml: a fresh scan names it for Docker Compose.
const QUEUE = `services:
  queue:
    image: rabbitmq:3.12-management
    ports:
      - "5672:5672"
`;

const sourceOf = (yaml: string, name: string) => toolsOf(parse(yaml)).find((t) => t.name === name)?.detection_source;

/**
 * docker-compose.yml and its techstack.yml; then compose.yaml beside it, techstack.yml refreshed by
 * write (which keeps docker-compose.yml for Docker Compose): `base`; then compose.yaml removed.
 */
async function repoDroppingSecondCompose(): Promise<{ dir: string; base: string }> {
  const { dir, git, commit } = historyRepo();
  git("remote", "add", "origin", "https://github.com/acme/shop.git");
  writeFile(dir, "docker-compose.yml", DATABASE_AND_WEB_COMPOSE);
  expect((await runCommand(["write", dir])).code).toBe(0);
  commit("Ana", 2, "compose and the stack files");
  writeFile(dir, "compose.yaml", QUEUE);
  expect((await runCommand(["write", dir])).code).toBe(0);
  commit("Ben", 3, "a queue");
  expect(sourceOf(readFileSync(join(dir, "techstack.yml"), "utf8"), "Docker Compose")).toBe("docker-compose.yml");
  const base = git("rev-parse", "HEAD").trim();
  rmSync(join(dir, "compose.yaml"));
  expect((await runCommand(["write", dir])).code).toBe(0);
  commit("Cy", 4, "no queue");
  return { dir, base };
}

describe("diff's first side keeps its own committed detection_source", () => {
  it("two revisions: the queue removed, and no move the committed files never made", { timeout: 120_000 }, async () => {
    const { dir, base } = await repoDroppingSecondCompose();
    // At HEAD, check agrees with the committed file: Docker Compose stayed with docker-compose.yml.
    expect((await runCommand(["check", dir])).code).toBe(0);
    const text = await runCommand(["diff", "--rev-a", base, "--rev-b", "HEAD", dir]);
    expect(text.stdout).toMatch(/^- RabbitMQ 3\.12/m);
    expect(text.stdout).not.toContain("moved");
    const json = JSON.parse((await runCommand(["diff", "--rev-a", base, "--rev-b", "HEAD", dir, "--format", "json"])).stdout);
    expect(json.removed.map((t: { name: string }) => t.name)).toContain("RabbitMQ");
    expect(json.moved).toBeUndefined();
  });

  it("a folder as the first side reads its own techstack.yml alike", { timeout: 120_000 }, async () => {
    const { dir, base } = await repoDroppingSecondCompose();
    const before = join(tempDir("techstack-before-"), "shop");
    execFileSync("git", ["clone", "-q", dir, before], { stdio: "ignore" });
    execFileSync("git", ["-C", before, "checkout", "-q", base], { stdio: "ignore" });
    const text = await runCommand(["diff", before, dir]);
    expect(text.stdout).toMatch(/^- RabbitMQ 3\.12/m);
    expect(text.stdout).not.toContain("moved");
  });
});
