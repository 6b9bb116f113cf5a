import { describe, expect, it } from "vitest";
import { npmDetector } from "../detectors/npm/index.js";
import { readElectronBuilderTable } from "../detectors/npm/electron-builder.js";
import type { Finding } from "../src/types.js";
import { detectorFindings } from "./detector-findings.js";
import { expectFinishesWithin } from "./work-budget.js";

/** The electron-builder publish findings the npm detector reports for a tree, as `ref@line` per file. */
async function publishers(files: Record<string, string>): Promise<string[]> {
  const { findings } = await detectorFindings(npmDetector, files);
  return findings.filter((f) => f.ref.startsWith("electron-publish:")).map((f) => `${f.file}: ${f.ref}@${f.line}`);
}

describe("electron-builder's publish providers", () => {
  it("a provider named as a string is found at its place under `publish`, not inside an earlier word (`@aws-sdk/client-s3`, `com.acme.s3sync`)", async () => {
    // An app that uploads to S3 itself, and publishes its releases there: the dependency's name comes first.
    const manifest = JSON.stringify(
      {
        name: "s3-sync",
        dependencies: { "@aws-sdk/client-s3": "^3.400.0", "electron-updater": "^6.1.8" },
        devDependencies: { electron: "^28.2.3", "electron-builder": "^24.9.1" },
        build: { appId: "com.acme.s3sync", publish: ["s3"] },
      },
      null,
      2,
    );
    const yml = "appId: com.acme.s3sync\nproductName: S3 Sync\npublish:\n  - github\n  - s3\n";
    expect(await publishers({ "package.json": manifest })).toEqual([`package.json: electron-publish:s3@${manifest.split("\n").indexOf('      "s3"') + 1}`]);
    // A later entry of the list (GitHub's releases name no tool).
    expect(await publishers({ "package.json": manifest.replace('"build"', '"buildX"'), "electron-builder.yml": yml })).toEqual(["electron-builder.yml: electron-publish:s3@5"]);
  });

  it("a script named `publish` before the configuration does not take the provider's line", async () => {
    const manifest = JSON.stringify(
      {
        name: "app",
        scripts: { publish: "electron-builder --publish always", "upload:s3": "aws s3 sync dist s3://acme-releases" },
        devDependencies: { electron: "^28.2.3", "electron-builder": "^24.9.1" },
        build: { publish: "s3" },
      },
      null,
      2,
    );
    expect(await publishers({ "package.json": manifest })).toEqual([`package.json: electron-publish:s3@${manifest.split("\n").indexOf('    "publish": "s3"') + 1}`]);
  });

  it("a package.json's `build` table is read, and the manifest's text asked for, only where it declares electron-builder", async () => {
    const asked: string[] = [];
    const reported: Finding[] = [];
    const manifest = { name: "app", devDependencies: { "electron-builder": "^24.9.1" }, build: { publish: "s3" } };
    const ctx = {
      text: async (file: string) => (asked.push(file), `${JSON.stringify(manifest, null, 2)}\n`),
      report: (finding: Finding) => void reported.push(finding),
      lookup: (kind: string, key: string) => (kind === "electron-publish" && key === "s3" ? ["amazon-s3"] : []),
    };
    // `build` is a common word: a webpack project's own table, with no electron-builder declared.
    await readElectronBuilderTable(ctx, "web/package.json", { name: "web", devDependencies: { webpack: "^5.0.0" }, build: { publish: "s3" } });
    expect(asked).toEqual([]);
    await readElectronBuilderTable(ctx, "package.json", manifest);
    expect(asked).toEqual(["package.json"]);
    expect(reported).toEqual([{ ref: "electron-publish:s3", file: "package.json", line: 7 }]);
  });

  it("20,000 providers no catalog key names (a generated or hostile file) are passed over in linear time; the known one is still lined", async () => {
    const providers = Array.from({ length: 20_000 }, (_, i) => `  - host${i}`);
    const yml = `appId: com.acme.app\npublish:\n${providers.join("\n")}\n  - s3\n`;
    const manifest = JSON.stringify({ name: "app", devDependencies: { electron: "^28.2.3", "electron-builder": "^24.9.1" } });
    const found = await expectFinishesWithin(() => publishers({ "package.json": manifest, "electron-builder.yml": yml }), 20, "20,000 electron-builder providers");
    expect(found).toEqual([`electron-builder.yml: electron-publish:s3@${20_003}`]);
  });
});
