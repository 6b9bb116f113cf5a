import { describe, expect, it } from "vitest";
import { crystalDetector, lockedVersions } from "../detectors/crystal/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// shard.lock as shards writes it (its 1.0 format, where a shard pinned to a commit has no version,
// and 2.0, where it is `<release>+git.commit.<sha>`), read alone and beside a shard.yml in a
// subfolder. For a mutation round (5 December 2026, a54c).
describe("shard.lock", () => {
  it("the 1.0 format: each shard's version; one pinned by `commit:` has none", () => {
    const lock = ["version: 1.0", "shards:", "  kemal:", "    github: kemalcr/kemal", "    version: 0.26.1", "", "  radix:", "    github: luislavena/radix", "    commit: 1e0c3d5d5e3c7e1f1f5a1b2c3d4e5f6a7b8c9d0e", "", "  exception_page:", "    github: crystal-loot/exception_page", "    version: 0.1.2", ""].join("\n");
    expect(lockedVersions(lock)).toEqual(new Map([["kemal", "0.26.1"], ["exception_page", "0.1.2"]]));
  });

  it("the 2.0 format written on Windows: a commit-pinned shard's release part, a quoted version, CRLF line ends", () => {
    const lock = ["version: 2.0", "shards:", "  db:", "    git: https://github.com/crystal-lang/crystal-db.git", "    version: 0.13.1", "", "  pg:", "    git: https://github.com/will/crystal-pg.git", "    version: 0.28.0+git.commit.0e1c5f1b3a8ad9a8d0a61d9ab5a1d7c4c2f0f5a3", "", "  lucky_task:", "    git: https://github.com/luckyframework/lucky_task.git", '    version: "0.3.0"', ""].join("\r\n");
    expect(lockedVersions(lock)).toEqual(new Map([["db", "0.13.1"], ["pg", "0.28.0"], ["lucky_task", "0.3.0"]]));
  });

  it("a shard.yml in a subfolder takes its own folder's lock: locked versions with the lock as their source, the rest at their bound", async () => {
    const shard = [
      "name: api",
      "version: 0.1.0",
      "",
      "dependencies:",
      "  kemal:",
      "    github: kemalcr/kemal",
      "  pg:",
      "    github: will/crystal-pg",
      "    version: ~> 0.28.0",
      "",
      "development_dependencies:",
      "  webmock:",
      "    github: manastech/webmock.cr",
      "    branch: master",
      "",
      "crystal: 1.10.1",
      "",
    ].join("\n");
    const lock = ["version: 2.0", "shards:", "  kemal:", "    git: https://github.com/kemalcr/kemal.git", "    version: 1.4.0", "", "  webmock:", "    git: https://github.com/manastech/webmock.cr.git", "    version: 0.14.0+git.commit.2a5b2bd4d5a9d5a1f0e9a2c7b1c0b7d5e1f2a3b4", ""].join("\n");
    const { findings, warnings } = await detectorFindings(crystalDetector, { "apps/api/shard.yml": shard, "apps/api/shard.lock": lock, "shard.lock": "version: 2.0\nshards:\n  pg:\n    git: https://github.com/will/crystal-pg.git\n    version: 0.26.0\n" });
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual([
      "runtime:crystal 1.10.1",
      "shard:kemal ->1.4.0 (apps/api/shard.lock) direct",
      "shard:pg ~> 0.28.0 ->0.28.0 direct",
      "shard:webmock ->0.14.0 (apps/api/shard.lock) direct dev",
    ]);
  });

  it("a shard.yml without a name (a file of another tool under that name) names nothing", async () => {
    const { findings } = await detectorFindings(crystalDetector, { "shard.yml": "shards:\n  - id: 1\n    replicas: 3\n  - id: 2\n    replicas: 3\n" });
    expect(findings).toEqual([]);
  });
});
