import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

const tool = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name && t.sub_category !== "Maven Packages");
const pkg = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name && t.sub_category === "Maven Packages");

describe("OkHttp's coordinates", () => {
  // Modelled on an Android app's module build script: Retrofit with OkHttp's logging interceptor.
  const gradle = [
    "plugins { id 'com.android.application' }",
    "dependencies {",
    "    implementation 'com.squareup.retrofit2:retrofit:2.9.0'",
    "    implementation 'com.squareup.okhttp3:logging-interceptor:4.11.0'",
    "    testImplementation 'com.squareup.okhttp3:mockwebserver:4.11.0'",
    "}",
  ].join("\n");

  it("are package entries naming no OkHttp, beside Retrofit", async () => {
    const { document } = await scan(new MemorySource({ "app/build.gradle": gradle }), { git: false });
    expect(tool(document.tools, "OkHttp")).toBeUndefined();
    expect(tool(document.tools, "Retrofit")).toBeDefined();
    expect(pkg(document.tools, "com.squareup.okhttp3:logging-interceptor")?.version).toBe("4.11.0");
  });

  it("still name OkHttp with --all-tools", async () => {
    const { document } = await scan(new MemorySource({ "app/build.gradle": gradle }), { git: false, allTools: true });
    expect(tool(document.tools, "OkHttp")).toBeDefined();
  });
});
