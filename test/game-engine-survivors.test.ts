import { describe, expect, it } from "vitest";
import { gameEnginesDetector } from "../detectors/game-engines/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// Game engines' project files in shapes stop 57's mutation run (h57-b) found no test for.
const read = async (files: Record<string, string>) => {
  const { findings, warnings } = await detectorFindings(gameEnginesDetector, files);
  return { refs: compact(findings), warnings };
};

describe("game engines' project files, survivors of stop 57's run", () => {
  it("a ProjectVersion.txt committed as a Git LFS pointer names Unity, without a line or release, silently", async () => {
    const pointer = "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 84\n";
    expect(await read({ "ProjectSettings/ProjectVersion.txt": pointer })).toEqual({ refs: ["engine-project:unity"], warnings: [] });
  });

  it("a .uproject a script wrote on one line (json.dumps without indent): the release at line 1", async () => {
    const uproject = '{"FileVersion": 3, "EngineAssociation": "5.4", "Category": "", "Description": "", "Modules": [{"Name": "Arena", "Type": "Runtime", "LoadingPhase": "Default"}]}\n';
    expect(await read({ "Arena.uproject": uproject })).toEqual({ refs: ["engine-project:unreal@1 ->5.4"], warnings: [] });
  });
});
