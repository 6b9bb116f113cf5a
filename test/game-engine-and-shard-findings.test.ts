import { describe, expect, it } from "vitest";
import { gameEnginesDetector } from "../detectors/game-engines/index.js";
import { crystalDetector } from "../detectors/crystal/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// Finding by finding, with lines: the game engines' project files and a Crystal shard without its
// lockfile. Written against the survivors of a mutation run (5 December 2026, stop 51): the other
// tests read these files only through the built document, which carries no line.
describe("game engines' project files, finding by finding", () => {
  it("Unity's ProjectVersion.txt: the editor release at its first line", async () => {
    const { findings, warnings } = await detectorFindings(gameEnginesDetector, {
      "ProjectSettings/ProjectVersion.txt": "m_EditorVersion: 2022.3.10f1\nm_EditorVersionWithRevision: 2022.3.10f1 (ff3792e53c62)\n",
    });
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual(["engine-project:unity@1 ->2022.3.10f1"]);
  });

  it("an Unreal .uproject as the editor writes it (tabs, EngineAssociation third): the release at its line; a .uplugin's EngineVersion", async () => {
    const uproject = '{\n\t"FileVersion": 3,\n\t"EngineAssociation": "5.3",\n\t"Category": "",\n\t"Description": "",\n\t"Modules": [\n\t\t{\n\t\t\t"Name": "Shooter",\n\t\t\t"Type": "Runtime",\n\t\t\t"LoadingPhase": "Default"\n\t\t}\n\t]\n}\n';
    const uplugin = '{\n\t"FileVersion": 3,\n\t"Version": 4,\n\t"VersionName": "1.3.0",\n\t"FriendlyName": "Inventory",\n\t"EngineVersion": "5.2.0",\n\t"CanContainContent": true\n}\n';
    const { findings, warnings } = await detectorFindings(gameEnginesDetector, { "Shooter.uproject": uproject, "Plugins/Inventory/Inventory.uplugin": uplugin });
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual(["engine-project:unreal@6 ->5.2.0", "engine-project:unreal@3 ->5.3"]);
  });

  it("Godot 4's project.godot under the editor's comment header: the release of config/features at its line; Godot 3's file none", async () => {
    const godot4 = [
      "; Engine configuration file.",
      "; It's best edited using the editor UI and not directly,",
      "; since the parameters that go here are not all obvious.",
      ";",
      "; Format:",
      ";   [section] ; section goes between []",
      ";   param=value ; assign values to parameters",
      "",
      "config_version=5",
      "",
      "[application]",
      "",
      'config/name="Hud"',
      'config/features=PackedStringArray("4.2", "C#", "Forward Plus")',
      'config/icon="res://icon.svg"',
      "",
    ].join("\n");
    const godot3 = '; Engine configuration file.\n\nconfig_version=4\n\n[application]\n\nconfig/name="Old"\nrun/main_scene="res://Main.tscn"\n';
    expect(compact((await detectorFindings(gameEnginesDetector, { "project.godot": godot4 })).findings)).toEqual(["engine-project:godot@14 ->4.2"]);
    expect(compact((await detectorFindings(gameEnginesDetector, { "project.godot": godot3 })).findings)).toEqual(["engine-project:godot"]);
  });
});

describe("a Crystal shard without its shard.lock", () => {
  it("each dependency at its constraint's lower bound (`~> 1.4`, a bare release, `>= 0.13.1`); an upper bound alone gives none", async () => {
    const shard = [
      "name: notes",
      "version: 0.3.0",
      "crystal: ~> 1.9",
      "dependencies:",
      "  kemal:",
      "    github: kemalcr/kemal",
      "    version: ~> 1.4",
      "  pg:",
      "    github: will/crystal-pg",
      "    version: 0.28.0",
      "  db:",
      "    github: crystal-lang/crystal-db",
      "    version: '>= 0.13.1'",
      "  jwt:",
      "    github: crystal-community/jwt",
      "    version: < 2.0",
      "license: MIT",
      "",
    ].join("\n");
    const { findings, warnings } = await detectorFindings(crystalDetector, { "shard.yml": shard });
    expect(warnings).toEqual([]);
    expect(compact(findings).sort()).toEqual(["runtime:crystal ~> 1.9", "shard:db >= 0.13.1 ->0.13.1 direct", "shard:jwt < 2.0 direct", "shard:kemal ~> 1.4 ->1.4 direct", "shard:pg 0.28.0 ->0.28.0 direct"]);
  });

  it("a library shard with no dependencies names Crystal alone, without a warning", async () => {
    const { findings, warnings } = await detectorFindings(crystalDetector, { "shard.yml": "name: slugify\nversion: 1.0.1\nauthors:\n  - Jane Doe <jane@example.org>\ncrystal: '>= 1.0.0'\nlicense: MIT\n" });
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual(["runtime:crystal >= 1.0.0"]);
  });
  it("a range requirement (`>= 1.0.0, < 2.0.0`, as shards allows) at its lower bound; a development dependency's too, as dev", async () => {
    const shard = [
      "name: inventory",
      "version: 0.1.0",
      "",
      "dependencies:",
      "  athena:",
      "    github: athena-framework/framework",
      '    version: ">= 0.18.0, < 0.20.0"',
      "  redis:",
      "    github: stefanwille/crystal-redis",
      "    branch: master",
      "",
      "development_dependencies:",
      "  ameba:",
      "    github: crystal-ameba/ameba",
      '    version: "~> 1.5.0"',
      "",
      "targets:",
      "  inventory:",
      "    main: src/inventory.cr",
      "",
      "crystal: '>= 1.9.0, < 2.0.0'",
      "license: MIT",
      "",
    ].join("\n");
    const { findings, warnings } = await detectorFindings(crystalDetector, { "shard.yml": shard });
    expect(warnings).toEqual([]);
    expect(compact(findings).sort()).toEqual(["runtime:crystal >= 1.9.0, < 2.0.0", "shard:ameba ~> 1.5.0 ->1.5.0 direct dev", "shard:athena >= 0.18.0, < 0.20.0 ->0.18.0 direct", "shard:redis direct"]);
  });
});
