import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

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
