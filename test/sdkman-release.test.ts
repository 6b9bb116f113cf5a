import { describe, expect, it } from "vitest";
import { dockerDetector } from "../detectors/docker/index.js";
import { toolVersionsDetector } from "../detectors/tool-versions/index.js";
import { sdkmanRelease } from "../detectors/tool-versions/sdkman-release.js";
import { byFile, detectorFindings } from "./detector-findings.js";

// SDKMAN! identifiers as `sdk list` shows them: a JDK by vendor (`-tem`, `-zulu`), with JavaFX
// bundled (`.fx-`), an early-access build (`.ea.`), GraalVM and Mandrel builds numbered as GraalVM
// with the JDK after `.r`, and other candidates by their plain release.
describe("sdkmanRelease", () => {
  it("reads the release before the vendor, JavaFX or early-access part of a JDK identifier", () => {
    expect(sdkmanRelease("java", "21.0.2-tem")).toBe("21.0.2");
    expect(sdkmanRelease("java", "17.0.10.fx-zulu")).toBe("17.0.10");
    expect(sdkmanRelease("java", "8.0.402.fx-librca")).toBe("8.0.402");
    expect(sdkmanRelease("java", "23.ea.6-open")).toBe("23.0.0");
  });

  it("gives a GraalVM, Liberica NIK or Mandrel build numbered as GraalVM the JDK after `.r`, for Java only", () => {
    expect(sdkmanRelease("java", "22.3.r11-grl")).toBe("11.0.0");
    expect(sdkmanRelease("java", "22.3.5.r17-nik")).toBe("17.0.0");
    expect(sdkmanRelease("java", "23.1.2.r21-mandrel")).toBe("21.0.0");
    // GraalVM for JDK 17 and later is numbered as its JDK.
    expect(sdkmanRelease("java", "21.0.2-graalce")).toBe("21.0.2");
    // A candidate that is not a JDK keeps its own number.
    expect(sdkmanRelease("visualvm", "2.1.7")).toBe("2.1.7");
  });

  it("pads a bare major, keeps a release of one or two numbers, and reads a pre-release's number", () => {
    expect(sdkmanRelease("java", "17")).toBe("17.0.0");
    expect(sdkmanRelease("gradle", "8.5")).toBe("8.5");
    expect(sdkmanRelease("maven", "3.9.6")).toBe("3.9.6");
    expect(sdkmanRelease("gradle", "8.6-rc-1")).toBe("8.6");
    expect(sdkmanRelease("mvnd", "1.0-m8-m39")).toBe("1.0");
  });

  it("gives no release for a variable, even one whose name holds a number, for `latest` or a local build's name", () => {
    expect(sdkmanRelease("java", "${JAVA_VERSION}")).toBeUndefined();
    expect(sdkmanRelease("java", "${JDK17_VERSION}")).toBeUndefined();
    expect(sdkmanRelease("java", "latest")).toBeUndefined();
    expect(sdkmanRelease("java", "jdk-local")).toBeUndefined();
  });
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
