import { describe, expect, it } from "vitest";
import { gameEnginesDetector } from "../detectors/game-engines/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// Unreal projects of a source-built engine, whose .uproject names no release the launcher installs.
describe("game engines' project files that name no release", () => {
  it("a source-built engine's .uproject (a GUID, an empty association, or none in a sample inside the engine's tree): Unreal at the key's line if any, without a release", async () => {
    const project = (association: string | undefined) =>
      ["{", '\t"FileVersion": 3,', ...(association === undefined ? [] : [`\t"EngineAssociation": "${association}",`]), '\t"Category": "",', '\t"Description": "",', '\t"Plugins": [', "\t\t{", '\t\t\t"Name": "ModelingToolsEditorMode",', '\t\t\t"Enabled": true', "\t\t}", "\t]", "}", ""].join("\n");
    const { findings, warnings } = await detectorFindings(gameEnginesDetector, {
      "Custom/Custom.uproject": project("{A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D}"),
      "Lyra/Lyra.uproject": project(""),
      "Samples/Samples.uproject": project(undefined),
    });
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual(["engine-project:unreal@3", "engine-project:unreal@3", "engine-project:unreal"]);
  });
});
