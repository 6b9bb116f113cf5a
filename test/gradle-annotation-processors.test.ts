import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { isProcessorConfiguration } from "../detectors/gradle/build-script.js";
import type { ToolEntry } from "../src/index.js";
import { tool } from "./helpers.js";

// Maven coordinates are entries without a package_url: found by name.
const entry = (tools: readonly ToolEntry[], name: string) => tools.find((t) => t.name === name);

// A coordinate declared only in an annotation-processor configuration (annotationProcessor, kapt,
// ksp) is no dependency of the project: the site lists no package for it (4 stack files of 4
// owners), while it lists the coordinates beside it.
describe("Gradle annotation processors", () => {
  // Modelled on a Spring Boot service's build.gradle from Spring Initializr.
  const spring = [
    "plugins {",
    "    id 'java'",
    "    id 'org.springframework.boot' version '3.1.5'",
    "    id 'io.spring.dependency-management' version '1.1.3'",
    "}",
    "",
    "dependencies {",
    "    implementation 'org.springframework.boot:spring-boot-starter-web'",
    "    implementation 'org.springframework.boot:spring-boot-starter-data-jpa'",
    "    compileOnly 'org.projectlombok:lombok'",
    "    runtimeOnly 'mysql:mysql-connector-java'",
    "    annotationProcessor 'org.springframework.boot:spring-boot-configuration-processor'",
    "    annotationProcessor 'org.projectlombok:lombok'",
    "    testImplementation 'org.springframework.boot:spring-boot-starter-test'",
    "}",
    "",
  ].join("\n");
  // Modelled on an Android app's module script with Glide and its compiler.
  const android = [
    "plugins {",
    "    id 'com.android.application'",
    "}",
    "",
    "android {",
    "    namespace 'com.example.shop'",
    "    compileSdk 34",
    "}",
    "",
    "dependencies {",
    "    implementation 'com.squareup.retrofit2:retrofit:2.9.0'",
    "    implementation 'com.github.bumptech.glide:glide:4.13.2'",
    "    annotationProcessor 'com.github.bumptech.glide:compiler:4.13.2'",
    "    kapt 'com.google.dagger:dagger-compiler:2.48'",
    "    testImplementation 'junit:junit:4.13.2'",
    "}",
    "",
  ].join("\n");

  it("a coordinate only an annotation processor declares is no package entry; the others are", async () => {
    const { document } = await scan(new MemorySource({ "build.gradle": spring, "app/build.gradle": android }), { git: false });
    expect(entry(document.tools, "org.springframework.boot:spring-boot-configuration-processor")).toBeUndefined();
    expect(entry(document.tools, "com.github.bumptech.glide:compiler")).toBeUndefined();
    expect(entry(document.tools, "com.google.dagger:dagger-compiler")).toBeUndefined();
    expect(entry(document.tools, "org.springframework.boot:spring-boot-starter-web")?.detection_source).toBe("build.gradle");
    expect(entry(document.tools, "com.github.bumptech.glide:glide")?.version).toBe("4.13.2");
    // Lombok is also compileOnly: still listed.
    expect(entry(document.tools, "org.projectlombok:lombok")?.detection_source).toBe("build.gradle");
    expect(tool(document.tools, "Spring Framework")).toBeDefined();
  });

  it("the processor configurations and their variants, and none other", () => {
    for (const c of ["annotationProcessor", "testAnnotationProcessor", "androidTestAnnotationProcessor", "kapt", "kaptTest", "ksp", "kspAndroidTest", "apt"]) expect(isProcessorConfiguration(c), c).toBe(true);
    for (const c of ["implementation", "compileOnly", "api", "kotlinCompilerPluginClasspath", "testImplementation"]) expect(isProcessorConfiguration(c), c).toBe(false);
  });
});
