import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Android projects keep versions as constants of buildSrc objects and interpolate them in the
// build scripts: `implementation("com.squareup.okhttp3:okhttp:${Versions.okhttp}")`.
const versions = ["object Versions {", '    const val okhttp = "4.12.0"', '    const val room = "2.6.1"', "}"].join("\n");

describe("buildSrc version constants in build scripts", () => {
  it("resolve `${Versions.x}` in a Kotlin or Groovy script", async () => {
    const kts = ["plugins { id(\"com.android.application\") }", "dependencies {", '    implementation("com.squareup.okhttp3:okhttp:${Versions.okhttp}")', "}"].join("\n");
    const groovy = ["dependencies {", '    implementation "androidx.room:room-runtime:$Versions.room"', "}"].join("\n");
    const { document } = await scan(
      new MemorySource({ "buildSrc/src/main/kotlin/Versions.kt": versions, "app/build.gradle.kts": kts, "data/build.gradle": groovy }),
      { git: false },
    );
    const version = (name: string) => document.tools.find((t) => t.name === name)?.version;
    expect(version("com.squareup.okhttp3:okhttp")).toBe("4.12.0");
    expect(version("Android Room")).toBe("2.6.1");
  });

  it("an unknown constant stays unresolved", async () => {
    const kts = ["dependencies {", '    implementation("com.squareup.okhttp3:okhttp:${Versions.missing}")', "}"].join("\n");
    const { document } = await scan(new MemorySource({ "buildSrc/src/main/kotlin/Versions.kt": versions, "build.gradle.kts": kts }), { git: false });
    expect(document.tools.find((t) => t.name === "com.squareup.okhttp3:okhttp")).toBeDefined();
    expect(document.tools.find((t) => t.name === "com.squareup.okhttp3:okhttp")?.version).toBeUndefined();
  });
});
