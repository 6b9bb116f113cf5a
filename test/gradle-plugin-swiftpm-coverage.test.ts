import { describe, expect, it } from "vitest";
import { namedToolVersions } from "./helpers.js";

// Gradle plugin ids and Swift packages of the site's tools that the catalog did not key (audit a39s).
describe("gradle-plugin keys", () => {
  it("names the monitoring vendors' Android agent plugins, without the plugin's release", async () => {
    const files = {
      "settings.gradle.kts": `rootProject.name = "shop"\ninclude(":app")\n`,
      "build.gradle.kts": `plugins {
    id("com.android.application") version "8.5.2" apply false
    id("com.newrelic.agent.android") version "7.6.1" apply false
    id("com.datadoghq.dd-sdk-android-gradle-plugin") version "1.15.0" apply false
    id("com.dynatrace.instrumentation") version "8.295.1.1006"
    id("com.bugsnag.android.gradle") version "8.1.0" apply false
}
`,
      "app/build.gradle.kts": `plugins {
    id("com.android.application")
    id("com.newrelic.agent.android")
    id("com.datadoghq.dd-sdk-android-gradle-plugin")
    id("com.bugsnag.android.gradle")
}
`,
    };
    expect(await namedToolVersions(files, ["New Relic", "Datadog", "Dynatrace", "Bugsnag"])).toEqual({
      "New Relic": "-", Datadog: "-", Dynatrace: "-", Bugsnag: "-",
    });
  });

  it("names AppDynamics and New Relic from apply plugin lines", async () => {
    const files = {
      "build.gradle": `buildscript {
    dependencies {
        classpath "com.android.tools.build:gradle:7.4.2"
    }
}
`,
      "app/build.gradle": `apply plugin: 'com.android.application'
apply plugin: 'newrelic'

android { compileSdkVersion 33 }

apply plugin: 'adeum'
`,
    };
    expect(await namedToolVersions(files, ["AppDynamics", "New Relic"])).toEqual({ AppDynamics: "-", "New Relic": "-" });
  });

  it("names Kotlin from its other compiler plugins, with the compiler's release", async () => {
    const files = {
      "build.gradle.kts": `plugins {
    id("org.jetbrains.kotlin.plugin.power-assert") version "2.0.21"
    id("org.jetbrains.kotlin.plugin.lombok") version "2.0.21"
}
`,
    };
    expect(await namedToolVersions(files, ["Kotlin", "Lombok"])).toEqual({ Kotlin: "2.0.21", Lombok: "-" });
  });

  it("names Lombok from the FreeFair plugin and Spring Cloud from the Contract plugin, without their releases", async () => {
    const files = {
      "build.gradle": `plugins {
    id 'java'
    id 'io.freefair.lombok' version '8.10'
    id 'org.springframework.cloud.contract' version '4.1.4'
}
`,
    };
    expect(await namedToolVersions(files, ["Lombok", "Spring Cloud"])).toEqual({ Lombok: "-", "Spring Cloud": "-" });
  });

  it("names Android and Sentry from their other plugin ids", async () => {
    const files = {
      "shared/build.gradle.kts": `plugins {
    id("com.android.kotlin.multiplatform.library") version "8.8.0"
    id("io.sentry.kotlin.multiplatform.gradle") version "0.10.0"
}
`,
    };
    expect(await namedToolVersions(files, ["Android SDK", "Sentry"])).toEqual({ "Android SDK": "-", Sentry: "-" });
  });

  it("does not take a plugin's own release for GraalVM, JavaFX or JFrog Artifactory", async () => {
    const files = {
      "build.gradle": `plugins {
    id 'application'
    id 'org.openjfx.javafxplugin' version '0.1.0'
    id 'org.graalvm.buildtools.native' version '0.10.3'
    id 'com.jfrog.artifactory' version '5.2.5'
}
`,
    };
    expect(await namedToolVersions(files, ["GraalVM", "JavaFX", "JFrog Artifactory"])).toEqual({
      GraalVM: "-", JavaFX: "-", "JFrog Artifactory": "-",
    });
  });

  it("names Google App Engine from the app.yaml flavour of its plugin", async () => {
    const files = { "build.gradle": `plugins {\n    id 'java'\n    id 'com.google.cloud.tools.appengine-appyaml' version '2.8.0'\n}\n` };
    expect(await namedToolVersions(files, ["Google App Engine"])).toEqual({ "Google App Engine": "-" });
  });
});

describe("swiftpm keys", () => {
  it("names the SaaS SDKs a Package.swift depends on", async () => {
    const files = {
      "Package.swift": `// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "ShopKit",
    platforms: [.iOS(.v15)],
    dependencies: [
        .package(url: "https://github.com/segmentio/analytics-ios.git", from: "4.1.8"),
        .package(url: "https://github.com/Appboy/appboy-ios-sdk", from: "4.7.0"),
        .package(url: "https://github.com/heap/heap-swift-core-sdk.git", from: "0.8.0"),
        .package(url: "https://github.com/zendesk/sdk_messaging_ios", from: "2.25.0"),
        .package(url: "https://github.com/honeycombio/honeycomb-opentelemetry-swift", from: "0.0.13"),
    ],
    targets: [
        .target(name: "ShopKit", dependencies: [
            .product(name: "Segment", package: "analytics-ios"),
            .product(name: "HeapSwiftCore", package: "heap-swift-core-sdk"),
        ]),
    ]
)
`,
    };
    expect(await namedToolVersions(files, ["Segment", "Braze", "Heap", "Zendesk", "Honeycomb"])).toEqual({
      Segment: "-", Braze: "-", Heap: "-", Zendesk: "-", Honeycomb: "-",
    });
  });

  it("names OpenTelemetry from a Package.resolved pin, without the SDK's release", async () => {
    const files = {
      "Package.swift": `// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Telemetry",
    dependencies: [
        .package(url: "https://github.com/open-telemetry/opentelemetry-swift", from: "1.12.0"),
        .package(url: "https://github.com/zendesk/support_sdk_ios", from: "8.0.0"),
    ],
    targets: [.target(name: "Telemetry")]
)
`,
      "Package.resolved": JSON.stringify({
        pins: [
          { identity: "opentelemetry-swift", kind: "remoteSourceControl", location: "https://github.com/open-telemetry/opentelemetry-swift", state: { revision: "4d5aee2b0ae7e8a4ac4e11e83bd1ae0f1c3b9c0e", version: "1.12.1" } },
          { identity: "support_sdk_ios", kind: "remoteSourceControl", location: "https://github.com/zendesk/support_sdk_ios", state: { revision: "0a6b8b7e06b6b9d3c1f7b2f8a8e0b3c1d9e7f6a5", version: "8.0.1" } },
        ],
        version: 2,
      }),
    };
    expect(await namedToolVersions(files, ["OpenTelemetry", "Zendesk"])).toEqual({ OpenTelemetry: "-", Zendesk: "-" });
  });
});
