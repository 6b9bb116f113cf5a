/** A build's own code: buildSrc and included build-logic builds, where Android projects keep `Deps` constants. */
export const BUILD_SRC = ["buildSrc/src/**/*.{kt,groovy,java}", "build-logic/**/src/**/*.{kt,groovy,java}"];

/** The files the gradle detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
export const GRADLE_FILES = ["build.gradle", "build.gradle.kts", "*.gradle", "*.gradle.kts", "*.versions.toml", "gradle.properties", "gradle-wrapper.properties", "gradle.lockfile", "**/gradle/dependency-locks/*.lockfile", ...BUILD_SRC];
