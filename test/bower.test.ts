import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

describe("bower detector", () => {
  it("reports bower.json dependencies as bower packages with the lowest allowed version", async () => {
    const source = new MemorySource({
      "bower.json": JSON.stringify({
        name: "legacy-ui",
        dependencies: { angular: "1.4.14", "angular-strap": "~2.2.4", hotkeys: "chieffancypants/angular-hotkeys#1.7.0" },
        devDependencies: { "angular-mocks": "1.3.0" },
      }),
    });
    const { document } = await scan(source, { git: false });
    const byName = new Map(document.tools.map((t) => [t.name, t]));
    expect(byName.get("angular-strap")).toMatchObject({ package_url: "http://bower.io/angular-strap", version: "2.2.4", detection_source: "bower.json" });
    expect(byName.get("angular-mocks")?.version).toBe("1.3.0");
    expect(byName.get("hotkeys")?.version).toBeUndefined();
  });
});
