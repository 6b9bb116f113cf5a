import { describe, expect, it } from "vitest";
import { detectorFindings } from "./detector-findings.js";
import { npmDetector } from "../detectors/npm/index.js";

// Stop 71's mutation round of detectors/npm/stale-lock.ts: a scoped package forced by an override
// (Yarn's resolutions, by its name or a path to it) is forced on purpose, as an unscoped one is.
const yarnLock = [
  "# yarn lockfile v1",
  "",
  '"@types/react@^17.0.2":\n  version "18.2.0"',
  "",
].join("\n");

async function warnings(resolutions?: Record<string, string>) {
  const manifest = JSON.stringify({ name: "web", devDependencies: { "@types/react": "^17.0.2" }, ...(resolutions ? { resolutions } : {}) });
  return (await detectorFindings(npmDetector, { "package.json": manifest, "yarn.lock": yarnLock })).warnings;
}

describe("an out-of-date lockfile: scoped packages forced by resolutions", () => {
  it("warns without a resolution; none where a resolution names the scoped package or a path to it", async () => {
    expect(await warnings()).toEqual([
      "yarn.lock: out of date with package.json, which declares @types/react ^17.0.2 (18.2.0 locked, the release written): run the package manager's install",
    ]);
    expect(await warnings({ "@types/react": "18.2.0" })).toEqual([]);
    expect(await warnings({ "**/@types/react": "18.2.0" })).toEqual([]);
    expect(await warnings({ "@types/react@^17": "18.2.0" })).toEqual([]);
  });
});
