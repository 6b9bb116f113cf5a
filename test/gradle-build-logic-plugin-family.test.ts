import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Builds that apply Spring Boot through convention plugins put the Spring Boot Gradle plugin on
// the classpath of buildSrc (or an included build-logic) as an ordinary dependency; the projects
// then apply `id("org.springframework.boot")` without a version, and their starters declare none.

const app = [
  "plugins {",
  '    id("shop.spring-conventions")',
  "}",
  "dependencies {",
  '    implementation("org.springframework.boot:spring-boot-starter-web")',
  '    testImplementation("org.springframework.boot:spring-boot-starter-test")',
  "}",
].join("\n");
const convention = 'plugins {\n    id("org.springframework.boot")\n    id("io.spring.dependency-management")\n    java\n}\n';

const version = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return document.tools.find((t) => t.name === "org.springframework.boot:spring-boot-starter-web")?.version;
};

describe("the Spring Boot Gradle plugin as a dependency of the build's own build", () => {
  it("buildSrc/build.gradle.kts `implementation(...spring-boot-gradle-plugin:3.2.2)` versions the starters", async () => {
    expect(
      await version({
        "settings.gradle.kts": 'include(":app")\n',
        "buildSrc/build.gradle.kts": 'plugins {\n    `kotlin-dsl`\n}\nrepositories { gradlePluginPortal() }\ndependencies {\n    implementation("org.springframework.boot:spring-boot-gradle-plugin:3.2.2")\n    implementation("io.spring.gradle:dependency-management-plugin:1.1.4")\n}\n',
        "buildSrc/src/main/kotlin/shop.spring-conventions.gradle.kts": convention,
        "app/build.gradle.kts": app,
      }),
    ).toBe("3.2.2");
  });

  it("a Groovy build-logic build with the version in a variable", async () => {
    expect(
      await version({
        "settings.gradle": "includeBuild 'build-logic'\ninclude 'app'\n",
        "build-logic/build.gradle": "plugins {\n    id 'groovy-gradle-plugin'\n}\ndef springBootVersion = '3.1.8'\ndependencies {\n    implementation \"org.springframework.boot:spring-boot-gradle-plugin:${springBootVersion}\"\n}\n",
        "build-logic/src/main/groovy/shop.spring-conventions.gradle": "plugins {\n    id 'org.springframework.boot'\n}\n",
        "app/build.gradle.kts": app,
      }),
    ).toBe("3.1.8");
  });

  it("a constant of buildSrc code holding the plugin's coordinates", async () => {
    expect(
      await version({
        "buildSrc/build.gradle.kts": "dependencies {\n    implementation(Plugins.springBoot)\n}\n",
        "buildSrc/src/main/kotlin/Plugins.kt": 'object Versions {\n    const val springBoot = "3.2.5"\n}\nobject Plugins {\n    const val springBoot = "org.springframework.boot:spring-boot-gradle-plugin:${Versions.springBoot}"\n}\n',
        "app/build.gradle.kts": app,
      }),
    ).toBe("3.2.5");
  });

  it("an ordinary project's dependency on the plugin artifact (a plugin of its own) is not the build's Spring Boot", async () => {
    const { document } = await scan(
      new MemorySource({
        "plugin/build.gradle.kts": 'dependencies {\n    compileOnly("org.springframework.boot:spring-boot-gradle-plugin:2.7.18")\n}\n',
        "app/build.gradle.kts": app,
      }),
      { git: false },
    );
    const starter = document.tools.find((t) => t.name === "org.springframework.boot:spring-boot-starter-web");
    expect(starter).toBeDefined();
    expect(starter?.version).toBeUndefined();
  });
});
