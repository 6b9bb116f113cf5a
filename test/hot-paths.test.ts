import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldersHolding, replaceBlockComments } from "../src/kit.js";
import { readBuildScript } from "../detectors/gradle/build-script.js";
import { readTerraform } from "../detectors/infra/terraform.js";
import { PatternIndex } from "../src/scan/select.js";
import { MemorySource, REPO_METADATA, builtinCatalog, scan } from "../src/index.js";
import { expectFinishesWithin } from "./work-budget.js";

// The work done for every listed path, made cheaper: each shortcut gives the answers of the
// plain form it replaced.

describe("folders holding files", () => {
  it("a folder is in the set exactly when some file lies below it, the root when there is any file", () => {
    const part = fc.constantFrom("a", "b", "src", "main", "java", "x.java", "A.java", "");
    const path = fc.array(part, { minLength: 1, maxLength: 5 }).map((parts) => parts.join("/"));
    fc.assert(
      fc.property(fc.array(path, { maxLength: 12 }), path, (files, probe) => {
        const dir = probe.replace(/\/[^/]*$/, "");
        const held = foldersHolding(files);
        expect(held.has(dir)).toBe(files.some((p) => !dir || p.startsWith(`${dir}/`)));
        expect(held.has("")).toBe(files.length > 0);
      }),
      { seed: 3, numRuns: 3000 },
    );
  });

  it("a Maven module is Java by its .java sources, found among many modules", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) {
      files[`svc-${i}/pom.xml`] = `<project><groupId>g</groupId><artifactId>svc-${i}</artifactId><version>1</version></project>`;
      if (i % 2 === 0) for (let j = 0; j < 20; j++) files[`svc-${i}/src/main/java/p/C${j}.java`] = "";
    }
    files["front/pom.xml"] = "<project><groupId>g</groupId><artifactId>front</artifactId><version>1</version></project>";
    const { document } = await scan(new MemorySource(files), { git: false });
    const java = document.tools.find((t) => t.name === "Java");
    // Cited as the language bar (catalog/overrides.yml), the .java sources being counted.
    expect(java?.detection_source).toBe("Repo Metadata");
  });
});

describe("catalog ids", () => {
  it("are the ids of the tools a key reveals, as matching the tools gives them", () => {
    const catalog = builtinCatalog();
    let revealing = 0;
    for (const kind of ["npm", "filename", "extension", "repo-marker", "manifest-language", "docker", "pypi"]) {
      for (const key of [...catalog.entries(kind).keys()].slice(0, 300).concat(["", "no-such-key", "Package.JSON"])) {
        expect(catalog.ids(kind, key), `${kind} ${key}`).toEqual(catalog.match(kind, key).map((t) => t.id));
        if (catalog.ids(kind, key).length > 0) revealing++;
      }
    }
    // Keys that reveal tools were compared, not only empty answers.
    expect(revealing).toBeGreaterThan(1000);
  });
});

describe("the path pattern index's quick tests", () => {
  it("literal runs holding characters a regular expression reads as operators still find their globs", () => {
    const patterns = ["*.conf.js", "a^b*", "x$y*", "c|d*", "/e.f*", "**/g.h/*.txt", "w\\+*"];
    const index = new PatternIndex();
    patterns.forEach((p, i) => index.add(p, i));
    expect(index.match("wdio.conf.js")).toEqual([0]);
    expect(index.match("wdio.confxjs")).toEqual([]);
    expect(index.match("a^b.json")).toEqual([1]);
    expect(index.match("ab.json")).toEqual([]);
    expect(index.match("dir/x$y.txt")).toEqual([2]);
    expect(index.match("c|d")).toEqual([3]);
    expect(index.match("e.f.yml")).toEqual([4]);
    expect(index.match("exf.yml")).toEqual([]);
    expect(index.match("a/g.h/b.txt")).toEqual([5]);
    expect(index.match("a/gxh/b.txt")).toEqual([]);
    expect(index.match("README.md")).toEqual([]);
  });
});

describe("languages: the per-path tests written without regular expressions", () => {
  const names = async (files: Record<string, string>) => {
    const { document } = await scan(new MemorySource(files), { git: false });
    return document.tools.filter((t) => t.detection_source === REPO_METADATA).map((t) => t.name).sort();
  };

  it("a source map beside a script or stylesheet of any letter case marks it compiled", async () => {
    expect(await names({ "src/app.ts": "", "web/app.JS": "", "web/app.JS.map": "" })).toEqual(["TypeScript"]);
    expect(await names({ "src/app.ts": "", "web/app.Js": "" })).toEqual(["JavaScript", "TypeScript"]);
    expect(await names({ "web/site.CsS": "", "web/site.CsS.map": "" })).toEqual([]);
    expect(await names({ "web/site.CsS": "" })).toEqual(["CSS 3"]);
    // Only the same name with `.map` added counts.
    expect(await names({ "src/app.ts": "", "web/app.js": "", "web/app.map": "" })).toEqual(["JavaScript", "TypeScript"]);
  });

  it("a header beside an Objective-C++ file of the same name is Objective-C, other headers C", async () => {
    expect(await names({ "ios/App/AppDelegate.mm": "", "ios/App/AppDelegate.h": "" })).toEqual(["Objective-C"]);
    expect(await names({ "ios/App/AppDelegate.mm": "", "ios/App/Other.h": "", "ios/App/x.c": "" })).toEqual(["C lang", "Objective-C"]);
  });
});

describe("block comments are replaced in one pass", () => {
  const byRegex = (text: string, f: (m: string) => string) => text.replace(/\/\*[\s\S]*?\*\//g, f);
  it("as the lazy pattern does, on any mix of openers, closers and text", () => {
    const piece = fc.constantFrom("/*", "*/", "/", "*", "a", "\n", " ", "/**/", "*/*");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join("")), (text) => {
        const blank = (m: string) => m.replace(/[^\n]/g, " ");
        expect(replaceBlockComments(text, blank)).toBe(byRegex(text, blank));
        expect(replaceBlockComments(text, () => "")).toBe(byRegex(text, () => ""));
      }),
      { numRuns: 2000, seed: 21 },
    );
  });

  it("a build script or Terraform file full of unclosed comments is still read (the pattern took their square)", () => {
    const opened = "/*x\n".repeat(200_000);
    // An opener nothing closes is no comment (as for the pattern): the lines after it are read.
    expect(readBuildScript(opened + 'dependencies {\n  implementation "com.google.guava:guava:33.0.0-jre"\n}\n').dependencies).toMatchObject([{ name: "guava" }]);
    expect(readBuildScript('dependencies {\n  implementation "com.google.guava:guava:33.0.0-jre" /* pinned */\n}\n' + opened).dependencies).toMatchObject([{ group: "com.google.guava", name: "guava", version: "33.0.0-jre" }]);
    expect(readTerraform('terraform {\n  required_version = ">= 1.6"\n}\n' + opened).requiredVersion).toBe(">= 1.6");
  });

  it("a Terraform file of thousands of resource headers closed only at its end is read in one pass (each body was read to the end)", () => {
    const nested = 'resource "aws_rds_cluster" "c" {\n  engine_mode = "provisioned"\n'.repeat(20_000) + "}\n".repeat(20_000);
    // Reading every body to the end took 25 s.
    const use = expectFinishesWithin(() => readTerraform(nested + 'resource "aws_db_instance" "last" {\n  engine = "postgres"\n}\n'), 10);
    expect(use.databases).toEqual(["rds-postgresql"]);
    expect(use.resources).toEqual(["aws_rds_cluster", "aws_db_instance"]);
  });
});
