import { describe, expect, it } from "vitest";
import { NO_RANK_TRAITS, rankTraits } from "../src/catalog/rank-traits.js";
import { anyGlob } from "../src/kit.js";
import type { AttributedFinding } from "../src/scan/run.js";

// rankTraits called on the catalog data it is made of, trait by trait.

const finding = (ref: string, file: string) => ({ ref, file }) as AttributedFinding;

const traits = rankTraits({
  peer: new Map([["npm", ["package.json"]]]),
  cited: new Map([["maven", ["pom.xml"]], ["gradle", ["build.gradle", "build.gradle.kts"]]]),
  variants: ["docker-compose.*.yml", "compose.*.yaml"],
  tagged: new Set(["docker"]),
  pinning: new Set(["runtime", "engine"]),
  majorSuffixes: new Map([["go", "/v{n}"]]),
  typingsPrefixes: new Map([["npm", "@types/"]]),
});

describe("rankTraits", () => {
  it("peer and cited manifests: the finding's registry and its file's base name", () => {
    expect(traits.peerManifest(finding("npm:react", "web/package.json"))).toBe(true);
    expect(traits.peerManifest(finding("npm:react", "package.json"))).toBe(true);
    expect(traits.peerManifest(finding("npm:react", "web/package-lock.json"))).toBe(false);
    expect(traits.peerManifest(finding("pypi:react", "web/package.json"))).toBe(false);
    expect(traits.peerManifest(finding("npmx:react", "package.json"))).toBe(false);
    expect(traits.citedManifest(finding("maven:org.acme:core", "core/pom.xml"))).toBe(true);
    expect(traits.citedManifest(finding("gradle:org.acme:core", "app/build.gradle.kts"))).toBe(true);
    expect(traits.citedManifest(finding("gradle:org.acme:core", "app/settings.gradle"))).toBe(false);
    expect(traits.citedManifest(finding("npm:react", "pom.xml"))).toBe(false);
  });

  it("variant files, in any case; image tags and project pins by the finding's kind", () => {
    expect(traits.variantFile("docker-compose.dev.yml")).toBe(true);
    expect(traits.variantFile("Docker-Compose.Dev.yml")).toBe(true);
    expect(traits.variantFile("docker-compose.yml")).toBe(false);
    expect(traits.tagRelease(finding("docker:postgres", "docker-compose.yml"))).toBe(true);
    expect(traits.tagRelease(finding("dockerfile:postgres", "Dockerfile"))).toBe(false);
    expect(traits.tagRelease(finding("npm:docker", "package.json"))).toBe(false);
    expect(traits.projectPin(finding("engine:node", "package.json"))).toBe(true);
    expect(traits.projectPin(finding("runtime:python", ".python-version"))).toBe(true);
    expect(traits.projectPin(finding("pypi:runtime", "requirements.txt"))).toBe(false);
  });

  it("a major suffix cut from its registry's refs only, and typings only under their registry's prefix", () => {
    expect(traits.majorless("go:github.com/jackc/pgx/v5")).toBe("go:github.com/jackc/pgx");
    expect(traits.majorless("go:github.com/jackc/pgx")).toBe("go:github.com/jackc/pgx");
    expect(traits.majorless("npm:acme/v5")).toBe("npm:acme/v5");
    expect(traits.typings("npm:@types/node")).toBe(true);
    expect(traits.typings("npm:@typescript-eslint/parser")).toBe(false);
    expect(traits.typings("npm:node")).toBe(false);
    expect(traits.typings("jsr:@types/node")).toBe(false);
  });

  it("without suffixes or prefixes, refs stay as they are and nothing is typings", () => {
    const plain = rankTraits({ peer: new Map(), cited: new Map(), variants: [], tagged: new Set(), pinning: new Set() });
    expect(plain.majorless("go:github.com/jackc/pgx/v5")).toBe("go:github.com/jackc/pgx/v5");
    expect(plain.typings("npm:@types/node")).toBe(false);
    expect(plain.variantFile("docker-compose.dev.yml")).toBe(false);
    expect(plain.peerManifest(finding("npm:react", "package.json"))).toBe(false);
    expect(plain.tagRelease(finding("docker:postgres", "docker-compose.yml"))).toBe(false);
    const empty = rankTraits({ peer: new Map(), cited: new Map(), variants: [], tagged: new Set(), pinning: new Set(), majorSuffixes: new Map(), typingsPrefixes: new Map() });
    expect(empty.majorless("go:github.com/jackc/pgx/v5")).toBe("go:github.com/jackc/pgx/v5");
    expect(empty.typings("npm:@types/node")).toBe(false);
  });

  it("NO_RANK_TRAITS has none", () => {
    const f = finding("npm:@types/node", "package.json");
    expect([NO_RANK_TRAITS.peerManifest(f), NO_RANK_TRAITS.citedManifest(f), NO_RANK_TRAITS.variantFile("docker-compose.dev.yml"), NO_RANK_TRAITS.tagRelease(f), NO_RANK_TRAITS.projectPin(f), NO_RANK_TRAITS.typings(f.ref)]).toEqual([false, false, false, false, false, false]);
    expect(NO_RANK_TRAITS.majorless("go:github.com/jackc/pgx/v5")).toBe("go:github.com/jackc/pgx/v5");
  });
});

describe("anyGlob", () => {
  it("matches a path against any of its globs; no globs match nothing", () => {
    const cited = anyGlob(["docs/**/*.md", "README.md"]);
    expect(cited("docs/guide/intro.md")).toBe(true);
    expect(cited("README.md")).toBe(true);
    expect(cited("src/README.txt")).toBe(false);
    expect(anyGlob([])("README.md")).toBe(false);
  });
});
