import { describe, expect, it } from "vitest";
import { readBazelMaven, readMavenLock } from "../detectors/cpp/bazel-maven.js";

const coordinates = (text: string) => readBazelMaven(text).artifacts.map((a) => `${a.group}:${a.artifact} ${a.version ?? "-"}${a.dev ? " dev" : ""} @${a.line}`);

// rules_jvm_external's install calls and lockfiles read alone, in the shapes its README, its
// examples and `bazel run @maven//:pin` write them.
describe("rules_jvm_external's install calls, read as text", () => {
  it("coordinates with a packaging or classifier, single-quoted, spaced, a release that is a word, and strings that are no coordinate", () => {
    const install = [
      "maven.install(",
      '    name = "maven",',
      "    artifacts = [",
      "        'com.fasterxml.jackson.core:jackson-databind:2.16.1',",
      '        " org.slf4j:slf4j-api:2.0.11 ",',
      '        "io.grpc:grpc-core:jar:1.61.0",',
      '        "com.google.errorprone:error_prone_annotations:LATEST",',
      '        "guava",',
      '        "a:b:c:d:e:1.0",',
      '        "org.example:broken name:1.0",',
      '        "org.example:trailing:",',
      "    ],",
      '    fetch_sources = True,',
      '    repositories = ["https://repo1.maven.org/maven2", "https://maven.google.com"],',
      ")",
    ].join("\n");
    expect(coordinates(install)).toEqual([
      "com.fasterxml.jackson.core:jackson-databind 2.16.1 @4",
      "org.slf4j:slf4j-api 2.0.11 @5",
      "io.grpc:grpc-core 1.61.0 @6",
      "com.google.errorprone:error_prone_annotations - @7",
    ]);
  });

  it("a coordinate built from a constant, by + or %, names no release; a list given by a constant names nothing", () => {
    expect(coordinates('maven_install(\n    artifacts = [\n        "io.netty:netty-all:" + NETTY,\n        "io.netty:netty-codec:jar:%s"  % NETTY,\n        "io.netty:netty-common:%s",\n    ],\n)')).toEqual(["io.netty:netty-all - @3", "io.netty:netty-codec - @4"]);
    expect(coordinates('maven_install(artifacts = ARTIFACTS + ["io.netty:netty-all:4.1.106.Final"])')).toEqual([]);
  });

  it("an artifact() helper's own strings are its own; a list never closed is read to the call's end", () => {
    const text = 'maven_install(artifacts = [maven.artifact("g", "a", "1.0", exclusions = ["x.y:z"]), "org.ow2.asm:asm:9.6"], repositories = ["https://repo.example:8443"]';
    expect(coordinates(`${text})`)).toEqual(["org.ow2.asm:asm 9.6 @1"]);
    expect(coordinates('maven_install(artifacts = [\n  "org.ow2.asm:asm:9.6",\n  "org.ow2.asm:asm-tree:9.6"\n)')).toEqual(["org.ow2.asm:asm 9.6 @2", "org.ow2.asm:asm-tree 9.6 @3"]);
  });

  it("any extension's install, an artifact tag with a release or without, test-only where it says True, and tags naming no artifact", () => {
    const module = [
      'jvm = use_extension("@rules_jvm_external//:extensions.bzl", "maven")',
      'jvm.install(artifacts = ["org.jetbrains.kotlin:kotlin-stdlib:1.9.22"])',
      'jvm.artifact(group = "org.assertj", artifact = "assertj-core", version = "3.25.1", testonly = True)',
      'jvm.artifact(group = "org.junit.jupiter", artifact = "junit-jupiter-api", testonly = False)',
      'jvm.artifact(group = "org.example", artifact = "${name}", version = "1")',
      'jvm.artifact(group = "org example", artifact = "x", version = "1")',
      'jvm.artifact(artifact = "x", version = "1")',
      'jvm.artifact(group = "org.example", version = "1")',
    ].join("\n");
    expect(coordinates(module)).toEqual(["org.jetbrains.kotlin:kotlin-stdlib 1.9.22 @2", "org.assertj:assertj-core 3.25.1 dev @3", "org.junit.jupiter:junit-jupiter-api - @4"]);
  });

  it("the lockfile an install names, at the workspace's root or in a package, with either argument, in either quotes", () => {
    const lock = (argument: string) => readBazelMaven(`maven_install(artifacts = ["a:b:1"], ${argument})`).lockFiles;
    expect(lock('lock_file = "//:maven_install.json"')).toEqual(["maven_install.json"]);
    expect(lock("maven_install_json = '@//third_party/jvm:maven_install.json'")).toEqual(["third_party/jvm/maven_install.json"]);
    expect(lock('lock_file = "@maven//:maven_install.json"')).toEqual([]);
    expect(lock('lock_file = "//:maven_install.json\'')).toEqual([]);
  });

  it("an install call of hundreds of artifacts, past one ordinary call's length, is read whole", () => {
    const items = Array.from({ length: 600 }, (_, i) => `        "org.example.group${i}:artifact-${i}:1.${i}.0",`);
    const read = readBazelMaven(`maven.install(\n    artifacts = [\n${items.join("\n")}\n    ],\n)\n`).artifacts;
    expect(read.length).toBe(600);
    expect(read[599]).toEqual({ group: "org.example.group599", artifact: "artifact-599", version: "1.599.0", dev: false, line: 602 });
  });
});

describe("rules_jvm_external's lockfiles", () => {
  it("version 2's artifacts by group and artifact, a classifier's key and an entry without a release passed over", () => {
    const lock = {
      artifacts: {
        "com.google.guava:guava": { shasums: { jar: "4bf0e2c5" }, version: "33.0.0-jre" },
        "com.google.guava:guava:jar:sources": { shasums: { jar: "0c17d911" }, version: "0.0.0" },
        "org.checkerframework:checker-qual": { shasums: { jar: "a2a5" } },
        "io.perfmark:perfmark-api": "0.26.0",
      },
      dependencies: { "com.google.guava:guava": ["org.checkerframework:checker-qual"] },
      version: "2",
    };
    expect([...readMavenLock(lock)]).toEqual([["com.google.guava:guava", "33.0.0-jre"]]);
  });

  it("version 1's tree: a coordinate with its packaging read, one with a classifier too passed over, version 2's release first", () => {
    const v1 = {
      dependency_tree: {
        __AUTOGENERATED_FILE_DO_NOT_MODIFY_THIS_FILE_MANUALLY: 1,
        dependencies: [
          { coord: "org.ow2.asm:asm:jar:9.6", deps: [] },
          { coord: "com.google.guava:guava:32.1.3-jre" },
          { coord: "io.netty:netty-tcnative:jar:linux-x86_64:2.0.61.Final" },
          { coord: "org.ow2.asm:asm:9.5" },
          { coord: "junit" },
          "org.example:loose:1.0",
        ],
      },
      artifacts: { "com.google.guava:guava": { version: "33.0.0-jre" } },
    };
    expect([...readMavenLock(v1)]).toEqual([
      ["com.google.guava:guava", "33.0.0-jre"],
      ["org.ow2.asm:asm", "9.6"],
    ]);
    expect([...readMavenLock({ dependency_tree: { dependencies: { coord: "a:b:1" } } })]).toEqual([]);
    expect([...readMavenLock({ dependency_tree: [] })]).toEqual([]);
    expect([...readMavenLock(["a:b:1"])]).toEqual([]);
    expect([...readMavenLock({ artifacts: ["a:b"] })]).toEqual([]);
  });
});
