import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { gradleDetector } from "../detectors/gradle/index.js";
import { detectorFindings } from "./detector-findings.js";

// A repository can hold several Gradle builds side by side (a service and its sample, a guide's
// `initial/` and `complete/`), each with its own settings file. A build's Spring Boot release, from
// its root's `apply false` plugin line or its buildSrc's plugin dependency, versions its own
// starters, not those of the build beside it.
const versions = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false, disable: ["languages"] });
  return Object.fromEntries(document.tools.filter((t) => t.name.startsWith("org.springframework.boot:")).map((t) => [t.name.slice(t.name.lastIndexOf(":") + 1), t.version]));
};
const app = (starter: string) =>
  `plugins {\n    id("org.springframework.boot")\n    java\n}\ndependencies {\n    implementation("org.springframework.boot:spring-boot-starter-${starter}")\n}\n`;

describe("two Gradle builds in one repository", () => {
  it("each build's Spring Boot release versions its own starters", async () => {
    const files = {
      "svc/settings.gradle.kts": 'rootProject.name = "svc"\ninclude("app")\n',
      "svc/build.gradle.kts": 'plugins {\n    id("org.springframework.boot") version "3.2.2" apply false\n}\n',
      "svc/app/build.gradle.kts": app("data-jpa"),
      "legacy/settings.gradle.kts": 'rootProject.name = "legacy"\ninclude("app")\n',
      "legacy/buildSrc/build.gradle.kts": 'plugins {\n    `kotlin-dsl`\n}\ndependencies {\n    implementation("org.springframework.boot:spring-boot-gradle-plugin:3.1.5")\n}\n',
      "legacy/app/build.gradle.kts": app("web"),
    };
    expect(await versions(files)).toEqual({ "spring-boot-starter-data-jpa": "3.2.2", "spring-boot-starter-web": "3.1.5" });
  });

  it("a single build still takes the release wherever its build declares it", async () => {
    const files = {
      "settings.gradle.kts": 'include("app")\n',
      "build.gradle.kts": 'plugins {\n    id("org.springframework.boot") version "3.2.2" apply false\n}\n',
      "buildSrc/build.gradle.kts": 'plugins {\n    `kotlin-dsl`\n}\n',
      "app/build.gradle.kts": app("web"),
    };
    expect(await versions(files)).toEqual({ "spring-boot-starter-web": "3.2.2" });
  });
});

// Each build reads its own gradle.properties and its own gradle/libs.versions.toml: a sample
// build pinned to older releases beside the main one, as library repositories keep them.
describe("two Gradle builds in one repository: properties and catalogs", () => {
  const okhttp = async (files: Record<string, string>) => {
    const { findings } = await detectorFindings(gradleDetector, files);
    return findings.filter((f) => f.ref.startsWith("maven:com.squareup.")).map((f) => `${f.file} ${f.ref.slice(f.ref.lastIndexOf(":") + 1)} ${f.version}`);
  };
  const tree = {
    "settings.gradle.kts": 'rootProject.name = "client"\ninclude(":core")\n',
    "gradle.properties": "org.gradle.jvmargs=-Xmx2g\nokhttpVersion=4.12.0\n",
    "gradle/libs.versions.toml": '[versions]\nretrofit = "2.11.0"\n\n[libraries]\nretrofit = { module = "com.squareup.retrofit2:retrofit", version.ref = "retrofit" }\n',
    "core/build.gradle.kts": 'plugins {\n    `java-library`\n}\ndependencies {\n    api(libs.retrofit)\n    implementation("com.squareup.okhttp3:okhttp:${property("okhttpVersion")}")\n    implementation("com.squareup.okhttp3:logging-interceptor:$okhttpVersion")\n}\n',
    "samples/android-legacy/settings.gradle": "rootProject.name = 'android-legacy'\ninclude ':app'\n",
    "samples/android-legacy/gradle.properties": "android.useAndroidX=true\nokhttpVersion=3.14.9\n",
    "samples/android-legacy/gradle/libs.versions.toml": '[versions]\nretrofit = "2.9.0"\n\n[libraries]\nretrofit = { module = "com.squareup.retrofit2:retrofit", version.ref = "retrofit" }\n',
    "samples/android-legacy/app/build.gradle": "dependencies {\n    implementation libs.retrofit\n    implementation \"com.squareup.okhttp3:logging-interceptor:$okhttpVersion\"\n}\n",
  };

  it("versions each build's dependencies from its own gradle.properties and catalog", async () => {
    expect(await okhttp(tree)).toEqual([
      "core/build.gradle.kts retrofit 2.11.0",
      "core/build.gradle.kts okhttp 4.12.0",
      "core/build.gradle.kts logging-interceptor 4.12.0",
      "samples/android-legacy/app/build.gradle retrofit 2.9.0",
      "samples/android-legacy/app/build.gradle logging-interceptor 3.14.9",
    ]);
  });

  it("a build without a catalog or property of its own takes the tree's", async () => {
    const { "samples/android-legacy/gradle.properties": _p, "samples/android-legacy/gradle/libs.versions.toml": _c, ...files } = tree;
    expect(await okhttp(files)).toEqual([
      "core/build.gradle.kts retrofit 2.11.0",
      "core/build.gradle.kts okhttp 4.12.0",
      "core/build.gradle.kts logging-interceptor 4.12.0",
      "samples/android-legacy/app/build.gradle retrofit 2.11.0",
      "samples/android-legacy/app/build.gradle logging-interceptor 4.12.0",
    ]);
  });
});
