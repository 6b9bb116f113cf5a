import { describe, expect, it } from "vitest";
import { rankTraits } from "../src/catalog/rank-traits.js";
import { pickBest, rankOrder } from "../src/document/rank.js";
import { namedSource, namedToolSource } from "../src/document/cited-source.js";
import type { AttributedFinding } from "../src/scan/run.js";

// src/document/rank.ts called alone, on the cases its mutation run left standing: the detection
// sources a registry's `cited_manifests` and a tool's `cited_files` name, the precision of image tags
// with two-digit numbers, a project pin without a release, the case of paths, and one file's
// readings of a release where another file holds a fuller one.

// As the built-in catalog has them: npm's package.json as peer manifests, Maven's pom.xml as cited
// manifests, image tags, runtime pins, Go's major paths, Compose's variants.
const traits = rankTraits({
  peer: new Map([["npm", ["package.json"]]]),
  cited: new Map([["maven", ["pom.xml"]]]),
  variants: ["{docker-compose,compose}?*.{yml,yaml}"],
  tagged: new Set(["docker"]),
  pinning: new Set(["runtime", "engine", "version-manager"]),
  majorSuffixes: new Map([["go", "/v{n}"]]),
});

const at = (ref: string, file: string, more: Partial<AttributedFinding> = {}): AttributedFinding => ({ ref, file, detector: "test", ...more });
const best = (...found: AttributedFinding[]) => pickBest(found, { traits });
/** The whole order's first, which must be pickBest's. */
const first = (...found: AttributedFinding[]) => {
  const order = rankOrder(found, { traits });
  return found[[...found.keys()].sort(order)[0]!];
};

describe("namedSource: a registry's cited manifests", () => {
  const jackson = "maven:com.fasterxml.jackson.core:jackson-databind";
  it("names the first pom.xml by path that declares the package, wherever the release came from", () => {
    const locked = at(jackson, "service/gradle.lockfile", { version: "2.15.3" });
    // In list order service/, api/, web/: the first by path is api/pom.xml, not the last or the first listed.
    const found = [at(jackson, "service/pom.xml", { version: "2.15.3" }), at(jackson, "api/pom.xml"), at(jackson, "web/pom.xml")];
    expect(namedSource(found, found[0]!, { traits }).file).toBe("api/pom.xml");
    expect(namedSource([locked, ...found], found[2]!, { traits }).file).toBe("api/pom.xml");
  });

  it("leaves a source that is no cited manifest as it is, though a pom beside it declares the package", () => {
    const gradle = at(jackson, "build.gradle", { version: "2.15.3" });
    expect(namedSource([gradle, at(jackson, "api/pom.xml")], gradle, { traits }).file).toBe("build.gradle");
  });

  it("names no pom of another package", () => {
    const pom = at(jackson, "web/pom.xml", { version: "2.15.3" });
    expect(namedSource([at("maven:org.slf4j:slf4j-api", "api/pom.xml"), pom], pom, { traits }).file).toBe("web/pom.xml");
  });
});

describe("namedToolSource: a tool's cited files", () => {
  const gradle = ["gradlew", "*.gradle"];
  it("names the first finding by path whose file a glob matches, or the best when none does", () => {
    const wrapper = at("file:gradle/wrapper/gradle-wrapper.properties", "gradle/wrapper/gradle-wrapper.properties", { version: "8.5" });
    const found = [wrapper, at("file:gradlew", "gradlew"), at("file:settings.gradle", "settings.gradle"), at("file:build.gradle", "build.gradle")];
    expect(namedToolSource(found, wrapper, gradle).file).toBe("build.gradle");
    expect(namedToolSource([found[2]!, found[3]!, found[1]!], wrapper, gradle).file).toBe("build.gradle");
    expect(namedToolSource([wrapper], wrapper, gradle)).toBe(wrapper);
    expect(namedToolSource(found, wrapper, [])).toBe(wrapper);
    expect(namedToolSource(found, wrapper, undefined)).toBe(wrapper);
    // The globs' matcher is kept per list: a second list is its own.
    expect(namedToolSource(found, wrapper, ["gradlew"]).file).toBe("gradlew");
    expect(namedToolSource(found, wrapper, gradle).file).toBe("build.gradle");
  });
});

describe("the ranks on inputs their mutation run left standing", () => {
  it("3b. an image tag naming more of the release wins also when its numbers have two digits", () => {
    const short = at("docker:node", "docker-compose.yml", { version: "20.11", declared: "20.11" });
    const full = at("docker:node", "ops/docker-compose.yml", { version: "20.11.1", declared: "20.11.1" });
    expect(best(short, full)).toBe(full);
    const major = at("docker:postgres", "docker-compose.yml", { version: "16", declared: "16" });
    const minor = at("docker:postgres", "ops/docker-compose.yml", { version: "16.2", declared: "16.2-alpine" });
    expect(best(major, minor)).toBe(minor);
    expect(first(major, minor)).toBe(minor);
  });

  it("4. a project pin without a release (`lts/*`) is no pin: the shallower image decides", () => {
    const nvmrc = at("runtime:node", "web/.nvmrc", { declared: "lts/*" });
    const image = at("docker:node", "Dockerfile");
    expect(best(nvmrc, image)).toBe(image);
    expect(first(nvmrc, image)).toBe(image);
  });

  it("8. paths compare ignoring case as lower case does (`_` before letters), then capitals first", () => {
    const snake = at("npm:acme", "my_app/package.json");
    const plain = at("npm:acme", "myapp/package.json");
    expect(best(plain, snake)).toBe(snake);
    expect(first(plain, snake)).toBe(snake);
    const upper = at("npm:acme", "Web/package.json");
    const lower = at("npm:acme", "web/package.json");
    expect(best(lower, upper)).toBe(upper);
    expect(first(lower, upper)).toBe(upper);
  });

  it("5b. one file's reading is not weighed against a fuller one of another file", () => {
    // Two package.json files declare one release each (no lockfile): neither file extends its own
    // reading, so the path decides, not the fuller number of the other file.
    const root = at("npm:acme", "package.json", { version: "1.2", declared: "1.2" });
    const web = at("npm:acme", "web/package.json", { version: "1.2.3", declared: "1.2.3" });
    expect(best(web, root)).toBe(root);
    expect(first(web, root)).toBe(root);
  });
});
