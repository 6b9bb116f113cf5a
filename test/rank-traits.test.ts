import { describe, expect, it } from "vitest";
import { Catalog } from "../src/catalog/catalog.js";
import { catalogFileProblem } from "../src/catalog/check-file.js";
import { namedSource } from "../src/document/rank.js";
import { builtinCatalog } from "../src/index.js";
import type { AttributedFinding } from "../src/scan/run.js";
import type { Finding } from "../src/types.js";
import { toolFromFindings } from "./helpers.js";

// The traits of files and kinds the ranks weigh come from catalog data (a registry's peer_manifests
// and cited_manifests, kinds.yml's variant-files, tag-release and project-pin): an ecosystem the
// engine never names gets them from data alone, and the built-in catalog gives npm, Maven, Compose,
// images and runtime pins theirs.
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
    expect(namedSource(found, best, undefined, cited.rankTraits).file).toBe("Async/build.acme");
    expect(namedSource(found, best, undefined, new Catalog({ tools, matchers }).rankTraits).file).toBe("r2dbc/build.acme");
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
    for (const file of ["docker-compose.yml", "ops/compose.yaml", "Compose.yml", "docker-compose.yaml", "mycompose.dev.yml", "Dockerfile"]) expect(traits.variantFile(file), file).toBe(false);
  });

  it("a catalog file's manifests and variant files are checked", () => {
    const known = () => true;
    expect(catalogFileProblem({ registries: { npm: { peer_manifests: ["package.json"], cited_manifests: [] } }, kinds: { "variant-files": ["acme.?*.yml"] } }, known)).toBeUndefined();
    expect(catalogFileProblem({ registries: { npm: { peer_manifests: "package.json" } } }, known)).toBe("registries.npm.peer_manifests must be a list of file names (package.json, pom.xml)");
    expect(catalogFileProblem({ registries: { maven: { cited_manifests: ["a/pom.xml"] } } }, known)).toBe("registries.maven.cited_manifests must be a list of file names (package.json, pom.xml)");
    expect(catalogFileProblem({ kinds: { "tag-release": "docker" } }, known)).toBe("kinds must be a mapping (server-release, server-release-by-name, shared-release: lists of kinds)");
    expect(catalogFileProblem({ kinds: { "variant-files": [3] } }, known)).toBe("kinds.variant-files must be a list of file globs");
    expect(catalogFileProblem({ kinds: { "variant-files": ["*a*a*c"] } }, known)).toMatch(/^kinds\.variant-files: a glob .* in one name: \*a\*a\*c$/);
  });
});
