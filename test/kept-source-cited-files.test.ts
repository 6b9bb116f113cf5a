import { describe, expect, it } from "vitest";
import { detect, MemorySource, parse } from "../src/index.js";

// write, check and detect's `previous` keep the detection_source techstack.yml names for an entry
// while that file still shows the tool, but only a file the site cites the tool from: where the
// catalog gives the tool cited_files (Gradle: its wrapper scripts and Groovy build scripts), a file
// outside them is not kept while one of them shows the tool; nor is a file where the language bar
// counts the tool (TypeScript), which the site cites as the repository's metadata.

// An Android app with a Gradle wrapper: the wrapper's properties give Gradle's release and URL, the
// build scripts are what the site cites it from.
const ANDROID = {
  "settings.gradle": "rootProject.name = 'Shop'\ninclude ':app'\n",
  "build.gradle": "buildscript {\n    repositories {\n        google()\n        mavenCentral()\n    }\n    dependencies {\n        classpath 'com.android.tools.build:gradle:8.2.0'\n    }\n}\n",
  "app/build.gradle": "plugins {\n    id 'com.android.application'\n}\n\ndependencies {\n    implementation 'com.squareup.retrofit2:retrofit:2.9.0'\n}\n",
  gradlew: '#!/bin/sh\nexec "$JAVACMD" -classpath "$APP_HOME/gradle/wrapper/gradle-wrapper.jar" org.gradle.wrapper.GradleWrapperMain "$@"\n',
  "gradle/wrapper/gradle-wrapper.properties": "distributionBase=GRADLE_USER_HOME\ndistributionPath=wrapper/dists\ndistributionUrl=https\\://services.gradle.org/distributions/gradle-8.5-bin.zip\nzipStoreBase=GRADLE_USER_HOME\nzipStorePath=wrapper/dists\n",
};

/** A techstack.yml, as an earlier version wrote it, naming `source` for `name`. */
const committed = (name: string, source: string) =>
  parse(`repo_name: acme/shop\nreport_id: 3f1c2a\nversion: 0.1\nrepo_type: private\ntimestamp: '2024-05-01T12:00:00+00:00'\nrequested_by: ''\nprovider: github\nbranch: main\ndetected_tools_count: 1\ntools:\n- name: ${name}\n  detection_source: ${source}\n`);

const sourceOf = async (files: Record<string, string>, name: string, previous?: ReturnType<typeof committed>) =>
  (await detect(new MemorySource(files), { git: false, ...(previous ? { previous } : {}) })).tools.find((t) => t.name === name)?.detection_source;

describe("a kept detection_source is one the site cites the tool from", () => {
  it("Gradle: the wrapper's properties, outside its cited_files, give way to a build script; a build script is kept", async () => {
    expect(await sourceOf(ANDROID, "Gradle")).toBe("app/build.gradle");
    expect(await sourceOf(ANDROID, "Gradle", committed("Gradle", "gradle/wrapper/gradle-wrapper.properties"))).toBe("app/build.gradle");
    // A file its cited_files match stays, though another sorts first: a second such file is no move.
    expect(await sourceOf(ANDROID, "Gradle", committed("Gradle", "gradlew"))).toBe("gradlew");
  });

  it("TypeScript: a package.json gives way to the language bar once it counts TypeScript", async () => {
    const web = { "package.json": JSON.stringify({ name: "web", private: true, devDependencies: { typescript: "^5.4.5" } }, null, 2), "tsconfig.json": '{\n  "compilerOptions": { "strict": true }\n}\n', "src/index.ts": "export function total(prices: number[]): number {\n  return prices.reduce((sum, price) => sum + price, 0);\n}\n" };
    expect(await sourceOf(web, "TypeScript")).toBe("Repo Metadata");
    expect(await sourceOf(web, "TypeScript", committed("TypeScript", "package.json"))).toBe("Repo Metadata");
    // Without the .ts files the bar counts none: the committed package.json is kept as before.
    const { "src/index.ts": _ts, ...plain } = web;
    expect(await sourceOf({ ...plain, "tsconfig.json": web["tsconfig.json"] }, "TypeScript", committed("TypeScript", "package.json"))).toBe("package.json");
  });
});
