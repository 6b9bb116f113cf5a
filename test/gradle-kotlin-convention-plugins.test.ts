import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { expectFinishesWithin } from "./work-budget.js";

// A multi-project build whose modules apply Kotlin through a precompiled convention plugin of an
// included build-logic build (or buildSrc) are Kotlin modules: their `application` or `java`
// plugin sets the JVM they target, not their language, so no Java without .java sources.

const build = (extra: Record<string, string> = {}) =>
  new MemorySource({
    "settings.gradle.kts": 'pluginManagement { includeBuild("build-logic") }\nrootProject.name = "acme"\ninclude(":app")\n',
    "build-logic/settings.gradle.kts": 'rootProject.name = "build-logic"\n',
    "build-logic/build.gradle.kts": 'plugins { `kotlin-dsl` }\ndependencies { implementation("org.jetbrains.kotlin:kotlin-gradle-plugin:2.0.21") }\n',
    "build-logic/src/main/kotlin/acme.kotlin-conventions.gradle.kts": 'plugins { id("org.jetbrains.kotlin.jvm") }\nkotlin { jvmToolchain(21) }\n',
    "app/build.gradle.kts": 'plugins {\n    id("acme.kotlin-conventions")\n    application\n}\n',
    "app/src/main/kotlin/Main.kt": "fun main() {}\n",
    ...extra,
  });

const names = async (source: MemorySource) => (await scan(source, { git: false })).document.tools.map((t) => t.name);

describe("Kotlin applied by a convention plugin", () => {
  it("a module applying a Kotlin convention plugin and `application` names no Java", async () => {
    const found = await names(build());
    expect(found).toContain("Kotlin");
    expect(found).not.toContain("Java");
  });

  it("the plugin's id takes the package its script declares", async () => {
    const found = await names(
      build({
        "build-logic/src/main/kotlin/acme.kotlin-conventions.gradle.kts": "",
        "buildSrc/src/main/kotlin/com/acme/kotlin-jvm.gradle.kts": 'package com.acme\n\nplugins { kotlin("jvm") }\n',
        "app/build.gradle.kts": 'plugins {\n    id("com.acme.kotlin-jvm")\n    application\n}\n',
      }),
    );
    expect(found).not.toContain("Java");
    expect(found).toContain("Kotlin");
  });

  it("Java sources in the module, or a convention plugin that applies no Kotlin, still name Java", async () => {
    expect(await names(build({ "app/src/main/java/App.java": "class App {}\n" }))).toContain("Java");
    expect(await names(build({ "build-logic/src/main/kotlin/acme.kotlin-conventions.gradle.kts": "plugins { java }\n" }))).toContain("Java");
  });

  it("a convention script of many blank lines is read in linear time (it took 50 s)", async () => {
    const script = 'plugins { id("org.jetbrains.kotlin.jvm") }\n' + "\n".repeat(300_000) + "x\n";
    const found = await expectFinishesWithin(() => names(build({ "build-logic/src/main/kotlin/acme.kotlin-conventions.gradle.kts": script })), 100);
    expect(found).not.toContain("Java");
  });
});
