import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinDetectors, type Detector } from "../src/index.js";

// The registry (detectors/index.ts) names each built-in detector and its globs without loading its
// code, which is imported when a scan first calls it. The name a user disables (`disable: ["npm"]`,
// the configuration's `disable:`) is the registry's; the detector's own code names itself too. This
// checks the two agree, detector by detector, so that a rename in one place fails here rather than
// leaving `disable` turning off a name no code answers to.
const root = join(__dirname, "..", "detectors");

async function codedDetectors(): Promise<Detector[]> {
  const found: Detector[] = [];
  for (const folder of readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    for (const file of ["index.ts", "prisma.ts"]) {
      if (!readdirSync(join(root, folder.name)).includes(file)) continue;
      const module = (await import(join(root, folder.name, file))) as Record<string, unknown>;
      for (const value of Object.values(module)) {
        const d = value as Partial<Detector> | null;
        if (d && typeof d === "object" && typeof d.name === "string" && Array.isArray(d.files) && typeof d.detect === "function") found.push(d as Detector);
      }
    }
  }
  return found;
}

describe("the lazy built-in detectors", () => {
  it("carry the name and globs of the detector their code exports, one registry entry per detector", async () => {
    const coded = await codedDetectors();
    expect(coded.length).toBeGreaterThan(20);
    expect(builtinDetectors.map((d) => d.name).sort()).toEqual(coded.map((d) => d.name).sort());
    for (const d of coded) {
      const entry = builtinDetectors.find((b) => b.name === d.name);
      expect(entry?.files, d.name).toEqual(d.files);
    }
  });
});
