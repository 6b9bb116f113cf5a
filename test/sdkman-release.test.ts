import { describe, expect, it } from "vitest";
import { dockerDetector } from "../detectors/docker/index.js";
import { toolVersionsDetector } from "../detectors/tool-versions/index.js";
import { sdkmanRelease } from "../detectors/tool-versions/sdkman-release.js";
import { byFile, detectorFindings } from "./detector-findings.js";

// SDKMAN! identifiers as `sdk list` shows them: a JDK by vendor (`-tem`, `-zulu`), with JavaFX
// bundled (`.fx-`), an early-access build (`.ea.`), GraalVM and Mandrel builds numbered as GraalVM
// with the JDK after `.r`, and other candidates by their plain release.
describe("sdkmanRelease", () => {
  // [candidate, identifier, release]
  const cases: Record<string, Array<[string, string, string | undefined]>> = {
    "reads the release before the vendor, JavaFX or early-access part of a JDK identifier": [
      ["java", "21.0.2-tem", "21.0.2"],
      ["java", "17.0.10.fx-zulu", "17.0.10"],
      ["java", "8.0.402.fx-librca", "8.0.402"],
      ["java", "23.ea.6-open", "23.0.0"],
    ],
    // GraalVM for JDK 17 and later is numbered as its JDK; a candidate that is no JDK keeps its number.
    "gives a GraalVM, Liberica NIK or Mandrel build numbered as GraalVM the JDK after `.r`, for Java only": [
      ["java", "22.3.r11-grl", "11.0.0"],
      ["java", "22.3.5.r17-nik", "17.0.0"],
      ["java", "23.1.2.r21-mandrel", "21.0.0"],
      ["java", "21.0.2-graalce", "21.0.2"],
      ["visualvm", "2.1.7", "2.1.7"],
    ],
    "pads a bare major, keeps a release of one or two numbers, and reads a pre-release's number": [
      ["java", "17", "17.0.0"],
      ["gradle", "8.5", "8.5"],
      ["maven", "3.9.6", "3.9.6"],
      ["gradle", "8.6-rc-1", "8.6"],
      ["mvnd", "1.0-m8-m39", "1.0"],
    ],
    "gives no release for a variable, even one whose name holds a number, for `latest` or a local build's name": [
      ["java", "${JAVA_VERSION}", undefined],
      ["java", "${JDK17_VERSION}", undefined],
      ["java", "latest", undefined],
      ["java", "jdk-local", undefined],
    ],
  };
  for (const [title, rows] of Object.entries(cases)) {
    it(title, () => {
      expect(rows.map(([candidate, identifier]) => sdkmanRelease(candidate, identifier))).toEqual(rows.map((row) => row[2]));
    });
  }
});

describe("SDKMAN! pins through the detectors", () => {
  it(".sdkmanrc as `sdk env init` writes it, each pin at its line, comments and blank lines skipped", async () => {
    const sdkmanrc = [
      "# Enable auto-env through the sdkman_auto_env config",
      "# Add key=value pairs of SDKs to use below",
      "java=17.0.10.fx-zulu",
      "",
      "#java=22.3.r17-grl",
      "gradle=8.5",
      "mvnd=1.0-m8-m39",
      "",
    ].join("\n");
    const { findings, warnings } = await detectorFindings(toolVersionsDetector, { ".sdkmanrc": sdkmanrc });
    expect(byFile(findings)).toEqual({
      ".sdkmanrc": ["version-manager:java@3 ->17.0.10", "version-manager:gradle@6 ->8.5", "version-manager:mvnd@7 ->1.0"],
    });
    expect(warnings).toEqual([]);
  });

  it("a Dockerfile's `sdk install` reads the identifier as .sdkmanrc does; a variable named with a number gives none, nor does `sdk default`, `sdk env install` or another program's install", async () => {
    const dockerfile = [
      "FROM ubuntu:22.04",
      "ARG JDK17_VERSION",
      "RUN apt-get update && apt-get install -y curl zip unzip python3-pip && pip3 install awscli",
      'RUN curl -s "https://get.sdkman.io" | bash \\',
      '    && bash -c "source $HOME/.sdkman/bin/sdkman-init.sh && sdk install java ${JDK17_VERSION} && sdk install java 22.3.5.r17-nik && sdk install gradle \\"8.5\\""',
      "COPY .sdkmanrc .",
      'RUN bash -c "source $HOME/.sdkman/bin/sdkman-init.sh && sdk env install && sdk default java 22.3.5.r17-nik"',
      "",
    ].join("\n");
    const { findings } = await detectorFindings(dockerDetector, { Dockerfile: dockerfile });
    expect(byFile(findings).Dockerfile!.filter((f) => f.startsWith("version-manager:"))).toEqual([
      "version-manager:gradle@4 ->8.5",
      "version-manager:java@4",
      "version-manager:java@4 ->17.0.0",
    ]);
  });
});
