import { describe, expect, it } from "vitest";
import { Catalog } from "../src/catalog/catalog.js";
import { packageName } from "../src/catalog/package-names.js";
import { catalogFileProblem } from "../src/catalog/check-file.js";
import { NO_RANK_TRAITS } from "../src/catalog/rank-traits.js";
import { namesTool, toolNames } from "../src/document/names.js";
import { namedSource } from "../src/document/cited-source.js";
import { builtinCatalog } from "../src/index.js";
import type { AttributedFinding } from "../src/scan/run.js";
import type { Finding } from "../src/types.js";
import { toolFromFindings } from "./helpers.js";

// The traits of files and kinds the ranks weigh come from catalog data (a registry's peer_manifests,
// cited_manifests and major_suffix, kinds.yml's variant-files, tag-release and project-pin): an
// ecosystem the engine never names gets them from data alone, and the built-in catalog gives npm,
// Maven, Go, Compose, images and runtime pins theirs.
const tools = [{ id: "acme", name: "Acme" }];
const matchers = { crate: { acme: "acme" } };

function source(catalog: Catalog, ...findings: Finding[]): string {
  const tool = toolFromFindings(catalog, "Acme", findings)!;
  return `${tool.version ?? "no version"} from ${tool.detection_source}`;
}

describe("file traits from catalog data", () => {
  it("a registry's peer_manifests: the first declaring file by path, not the shallowest or the pinned", () => {
    const root = { ref: "crate:acme", file: "Acme.toml", declared: "2.0.0", version: "2.0.0" };
    const member = { ref: "crate:acme", file: "a/b/Acme.toml", declared: "^1.0.0", version: "1.0.0" };
    const peers = new Catalog({ tools, matchers, registries: { crate: { peer_manifests: ["Acme.toml"] } } });
    expect(source(peers, root, member)).toBe("1.0.0 from a/b/Acme.toml");
    // Without the field, depth and the pin decide.
    expect(source(new Catalog({ tools, matchers }), root, member)).toBe("2.0.0 from Acme.toml");
  });

  it("a registry's cited_manifests: the first declaring file by path (ignoring case) is the source", () => {
    const best: AttributedFinding = { ref: "crate:acme", file: "r2dbc/build.acme", version: "1.1.15", detector: "t" };
    const found: AttributedFinding[] = [best, { ref: "crate:acme", file: "Async/build.acme", detector: "t" }, { ref: "crate:other", file: "a/build.acme", detector: "t" }];
    const cited = new Catalog({ tools, matchers, registries: { crate: { cited_manifests: ["build.acme"] } } });
    expect(namedSource(found, best, { traits: cited.rankTraits }).file).toBe("Async/build.acme");
    expect(namedSource(found, best, { traits: new Catalog({ tools, matchers }).rankTraits }).file).toBe("r2dbc/build.acme");
  });

  it("kinds' variant-files: of files at one depth, the default file before a variant that sorts first", () => {
    const variant = { ref: "crate:acme", file: "acme.dev.yml" };
    const main = { ref: "crate:acme", file: "acme.yml" };
    const variants = new Catalog({ tools, matchers, kinds: { "variant-files": ["acme.?*.yml"] } });
    expect(source(variants, variant, main)).toBe("no version from acme.yml");
    expect(source(new Catalog({ tools, matchers }), variant, main)).toBe("no version from acme.dev.yml");
  });

  it("kinds' tag-release and project-pin: an image tag's precision, a project's own runtime pin", () => {
    const fuller = { ref: "crate:acme", file: "a.yml", declared: "7.0.11-jammy", version: "7.0.11" };
    const shorter = { ref: "crate:acme", file: ".ci.yml", declared: "7.0", version: "7.0" };
    expect(source(new Catalog({ tools, matchers, kinds: { "tag-release": ["crate"] } }), fuller, shorter)).toBe("7.0.11 from a.yml");
    // Not a tag kind: neither declaration is one release written alone, and the path decides.
    expect(source(new Catalog({ tools, matchers }), fuller, shorter)).toBe("7.0 from .ci.yml");
    const pin = { ref: "pin:acme", file: "z/.acme-version", declared: "3.1", version: "3.1" };
    const image = { ref: "crate:acme", file: "Dockerfile", declared: "3.2", version: "3.2" };
    const both = { crate: { acme: "acme" }, pin: { acme: "acme" } };
    expect(source(new Catalog({ tools, matchers: both, kinds: { "project-pin": ["pin"] } }), image, pin)).toBe("3.1 from z/.acme-version");
    expect(source(new Catalog({ tools, matchers: both }), image, pin)).toBe("3.2 from Dockerfile");
  });

  it("kinds' tag-release tells the version rules an image: a data store's image over its client package", () => {
    // A made-up image kind: the server's release is its image's tag, not its client's number.
    const db = [{ id: "acme", name: "Acme", category: "Data Stores", sub_category: "Databases" }];
    const keys = { oci: { "vendor/server": "acme" }, crate: { "acme-client": "acme" } };
    const client = { ref: "crate:acme-client", file: "Acme.toml", declared: "2.9.1", version: "2.9.1" };
    const image = { ref: "oci:vendor/server", file: "deploy/stack.yml", declared: "16.1", version: "16.1" };
    const kinds = { "tag-release": ["oci"], "server-release": ["oci"] };
    expect(source(new Catalog({ tools: db, matchers: keys, kinds }), client, image)).toBe("16.1 from deploy/stack.yml");
    expect(source(new Catalog({ tools: db, matchers: keys, kinds: { "server-release": ["oci"] } }), client, image)).toBe("2.9.1 from Acme.toml");
  });

  it("a registry's major_suffix: one file's two major paths of a package, the later release; named as the path before it", () => {
    // A made-up registry whose names mark a later major with `@{n}` (acme@2 is acme at major 2).
    const both = { crate: { "vendor/acme": "acme", "vendor/acme@2": "acme" } };
    const v1 = { ref: "crate:vendor/acme", file: "Acme.toml", version: "1.9.0" };
    const v2 = { ref: "crate:vendor/acme@2", file: "Acme.toml", version: "2.1.0" };
    const majors = new Catalog({ tools, matchers: both, registries: { crate: { major_suffix: "@{n}" } } });
    expect(source(majors, v1, v2)).toBe("2.1.0 from Acme.toml");
    expect(source(majors, v2, v1)).toBe("2.1.0 from Acme.toml");
    // Without the field, two packages of one file keep the file's order.
    expect(source(new Catalog({ tools, matchers: both }), v1, v2)).toBe("1.9.0 from Acme.toml");
    const naming = majors.rankTraits;
    const { majorless } = naming;
    expect(majorless("crate:vendor/acme@2")).toBe("crate:vendor/acme");
    expect(majorless("crate:@2")).toBe("crate:@2");
    expect(majorless("other:vendor/acme@2")).toBe("other:vendor/acme@2");
    expect(namesTool("crate:vendor/acme@2", toolNames(tools[0]!), { naming })).toBe(true);
    expect(namesTool("crate:vendor/acme@2", toolNames(tools[0]!), { naming: NO_RANK_TRAITS })).toBe(false);
    const registry = { category: "Libraries", sub_category: "Crates", short_name: true };
    expect(packageName({ ...registry, major_suffix: "@{n}" }, "vendor/acme@2")).toBe("acme");
    expect(packageName(registry, "vendor/acme@2")).toBe("acme@2");
  });

  it("a registry's typings_prefix: its packages name no tool and give none their numbers", () => {
    // A made-up registry whose `types-` packages declare another package's types.
    const typed = { crate: { acme: "acme", "types-acme": "acme" } };
    const own = { ref: "crate:acme", file: "x/y/Acme.toml" };
    const types = { ref: "crate:types-acme", file: "Acme.toml", version: "20.11.0" };
    expect(source(new Catalog({ tools, matchers: typed, registries: { crate: { typings_prefix: "types-" } } }), own, types)).toBe("no version from Acme.toml");
    expect(source(new Catalog({ tools, matchers: typed }), own, types)).toBe("20.11.0 from Acme.toml");
    const naming = new Catalog({ registries: { crate: { typings_prefix: "types-" } } }).rankTraits;
    expect(namesTool("crate:types-acme", toolNames(tools[0]!), { naming })).toBe(false);
    expect(naming.typings("crate:acme")).toBe(false);
  });

  it("the built-in catalog: npm's package.json peers, Maven's pom.xml cited, Compose's variants, image tags, runtime pins", () => {
    const traits = builtinCatalog().rankTraits;
    const f = (ref: string, file: string): AttributedFinding => ({ ref, file, detector: "t" });
    expect(traits.peerManifest(f("npm:react", "apps/web/package.json"))).toBe(true);
    expect(traits.peerManifest(f("npm:react", "deno.json"))).toBe(false);
    expect(traits.peerManifest(f("pypi:react", "package.json"))).toBe(false);
    // The manifest's own name, not one ending in it; the kind before the ref's first colon.
    expect(traits.peerManifest(f("npm:react", "package.json"))).toBe(true);
    for (const file of ["apps/my-package.json", "mypackage.json", "package.json/index.js"]) expect(traits.peerManifest(f("npm:react", file)), file).toBe(false);
    for (const ref of ["npmx:react", "np:react", "npm", "xnpm:react"]) expect(traits.peerManifest(f(ref, "package.json")), ref).toBe(false);
    expect(traits.projectPin(f("runtimes:node", ".nvmrc"))).toBe(false);
    expect(traits.citedManifest(f("maven:org.a:b", "async/pom.xml"))).toBe(true);
    expect(traits.citedManifest(f("npm:b", "pom.xml"))).toBe(false);
    for (const file of ["docker-compose.dev.yml", "ops/Docker-Compose-Nginx.YML", "compose.prod.yaml", "compose-dev.yaml"]) expect(traits.variantFile(file), file).toBe(true);
    expect(traits.tagRelease(f("docker:mongo", "docker-compose.yml"))).toBe(true);
    expect(traits.tagRelease(f("npm:mongo", "package.json"))).toBe(false);
    for (const kind of ["runtime", "engine", "version-manager"]) expect(traits.projectPin(f(`${kind}:node`, ".nvmrc"))).toBe(true);
    expect(traits.projectPin(f("docker:node", "Dockerfile"))).toBe(false);
    expect(traits.majorless("go:github.com/labstack/echo/v4")).toBe("go:github.com/labstack/echo");
    expect(traits.majorless("npm:acme/v4")).toBe("npm:acme/v4");
    expect(traits.typings("npm:@types/node")).toBe(true);
    expect(traits.typings("npm:node")).toBe(false);
    expect(traits.typings("pypi:@types/node")).toBe(false);
    for (const file of ["docker-compose.yml", "ops/compose.yaml", "Compose.yml", "docker-compose.yaml", "mycompose.dev.yml", "Dockerfile"]) expect(traits.variantFile(file), file).toBe(false);
  });

  it("a catalog file's manifests and variant files are checked", () => {
    const known = () => true;
    expect(catalogFileProblem({ registries: { npm: { peer_manifests: ["package.json"], cited_manifests: [] } }, kinds: { "variant-files": ["acme.?*.yml"] } }, known)).toBeUndefined();
    expect(catalogFileProblem({ registries: { npm: { peer_manifests: "package.json" } } }, known)).toBe("registries.npm.peer_manifests must be a list of file names (package.json, pom.xml)");
    expect(catalogFileProblem({ registries: { maven: { cited_manifests: ["a/pom.xml"] } } }, known)).toBe("registries.maven.cited_manifests must be a list of file names (package.json, pom.xml)");
    expect(catalogFileProblem({ registries: { go: { major_suffix: "/v{n}" }, npm: { typings_prefix: "@types/" } } }, known)).toBeUndefined();
    expect(catalogFileProblem({ registries: { go: { names_with_owner: ["go"] } } }, known)).toBeUndefined();
    expect(catalogFileProblem({ registries: { go: { names_with_owner: ["a/go"] } } }, known)).toBe("registries.go.names_with_owner must be a list of names without a slash (go)");
    expect(catalogFileProblem({ registries: { npm: { typings_prefix: "" } } }, known)).toBe("registries.npm.typings_prefix must be the start of a package name (@types/)");
    expect(catalogFileProblem({ registries: { go: { package_paths: { "github.com/golang/protobuf": "github.com/golang/protobuf/proto" } } } }, known)).toBeUndefined();
    for (const bad of [{ "github.com/golang/protobuf": "github.com/golang/protobufx" }, { "a/b": "a/b" }, { "a/b": 3 }, ["a/b/c"]]) {
      expect(catalogFileProblem({ registries: { go: { package_paths: bad } } }, known), JSON.stringify(bad)).toBe("registries.go.package_paths must map a package to a path inside it (github.com/golang/protobuf: github.com/golang/protobuf/proto)");
    }
    for (const bad of ["/v", "{n}", "/v{n}{n}", 2]) expect(catalogFileProblem({ registries: { go: { major_suffix: bad } } }, known), String(bad)).toBe("registries.go.major_suffix must be a name's ending holding {n} once for the major's digits (/v{n})");
    expect(catalogFileProblem({ kinds: { "tag-release": "docker" } }, known)).toBe("kinds must be a mapping (server-release, server-release-by-name, shared-release: lists of kinds)");
    expect(catalogFileProblem({ kinds: { "variant-files": [3] } }, known)).toBe("kinds.variant-files must be a list of file globs");
    expect(catalogFileProblem({ kinds: { "variant-files": ["*a*a*c"] } }, known)).toMatch(/^kinds\.variant-files: a glob .* in one name: \*a\*a\*c$/);
  });
});
