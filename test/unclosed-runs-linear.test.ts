import { beforeAll, describe, expect, it } from "vitest";
import { ciDetector } from "../detectors/ci/index.js";
import { configManagementDetector } from "../detectors/config-management/index.js";
import { jvmOtherDetector } from "../detectors/jvm-other/index.js";
import { mobileDetector } from "../detectors/mobile/index.js";
import type { Detector } from "../src/types.js";
import { detectorFindings } from "./detector-findings.js";
import { expectFinishesWithin } from "./work-budget.js";

// Patterns that read on to the end of a long run from each place in it a match could start (an
// unclosed `@file:DependsOn(` or `<widget`, a run of `{(image:c`, of spaces or of `-`): each input
// here took from seconds to minutes. The entry written before the run is still read.

const cases: Array<{ what: string; detector: Detector; files: Record<string, string>; ref: string }> = [
  {
    what: "a Jenkinsfile's run of `{(image:c`",
    detector: ciDetector,
    files: { Jenkinsfile: `docker.image('postgres:16.2').inside { sh 'x' }\n'${"{(image:c".repeat(20_000)}"\n` },
    ref: "docker:postgres",
  },
  {
    what: "a Kotlin script's unclosed @file:DependsOn( lines",
    detector: jvmOtherDetector,
    files: { "build.main.kts": `@file:DependsOn("com.squareup.okhttp3:okhttp:4.12.0")\n${"@file:DependsOn(\n".repeat(20_000)}` },
    ref: "maven:com.squareup.okhttp3:okhttp",
  },
  {
    what: "a Puppetfile line's runs of spaces and `-`",
    detector: configManagementDetector,
    files: { Puppetfile: `mod 'puppetlabs/stdlib', '9.4.1'\nmod${" ".repeat(20_000)} "d${"--".repeat(20_000)}\n` },
    ref: "puppet-module:puppetlabs-stdlib",
  },
  {
    what: "build.sbt's `Seq(...)` before a run of spaces",
    detector: jvmOtherDetector,
    files: { "build.sbt": `libraryDependencies ++= Seq("com.typesafe.akka" %% "akka-actor-typed").map(_ % "2.8.5")\nval x = Seq()${" ".repeat(50_000)}.\n` },
    ref: "maven:com.typesafe.akka:akka-actor-typed",
  },
];

describe("long runs a pattern could start a match anywhere in", () => {
  // The catalog loaded and the readers compiled before any run is timed.
  beforeAll(async () => {
    for (const c of cases) await detectorFindings(c.detector, { [Object.keys(c.files)[0]!]: "x\n" });
  });
  for (const c of cases) {
    it(`${c.what}: read in linear time`, async () => {
      const { findings, warnings } = await expectFinishesWithin(() => detectorFindings(c.detector, c.files), 5, c.what);
      expect(warnings).toEqual([]);
      expect(findings.map((f) => f.ref)).toContain(c.ref);
    });
  }

  it("config.xml's unclosed `<widget` and `<plugin` tags: read in linear time", async () => {
    const cordova = '<widget id="a" xmlns="http://www.w3.org/ns/widgets">\n<plugin name="cordova-plugin-camera" />\n';
    const unclosed = { "config.xml": `${"<widget e".repeat(30_000)}` };
    const { findings, warnings } = await expectFinishesWithin(() => detectorFindings(mobileDetector, unclosed), 5, "unclosed <widget");
    expect(warnings).toEqual([]);
    expect(findings).toEqual([]);
    const openers = { "config.xml": `${cordova}${"me=<plugin ".repeat(30_000)}` };
    const read = await expectFinishesWithin(() => detectorFindings(mobileDetector, openers), 5, "unclosed <plugin");
    expect(read.findings.map((f) => f.ref)).toContain("hybrid-project:cordova");
  });
});
