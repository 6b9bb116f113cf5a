import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { detect, parse } from "../src/index.js";
import { historyRepo, historyRepoCopy, runCommand, writeFile, toolsOf } from "./helpers.js";
import { DATABASE_AND_WEB_COMPOSE } from "./compose-texts.js";

// A second file that also shows a tool is no move: where techstack.yml names the file an entry was
// detected from, a refresh (write, check, the pull request's diff) keeps that file while it still
// shows the tool. Only when it no longer does is the entry detected from another one (a move).

// compose.yaml sorts before docker-compose.yml: a fresh scan would name it for Docker Compose.
const SECOND = `services:
  queue:
    image: rabbitmq:3.12-management
    ports:
      - "5672:5672"
      - "15672:15672"
`;

/**
 * A repository whose techstack.yml was written with docker-compose.yml alone, then compose.yaml added
 * in a second commit. Made once (a write's scan and five git processes); each test takes a copy.
 */
let made: { dir: string; base: string };
beforeAll(async () => {
  const { dir, git, commit } = historyRepo();
  git("remote", "add", "origin", "https://github.com/acme/shop.git");
  writeFile(dir, "docker-compose.yml", DATABASE_AND_WEB_COMPOSE);
  expect((await runCommand(["write", dir])).code).toBe(0);
  commit("Ana", 2, "compose and the stack files");
  const base = git("rev-parse", "HEAD").trim();
  writeFile(dir, "compose.yaml", SECOND);
  commit("Ben", 3, "a queue");
  made = { dir, base };
});

function repoWithSecondCompose(): { dir: string; base: string } {
  return { dir: historyRepoCopy(made.dir).dir, base: made.base };
}

const sourceOf = (yaml: string, name: string) => toolsOf(parse(yaml)).find((t) => t.name === name)?.detection_source;

describe("a second file that shows a tool is no move", () => {
  it("check reports the new tool and no move; the pull request's diff neither; write keeps the earlier file", async () => {
    const { dir, base } = repoWithSecondCompose();
    expect(sourceOf(readFileSync(join(dir, "techstack.yml"), "utf8"), "Docker Compose")).toBe("docker-compose.yml");
    const check = await runCommand(["check", dir]);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^\+ RabbitMQ 3\.12/m);
    expect(check.stdout).not.toContain("moved");
    const md = await runCommand(["diff", "--rev-a", base, "--rev-b", "HEAD", dir, "--format", "markdown"]);
    expect(md.stdout).toContain("RabbitMQ");
    expect(md.stdout).not.toContain("moved");
    const json = JSON.parse((await runCommand(["diff", "--rev-a", base, "--rev-b", "HEAD", dir, "--format", "json"])).stdout);
    expect(json.moved).toBeUndefined();
    expect((await runCommand(["write", dir])).code).toBe(0);
    expect(sourceOf(readFileSync(join(dir, "techstack.yml"), "utf8"), "Docker Compose")).toBe("docker-compose.yml");
    expect((await runCommand(["check", dir])).code).toBe(0);
  });

  it("once the earlier file no longer shows the tool, the entry moves to the file that does", async () => {
    const { dir } = repoWithSecondCompose();
    expect((await runCommand(["write", dir])).code).toBe(0);
    rmSync(join(dir, "docker-compose.yml"));
    const check = await runCommand(["check", dir]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("> Docker Compose moved from docker-compose.yml to compose.yaml\n");
  });

  it("the API: detect's `previous` keeps an entry's earlier detection_source the scan still finds; without it the scan picks its own", async () => {
    const { dir } = repoWithSecondCompose();
    const fresh = await detect(dir, { history: false });
    expect(fresh.tools.find((t) => t.name === "Docker Compose")?.detection_source).toBe("compose.yaml");
    const previous = parse(readFileSync(join(dir, "techstack.yml"), "utf8"));
    const kept = await detect(dir, { history: false, previous });
    expect(kept.tools.find((t) => t.name === "Docker Compose")?.detection_source).toBe("docker-compose.yml");
    // An earlier file that never showed the tool is no claim on it.
    const claimed = { tools: [{ name: "Docker Compose", detection_source: "Dockerfile" }] };
    const other = await detect(dir, { history: false, previous: claimed });
    expect(other.tools.find((t) => t.name === "Docker Compose")?.detection_source).toBe("compose.yaml");
    await expect(detect(dir, { previous: "techstack.yml" as never })).rejects.toMatchObject({ code: "TECHSTACK_BAD_OPTION" });
  });
});
