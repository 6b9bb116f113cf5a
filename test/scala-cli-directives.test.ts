import { describe, expect, it } from "vitest";
import { jvmOtherDetector } from "../detectors/jvm-other/index.js";
import { byFile, detectorFindings } from "./detector-findings.js";

// A Scala CLI project declares its Scala version and dependencies in `//> using` directives, in
// project.scala (as `scala-cli setup-ide`/`export` keep them) or atop a single-file script.
describe("Scala CLI using directives", () => {
  it("project.scala's Scala version and dependencies, `::` adding the binary suffix", async () => {
    const project = [
      "//> using scala 3.3.1",
      "//> using dep com.lihaoyi::os-lib:0.9.3",
      '//> using dep "org.http4s::http4s-ember-server:0.23.25"',
      "//> using test.dep org.scalameta::munit::1.0.0-M10",
      "//> using options -Wunused:all",
      "",
    ].join("\n");
    const { findings, warnings } = await detectorFindings(jvmOtherDetector, { "project.scala": project, "src/Main.scala": "//> using dep com.example::ignored:1.0\n@main def hi() = ()\n" });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      "project.scala": [
        "runtime:scala@1 ->3.3.1",
        "maven:com.lihaoyi:os-lib_3@2 ->0.9.3 direct",
        "maven:org.http4s:http4s-ember-server_3@3 ->0.23.25 direct",
        "maven:org.scalameta:munit_3@4 ->1.0.0-M10 direct dev",
      ],
    });
  });

  it("a root script: several deps a line, Scala 2 suffixes, plain Java coordinates; no directive, no finding", async () => {
    const script = '//> using scala "2.13.12"\n//> using deps "com.typesafe.akka::akka-actor-typed:2.6.20" org.postgresql:postgresql:42.7.1\nobject Server extends App\n';
    const { findings } = await detectorFindings(jvmOtherDetector, { "server.scala": script, "Plain.scala": "object Plain\n" });
    expect(byFile(findings)).toEqual({
      "server.scala": ["runtime:scala@1 ->2.13.12", "maven:com.typesafe.akka:akka-actor-typed_2.13@2 ->2.6.20 direct", "maven:org.postgresql:postgresql@2 ->42.7.1 direct"],
    });
  });
});

describe("Kotlin scripts", () => {
  it("a .main.kts script's @file:DependsOn coordinates are Maven dependencies", async () => {
    const script = '#!/usr/bin/env kotlin\n@file:Repository("https://repo.maven.apache.org/maven2/")\n@file:DependsOn("com.squareup.okhttp3:okhttp:4.12.0")\n@file:DependsOn("io.ktor:ktor-server-netty:2.3.7", "io.ktor:ktor-server-core:2.3.7")\n\nprintln("hi")\n';
    const { findings, warnings } = await detectorFindings(jvmOtherDetector, { "scripts/fetch.main.kts": script, "build.gradle.kts": '@file:DependsOn("not:read:1.0")\n' });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      "scripts/fetch.main.kts": [
        "maven:com.squareup.okhttp3:okhttp@3 ->4.12.0 direct",
        "maven:io.ktor:ktor-server-core@4 ->2.3.7 direct",
        "maven:io.ktor:ktor-server-netty@4 ->2.3.7 direct",
      ],
    });
  });
});
